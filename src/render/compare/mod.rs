//! Renderers of comparisons: the same [`Comparisons`] turned into a terminal table, JSON, CSV
//! or Markdown. Like the score renderers, they return bytes and print nothing.

mod change;
mod csv;
mod json;
mod markdown;
mod steps;
mod summary;
mod table;
pub(crate) mod view;

pub use change::{Marks, fmt_credit_change, fmt_level_change, fmt_score_change, fmt_stage_change};
pub use csv::HEADER as COMPARE_CSV_HEADER;

use crate::compare::Comparison;
use crate::render::{ErrorEntry, RenderError};
use crate::score::Scored;

/// Version of the `compare` JSON contract, raised only when a key changes meaning or goes.
pub const SCHEMA_VERSION: u32 = 1;

/// The comparisons of one run, with the assessments that could not be paired.
#[derive(Debug, Default)]
pub struct Comparisons<'s, 'a> {
    /// Each comparison with the files it came from, in order.
    pub comparisons: Vec<Compared<'s, 'a>>,
    /// Countries with one assessment (nothing earlier to compare with), in path order.
    pub single: Vec<Single<'s, 'a>>,
    /// Assessments without a country, which cannot be paired, by file.
    pub without_country: Vec<&'s str>,
    /// Files that could not be loaded.
    pub errors: Vec<ErrorEntry>,
}

/// One comparison and its two files.
#[derive(Debug)]
pub struct Compared<'s, 'a> {
    /// The earlier file, as given (`REV:PATH` for one read from git).
    pub old_source: &'s str,
    /// The later file.
    pub new_source: &'s str,
    /// What moved.
    pub comparison: Comparison<'s, 'a>,
}

/// A country's only assessment.
#[derive(Debug)]
pub struct Single<'s, 'a> {
    /// Its file.
    pub source: &'s str,
    /// The scored assessment.
    pub scored: &'s Scored<'a>,
}

/// Settings shared by the comparison renderers.
#[derive(Debug, Clone, Copy)]
pub struct CompareOptions {
    /// How many questions "most improved" and "areas of concern" list, and how many open next
    /// steps are shown.
    pub top: usize,
    /// Every question that moved, with what each chosen stage means; with several comparisons,
    /// each one after the summary table.
    pub detail: bool,
    /// Terminal arrows and colours (otherwise words).
    pub styled: bool,
    /// The language of the words and numbers (JSON and CSV never change with it).
    pub locale: crate::i18n::Locale,
}

impl CompareOptions {
    fn marks(&self) -> Marks {
        if self.styled {
            Marks::Arrows
        } else {
            Marks::Words
        }
    }
}

/// A renderer of comparisons into bytes.
pub trait RenderComparisons {
    /// Renders the comparisons.
    fn render_comparisons(
        &self,
        set: &Comparisons<'_, '_>,
        options: &CompareOptions,
    ) -> Result<Vec<u8>, RenderError>;
}
