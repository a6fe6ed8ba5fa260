//! PDF reports: the scored assessment as a document to share with ministers, donors and
//! workshop participants.
//!
//! [`render`] is a pure function from a [`Scored`] result and [`PdfOptions`] to bytes: the same
//! inputs always give the same bytes (no clock, no randomness), and it neither reads nor writes
//! files. Text is set in the bundled DejaVu Sans, subset into the PDF. [`render_cohort`] does
//! the same for many assessments side by side.

mod chart;
mod cohort;
mod document;
mod draw;
mod fonts;
mod layout;
mod save;
mod wrap;

pub use cohort::{CohortOptions, FileHash, render_cohort};

use crate::score::Scored;

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

/// Fields left out of the report, for sharing outside government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Redaction {
    /// Leave out the free-text notes.
    pub notes: bool,
    /// Leave out the evidence.
    pub evidence: bool,
}

impl Redaction {
    /// Whether anything is left out.
    pub fn any(self) -> bool {
        self.notes || self.evidence
    }
}

/// What to put in the report, besides the scored assessment.
#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    /// Paper size.
    pub paper: Paper,
    /// How many next steps the Priorities section lists.
    pub top: usize,
    /// Fields to leave out.
    pub redact: Redaction,
    /// Handling label for every page; overrides the answers file's marking when set.
    pub marking: Option<String>,
    /// SHA-256 of the questionnaire file's text, in lowercase hex.
    pub questionnaire_sha256: String,
    /// SHA-256 of the answers file's text, in lowercase hex.
    pub answers_sha256: String,
}

/// A rendered report.
#[derive(Debug, Clone)]
pub struct PdfReport {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Things the reader should know about, such as characters the font cannot show.
    pub warnings: Vec<String>,
}

/// Why a report could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be parsed (a broken build).
    #[error("the bundled font could not be read; this is a bug in cyberassess")]
    Font,
    /// Serialising the document failed.
    #[error("could not assemble the PDF")]
    Write(#[source] std::io::Error),
}

/// Renders one scored assessment as a PDF.
pub fn render(scored: &Scored<'_>, options: &PdfOptions) -> Result<PdfReport, PdfError> {
    let fonts = fonts::fonts()?;
    let (pages, missing) = document::build(fonts, scored, options);
    let mut warnings = missing_glyph_warnings(missing);
    let bytes = save::save(fonts, scored, options, pages, &mut warnings)?;
    Ok(PdfReport { bytes, warnings })
}

/// One warning per character the font lacks, naming it.
fn missing_glyph_warnings(missing: impl IntoIterator<Item = char>) -> Vec<String> {
    missing
        .into_iter()
        .map(|c| {
            format!(
                "the character {c:?} (U+{:04X}) is not in the report font; it is shown as \u{FFFD}",
                u32::from(c)
            )
        })
        .collect()
}

/// SHA-256 of some bytes as lowercase hex, for [`PdfOptions`] and the verification line.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Warms up the font cache, so a benchmark or a batch measures rendering alone.
pub fn preload_fonts() -> Result<(), PdfError> {
    fonts::fonts().map(|_| ())
}
