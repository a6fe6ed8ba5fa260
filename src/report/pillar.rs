//! One section per pillar: key figures, then every question with its answer, evidence, notes
//! and next step. Unanswered and not-applicable questions say so in words, not only in colour.

use super::{
    Block, Detail, Item, KeyFigure, Paragraph, Redaction, Section, Start, Tone, Value, stage_name,
};
use crate::model::{QuestionKind, Response};
use crate::render::format::{answer_text, counts_as, fmt_gap, fmt_level, fmt_score, fmt_weight};
use crate::score::{NextStep, Outcome, PillarScore, QuestionScore, Scored};

/// One pillar's section; `steps` are the assessment's ranked next steps.
pub(super) fn pillar(
    s: &Scored<'_>,
    p: &PillarScore,
    steps: &[NextStep<'_>],
    redact: Redaction,
    locale: crate::i18n::Locale,
) -> Section {
    let q = s.questionnaire;
    let pillar = &q.pillars[p.pillar];
    let n = q.stage_count();
    let heading = format!("{}. {}", p.pillar + 1, pillar.name);
    let mut blocks = Vec::new();
    if !pillar.summary.is_empty() {
        blocks.push(Paragraph::muted(pillar.summary.clone()));
    }
    let mut answered = format!("{}/{}", p.answered, p.total);
    if p.not_applicable > 0 {
        answered.push_str(&format!(" ({} n/a)", p.not_applicable));
    }
    // Stage names need more room than numbers.
    let figures = [
        ("Stage", stage_name(s, p.stage).to_owned(), 1.35),
        ("Level", fmt_level(p.level, n), 0.9),
        ("Score", fmt_score(p.progress), 0.85),
        ("Target", stage_name(s, p.target).to_owned(), 1.35),
        ("Gap", fmt_gap(p.gap), 0.7),
        ("Answered", answered, 1.1),
    ];
    blocks.push(Block::KeyFigures(
        figures
            .into_iter()
            .map(|(label, value, share)| KeyFigure {
                label: label.to_owned(),
                value,
                share,
            })
            .collect(),
    ));
    for (j, qs) in p.questions.iter().enumerate() {
        let question = q.question(qs.question);
        let step = steps.iter().find(|n| n.question == qs.question);
        blocks.push(Block::Item(Item {
            number: format!("{}.{}", p.pillar + 1, j + 1),
            title: question.prompt.clone(),
            meta: format!(
                "{} · weight {} · counts as {}",
                question.id,
                fmt_weight(qs.weight),
                counts_as(qs, locale)
            ),
            details: details(s, qs, step, redact, locale),
        }));
        blocks.extend(super::consensus::question(s, qs));
    }
    Section {
        title: heading.clone(),
        contents: heading.clone(),
        start: Start::Break,
        running: Some(heading),
        blocks,
    }
}

/// The labelled details of a question: answer, what shows it, evidence, notes, next step.
fn details(
    s: &Scored<'_>,
    qs: &QuestionScore,
    step: Option<&NextStep<'_>>,
    redact: Redaction,
    locale: crate::i18n::Locale,
) -> Vec<Detail> {
    let question = s.questionnaire.question(qs.question);
    let answer = s.assessment.answers.get(&qs.question);
    let detail = |label: &str, text: String, tone| Detail {
        label: label.to_owned(),
        value: Value::Text(text),
        tone,
    };
    let answer_line = match (answer.map(|a| a.response), &question.kind) {
        (Some(Response::Stage(i)), _) => {
            let text = question.option_for(i).map_or("", |o| o.text.as_str());
            detail(
                "Answer",
                format!("{} — {text}", stage_name(s, i)),
                Tone::Plain,
            )
        }
        (Some(Response::Indicator(_)), QuestionKind::Indicator { stage, .. }) => detail(
            "Answer",
            format!(
                "{} — a requirement of the {} stage",
                capitalise(&answer_text(s, qs, locale)),
                stage_name(s, *stage)
            ),
            Tone::Plain,
        ),
        (Some(Response::NotApplicable), _) => detail(
            "Answer",
            "Not applicable — left out of the score".to_owned(),
            Tone::Muted,
        ),
        (None, _) => {
            let counts = match qs.outcome {
                Outcome::Level { stage, .. } => {
                    let (name, level) = (stage_name(s, stage), stage.number());
                    format!("counts as {name} (level {level})")
                }
                _ => "counts as not met".to_owned(),
            };
            detail("Answer", format!("Not answered — {counts}"), Tone::Warning)
        }
        (Some(other), _) => detail("Answer", format!("{other:?}"), Tone::Plain),
    };
    let mut details = vec![answer_line];
    let stage_evidence = match answer.map(|a| a.response) {
        Some(Response::Stage(i)) => question.option_for(i).and_then(|o| o.evidence.as_deref()),
        _ => None,
    };
    if let Some(evidence) = stage_evidence {
        details.push(detail("Shown by", evidence.to_owned(), Tone::Muted));
    }
    if let Some(a) = answer {
        if !redact.evidence && !a.evidence.is_empty() {
            details.push(Detail {
                label: "Evidence".to_owned(),
                value: Value::List(a.evidence.clone()),
                tone: Tone::Plain,
            });
        }
        if !redact.notes
            && let Some(notes) = a.notes.as_deref().filter(|n| !n.trim().is_empty())
        {
            details.push(detail("Notes", notes.trim().to_owned(), Tone::Plain));
        }
    }
    if let Some(step) = step {
        details.push(detail(
            "Next step",
            format!(
                "{} (priority {} · {} → {})",
                step.action,
                step.rank,
                stage_name(s, step.from),
                stage_name(s, step.to)
            ),
            Tone::Plain,
        ));
    }
    details
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
