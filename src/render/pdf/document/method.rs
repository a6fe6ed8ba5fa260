//! The method, generated from the scoring settings in use, and the verification hashes.
//!
//! Every sentence here must describe what `crate::score` actually does for the questionnaire's
//! settings; when the scoring changes, this text changes with it.

use super::super::PdfOptions;
use super::super::layout::{Flow, Style};
use super::stage_name;
use crate::model::{Method, Overall};
use crate::score::Scored;

/// The Method section, with the verification hashes at its end; `list_assessors` adds every
/// assessor, for when the cover could not name them all.
pub(super) fn method(
    flow: &mut Flow<'_>,
    s: &Scored<'_>,
    options: &PdfOptions,
    list_assessors: bool,
) {
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
        .map(|p| format!("{} {}", p.name, crate::render::format::fmt_weight(p.weight)))
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
    for p in &paragraphs {
        flow.paragraph(p, &Style::body(), 0.0);
        flow.advance(6.0);
    }

    if list_assessors {
        let assessors = &s.assessment.info.assessors;
        flow.space(10.0);
        flow.heading(
            &format!("The {} assessors", assessors.len()),
            &Style::h2(),
            3.0 * Style::body().leading,
        );
        flow.advance(2.0);
        flow.paragraph(&assessors.join("\n"), &Style::body(), 0.0);
    }

    let intro = format!(
        "SHA-256 fingerprints of the two files this report was made from, as the sha256sum \
         tool computes them for UTF-8 files without a byte-order mark. With the same files, \
         cyberassess {} produces this PDF again byte for byte.",
        env!("CARGO_PKG_VERSION")
    );
    verification(
        flow,
        &intro,
        &[
            ("Questionnaire", &options.questionnaire_sha256),
            ("Answers", &options.answers_sha256),
        ],
    );
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

/// The Verification block: a heading, what the fingerprints are, and one labelled line each.
pub(super) fn verification(flow: &mut Flow<'_>, intro: &str, fingerprints: &[(&str, &str)]) {
    flow.space(10.0);
    flow.heading("Verification", &Style::h2(), 80.0);
    flow.advance(2.0);
    flow.paragraph(intro, &Style::body(), 0.0);
    flow.advance(6.0);
    let hash = Style {
        size: 8.0,
        leading: 11.0,
        ..Style::body()
    };
    for (i, (label, value)) in fingerprints.iter().enumerate() {
        if i > 0 {
            flow.advance(2.0);
        }
        flow.labelled(label, value, &hash, 0.0, 80.0);
    }
}
