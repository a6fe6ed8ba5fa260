//! The Glossary annex and the Method with the verification fingerprints.
//!
//! Every sentence of the method must describe what `crate::score` actually does for the
//! questionnaire's settings; when the scoring changes, this text changes with it.

use super::{Block, Options, Paragraph, Section, Start, stage_name};
use crate::i18n::Locale;
use crate::model::StageIndex;
use crate::model::{Method, Overall};
use crate::render::format::fmt_weight;
use crate::score::Scored;
use crate::t;

/// The Glossary annex, when the questionnaire has one: its terms and their definitions, so a
/// reader meeting "SIM3" or "production order" in a question can look it up.
pub(super) fn glossary(s: &Scored<'_>, locale: Locale) -> Option<Section> {
    let q = s.questionnaire;
    if q.glossary.is_empty() {
        return None;
    }
    let mut blocks = vec![Paragraph::muted(t!(
        locale,
        "report-glossary-intro",
        title = q.title.as_str(),
        questionnaire = q.id_version()
    ))];
    blocks.extend(q.glossary.iter().map(|entry| Block::Term {
        term: entry.term.clone(),
        definition: entry.definition.clone(),
    }));
    Some(Section {
        title: t!(locale, "report-glossary"),
        contents: t!(locale, "report-glossary"),
        start: Start::NewPage,
        running: Some(t!(locale, "report-glossary")),
        blocks,
    })
}

/// The Method section, with every assessor (for covers that could not name them all) and the
/// verification fingerprints at its end.
pub(super) fn method(s: &Scored<'_>, options: &Options) -> Section {
    let locale = options.locale;
    let q = s.questionnaire;
    let n = q.stage_count();
    let first = stage_name(s, StageIndex::LOWEST);
    let last = stage_name(s, StageIndex::new(n.saturating_sub(1)));
    let mut blocks = vec![
        Paragraph::plain(t!(
            locale,
            "report-method-stages",
            title = q.title.as_str(),
            id = q.id.as_str(),
            version = q.version.to_string(),
            count = n,
            first = first,
            last = last
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
        Block::Heading(t!(locale, "report-method-computed")),
    ];
    blocks.extend(computation(s, locale).into_iter().map(Paragraph::plain));
    let assessors = &s.assessment.info.assessors;
    blocks.push(Block::AllAssessors {
        heading: t!(locale, "report-method-assessors", count = assessors.len()),
        names: assessors.clone(),
    });
    blocks.push(Block::Heading(t!(locale, "report-verification")));
    blocks.push(Paragraph::plain(t!(
        locale,
        "report-verification-intro",
        files = if options.baseline.is_some() { 3 } else { 2 },
        version = env!("CARGO_PKG_VERSION")
    )));
    let mut fingerprints = vec![
        (
            t!(locale, "report-fingerprint-questionnaire"),
            options.questionnaire_sha256.clone(),
        ),
        (
            t!(locale, "report-fingerprint-answers"),
            options.answers_sha256.clone(),
        ),
    ];
    if let Some(b) = &options.baseline {
        fingerprints.push((t!(locale, "report-fingerprint-baseline"), b.sha256.clone()));
    }
    blocks.push(Block::Fingerprints(fingerprints));
    if options.redact.any() {
        blocks.push(Paragraph::plain(t!(
            locale,
            "report-verification-redacted",
            fields = super::cover::redacted_fields(options)
        )));
    }
    Section {
        title: t!(locale, "report-method"),
        contents: t!(locale, "report-method-contents"),
        start: Start::Break,
        running: Some(t!(locale, "report-method")),
        blocks,
    }
}

/// How the results were computed, one paragraph per rule, from the scoring settings in use.
fn computation(s: &Scored<'_>, locale: Locale) -> Vec<String> {
    let q = s.questionnaire;
    let n = q.stage_count();
    let first = stage_name(s, StageIndex::LOWEST);
    let last = stage_name(s, StageIndex::new(n.saturating_sub(1)));
    let steps = n.saturating_sub(1).max(1);
    let mut paragraphs = Vec::new();
    let has_indicators = q.questions().any(|(_, question)| question.is_indicator());
    paragraphs.push(match q.scoring.method {
        Method::WeightedMean => t!(
            locale,
            "report-method-weighted-mean",
            count = n,
            zero = locale.percent(0),
            full = locale.percent(100),
            first = first,
            last = last,
            steps = steps
        ),
        Method::Gated => t!(locale, "report-method-gated", steps = steps),
    });
    if has_indicators && q.scoring.method == Method::WeightedMean {
        paragraphs.push(t!(locale, "report-method-indicators"));
    }
    paragraphs.push(t!(locale, "report-method-unanswered", first = first));
    let weights: Vec<String> = q
        .pillars
        .iter()
        .map(|p| format!("{} {}", p.name, locale.decimal(&fmt_weight(p.weight))))
        .collect();
    paragraphs.push(match q.scoring.overall {
        Overall::WeightedMean => t!(
            locale,
            "report-method-overall-mean",
            // A comma already separates the decimals where numbers are written 1,5.
            weights = weights.join(if locale.decimal_separator() == ',' {
                "; "
            } else {
                ", "
            })
        ),
        Overall::Minimum => t!(locale, "report-method-overall-minimum"),
    });
    paragraphs.push(t!(
        locale,
        "report-method-targets",
        stage = stage_name(s, q.default_target)
    ));
    paragraphs.push(t!(locale, "report-method-next-steps"));
    paragraphs
}
