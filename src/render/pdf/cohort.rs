//! The cohort report: many assessments on one questionnaire side by side, as a PDF with a heat
//! map of stages and levels and, per pillar, the distribution of stages across assessments.
//!
//! [`render_cohort`] is pure like [`super::render`]: the same cohorts and options always give
//! the same bytes, and it neither reads nor writes files. It reuses the single report's fonts,
//! page flow, tables, header and footer, and deterministic save; its pages are landscape, so a
//! heat map with a column per pillar stays legible.

use std::borrow::Cow;

use super::fonts;
use super::layout::Geometry;
use super::save::{self, DocInfo};
use super::{Paper, PdfError, PdfReport, document};
use crate::i18n::Locale;
use crate::render::CohortGroup;
use crate::t;

/// What to put in a cohort report, besides the assessments.
#[derive(Debug, Clone, Default)]
pub struct CohortOptions {
    /// Paper size; pages are landscape.
    pub paper: Paper,
    /// Handling label for every page. When `None`, the answers files' own marking is used: the
    /// one they share, the most restrictive when all are TLP labels, or all of them.
    pub marking: Option<String>,
    /// The report's title; when `None`, the questionnaire's title (or a generic one for
    /// several questionnaires).
    pub title: Option<String>,
    /// Every file the report is made from (questionnaires, then answers files in path order),
    /// listed with its SHA-256 on the method page, each under the shortest end of its path that
    /// tells it apart from the others, so the report shows no home folders and stays the same
    /// when the same folder is given by another path. The fingerprint of them all
    /// ([`CohortOptions::fingerprint`]) goes into the document id.
    pub files: Vec<FileHash>,
    /// The language of the report's words and numbers. Stage and pillar names are those of the
    /// questionnaire the cohorts were scored against: score them against its texts in the same
    /// language ([`crate::loader::LoadedQuestionnaire::texts_in`]).
    pub locale: Locale,
}

/// A file and its SHA-256 in lowercase hex, as `sha256sum` prints them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileHash {
    /// The file's name as the user gave it (or `<built-in ID>` for a built-in questionnaire).
    pub name: String,
    /// SHA-256 of the file's text, in lowercase hex.
    pub sha256: String,
}

impl CohortOptions {
    /// One fingerprint for all the files: the SHA-256 of their fingerprints, sorted, one per
    /// line (what `sha256sum FILES | cut -c1-64 | LC_ALL=C sort | sha256sum` prints); `None`
    /// without files. It depends on the files' contents only, not on their names or order.
    pub fn fingerprint(&self) -> Option<String> {
        if self.files.is_empty() {
            return None;
        }
        let mut hashes: Vec<&str> = self.files.iter().map(|f| f.sha256.as_str()).collect();
        hashes.sort_unstable();
        let list: String = hashes.iter().map(|h| format!("{h}\n")).collect();
        Some(super::sha256_hex(list.as_bytes()))
    }
}

/// Renders a cohort report: one heat map and one distribution section per questionnaire group
/// (as grouped by [`crate::render::cohort_groups`], or gathered one assessment at a time), in the order given.
pub fn render_cohort(
    cohorts: &[CohortGroup<'_>],
    options: &CohortOptions,
) -> Result<PdfReport, PdfError> {
    let fonts = fonts::fonts()?;
    // Empty groups are left out; the records are copied only then.
    let cohorts: Cow<'_, [CohortGroup<'_>]> = if cohorts.iter().all(|c| !c.records.is_empty()) {
        Cow::Borrowed(cohorts)
    } else {
        Cow::Owned(
            cohorts
                .iter()
                .filter(|c| !c.records.is_empty())
                .cloned()
                .collect(),
        )
    };
    let portrait = Geometry::for_paper(options.paper);
    let geometry = Geometry {
        width: portrait.height,
        height: portrait.width,
        ..portrait
    };
    let (pages, missing) = document::cohort::build(fonts, &cohorts, options, geometry);
    let mut warnings = super::missing_glyph_warnings(missing);
    let title = document::cohort::title(&cohorts, options);
    let ids: Vec<String> = cohorts
        .iter()
        .map(|c| c.questionnaire.id_version())
        .collect();
    let locale = options.locale;
    let info = DocInfo {
        title: t!(locale, "cohort-document-title", title = title),
        author: String::new(),
        subject: t!(
            locale,
            "cohort-document-subject",
            count = cohorts.iter().map(|c| c.records.len()).sum::<usize>(),
            questionnaires = ids.join(", ")
        ),
        keywords: vec![
            t!(locale, "cohort-keyword-security"),
            t!(locale, "cohort-keyword-maturity"),
            t!(locale, "cohort-keyword-cohort"),
        ],
        date: document::cohort::latest_date(&cohorts),
    };
    let marking = document::cohort::marking(&cohorts, options);
    let id = save::hash_id(&[
        "cohort",
        &options.fingerprint().unwrap_or_default(),
        &format!("{:?}", options.paper),
        marking.as_deref().unwrap_or(""),
        options.title.as_deref().unwrap_or(""),
        env!("CARGO_PKG_VERSION"),
    ]);
    let bytes = save::save_pages(
        fonts,
        &info,
        save::page_size(options.paper, true),
        pages,
        id,
        &mut warnings,
    )?;
    Ok(PdfReport { bytes, warnings })
}
