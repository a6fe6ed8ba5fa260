//! The cover: what the report is about, the overall result and the key facts.

use super::{Options, assessed, country, cover_date, gap, level, stage_name};
use crate::render::format::{first_upper, local_score, status_text};
use crate::score::Scored;
use crate::t;

/// The first page of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// A small line above the title: "SELF-ASSESSMENT REPORT".
    pub kicker: String,
    /// The questionnaire's title.
    pub title: String,
    /// The country, in large type.
    pub country: String,
    /// "Assessed 2026-03-19".
    pub assessed: String,
    /// The overall result, in a panel.
    pub overall: Overall,
    /// The facts, in order: label and value. The assessors are [`Cover::assessors`], listed
    /// after the date.
    pub facts: Vec<(String, String)>,
    /// The assessors, one per entry (empty when none is named).
    pub assessors: Vec<String>,
    /// The assessors' label among the facts: "Assessors".
    pub assessors_label: String,
    /// What the assessors' line says when none is named: "not named".
    pub no_assessors: String,
    /// What the redacted edition leaves out, when something is.
    pub redaction: Option<String>,
    /// Which program made the report, and where the fingerprints are.
    pub credit: String,
}

/// The overall result on the cover.
#[derive(Debug, Clone, PartialEq)]
pub struct Overall {
    /// "OVERALL STAGE".
    pub label: String,
    /// The overall stage's name.
    pub stage: String,
    /// "Level 2.7/5 · score 44% · target Established · gap 0.3".
    pub detail: String,
    /// While questions are unanswered: "Draft: …; the figures are not final."
    pub draft: Option<String>,
}

/// Where the assessors go among the facts: after the country and the date.
pub const ASSESSORS_AT: usize = 2;

impl Cover {
    /// Every fact in order, the assessors (one per line) included.
    pub fn all_facts(&self) -> Vec<(String, String)> {
        let assessors = if self.assessors.is_empty() {
            self.no_assessors.clone()
        } else {
            self.assessors.join("\n")
        };
        let mut facts = self.facts.clone();
        let at = ASSESSORS_AT.min(facts.len());
        facts.insert(at, (self.assessors_label.clone(), assessors));
        facts
    }
}

/// The cover of one scored assessment.
pub(super) fn cover(
    s: &Scored<'_>,
    options: &Options,
    marking: Option<&str>,
    draft: Option<String>,
) -> Cover {
    let locale = options.locale;
    let q = s.questionnaire;
    let info = &s.assessment.info;
    let o = &s.overall;
    let n = q.stage_count();
    let method = |method: &str| t!(locale, "report-scoring-method", method = method.to_owned());
    let mut facts = vec![
        (t!(locale, "report-fact-country"), country(s, locale)),
        (
            t!(locale, "report-fact-assessed"),
            cover_date(info.assessed_on, locale),
        ),
        (
            t!(locale, "report-fact-questionnaire"),
            format!("{} ({} {})", q.title, q.id, q.version),
        ),
        (
            t!(locale, "report-fact-scoring"),
            t!(
                locale,
                "report-scoring",
                pillars = method(q.scoring.method.as_str()),
                overall = method(q.scoring.overall.as_str())
            ),
        ),
        (
            t!(locale, "report-fact-marking"),
            marking.map_or_else(|| t!(locale, "report-marking-none"), str::to_owned),
        ),
    ];
    if let Some(status) = status_text(s.assessment, locale) {
        facts.push((t!(locale, "report-fact-status"), first_upper(&status)));
    }
    Cover {
        kicker: t!(locale, "report-cover-kicker"),
        title: q.title.clone(),
        country: country(s, locale),
        assessed: assessed(info.assessed_on, locale),
        overall: Overall {
            label: t!(locale, "report-overall-label"),
            stage: stage_name(s, o.stage).to_owned(),
            detail: t!(
                locale,
                "report-overall-detail",
                level = level(o.level, n, locale),
                score = local_score(o.progress, locale),
                target = stage_name(s, o.target),
                gap = gap(o.gap, locale)
            ),
            draft: draft.map(|d| t!(locale, "report-overall-draft", draft = d)),
        },
        facts,
        assessors: info.assessors.clone(),
        assessors_label: t!(locale, "report-fact-assessors"),
        no_assessors: t!(locale, "report-assessors-not-named"),
        redaction: redaction_text(options),
        credit: t!(locale, "report-credit", version = env!("CARGO_PKG_VERSION")),
    }
}

/// What `--redact` leaves out, as the catalogue's messages choose their words: `both`,
/// `notes` or `evidence`.
pub(super) fn redacted_fields(options: &Options) -> &'static str {
    match (options.redact.notes, options.redact.evidence) {
        (true, true) => "both",
        (true, false) => "notes",
        _ => "evidence",
    }
}

/// What the redaction note says, when something is left out.
fn redaction_text(options: &Options) -> Option<String> {
    options.redact.any().then(|| {
        t!(
            options.locale,
            "report-redacted",
            fields = redacted_fields(options)
        )
    })
}
