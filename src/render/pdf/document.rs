//! The report's sections, in order: cover, summary (table and charts), priorities, one section
//! per pillar, and the method with the verification hashes; then the header and footer of every
//! page.
//!
//! Decides what is said and in which order; [`Flow`] decides where it goes. Numbers are
//! formatted by the shared helpers in `render::format`, so the PDF agrees with the table.

use std::collections::BTreeSet;

use printpdf::Op;

use super::PdfOptions;
use super::chart::{self, ChartData};
use super::draw::{self, palette};
use super::fonts::{Face, Fonts, clean, text_width};
use super::layout::{Align, Column, Flow, Geometry, Row, Style};
use crate::model::{Method, Overall, QuestionKind, Response};
use crate::render::format::{
    SUMMARY_HEADER, answer_text, fmt_date, fmt_gap, fmt_level, fmt_score, summary_rows,
};
use crate::score::{NextStep, Outcome, PillarScore, QuestionScore, Scored};

/// Width of the label column in labelled paragraphs.
const TAB: f32 = 64.0;

/// Lays out the whole report; returns the pages' operations and the characters the font lacks.
pub(super) fn build(
    fonts: &Fonts,
    s: &Scored<'_>,
    options: &PdfOptions,
) -> (Vec<Vec<Op>>, BTreeSet<char>) {
    let geometry = Geometry::for_paper(options.paper);
    let mut flow = Flow::new(fonts, geometry);
    let marking = options
        .marking
        .clone()
        .or_else(|| s.assessment.info.marking.clone());
    let contents = cover(&mut flow, s, options, marking.as_deref());
    flow.new_page();
    summary(&mut flow, s);
    priorities(&mut flow, s, options.top);
    for p in &s.pillars {
        flow.set_running(None);
        flow.new_page();
        pillar(&mut flow, s, p, options);
    }
    flow.set_running(None);
    flow.new_page();
    method(&mut flow, s, options);
    let sections = flow.marks().to_vec();
    let (mut pages, mut missing) = flow.finish();
    if let (Some(top), Some(cover)) = (contents, pages.first_mut()) {
        table_of_contents(fonts, cover, top, &sections, geometry, &mut missing);
    }
    decorate(
        fonts,
        &mut pages,
        s,
        marking.as_deref(),
        geometry,
        &mut missing,
    );
    (pages, missing)
}

fn country<'a>(s: &Scored<'a>) -> &'a str {
    let c = s.assessment.info.country.as_str();
    if c.is_empty() {
        "(no country given)"
    } else {
        c
    }
}

fn stage_name<'a>(s: &Scored<'a>, stage: usize) -> &'a str {
    s.questionnaire
        .stages
        .get(stage)
        .map_or("?", |st| st.name.as_str())
}

/// Height of one line of the table of contents.
const CONTENTS_LEADING: f32 = 14.0;

/// Draws the cover; returns where the table of contents goes, when there is room for it.
fn cover(
    flow: &mut Flow<'_>,
    s: &Scored<'_>,
    options: &PdfOptions,
    marking: Option<&str>,
) -> Option<f32> {
    let g = flow.geometry();
    let q = s.questionnaire;
    let info = &s.assessment.info;
    // Less room above the title on shorter paper, so the contents still fit on the cover.
    flow.advance(if flow.geometry().height > 800.0 {
        70.0
    } else {
        40.0
    });
    flow.paragraph(
        "SELF-ASSESSMENT REPORT",
        &Style::label().color(palette::accent()),
        0.0,
    );
    flow.advance(6.0);
    let title = Style {
        size: 15.0,
        leading: 20.0,
        ..Style::h2()
    };
    flow.paragraph(&q.title, &title, 0.0);
    flow.advance(10.0);
    let big = Style {
        size: 30.0,
        leading: 38.0,
        ..Style::h1()
    };
    flow.paragraph(country(s), &big, 0.0);
    flow.advance(8.0);
    flow.paragraph(
        &format!("Assessed {}", fmt_date(info.assessed_on)),
        &Style::body(),
        0.0,
    );
    flow.advance(22.0);

    // The overall result, in a shaded panel.
    let o = &s.overall;
    let n = q.stage_count();
    let detail = format!(
        "Level {} · score {} · target {} · gap {}",
        fmt_level(o.level, n),
        fmt_score(o.score),
        stage_name(s, o.target),
        fmt_gap(o.gap)
    );
    let panel_h = 84.0;
    let top = flow.y();
    draw::rect(
        flow.ops(),
        g.left(),
        top - panel_h,
        g.text_width(),
        panel_h,
        palette::shade(),
    );
    draw::rect(
        flow.ops(),
        g.left(),
        top - panel_h,
        4.0,
        panel_h,
        palette::level(),
    );
    flow.advance(14.0);
    flow.paragraph("OVERALL STAGE", &Style::label(), 16.0);
    let stage = Style {
        size: 22.0,
        leading: 30.0,
        ..Style::h1()
    };
    flow.paragraph(stage_name(s, o.stage), &stage, 16.0);
    flow.paragraph(&detail, &Style::body(), 16.0);
    let below = flow.y() - (top - panel_h);
    flow.advance(below + 26.0);

    let facts = [
        ("Country", country(s).to_owned()),
        ("Assessed", fmt_date(info.assessed_on)),
        (
            "Assessors",
            if info.assessors.is_empty() {
                "not named".to_owned()
            } else {
                info.assessors.join("\n")
            },
        ),
        (
            "Questionnaire",
            format!("{} ({} {})", q.title, q.id, q.version),
        ),
        (
            "Scoring",
            format!(
                "pillars: {}; overall: {}",
                q.scoring.method.as_str(),
                q.scoring.overall.as_str()
            ),
        ),
        ("Marking", marking.unwrap_or("none").to_owned()),
    ];
    for (label, value) in facts {
        flow.labelled(label, &value, &Style::body(), 0.0, 92.0);
        flow.advance(3.0);
    }
    if options.redact.any() {
        let left_out = match (options.redact.notes, options.redact.evidence) {
            (true, true) => "the assessors' notes and evidence",
            (true, false) => "the assessors' notes",
            _ => "the evidence",
        };
        flow.advance(16.0);
        let text = format!(
            "Redacted edition: {left_out} are left out of this report, for sharing outside \
             government. The scores are unchanged."
        );
        let style = Style::strong().color(palette::warning());
        let h = flow.paragraph_height(&text, &style, 12.0) + 14.0;
        let top = flow.y();
        flow.ensure(h);
        draw::rect(flow.ops(), g.left(), top - h, 3.0, h, palette::warning());
        flow.advance(7.0);
        flow.paragraph(&text, &style, 12.0);
        flow.advance(7.0);
    }
    // The table of contents: its entries are drawn once every section has its page.
    let entries = 3 + s.pillars.len();
    let contents_h = Style::h2().leading + 6.0 + entries as f32 * CONTENTS_LEADING;
    let produced = format!(
        "Produced with cyberassess {}. The method and the fingerprints of the questionnaire and \
         answers files are on the last page.",
        env!("CARGO_PKG_VERSION")
    );
    let produced_h = flow.paragraph_height(&produced, &Style::small(), 0.0);
    let contents = if flow.remaining() > 20.0 + contents_h + 16.0 + produced_h {
        flow.advance(20.0);
        flow.paragraph("Contents", &Style::h2(), 0.0);
        flow.advance(6.0);
        let top = flow.y();
        flow.advance(entries as f32 * CONTENTS_LEADING);
        Some(top)
    } else {
        None
    };
    flow.advance(16.0);
    flow.paragraph(&produced, &Style::small(), 0.0);
    contents
}

/// Fills in the cover's table of contents: section titles and their first pages.
fn table_of_contents(
    fonts: &Fonts,
    ops: &mut Vec<Op>,
    top: f32,
    sections: &[(String, usize)],
    g: Geometry,
    missing: &mut BTreeSet<char>,
) {
    let style = Style::body();
    let number = Style::body().color(palette::muted());
    for (i, (title, page)) in sections.iter().enumerate() {
        let y = top - i as f32 * CONTENTS_LEADING;
        let baseline = y - CONTENTS_LEADING + 4.0;
        let page = page.to_string();
        let page_w = text_width(fonts.get(number.face), &page, number.size);
        let title = clean(fonts, title, missing);
        let title = fit(fonts, &title, &style, g.text_width() - page_w - 24.0);
        draw::text(
            ops,
            style.face,
            style.size,
            g.left(),
            baseline,
            style.color.clone(),
            &title,
        );
        let x = g.right() - page_w;
        draw::text(
            ops,
            number.face,
            number.size,
            x,
            baseline,
            number.color.clone(),
            &page,
        );
        let rule_y = y - CONTENTS_LEADING;
        draw::line(
            ops,
            (g.left(), rule_y),
            (g.right(), rule_y),
            0.3,
            palette::rule(),
            &[],
        );
    }
}

fn summary(flow: &mut Flow<'_>, s: &Scored<'_>) {
    let q = s.questionnaire;
    let n = q.stage_count();
    let o = &s.overall;
    flow.heading("Summary", &Style::h1(), 60.0);
    flow.mark("Summary");
    flow.advance(4.0);
    let met = s.pillars.iter().filter(|p| p.gap <= 0.0).count();
    let answered: usize = s.pillars.iter().map(|p| p.answered).sum();
    let total: usize = s.pillars.iter().map(|p| p.total).sum();
    let na: usize = s.pillars.iter().map(|p| p.not_applicable).sum();
    let mut lead = format!(
        "{} is at the {} stage overall (level {}, score {}), against a target of {}. {} of {} \
         pillars meet their target. {} of {} questions were answered",
        country(s),
        stage_name(s, o.stage),
        fmt_level(o.level, n),
        fmt_score(o.score),
        stage_name(s, o.target),
        met,
        s.pillars.len(),
        answered,
        total
    );
    lead.push_str(&match na {
        0 => ".".to_owned(),
        1 => ", one of them as not applicable.".to_owned(),
        _ => format!(", {na} of them as not applicable."),
    });
    flow.paragraph(&lead, &Style::body(), 0.0);
    flow.advance(10.0);

    let w = flow.geometry().text_width();
    let fractions = [0.29, 0.14, 0.095, 0.085, 0.14, 0.07, 0.18];
    let columns: Vec<Column> = SUMMARY_HEADER
        .iter()
        .zip(fractions)
        .enumerate()
        .map(|(i, (title, f))| Column {
            title: (*title).to_owned(),
            width: w * f,
            align: if (2..=5).contains(&i) && i != 4 {
                Align::Right
            } else {
                Align::Left
            },
        })
        .collect();
    let rows: Vec<Row> = summary_rows(s)
        .into_iter()
        .enumerate()
        .map(|(i, cells)| Row {
            cells: cells.to_vec(),
            bold: i == s.pillars.len(),
        })
        .collect();
    flow.table(&columns, &rows);

    let data = ChartData {
        labels: s
            .pillars
            .iter()
            .map(|p| q.pillars[p.pillar].name.clone())
            .collect(),
        levels: s.pillars.iter().map(|p| p.level).collect(),
        targets: s.pillars.iter().map(|p| p.target + 1).collect(),
        values: s.pillars.iter().map(|p| fmt_level(p.level, n)).collect(),
        stages: q.stages.iter().map(|st| st.name.clone()).collect(),
    };
    flow.space(18.0);
    flow.heading("Level by pillar", &Style::h2(), 120.0);
    flow.advance(4.0);
    chart::bars(flow, &data);
    if data.labels.len() >= 3 {
        flow.space(10.0);
        flow.heading("Pillars at a glance", &Style::h2(), 260.0);
        chart::radar(flow, &data);
    }
}

fn priorities(flow: &mut Flow<'_>, s: &Scored<'_>, top: usize) {
    let q = s.questionnaire;
    flow.space(20.0);
    flow.heading("Priorities", &Style::h1(), 80.0);
    flow.mark("Priorities");
    flow.advance(4.0);
    if s.next_steps.is_empty() {
        flow.paragraph(
            "No next steps: every pillar has reached its target.",
            &Style::body(),
            0.0,
        );
        return;
    }
    let shown = top.min(s.next_steps.len());
    let intro = if shown == 0 {
        format!(
            "{} next steps were found; this report was asked to list none here. Each pillar \
             section below gives the next step for each of its questions.",
            s.next_steps.len()
        )
    } else {
        format!(
            "The {} most urgent of {} next steps: those leading to the lowest stage come first, \
             then those with the most weight. Each pillar section gives the next step for each \
             of its questions.",
            shown,
            s.next_steps.len()
        )
    };
    flow.paragraph(&intro, &Style::body(), 0.0);
    flow.advance(8.0);
    if shown == 0 {
        return;
    }
    flow.set_running(Some("Priorities".to_owned()));
    let w = flow.geometry().text_width();
    let column = |title: &str, f: f32, align| Column {
        title: title.to_owned(),
        width: w * f,
        align,
    };
    let columns = [
        column("#", 0.05, Align::Right),
        column("Pillar", 0.16, Align::Left),
        column("Question", 0.28, Align::Left),
        column("From → to", 0.15, Align::Left),
        column("Action", 0.36, Align::Left),
    ];
    let rows: Vec<Row> = s
        .next_steps
        .iter()
        .take(shown)
        .map(|n| {
            let mut stages = format!("{} → {}", stage_name(s, n.from), stage_name(s, n.to));
            if n.unanswered {
                stages.push_str("\n(unanswered)");
            }
            Row {
                cells: vec![
                    n.rank.to_string(),
                    q.pillars[n.question.pillar].name.clone(),
                    q.question(n.question).prompt.clone(),
                    stages,
                    n.action.clone(),
                ],
                bold: false,
            }
        })
        .collect();
    flow.table(&columns, &rows);
    flow.set_running(None);
}

fn pillar(flow: &mut Flow<'_>, s: &Scored<'_>, p: &PillarScore, options: &PdfOptions) {
    let q = s.questionnaire;
    let pillar = &q.pillars[p.pillar];
    let n = q.stage_count();
    let heading = format!("{}. {}", p.pillar + 1, pillar.name);
    flow.heading(&heading, &Style::h1(), 80.0);
    flow.mark(&heading);
    flow.advance(2.0);
    if !pillar.summary.is_empty() {
        flow.paragraph(&pillar.summary, &Style::body().color(palette::muted()), 0.0);
        flow.advance(6.0);
    }
    let mut answered = format!("{}/{}", p.answered, p.total);
    if p.not_applicable > 0 {
        answered.push_str(&format!(" ({} n/a)", p.not_applicable));
    }
    let figures = [
        ("Stage", stage_name(s, p.stage).to_owned(), 1.35),
        ("Level", fmt_level(p.level, n), 0.9),
        ("Score", fmt_score(p.score), 0.85),
        ("Target", stage_name(s, p.target).to_owned(), 1.35),
        ("Gap", fmt_gap(p.gap), 0.7),
        ("Answered", answered, 1.1),
    ];
    key_figures(flow, &figures);
    flow.advance(16.0);
    let g = flow.geometry();
    flow.set_running(Some(heading));

    for (j, qs) in p.questions.iter().enumerate() {
        let blocks = question_blocks(s, qs, options);
        let number = format!("{}.{}", p.pillar + 1, j + 1);
        let prompt = &q.question(qs.question).prompt;
        let title_h = flow.paragraph_height(prompt, &Style::strong(), 30.0);
        let mut h = title_h + Style::small().leading + 4.0;
        for b in &blocks {
            h += flow.labelled_height(&b.text, &b.style, 30.0, TAB) + 3.0;
        }
        flow.keep(
            h + 10.0,
            title_h + Style::small().leading + 3.0 * Style::body().leading,
        );
        let top = flow.y();
        let number_style = Style::strong().color(palette::accent());
        let baseline = top - Style::strong().leading / 2.0 - Style::strong().size * 0.32;
        flow.text_at(&number_style, g.left(), baseline, &number);
        flow.paragraph(prompt, &Style::strong(), 30.0);
        let question = q.question(qs.question);
        let meta = format!(
            "{} · weight {} · counts as {}",
            question.id,
            crate::render::format::fmt_weight(qs.weight),
            crate::render::format::counts_as(qs)
        );
        flow.paragraph(&meta, &Style::small(), 30.0);
        flow.advance(4.0);
        for b in &blocks {
            flow.labelled(&b.label, &b.text, &b.style, 30.0, TAB);
            flow.advance(3.0);
        }
        flow.advance(5.0);
        flow.rule(palette::rule(), 0.4);
        flow.advance(9.0);
    }
}

/// A shaded band of small labelled figures side by side; `(label, value, relative width)`.
fn key_figures(flow: &mut Flow<'_>, figures: &[(&str, String, f32)]) {
    let g = flow.geometry();
    let (pad, inset) = (9.0, 12.0);
    let total: f32 = figures.iter().map(|f| f.2).sum();
    let widths: Vec<f32> = figures
        .iter()
        .map(|f| (g.text_width() - inset) * f.2 / total)
        .collect();
    let label = Style {
        size: 6.8,
        leading: 10.0,
        ..Style::label()
    };
    let value = Style {
        size: 10.0,
        leading: 13.0,
        ..Style::strong()
    };
    let values: Vec<Vec<String>> = figures
        .iter()
        .zip(&widths)
        .map(|(f, w)| flow.lines(&f.1, &value, w - 8.0))
        .collect();
    let lines = values.iter().map(Vec::len).max().unwrap_or(1);
    let h = 2.0 * pad + label.leading + lines as f32 * value.leading;
    flow.ensure(h);
    let top = flow.y();
    draw::rect(
        flow.ops(),
        g.left(),
        top - h,
        g.text_width(),
        h,
        palette::shade(),
    );
    draw::rect(flow.ops(), g.left(), top - h, 3.0, h, palette::level());
    let mut x = g.left() + inset;
    for ((f, w), lines) in figures.iter().zip(&widths).zip(&values) {
        let title = flow.clean(&f.0.to_uppercase());
        flow.text_at(&label, x, top - pad - label.size, &title);
        for (j, line) in lines.iter().enumerate() {
            let baseline = top - pad - label.leading - value.size - j as f32 * value.leading;
            flow.text_at(&value, x, baseline, line);
        }
        x += w;
    }
    flow.advance(h);
}

/// One labelled paragraph of a question: answer, evidence, notes, next step.
struct Block {
    label: String,
    text: String,
    style: Style,
}

fn question_blocks(s: &Scored<'_>, qs: &QuestionScore, options: &PdfOptions) -> Vec<Block> {
    let q = s.questionnaire;
    let question = q.question(qs.question);
    let answer = s.assessment.answers.get(&qs.question);
    let block = |label: &str, text: String, style: Style| Block {
        label: label.to_owned(),
        text,
        style,
    };
    let mut blocks = Vec::new();
    let answer_line = match (answer.map(|a| a.response), &question.kind) {
        (Some(Response::Stage(i)), _) => {
            let text = question.option_for(i).map_or("", |o| o.text.as_str());
            block(
                "Answer",
                format!("{} — {text}", stage_name(s, i)),
                Style::body(),
            )
        }
        (Some(Response::Indicator(_)), QuestionKind::Indicator { stage, .. }) => block(
            "Answer",
            format!(
                "{} — a requirement of the {} stage",
                capitalise(&answer_text(s, qs)),
                stage_name(s, *stage)
            ),
            Style::body(),
        ),
        (Some(Response::NotApplicable), _) => block(
            "Answer",
            "Not applicable — left out of the score".to_owned(),
            Style::body().color(palette::muted()),
        ),
        (None, _) => {
            let counts = match qs.outcome {
                Outcome::Level { level, .. } => {
                    format!("counts as {} (level {level})", stage_name(s, level - 1))
                }
                _ => "counts as not met".to_owned(),
            };
            block(
                "Answer",
                format!("Not answered — {counts}"),
                Style::strong().color(palette::warning()),
            )
        }
        (Some(other), _) => block("Answer", format!("{other:?}"), Style::body()),
    };
    blocks.push(answer_line);
    if let Some(a) = answer {
        if !options.redact.evidence && !a.evidence.is_empty() {
            let items: Vec<String> = a.evidence.iter().map(|e| format!("• {e}")).collect();
            blocks.push(block("Evidence", items.join("\n"), Style::body()));
        }
        if !options.redact.notes
            && let Some(notes) = a.notes.as_deref().filter(|n| !n.trim().is_empty())
        {
            blocks.push(block("Notes", notes.trim().to_owned(), Style::body()));
        }
    }
    if let Some(step) = s.next_steps.iter().find(|n| n.question == qs.question) {
        blocks.push(block("Next step", next_step_text(s, step), Style::body()));
    }
    blocks
}

fn next_step_text(s: &Scored<'_>, step: &NextStep) -> String {
    format!(
        "{} (priority {} · {} → {})",
        step.action,
        step.rank,
        stage_name(s, step.from),
        stage_name(s, step.to)
    )
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn method(flow: &mut Flow<'_>, s: &Scored<'_>, options: &PdfOptions) {
    let q = s.questionnaire;
    let n = q.stage_count();
    flow.heading("Method", &Style::h1(), 80.0);
    flow.mark("Method and verification");
    flow.set_running(Some("Method".to_owned()));
    flow.advance(4.0);
    let first = stage_name(s, 0);
    let last = stage_name(s, n.saturating_sub(1));
    flow.paragraph(
        &format!(
            "{} ({} {}) describes {} stages of maturity, from {first} (1) to {last} ({n}):",
            q.title, q.id, q.version, n
        ),
        &Style::body(),
        0.0,
    );
    flow.advance(6.0);
    for (i, stage) in q.stages.iter().enumerate() {
        let text = if stage.summary.is_empty() {
            stage.name.clone()
        } else {
            format!("{} — {}", stage.name, stage.summary)
        };
        let style = Style {
            size: 8.5,
            leading: 12.0,
            ..Style::body()
        };
        flow.labelled(&(i + 1).to_string(), &text, &style, 0.0, 18.0);
        flow.advance(2.0);
    }

    flow.space(12.0);
    flow.heading("How the results were computed", &Style::h2(), 60.0);
    flow.advance(2.0);
    let mut paragraphs = Vec::new();
    let has_indicators = q.questions().any(|(_, question)| question.is_indicator());
    paragraphs.push(match q.scoring.method {
        Method::WeightedMean => format!(
            "Pillars are scored by weighted mean. Each question is answered with the stage \
             description that fits best, and counts as that stage's number (1 to {n}). A \
             pillar's level is the mean of its questions' numbers, weighted by question weight; \
             its stage is the whole part of the level, and its score is the level as progress \
             from 0% at {first} to 100% at {last}: (level − 1) ÷ {} × 100.",
            n.saturating_sub(1).max(1)
        ),
        Method::Gated => format!(
            "Pillars are scored by gates. A pillar reaches a stage when every question is at that \
             stage or above and every yes/partly/no requirement of that stage and of each lower \
             stage is met; its level is that stage's number. Its score shows progress within \
             the scale: the weighted mean of each question's progress, where a chosen stage \
             counts as (number − 1) ÷ {} and a requirement counts 1 when met, ½ when partly met \
             and 0 when not.",
            n.saturating_sub(1).max(1)
        ),
    });
    if has_indicators && q.scoring.method == Method::WeightedMean {
        paragraphs.push(
            "Yes/partly/no requirements count in the weights and add 1, ½ or 0 of progress."
                .to_owned(),
        );
    }
    paragraphs.push(format!(
        "Unanswered questions count as {first} (or as not met), so gaps in the evidence show in \
         the score. Questions answered “not applicable” are left out of every sum."
    ));
    let weights: Vec<String> = q
        .pillars
        .iter()
        .map(|p| format!("{} {}", p.name, crate::render::format::fmt_weight(p.weight)))
        .collect();
    paragraphs.push(match q.scoring.overall {
        Overall::WeightedMean => format!(
            "The overall level and score are the means of the pillar levels and scores weighted \
             by pillar weight ({}); the overall stage is the whole part of the overall level.",
            weights.join(", ")
        ),
        Overall::Minimum => "The overall result is that of the lowest pillar: a strategy is \
                             only as mature as its weakest pillar."
            .to_owned(),
    });
    paragraphs.push(format!(
        "Targets come from the answers file: a target per pillar where given, otherwise the \
         assessment's target, otherwise the questionnaire's default ({}). The gap is the target \
         stage's number minus the level, when positive.",
        stage_name(s, q.default_target)
    ));
    paragraphs.push(
        "Next steps: every question below its pillar's target contributes the action written \
         for its current stage. They are ranked by the stage they lead to (lowest first), then \
         by question weight × pillar weight (highest first), then in questionnaire order. \
         Figures are rounded for display only: levels and gaps to one decimal, scores to a \
         whole percent."
            .to_owned(),
    );
    for p in &paragraphs {
        flow.paragraph(p, &Style::body(), 0.0);
        flow.advance(6.0);
    }

    flow.space(10.0);
    flow.heading("Verification", &Style::h2(), 80.0);
    flow.advance(2.0);
    flow.paragraph(
        &format!(
            "SHA-256 fingerprints of the two files this report was made from, as the sha256sum \
             tool computes them for UTF-8 files without a byte-order mark. With the same files, \
             cyberassess {} produces this PDF again byte for byte.",
            env!("CARGO_PKG_VERSION")
        ),
        &Style::body(),
        0.0,
    );
    flow.advance(6.0);
    let hash = Style {
        size: 8.0,
        leading: 11.0,
        ..Style::body()
    };
    flow.labelled(
        "Questionnaire",
        &options.questionnaire_sha256,
        &hash,
        0.0,
        80.0,
    );
    flow.advance(2.0);
    flow.labelled("Answers", &options.answers_sha256, &hash, 0.0, 80.0);
    if options.redact.any() {
        flow.advance(8.0);
        let fields = match (options.redact.notes, options.redact.evidence) {
            (true, true) => "notes and evidence",
            (true, false) => "notes",
            _ => "evidence",
        };
        flow.paragraph(
            &format!(
                "This edition was produced with --redact: the {fields} in the answers file are \
                 left out; the fingerprint is that of the complete answers file."
            ),
            &Style::body(),
            0.0,
        );
    }
}

/// Adds the header (title and marking) and footer (questionnaire and page X of Y) to every page.
fn decorate(
    fonts: &Fonts,
    pages: &mut [Vec<Op>],
    s: &Scored<'_>,
    marking: Option<&str>,
    g: Geometry,
    missing: &mut BTreeSet<char>,
) {
    let count = pages.len();
    let small = Style {
        size: 7.5,
        leading: 10.0,
        ..Style::small()
    };
    let mark = Style {
        size: 8.5,
        leading: 10.0,
        ..Style::strong()
    };
    let title = clean(
        fonts,
        &format!("{} · Cyber security maturity self-assessment", country(s)),
        missing,
    );
    let marking = marking.map(|m| clean(fonts, m, missing));
    let footer = clean(fonts, &s.questionnaire.id_version(), missing);
    let width = |st: &Style, t: &str| text_width(fonts.get(st.face), t, st.size);
    let header_y = g.height - 40.0;
    let footer_y = 38.0;
    for (i, ops) in pages.iter_mut().enumerate() {
        let marking_w = marking.as_deref().map_or(0.0, |m| width(&mark, m));
        let room = g.text_width() - marking_w - 16.0;
        let title = fit(fonts, &title, &small, room);
        draw::text(
            ops,
            small.face,
            small.size,
            g.left(),
            header_y,
            small.color.clone(),
            &title,
        );
        if let Some(m) = marking.as_deref() {
            let x = g.right() - marking_w;
            draw::text(
                ops,
                Face::Bold,
                mark.size,
                x,
                header_y,
                mark.color.clone(),
                m,
            );
        }
        let rule_y = header_y - 8.0;
        draw::line(
            ops,
            (g.left(), rule_y),
            (g.right(), rule_y),
            0.5,
            palette::rule(),
            &[],
        );
        let rule_y = footer_y + 12.0;
        draw::line(
            ops,
            (g.left(), rule_y),
            (g.right(), rule_y),
            0.5,
            palette::rule(),
            &[],
        );
        let page = format!("page {} of {count}", i + 1);
        let fw = width(&small, &footer);
        let footer = fit(
            fonts,
            &footer,
            &small,
            g.text_width() - width(&small, &page) - 16.0,
        );
        let _ = fw;
        draw::text(
            ops,
            small.face,
            small.size,
            g.left(),
            footer_y,
            small.color.clone(),
            &footer,
        );
        let x = g.right() - width(&small, &page);
        draw::text(
            ops,
            small.face,
            small.size,
            x,
            footer_y,
            small.color.clone(),
            &page,
        );
    }
}

/// Shortens text with an ellipsis until it fits `width`.
fn fit(fonts: &Fonts, text: &str, style: &Style, width: f32) -> String {
    let font = fonts.get(style.face);
    if text_width(font, text, style.size) <= width {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().collect::<String>() + "…";
        if text_width(font, &candidate, style.size) <= width {
            return candidate;
        }
    }
    String::new()
}
