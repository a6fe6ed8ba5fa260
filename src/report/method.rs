//! The Glossary annex and the Method with the verification fingerprints.
//!
//! Every sentence of the method must describe what `crate::score` actually does for the
//! questionnaire's settings; when the scoring changes, this text changes with it.

use super::{Block, Options, Paragraph, Section, Start, stage_name};
use crate::model::StageIndex;
use crate::model::{Method, Overall};
use crate::render::format::fmt_weight;
use crate::score::Scored;

/// The Glossary annex, when the questionnaire has one: its terms and their definitions, so a
/// reader meeting "SIM3" or "production order" in a question can look it up.
pub(super) fn glossary(s: &Scored<'_>) -> Option<Section> {
    let q = s.questionnaire;
    if q.glossary.is_empty() {
        return None;
    }
    let mut blocks = vec![Paragraph::muted(format!(
        "The terms used in the questions of {} ({}), in plain words.",
        q.title,
        q.id_version()
    ))];
    blocks.extend(q.glossary.iter().map(|entry| Block::Term {
        term: entry.term.clone(),
        definition: entry.definition.clone(),
    }));
    Some(Section {
        title: "Glossary".to_owned(),
        contents: "Glossary".to_owned(),
        start: Start::NewPage,
        running: Some("Glossary".to_owned()),
        blocks,
    })
}

/// The Method section, with every assessor (for covers that could not name them all) and the
/// verification fingerprints at its end.
pub(super) fn method(s: &Scored<'_>, options: &Options) -> Section {
    let q = s.questionnaire;
    let n = q.stage_count();
    let first = stage_name(s, StageIndex::LOWEST);
    let last = stage_name(s, StageIndex::new(n.saturating_sub(1)));
    let mut blocks = vec![
        Paragraph::plain(format!(
            "{} ({} {}) describes {} stages of maturity, from {first} (1) to {last} ({n}):",
            q.title, q.id, q.version, n
        )),
        Block::Labelled(
            q.stages
                .iter()
                .enumerate()
                .map(|(i, stage)| {
                    let text = if stage.summary.is_empty() {
                        stage.name.clone()
                    } else {
                        format!("{} — {}", stage.name, stage.summary)
                    };
                    ((i + 1).to_string(), text)
                })
                .collect(),
        ),
        Block::Heading("How the results were computed".to_owned()),
    ];
    blocks.extend(computation(s).into_iter().map(Paragraph::plain));
    let assessors = &s.assessment.info.assessors;
    blocks.push(Block::AllAssessors {
        heading: match assessors.len() {
            1 => "The assessor".to_owned(),
            n => format!("The {n} assessors"),
        },
        names: assessors.clone(),
    });
    blocks.push(Block::Heading("Verification".to_owned()));
    blocks.push(Paragraph::plain(format!(
        "SHA-256 fingerprints of the {} files this report was made from, as the sha256sum \
         tool computes them for UTF-8 files without a byte-order mark. With the same files, \
         cyberassess {} produces this report again byte for byte.",
        if options.baseline.is_some() {
            "three"
        } else {
            "two"
        },
        env!("CARGO_PKG_VERSION")
    )));
    let mut fingerprints = vec![
        (
            "Questionnaire".to_owned(),
            options.questionnaire_sha256.clone(),
        ),
        ("Answers".to_owned(), options.answers_sha256.clone()),
    ];
    if let Some(b) = &options.baseline {
        fingerprints.push(("Baseline".to_owned(), b.sha256.clone()));
    }
    blocks.push(Block::Fingerprints(fingerprints));
    if options.redact.any() {
        let fields = match (options.redact.notes, options.redact.evidence) {
            (true, true) => "notes and evidence",
            (true, false) => "notes",
            _ => "evidence",
        };
        blocks.push(Paragraph::plain(format!(
            "This edition was produced with --redact: the {fields} in the answers file are \
             left out; the fingerprint is that of the complete answers file."
        )));
    }
    Section {
        title: "Method".to_owned(),
        contents: "Method and verification".to_owned(),
        start: Start::Break,
        running: Some("Method".to_owned()),
        blocks,
    }
}

/// How the results were computed, one paragraph per rule, from the scoring settings in use.
fn computation(s: &Scored<'_>) -> Vec<String> {
    let q = s.questionnaire;
    let n = q.stage_count();
    let first = stage_name(s, StageIndex::LOWEST);
    let last = stage_name(s, StageIndex::new(n.saturating_sub(1)));
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
             stage is met, and no higher than the highest stage one of its questions is a \
             requirement of (a chosen stage is one of every stage); its level is that stage's \
             number. Its score shows progress within \
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
         the score. Questions answered “not applicable” are left out of every sum; a pillar \
         whose questions are all not applicable is at {first}."
    ));
    let weights: Vec<String> = q
        .pillars
        .iter()
        .map(|p| format!("{} {}", p.name, fmt_weight(p.weight)))
        .collect();
    paragraphs.push(match q.scoring.overall {
        Overall::WeightedMean => format!(
            "The overall level and score are the means of the pillar levels and scores weighted \
             by pillar weight ({}); the overall stage is the whole part of the overall level.",
            weights.join(", ")
        ),
        Overall::Minimum => "The overall result is that of the weakest pillar (the lowest \
                             level, then the lowest score, then the first in questionnaire \
                             order): a strategy is only as mature as its weakest pillar."
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
         Figures are rounded to agree with the stages: levels down and gaps up to one \
         decimal, scores down to a whole percent."
            .to_owned(),
    );
    paragraphs
}
