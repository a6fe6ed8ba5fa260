//! The heat map: one row per assessment, one column per pillar and overall, each cell giving the
//! stage and level in words and numbers on a light stage colour; then median, minimum and
//! maximum rows, and a key. The table flows over pages with its header repeated.

use printpdf::Color;

use super::super::super::draw::palette;
use super::super::super::fonts::Face;
use super::super::super::layout::{Align, Column, Flow, Row, Style, TableLook};
use super::key::swatch_key;
use super::{Group, country, date_range, widest};
use crate::model::StageIndex;
use crate::render::local_date;
use crate::t;

/// How much of the stage colour a cell gets: light, so the printed words stay easy to read.
const CELL_STRENGTH: f32 = 0.38;
/// Largest and smallest text size of the cells; the size shrinks as pillars are added.
const MAX_SIZE: f32 = 8.5;
const MIN_SIZE: f32 = 6.5;

/// The heat map section of one group.
pub(super) fn heat_map(flow: &mut Flow<'_>, group: &Group<'_, '_>) {
    let q = group.q;
    let locale = group.locale;
    let entries = &group.cohort.records;
    let heading = group
        .label
        .clone()
        .unwrap_or_else(|| t!(locale, "cohort-heat-map"));
    flow.heading(&heading, &Style::h1(), 120.0);
    flow.mark(&match &group.label {
        Some(label) => t!(locale, "cohort-heat-map-of", group = label.as_str()),
        None => t!(locale, "cohort-heat-map"),
    });
    flow.advance(4.0);
    let mut lead = t!(
        locale,
        "cohort-heat-map-lead",
        assessments = t!(locale, "cohort-assessments", count = entries.len()),
        title = q.title.as_str(),
        questionnaire = q.id_version(),
        dates = date_range(group.cohort, locale),
        stages = group.stages(),
        first = q.stages.first().map_or("", |s| s.name.as_str()),
        last = q.stages.last().map_or("", |s| s.name.as_str()),
    );
    if entries.len() > 1 {
        lead.push(' ');
        lead.push_str(&t!(locale, "cohort-heat-map-stats"));
    }
    if let Some(note) = super::change::counted_twice_note(group) {
        lead.push(' ');
        lead.push_str(&note);
    }
    flow.paragraph(&lead, &Style::body(), 0.0);
    flow.advance(8.0);

    let parts = parts(flow, group);
    for (k, part) in parts.iter().enumerate() {
        if parts.len() > 1 {
            let first = part.start + 1;
            let last = part.end.min(q.pillars.len());
            let what = match (part.end > q.pillars.len(), first <= last) {
                (true, true) => t!(
                    locale,
                    "cohort-heat-map-pillars-and-overall",
                    first = first,
                    last = last
                ),
                (true, false) => t!(locale, "summary-overall"),
                (false, _) => t!(
                    locale,
                    "cohort-heat-map-pillars",
                    first = first,
                    last = last
                ),
            };
            flow.space(if k == 0 { 0.0 } else { 16.0 });
            flow.heading(
                &t!(
                    locale,
                    "cohort-heat-map-part",
                    columns = what,
                    part = k + 1,
                    parts = parts.len()
                ),
                &Style::h2(),
                80.0,
            );
            flow.advance(2.0);
        }
        table(flow, group, part.clone(), parts[0].len(), &heading);
    }
    key(flow, group);
}

/// One table of the heat map: every assessment, and the columns in `part`.
fn table(
    flow: &mut Flow<'_>,
    group: &Group<'_, '_>,
    part: std::ops::Range<usize>,
    widest_part: usize,
    heading: &str,
) {
    let locale = group.locale;
    let entries = &group.cohort.records;
    let n = group.stages();
    let (columns, size) = columns(flow, group, part.clone(), widest_part);
    let mut rows = Vec::new();
    let mut fills: Vec<Vec<Option<Color>>> = Vec::new();
    let fill = |stage: StageIndex| Some(palette::stage(stage, n, CELL_STRENGTH));
    // A name of many lines would make its row run over pages: three lines at most.
    let name_style = Style {
        size,
        leading: size + 3.0,
        ..Style::body()
    };
    let name_width = columns[0].width - PAD;
    for entry in entries {
        let (name, _) = flow.lines_at_most(country(entry), &name_style, name_width, 3);
        let mut cells = vec![name.join("\n"), local_date(entry.row.assessed_on, locale)];
        let mut row_fills = vec![None, None];
        for i in part.clone() {
            let (level, stage) = group.cell(entry, i);
            cells.push(group.stage_level(stage, level));
            row_fills.push(fill(stage));
        }
        rows.push(Row { cells, bold: false });
        fills.push(row_fills);
    }
    if entries.len() > 1 {
        let stats: Vec<_> = part.clone().map(|i| group.stats(i)).collect();
        for (name, pick) in [
            (
                t!(locale, "cohort-median"),
                (|s: &super::Stats| s.median) as fn(&super::Stats) -> f64,
            ),
            (t!(locale, "cohort-minimum"), |s| s.min),
            (t!(locale, "cohort-maximum"), |s| s.max),
        ] {
            let mut cells = vec![name, String::new()];
            let mut row_fills = vec![None, None];
            for s in &stats {
                let level = pick(s);
                let stage = group.stage_of(level);
                cells.push(group.stage_level(stage, level));
                row_fills.push(fill(stage));
            }
            rows.push(Row { cells, bold: true });
            fills.push(row_fills);
        }
    }
    flow.set_running(Some(heading.to_owned()));
    let look = TableLook {
        size,
        leading: size + 3.0,
        fills,
        totals: if entries.len() > 1 { 3 } else { 0 },
    };
    flow.table_with(&columns, &rows, &look);
    flow.set_running(None);
}

/// Widths of the country and date columns.
fn fixed_widths(flow: &mut Flow<'_>, group: &Group<'_, '_>) -> (f32, f32) {
    let w = flow.geometry().text_width();
    let locale = group.locale;
    let countries: Vec<String> = group
        .cohort
        .records
        .iter()
        .map(|e| country(e).to_owned())
        .chain([
            t!(locale, "cohort-country"),
            t!(locale, "cohort-minimum"),
            t!(locale, "cohort-maximum"),
            t!(locale, "cohort-median"),
        ])
        .collect();
    let dates = vec!["2000-00-00".to_owned(), local_date(None, locale)];
    let date_w = widest(flow, &dates, Face::Bold, MAX_SIZE) + PAD;
    let country_w = (widest(flow, &countries, Face::Regular, MAX_SIZE) + PAD).clamp(80.0, w * 0.25);
    (country_w, date_w)
}

/// Cell padding, left and right together.
const PAD: f32 = 8.0;

/// The pillar (and overall) columns of each table: all in one table when a column can still
/// hold the longest stage name and the longest word of a pillar name at the smallest size;
/// otherwise split into as few tables as needed, in even parts.
fn parts(flow: &mut Flow<'_>, group: &Group<'_, '_>) -> Vec<std::ops::Range<usize>> {
    let (country_w, date_w) = fixed_widths(flow, group);
    let room = flow.geometry().text_width() - country_w - date_w;
    let stages: Vec<String> = group.q.stages.iter().map(|s| s.name.clone()).collect();
    let words: Vec<String> = (0..group.columns())
        .flat_map(|i| {
            group
                .column_name(i)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let need = (widest(flow, &stages, Face::Bold, MIN_SIZE) + PAD)
        .max(widest(flow, &words, Face::Bold, Style::label().size) + PAD)
        .max(40.0);
    let per_table = ((room / need).floor() as usize).max(1);
    let count = group.columns();
    let tables = count.div_ceil(per_table);
    let each = count.div_ceil(tables);
    (0..tables)
        .map(|t| t * each..((t + 1) * each).min(count))
        .filter(|r| !r.is_empty())
        .collect()
}

/// The table's columns, and the text size at which the widest stage name and level fit a
/// pillar column on one line (or the smallest size, where the level then wraps below). The
/// size is that of the widest part, so every part of a split heat map reads the same.
fn columns(
    flow: &mut Flow<'_>,
    group: &Group<'_, '_>,
    part: std::ops::Range<usize>,
    widest_part: usize,
) -> (Vec<Column>, f32) {
    let w = flow.geometry().text_width();
    let (country_w, date_w) = fixed_widths(flow, group);
    let data_w = ((w - country_w - date_w) / part.len().max(1) as f32).max(1.0);
    let size_w = ((w - country_w - date_w) / widest_part.max(1) as f32).max(1.0);
    let cells: Vec<String> = group
        .q
        .stages
        .iter()
        .map(|s| format!("{} 0.0", s.name))
        .collect();
    let mut size = MAX_SIZE;
    while size > MIN_SIZE && widest(flow, &cells, Face::Bold, size) + PAD > size_w {
        size -= 0.5;
    }
    let mut columns = vec![
        Column {
            title: t!(group.locale, "cohort-country"),
            width: country_w,
            align: Align::Left,
        },
        Column {
            title: t!(group.locale, "cohort-assessed"),
            width: date_w,
            align: Align::Left,
        },
    ];
    columns.extend(part.map(|i| Column {
        title: group.column_name(i),
        width: data_w,
        align: Align::Left,
    }));
    (columns, size)
}

/// The key under the table: a swatch and the name of each stage, with its number.
fn key(flow: &mut Flow<'_>, group: &Group<'_, '_>) {
    let n = group.stages();
    let entries: Vec<(Option<Color>, String)> = group
        .q
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let name = flow.clean(&s.name);
            (
                Some(palette::stage(StageIndex::new(i), n, CELL_STRENGTH)),
                format!("{} {name}", i + 1),
            )
        })
        .collect();
    swatch_key(
        flow,
        &t!(group.locale, "cohort-stage-key"),
        &entries,
        2.0,
        6.0,
    );
}
