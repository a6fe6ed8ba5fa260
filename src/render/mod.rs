//! Renderers: the same scored results turned into a terminal table, JSON, CSV or Markdown.
//!
//! Every renderer takes a [`Batch`] and returns bytes; none of them prints or writes files.

mod agenda;
mod answers_file;
mod cohort;
pub mod compare;
mod csv;
mod fit;
mod format;
mod json;
mod markdown;
pub mod pdf;
pub mod plan;
mod table;
pub mod xlsx;

pub use agenda::{AgendaFormat, agenda};
pub use answers_file::answers_file;
pub use cohort::{Cohort, CohortSort, cohorts, median};
pub use csv::{Csv, HEADER as CSV_HEADER};
pub use format::{fmt_date, fmt_gap, fmt_level, fmt_level_value, fmt_score, status_text};
pub use json::Json;
pub use markdown::Markdown;
pub use table::Table;

use crate::loader::{FileReport, LoadedBatch};
use crate::score::Scored;

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
        use rayon::prelude::*;
        Batch {
            // Scored on all cores; `collect` keeps the loaded (sorted path) order.
            assessments: loaded
                .assessments
                .par_iter()
                .map(|a| Entry {
                    source: &a.source.name,
                    scored: crate::score::score(&a.questionnaire.questionnaire, &a.assessment),
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
pub struct Entry<'a> {
    /// The answers file's path as given.
    pub source: &'a str,
    /// The result.
    pub scored: Scored<'a>,
}

/// One problem that kept a file from being scored.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ErrorEntry {
    /// The file with the problem.
    pub source: String,
    /// Line, from 1 (0 when the problem has no place in the file).
    pub line: usize,
    /// Column in characters, from 1 (0 when the problem has no place).
    pub column: usize,
    /// What is wrong, and how to fix it.
    pub message: String,
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
                let message = match &d.help {
                    Some(help) => format!("{} ({help})", d.message),
                    None => d.message.clone(),
                };
                ErrorEntry {
                    source: report.file.name.clone(),
                    line,
                    column,
                    message,
                }
            })
            .collect()
    }
}

/// Settings shared by the text renderers.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// Next steps shown per assessment.
    pub top: usize,
    /// Include the per-question breakdown.
    pub explain: bool,
    /// Use terminal colours.
    pub styled: bool,
}

/// A renderer of scored results into bytes.
pub trait Render {
    /// Renders the batch.
    fn render(&self, batch: &Batch<'_>, options: &RenderOptions) -> Vec<u8>;
}
