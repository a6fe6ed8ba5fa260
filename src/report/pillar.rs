//! One section per pillar: key figures, then every question with its answer, evidence, notes
//! and next step. Unanswered and not-applicable questions say so in words, not only in colour.

use super::{
    Block, Detail, Item, KeyFigure, Paragraph, Redaction, Section, Start, Tone, Value, gap, level,
    stage_name,
};
use crate::i18n::Locale;
use crate::model::{QuestionKind, Response};
use crate::render::format::{answer_text, counts_as, fmt_weight, local_score};
use crate::score::{NextStep, Outcome, PillarScore, QuestionScore, Scored};
use crate::t;

/// One pillar's section; `steps` are the assessment's ranked next steps.
pub(super) fn pillar(
    s: &Scored<'_>,
    p: &PillarScore,
    steps: &[NextStep<'_>],
    redact: Redaction,
    locale: Locale,
) -> Section {
    let q = s.questionnaire;
    let pillar = &q.pillars[p.pillar];
    let n = q.stage_count();
    let heading = format!("{}. {}", p.pillar + 1, pillar.name);
    let mut blocks = Vec::new();
    if !pillar.summary.is_empty() {
        blocks.push(Paragraph::muted(pillar.summary.clone()));
    }
    let answered = if p.not_applicable > 0 {
        t!(
            locale,
            "summary-answered-with-na",
            answered = p.answered,
            total = p.total,
            na = p.not_applicable
        )
    } else {
        format!("{}/{}", p.answered, p.total)
    };
    // Stage names need more room than numbers.
    let figures = [
        (
            t!(locale, "summary-stage"),
            stage_name(s, p.stage).to_owned(),
            1.35,
        ),
        (t!(locale, "summary-level"), level(p.level, n, locale), 0.9),
        (
            t!(locale, "summary-score"),
            local_score(p.progress, locale),
            0.85,
        ),
        (
            t!(locale, "summary-target"),
            stage_name(s, p.target).to_owned(),
            1.35,
        ),
        (t!(locale, "summary-gap"), gap(p.gap, locale), 0.7),
        (t!(locale, "summary-answered"), answered, 1.1),
    ];
    blocks.push(Block::KeyFigures(
        figures
            .into_iter()
            .map(|(label, value, share)| KeyFigure {
                label,
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
            meta: t!(
                locale,
                "report-question-meta",
                id = question.id.as_str(),
                weight = locale.decimal(&fmt_weight(qs.weight)),
                counts = counts_as(qs, locale)
            ),
            details: details(s, qs, step, redact, locale),
        }));
        blocks.extend(super::consensus::question(s, qs, locale));
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
    locale: Locale,
) -> Vec<Detail> {
    let question = s.questionnaire.question(qs.question);
    let answer = s.assessment.answers.get(&qs.question);
    let detail = |label: String, text: String, tone| Detail {
        label,
        value: Value::Text(text),
        tone,
    };
    let answer_label = || t!(locale, "report-detail-answer");
    let answer_line = match (answer.map(|a| a.response), &question.kind) {
        (Some(Response::Stage(i)), _) => {
            let text = question.option_for(i).map_or("", |o| o.text.as_str());
            detail(
                answer_label(),
                format!("{} — {text}", stage_name(s, i)),
                Tone::Plain,
            )
        }
        (Some(Response::Indicator(_)), QuestionKind::Indicator { stage, .. }) => detail(
            answer_label(),
            t!(
                locale,
                "report-answer-requirement",
                answer = capitalise(&answer_text(s, qs, locale)),
                stage = stage_name(s, *stage)
            ),
            Tone::Plain,
        ),
        (Some(Response::NotApplicable), _) => detail(
            answer_label(),
            t!(locale, "report-answer-not-applicable"),
            Tone::Muted,
        ),
        (None, _) => {
            let text = match qs.outcome {
                Outcome::Level { stage, .. } => t!(
                    locale,
                    "report-answer-missing-level",
                    stage = stage_name(s, stage),
                    level = stage.number()
                ),
                _ => t!(locale, "report-answer-missing-not-met"),
            };
            detail(answer_label(), text, Tone::Warning)
        }
        (Some(other), _) => detail(answer_label(), format!("{other:?}"), Tone::Plain),
    };
    let mut details = vec![answer_line];
    let stage_evidence = match answer.map(|a| a.response) {
        Some(Response::Stage(i)) => question.option_for(i).and_then(|o| o.evidence.as_deref()),
        _ => None,
    };
    if let Some(evidence) = stage_evidence {
        details.push(detail(
            t!(locale, "report-detail-shown-by"),
            evidence.to_owned(),
            Tone::Muted,
        ));
    }
    if let Some(a) = answer {
        if !redact.evidence && !a.evidence.is_empty() {
            details.push(Detail {
                label: t!(locale, "report-detail-evidence"),
                value: Value::List(a.evidence.clone()),
                tone: Tone::Plain,
            });
        }
        if !redact.notes
            && let Some(notes) = a.notes.as_deref().filter(|n| !n.trim().is_empty())
        {
            details.push(detail(
                t!(locale, "report-detail-notes"),
                notes.trim().to_owned(),
                Tone::Plain,
            ));
        }
    }
    if let Some(step) = step {
        details.push(detail(
            t!(locale, "report-detail-next-step"),
            t!(
                locale,
                "report-next-step",
                action = step.action,
                rank = step.rank.to_string(),
                from = stage_name(s, step.from),
                to = stage_name(s, step.to)
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
