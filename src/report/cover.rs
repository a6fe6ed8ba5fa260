//! The cover: what the report is about, the overall result and the key facts.

use super::{Options, assessed, country, stage_name};
use crate::render::format::{first_upper, fmt_date, fmt_gap, fmt_level, fmt_score, status_text};
use crate::score::Scored;

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
            "not named".to_owned()
        } else {
            self.assessors.join("\n")
        };
        let mut facts = self.facts.clone();
        let at = ASSESSORS_AT.min(facts.len());
        facts.insert(at, ("Assessors".to_owned(), assessors));
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
    let q = s.questionnaire;
    let info = &s.assessment.info;
    let o = &s.overall;
    let n = q.stage_count();
    let mut facts = vec![
        ("Country".to_owned(), country(s).to_owned()),
        ("Assessed".to_owned(), fmt_date(info.assessed_on)),
        (
            "Questionnaire".to_owned(),
            format!("{} ({} {})", q.title, q.id, q.version),
        ),
        (
            "Scoring".to_owned(),
            format!(
                "pillars: {}; overall: {}",
                q.scoring.method.as_str(),
                q.scoring.overall.as_str()
            ),
        ),
        ("Marking".to_owned(), marking.unwrap_or("none").to_owned()),
    ];
    if let Some(status) = status_text(s.assessment, options.locale) {
        facts.push(("Status".to_owned(), first_upper(&status)));
    }
    Cover {
        kicker: "SELF-ASSESSMENT REPORT".to_owned(),
        title: q.title.clone(),
        country: country(s).to_owned(),
        assessed: assessed(s),
        overall: Overall {
            label: "OVERALL STAGE".to_owned(),
            stage: stage_name(s, o.stage).to_owned(),
            detail: format!(
                "Level {} · score {} · target {} · gap {}",
                fmt_level(o.level, n),
                fmt_score(o.progress),
                stage_name(s, o.target),
                fmt_gap(o.gap)
            ),
            draft: draft.map(|d| format!("{d}; the figures are not final.")),
        },
        facts,
        assessors: info.assessors.clone(),
        redaction: redaction_text(options),
        credit: format!(
            "Produced with cyberassess {}. The method and the fingerprints of the questionnaire \
             and answers files are on the last page.",
            env!("CARGO_PKG_VERSION")
        ),
    }
}

/// What the redaction note says, when something is left out.
fn redaction_text(options: &Options) -> Option<String> {
    if !options.redact.any() {
        return None;
    }
    let left_out = match (options.redact.notes, options.redact.evidence) {
        (true, true) => "the assessors' notes and evidence",
        (true, false) => "the assessors' notes",
        _ => "the evidence",
    };
    Some(format!(
        "Redacted edition: {left_out} are left out of this report, for sharing outside \
         government. The scores are unchanged."
    ))
}
