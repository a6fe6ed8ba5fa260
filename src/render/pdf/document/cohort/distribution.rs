//! The distribution of stages: for each pillar and overall, a small bar chart with one bar per
//! stage, the number and share of assessments at that stage printed beside it, and the
//! pillar's median level and range. Panels sit two abreast on a landscape page.

use super::super::super::draw::{self, palette};
use super::super::super::fonts::Face;
use super::super::super::layout::{Flow, Style};
use super::Group;
use crate::i18n::Locale;
use crate::model::StageIndex;
use crate::t;

/// Space between two panels side by side.
const GUTTER: f32 = 28.0;
/// Height of one stage's row, and of its bar.
const ROW_H: f32 = 13.0;
const BAR_H: f32 = 8.5;
/// Strength of the bars' stage colour (the bars carry no meaning the numbers do not).
const BAR_STRENGTH: f32 = 0.75;

/// One panel's text, wrapped to the panel width.
struct Panel {
    title: Vec<String>,
    subtitle: Vec<String>,
    /// Assessments at each stage.
    counts: Vec<usize>,
}

fn title_style() -> Style {
    Style {
        size: 9.5,
        leading: 12.5,
        ..Style::strong()
    }
}

fn sub_style() -> Style {
    Style {
        size: 8.0,
        leading: 10.5,
        ..Style::small()
    }
}

fn row_style() -> Style {
    Style {
        size: 8.0,
        leading: ROW_H,
        ..Style::body()
    }
}

impl Panel {
    fn height(&self) -> f32 {
        self.title.len() as f32 * title_style().leading
            + self.subtitle.len() as f32 * sub_style().leading
            + 4.0
            + self.counts.len() as f32 * ROW_H
    }
}

/// The distribution section of one group.
pub(super) fn distribution(flow: &mut Flow<'_>, group: &Group<'_, '_>) {
    let q = group.q;
    let locale = group.locale;
    let total = group.cohort.records.len();
    let heading = match &group.label {
        Some(label) => t!(locale, "cohort-stages-of", group = label.as_str()),
        None => t!(locale, "cohort-stages"),
    };
    flow.heading(&heading, &Style::h1(), 160.0);
    flow.mark(&heading);
    flow.advance(4.0);
    let mut lead = t!(
        locale,
        "cohort-stages-lead",
        assessments = t!(locale, "cohort-assessments", count = total)
    );
    if let Some(note) = super::change::counted_twice_note(group) {
        lead.push(' ');
        lead.push_str(&note);
    }
    flow.paragraph(&lead, &Style::body(), 0.0);
    flow.advance(10.0);
    flow.set_running(Some(heading));

    let g = flow.geometry();
    let across = if g.text_width() >= 560.0 { 2 } else { 1 };
    let panel_w = (g.text_width() - GUTTER * (across - 1) as f32) / across as f32;
    let panels: Vec<Panel> = (0..group.columns())
        .map(|i| {
            let mut counts = vec![0; group.stages()];
            for e in &group.cohort.records {
                let stage = group.cell(e, i).1;
                if let Some(c) = counts.get_mut(stage.get()) {
                    *c += 1;
                }
            }
            let stats = group.stats(i);
            let stage = q
                .stage(group.stage_of(stats.median))
                .map_or("?", |s| s.name.as_str());
            let name = match q.pillars.get(i) {
                Some(p) => format!("{}. {}", i + 1, p.name),
                None => t!(locale, "summary-overall"),
            };
            let subtitle = if total > 1 {
                t!(
                    locale,
                    "cohort-stages-range",
                    median = group.level(stats.median),
                    stage = stage,
                    lowest = group.level(stats.min),
                    highest = group.level(stats.max)
                )
            } else {
                t!(
                    locale,
                    "cohort-stages-level",
                    level = group.level(stats.median),
                    stage = stage
                )
            };
            Panel {
                title: flow.lines_at_most(&name, &title_style(), panel_w, 3).0,
                subtitle: flow.lines(&subtitle, &sub_style(), panel_w),
                counts,
            }
        })
        .collect();

    let stage_names: Vec<String> = q.stages.iter().map(|s| flow.clean(&s.name)).collect();
    let row = row_style();
    let label_w = stage_names
        .iter()
        .map(|s| flow.measure(row.face, row.size, s))
        .fold(0.0_f32, f32::max)
        .min(panel_w * 0.35)
        + 8.0;
    let widest = count_text(total, 100.0, locale);
    let value_w = flow.measure(Face::Bold, row.size, &widest) + 8.0;
    for line in panels.chunks(across) {
        let h = line.iter().map(Panel::height).fold(0.0, f32::max);
        flow.ensure(h);
        let top = flow.y();
        for (k, panel) in line.iter().enumerate() {
            let x = g.left() + k as f32 * (panel_w + GUTTER);
            let geometry = PanelGeometry {
                x,
                width: panel_w,
                label_w,
                value_w,
            };
            draw_panel(flow, panel, top, &geometry, &stage_names, total, group);
        }
        flow.advance(h + 16.0);
    }
    flow.set_running(None);
}

struct PanelGeometry {
    x: f32,
    width: f32,
    label_w: f32,
    value_w: f32,
}

fn baseline(top: f32, style: &Style) -> f32 {
    top - style.leading / 2.0 - style.size * 0.32
}

fn draw_panel(
    flow: &mut Flow<'_>,
    panel: &Panel,
    top: f32,
    pg: &PanelGeometry,
    stage_names: &[String],
    total: usize,
    group: &Group<'_, '_>,
) {
    let stages = group.stages();
    let mut y = top;
    let title = title_style();
    for line in &panel.title {
        flow.text_at(&title, pg.x, baseline(y, &title), line);
        y -= title.leading;
    }
    let sub = sub_style();
    for line in &panel.subtitle {
        flow.text_at(&sub, pg.x, baseline(y, &sub), line);
        y -= sub.leading;
    }
    y -= 4.0;
    let row = row_style();
    let value = Style {
        face: Face::Bold,
        ..row.clone()
    };
    let bar_x = pg.x + pg.label_w;
    let bar_w = pg.width - pg.label_w - pg.value_w;
    for (stage, count) in panel.counts.iter().enumerate() {
        let name = stage_names.get(stage).map_or("?", String::as_str);
        let name = flow.fit(name, &row, pg.label_w - 8.0);
        flow.text_at(&row, pg.x, baseline(y, &row), &name);
        let mid = y - ROW_H / 2.0;
        draw::rect(
            flow.ops(),
            bar_x,
            mid - BAR_H / 2.0,
            bar_w,
            BAR_H,
            palette::shade(),
        );
        let share = if total == 0 {
            0.0
        } else {
            *count as f32 / total as f32
        };
        if *count > 0 {
            draw::rect(
                flow.ops(),
                bar_x,
                mid - BAR_H / 2.0,
                (bar_w * share).max(1.0),
                BAR_H,
                palette::stage(StageIndex::new(stage), stages, BAR_STRENGTH),
            );
        }
        let percent = if total == 0 {
            0.0
        } else {
            (*count as f64 * 100.0 / total as f64).round()
        };
        let text = count_text(*count, percent, group.locale);
        let style = if *count > 0 {
            value.clone()
        } else {
            row.clone().color(palette::muted())
        };
        let w = flow.measure(style.face, style.size, &text);
        flow.text_at(&style, pg.x + pg.width - w, baseline(y, &row), &text);
        y -= ROW_H;
    }
}

/// `12 (35%)`: how many assessments, and their whole-percent share of the group, the local way.
fn count_text(count: usize, percent: f64, locale: Locale) -> String {
    t!(
        locale,
        "cohort-stages-count",
        count = count,
        share = locale.percent(format!("{percent:.0}"))
    )
}
