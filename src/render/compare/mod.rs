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
pub use summary::SummaryLine;

use std::convert::Infallible;

use toml::value::Date;

use crate::compare::Comparison;
use crate::model::Questionnaire;
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
    /// Every question that moved, with what each chosen stage means, in place of the most
    /// improved and the areas of concern.
    pub detail: bool,
    /// With several comparisons, each one in full after the summary table (`--detail`, or
    /// `--top` asking how much of each to show); a single comparison is always shown in full.
    pub each: bool,
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

/// An assessment listed without being compared (a country's only one), by what a streamed
/// output says of it: known from the first pass over a folder, before any file is scored.
#[derive(Debug, Clone, Copy)]
pub struct Listed<'s> {
    /// Its file.
    pub source: &'s str,
    /// Its country, as written.
    pub country: &'s str,
    /// Its date.
    pub assessed_on: Option<Date>,
    /// The questionnaire it answers.
    pub questionnaire: &'s Questionnaire,
}

impl<'s> Listed<'s> {
    /// The listing of a scored assessment read from `source`.
    pub fn of(source: &'s str, scored: &'s Scored<'_>) -> Self {
        Listed {
            source,
            country: &scored.assessment.info.country,
            assessed_on: scored.assessment.info.assessed_on,
            questionnaire: scored.questionnaire,
        }
    }
}

/// What a streamed output writes after its comparisons.
#[derive(Debug, Default)]
pub struct Unpaired<'s> {
    /// Countries with one assessment, in path order.
    pub single: Vec<Listed<'s>>,
    /// Assessments without a country, by file.
    pub without_country: Vec<&'s str>,
    /// Files that could not be loaded.
    pub errors: Vec<ErrorEntry>,
}

/// A renderer of comparisons that writes them one at a time (JSON and CSV), so a folder of any
/// size is compared with only a few pairs of assessments in memory. The head, each comparison
/// after its separator, and the tail, written in that order, are byte for byte what
/// [`RenderComparisons::render_comparisons`] makes of the same comparisons.
pub trait StreamComparisons: Sync {
    /// What comes before the first comparison.
    fn head(&self, out: &mut Vec<u8>) -> Result<(), RenderError>;

    /// One comparison.
    fn comparison(
        &self,
        compared: &Compared<'_, '_>,
        options: &CompareOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError>;

    /// What goes before a comparison when `written` comparisons were written before it.
    fn separator(&self, _written: usize, _out: &mut Vec<u8>) {}

    /// What comes after the last of `written` comparisons: the assessments not compared and
    /// the files that failed.
    fn tail(
        &self,
        _written: usize,
        _unpaired: &Unpaired<'_>,
        _out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        Ok(())
    }
}

/// A renderer of many comparisons for people (the table and Markdown), which opens with a
/// summary of them all: it writes the summary from one [`SummaryLine`] per comparison, a part at
/// a time, then each comparison on its own (`each`), so a folder of any size is compared
/// with only the summary's numbers and a few pairs of assessments in memory. The summary, then
/// each comparison's detail in order, make byte for byte what
/// [`RenderComparisons::render_comparisons`] makes of the same comparisons.
pub trait SummarizeComparisons {
    /// The summary tables of `lines`, in the order of the comparisons, then the assessments
    /// that were not compared, written through `write`; stops at the first error it returns.
    fn summary<E>(
        &self,
        lines: &[SummaryLine<'_>],
        unpaired: &Unpaired<'_>,
        options: &CompareOptions,
        write: &mut dyn FnMut(&str) -> Result<(), E>,
    ) -> Result<(), E>;

    /// One comparison after the summary (`each`), or `alone`, when it is the only
    /// assessment pair and nothing else is listed (then there is no summary).
    fn detail(&self, compared: &Compared<'_, '_>, options: &CompareOptions, alone: bool) -> String;
}

/// Whether a run with these comparisons and unpaired assessments shows its one comparison alone,
/// without a summary.
pub fn alone(comparisons: usize, unpaired: &Unpaired<'_>) -> bool {
    comparisons == 1 && unpaired.single.is_empty() && unpaired.without_country.is_empty()
}

/// The whole output of a summarising renderer for a set of comparisons made at once.
fn summarized(
    renderer: &impl SummarizeComparisons,
    set: &Comparisons<'_, '_>,
    options: &CompareOptions,
) -> String {
    let unpaired = Unpaired {
        single: set
            .single
            .iter()
            .map(|s| Listed::of(s.source, s.scored))
            .collect(),
        without_country: set.without_country.clone(),
        errors: Vec::new(),
    };
    if let [one] = set.comparisons.as_slice()
        && alone(1, &unpaired)
    {
        return renderer.detail(one, options, true);
    }
    let lines: Vec<SummaryLine<'_>> = set
        .comparisons
        .iter()
        .map(|c| SummaryLine::of(c.comparison.new.questionnaire, c))
        .collect();
    let mut out = String::new();
    let written = renderer.summary(&lines, &unpaired, options, &mut |part| {
        out.push_str(part);
        Ok::<(), Infallible>(())
    });
    if let Err(never) = written {
        match never {}
    }
    if options.each {
        for compared in &set.comparisons {
            out.push_str(&renderer.detail(compared, options, false));
        }
    }
    out
}
