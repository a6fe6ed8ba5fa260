//! One section per pillar: key figures, then every question with its answer, evidence,
//! notes and next step. Unanswered and not-applicable questions say so in words, not only
//! in colour.

use super::super::PdfOptions;
use super::super::draw::{self, palette};
use super::super::layout::{Flow, Style};
use super::{TAB, stage_name};
use crate::model::{QuestionKind, Response};
use crate::render::format::{answer_text, fmt_gap, fmt_level, fmt_score};
use crate::score::{NextStep, Outcome, PillarScore, QuestionScore, Scored};

/// One pillar's section; `steps` are the assessment's ranked next steps.
pub(super) fn pillar(
    flow: &mut Flow<'_>,
    s: &Scored<'_>,
    p: &PillarScore,
    steps: &[NextStep<'_>],
    options: &PdfOptions,
) {
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
        ("Stage", stage_name(s, p.stage.get()).to_owned(), 1.35),
        ("Level", fmt_level(p.level, n), 0.9),
        ("Score", fmt_score(p.progress), 0.85),
        ("Target", stage_name(s, p.target.get()).to_owned(), 1.35),
        ("Gap", fmt_gap(p.gap), 0.7),
        ("Answered", answered, 1.1),
    ];
    key_figures(flow, &figures);
    flow.advance(16.0);
    let g = flow.geometry();
    flow.set_running(Some(heading));

    for (j, qs) in p.questions.iter().enumerate() {
        let step = steps.iter().find(|n| n.question == qs.question);
        let blocks = question_blocks(s, qs, step, options);
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
        .map(|(f, w)| flow.lines_at_most(&f.1, &value, w - 8.0, 3).0)
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

fn question_blocks(
    s: &Scored<'_>,
    qs: &QuestionScore,
    step: Option<&NextStep<'_>>,
    options: &PdfOptions,
) -> Vec<Block> {
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
                Outcome::Level { stage, .. } => {
                    let (name, level) = (stage_name(s, stage.get()), stage.number());
                    format!("counts as {name} (level {level})")
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
    let stage_evidence = match answer.map(|a| a.response) {
        Some(Response::Stage(i)) => question.option_for(i).and_then(|o| o.evidence.as_deref()),
        _ => None,
    };
    if let Some(evidence) = stage_evidence {
        blocks.push(block(
            "Shown by",
            evidence.to_owned(),
            Style::body().color(palette::muted()),
        ));
    }
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
    if let Some(step) = step {
        blocks.push(block("Next step", next_step_text(s, step), Style::body()));
    }
    blocks
}

fn next_step_text(s: &Scored<'_>, step: &NextStep<'_>) -> String {
    format!(
        "{} (priority {} · {} → {})",
        step.action,
        step.rank,
        stage_name(s, step.from.get()),
        stage_name(s, step.to.get())
    )
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
