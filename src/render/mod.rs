//! Renderers: the same scored results turned into a terminal table, JSON, CSV or Markdown.
//!
//! Every renderer turns scored assessments into bytes; none of them prints or writes files. The
//! batch formats (JSON, CSV, Markdown) are made of pieces — a head, one piece per assessment,
//! a tail — so a command can render each assessment on its own core and write it as soon as it
//! is scored, without holding the whole batch (see [`Render`]).

mod agenda;
mod answers_file;
mod cohort;
mod cohort_record;
pub mod compare;
mod csv;
pub mod docx;
mod fit;
pub(crate) mod format;
mod json;
mod markdown;
pub mod pdf;
pub mod plan;
mod report_markdown;
mod table;
pub mod xlsx;

pub use agenda::{AgendaFormat, agenda};
pub use answers_file::answers_file;
pub use cohort::{
    Cohort, CohortRow, CohortSort, cohort_table, cohorts, compare_rows, median, write_cohort_table,
};
pub use cohort_record::{CohortGroup, CohortRecord, cohort_groups, sort_records};
pub use csv::{Csv, HEADER as CSV_HEADER};
pub use format::{
    fmt_date, fmt_gap, fmt_level, fmt_level_value, fmt_score, local_date, local_score, status_text,
};
pub use json::{Json, SCHEMA_VERSION};
pub use markdown::{Markdown, cohort_markdown, write_cohort_markdown};
pub use report_markdown::report_markdown;
pub use table::Table;

use crate::i18n::Locale;
use crate::loader::{FileReport, LoadedBatch};
use crate::score::{Outcome, Scored};

/// Scored assessments and the files that failed, in the order they are shown.
#[derive(Debug, Default)]
pub struct Batch<'a> {
    /// Scored assessments.
    pub assessments: Vec<Entry<'a>>,
    /// Files that could not be scored.
    pub errors: Vec<ErrorEntry>,
}

impl<'a> Batch<'a> {
    /// Scores every assessment of a loaded batch; its failures become error entries.
    pub fn score(loaded: &'a LoadedBatch) -> Self {
        Batch::score_in(loaded, |a| &a.questionnaire.questionnaire)
    }

    /// Scores every assessment of a loaded batch, each against the questionnaire `texts`
    /// gives for it: its own, or the same questionnaire with its texts in another language
    /// ([`crate::loader::LoadedQuestionnaire::texts_in`]), so the results read in that
    /// language. Failures become error entries.
    pub fn score_in(
        loaded: &'a LoadedBatch,
        texts: impl Fn(&'a crate::loader::LoadedAssessment) -> &'a crate::model::Questionnaire + Sync,
    ) -> Self {
        use rayon::prelude::*;
        Batch {
            // Scored on all cores; `collect` keeps the loaded (sorted path) order.
            assessments: loaded
                .assessments
                .par_iter()
                .map(|a| Entry {
                    source: &a.source.name,
                    scored: crate::score::score(texts(a), &a.assessment),
                })
                .collect(),
            errors: loaded
                .failures
                .iter()
                .flat_map(ErrorEntry::from_report)
                .collect(),
        }
    }
}

impl Drop for Batch<'_> {
    /// Frees the scores of a large batch on all cores, as they were computed.
    fn drop(&mut self) {
        crate::loader::free_in_parallel(std::mem::take(&mut self.assessments));
    }
}

/// One scored assessment and the file it came from.
#[derive(Debug)]
#[non_exhaustive]
pub struct Entry<'a> {
    /// The answers file's path as given.
    pub source: &'a str,
    /// The result.
    pub scored: Scored<'a>,
}

impl<'a> Entry<'a> {
    /// The result `scored` of the answers file `source`.
    pub fn new(source: &'a str, scored: Scored<'a>) -> Self {
        Entry { source, scored }
    }

    /// Fails unless every number of the result can be written: JSON has no infinity and no NaN,
    /// and a number must never silently become `null` (or `inf` in CSV).
    pub fn check_finite(&self) -> Result<(), RenderError> {
        let s = &self.scored;
        let o = &s.overall;
        let finite = [o.level, o.progress, o.gap].iter().all(|v| v.is_finite())
            && s.pillars.iter().all(|p| {
                [p.level, p.progress, p.gap].iter().all(|v| v.is_finite())
                    && p.questions.iter().all(|q| {
                        q.weight.is_finite()
                            && match q.outcome {
                                Outcome::Indicator { credit, .. } => credit.is_finite(),
                                _ => true,
                            }
                    })
            });
        if finite {
            Ok(())
        } else {
            Err(RenderError::NotFinite {
                file: self.source.to_owned(),
            })
        }
    }
}

/// One problem that kept a file from being scored.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ErrorEntry {
    /// The file with the problem.
    pub source: String,
    /// Line, from 1 (0 when the problem has no place in the file).
    pub line: usize,
    /// Column in characters, from 1 (0 when the problem has no place).
    pub column: usize,
    /// The kind of problem, stable across versions and languages (`unknown-answer`).
    pub code: &'static str,
    /// `error` (warnings do not keep a file from being scored).
    pub severity: &'static str,
    /// What is wrong, in English.
    pub message: String,
    /// How to fix it, in English; `null` when there is no advice.
    pub help: Option<String>,
}

impl ErrorEntry {
    /// One entry per error in a report.
    pub fn from_report(report: &FileReport) -> Vec<ErrorEntry> {
        report
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| {
                let (line, column) = match &d.span {
                    Some(span) => {
                        let p = report.file.position(span.start);
                        (p.line, p.column)
                    }
                    None => (0, 0),
                };
                ErrorEntry {
                    source: report.file.name.clone(),
                    line,
                    column,
                    code: d.code.as_str(),
                    severity: d.severity.as_str(),
                    message: d.message(Locale::En),
                    help: d.help(Locale::En),
                }
            })
            .collect()
    }
}

/// Settings shared by the text renderers. Start from [`RenderOptions::default`] and set the
/// fields that differ.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Next steps shown per assessment.
    pub top: usize,
    /// Include the per-question breakdown.
    pub explain: bool,
    /// Use terminal colours.
    pub styled: bool,
    /// The language of the words and numbers (JSON and CSV never change with it).
    pub locale: crate::i18n::Locale,
}

impl Default for RenderOptions {
    /// Five next steps, no breakdown, no colours: what `score` shows without options.
    fn default() -> Self {
        RenderOptions {
            top: 5,
            explain: false,
            styled: false,
            locale: crate::i18n::Locale::En,
        }
    }
}

/// Why a batch could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A number that no output format can carry (infinite or not a number).
    #[error(
        "a result of {file} is not a finite number, so it cannot be written; check the weights \
         of its questionnaire"
    )]
    NotFinite {
        /// The answers file whose result it is.
        file: String,
    },
    /// The JSON writer failed.
    #[error("could not write JSON: {0}")]
    Json(serde_json::Error),
    /// The CSV writer failed.
    #[error("could not write CSV: {0}")]
    Csv(#[from] ::csv::Error),
}

/// A renderer of scored results into bytes, piece by piece: [`Render::head`], then
/// [`Render::assessment`] for each assessment with [`Render::separator`] between two, then
/// [`Render::tail`]. Pieces of different assessments do not depend on each other, so they can be
/// rendered in parallel and written in order.
pub trait Render: Sync {
    /// What comes before the first assessment.
    fn head(&self, _out: &mut Vec<u8>) -> Result<(), RenderError> {
        Ok(())
    }

    /// One assessment.
    fn assessment(
        &self,
        entry: &Entry<'_>,
        options: &RenderOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError>;

    /// What goes between two assessments.
    fn separator(&self, _out: &mut Vec<u8>) {}

    /// What comes after the last of `count` assessments, with the files that failed.
    fn tail(
        &self,
        _count: usize,
        _errors: &[ErrorEntry],
        _out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        Ok(())
    }

    /// Renders a whole batch at once.
    fn render(&self, batch: &Batch<'_>, options: &RenderOptions) -> Result<Vec<u8>, RenderError> {
        let mut out = Vec::new();
        self.head(&mut out)?;
        for (i, entry) in batch.assessments.iter().enumerate() {
            if i > 0 {
                self.separator(&mut out);
            }
            self.assessment(entry, options, &mut out)?;
        }
        self.tail(batch.assessments.len(), &batch.errors, &mut out)?;
        Ok(out)
    }
}
