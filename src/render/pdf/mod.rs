//! PDF reports: the scored assessment as a document to share with ministers, donors and
//! workshop participants.
//!
//! [`render_document`] lays out a report's [`Document`] (what the report says, built once by
//! [`crate::report`]) on pages; [`render`] builds the document from a [`Scored`] result and
//! [`PdfOptions`] first. Both are pure: the same inputs always give the same bytes (no clock, no
//! randomness), and they neither read nor write files. Text is set in the bundled DejaVu Sans,
//! subset into the PDF to the characters it shows. [`render_cohort`] does the same for many
//! assessments side by side.

mod chart;
mod cohort;
mod document;
mod draw;
mod fonts;
mod layout;
mod paired;
mod save;
mod subset;
mod warning;
mod wrap;

pub use cohort::{CohortOptions, FileHash, render_cohort};
pub use warning::PdfWarning;

use crate::report::{self, Document, Extras};
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

pub use crate::report::Redaction;

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
    /// The language of the report's words and numbers.
    pub locale: crate::i18n::Locale,
}

/// A rendered report.
#[derive(Debug, Clone)]
pub struct PdfReport {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Things the reader should know about, such as characters the font cannot show.
    pub warnings: Vec<PdfWarning>,
}

/// Why a report could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be parsed (a broken build).
    #[error("the bundled font could not be read; this is a bug in cyberassess")]
    Font,
    /// A bundled font could not be cut down to the characters used (a broken build).
    #[error("the report font {font} could not be subset ({reason}); this is a bug in cyberassess")]
    Subset {
        /// The face, by its resource name.
        font: String,
        /// What went wrong.
        reason: String,
    },
    /// Serialising the document failed.
    #[error("could not assemble the PDF")]
    Write(#[source] std::io::Error),
}

impl PdfOptions {
    /// What goes into the report's [`Document`].
    pub fn content(&self) -> report::Options {
        report::Options {
            top: self.top,
            redact: self.redact,
            marking: self.marking.clone(),
            questionnaire_sha256: self.questionnaire_sha256.clone(),
            baseline: None,
            answers_sha256: self.answers_sha256.clone(),
            locale: self.locale,
        }
    }
}

/// Renders one scored assessment as a PDF: builds its [`Document`] and lays it out.
pub fn render(scored: &Scored<'_>, options: &PdfOptions) -> Result<PdfReport, PdfError> {
    let doc = Document::build(scored, &options.content(), &Extras::default());
    render_document(&doc, options.paper)
}

/// Lays out a report's [`Document`] on `paper` as a PDF.
pub fn render_document(doc: &Document, paper: Paper) -> Result<PdfReport, PdfError> {
    let fonts = fonts::fonts()?;
    let (pages, missing) = document::build(fonts, doc, paper);
    let mut warnings = missing_glyph_warnings(missing);
    let bytes = save::save(fonts, doc, paper, pages, &mut warnings)?;
    Ok(PdfReport { bytes, warnings })
}

/// One warning per character the font lacks, naming it.
fn missing_glyph_warnings(missing: impl IntoIterator<Item = char>) -> Vec<PdfWarning> {
    missing
        .into_iter()
        .map(PdfWarning::MissingCharacter)
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
