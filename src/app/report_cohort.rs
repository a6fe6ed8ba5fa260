//! The cohort report of `cyberassess report FOLDER --cohort FILE.pdf`: every assessment of the
//! run side by side in one PDF, in the language of `--lang`, else of its questionnaires.

use std::path::Path;

use anyhow::Context;

use cyberassess::diagnostic::SourceFile;
use cyberassess::i18n::{Language, Locale};
use cyberassess::loader::{LoadedAssessment, LoadedBatch};
use cyberassess::render::pdf::{self, CohortOptions, FileHash};
use cyberassess::render::{Batch, CohortSort, cohorts};
use cyberassess::t;

use crate::cli::ReportArgs;

use super::output::{note, say, write_atomic};
use super::report::paper;

/// Writes the cohort report and says so; returns whether it was written.
pub(super) fn write_cohort(
    batch: &Batch<'_>,
    loaded: &LoadedBatch,
    args: &ReportArgs,
    path: &Path,
) -> bool {
    match cohort_report(batch, loaded, args, path) {
        Ok(()) => {
            note!(
                "{}",
                t!(
                    super::language::interface(),
                    "app-wrote-cohort",
                    file = path.display().to_string()
                )
            );
            true
        }
        Err(err) => {
            let error = t!(super::language::interface(), "diagnostics-level-error");
            say!("{error}: {err:#}");
            false
        }
    }
}

/// Writes the cohort report for every assessment in the batch: one section per questionnaire,
/// in the language of [`cohort_locale`].
fn cohort_report(
    batch: &Batch<'_>,
    batch_files: &LoadedBatch,
    args: &ReportArgs,
    path: &Path,
) -> anyhow::Result<()> {
    if batch.assessments.is_empty() {
        anyhow::bail!(t!(super::language::interface(), "app-report-no-cohort"));
    }
    let loaded = batch_files.assessments.as_slice();
    let locale = cohort_locale(loaded);
    // Stage and pillar names in the report's language: scored again against the translated
    // texts (the same numbers) when some questionnaire is not in that language already.
    let own = |a: &LoadedAssessment| {
        std::ptr::eq(
            a.questionnaire.texts_in(locale),
            &a.questionnaire.questionnaire,
        )
    };
    let translated = (!loaded.iter().all(own))
        .then(|| Batch::score_in(batch_files, |a| a.questionnaire.texts_in(locale)));
    let batch = translated.as_ref().unwrap_or(batch);
    // Every input is listed with its fingerprint, so the document id changes whenever any
    // input does: questionnaires first (each once), then answers files in path order.
    let hash = |file: &SourceFile| FileHash {
        name: file.name.clone(),
        sha256: pdf::sha256_hex(file.text.as_bytes()),
    };
    let mut files: Vec<FileHash> = Vec::new();
    for a in loaded {
        let q = &a.questionnaire.source;
        if !files.iter().any(|f| f.name == q.name) {
            files.push(hash(q));
        }
    }
    files.extend(loaded.iter().map(|a| hash(&a.source)));
    let options = CohortOptions {
        paper: paper(args.paper),
        marking: args.marking.clone(),
        title: None,
        files,
        locale,
    };
    let report = pdf::render_cohort(&cohorts(batch, CohortSort::Path), &options)
        .with_context(|| t!(super::language::interface(), "app-report-cohort-failed"))?;
    for warning in &report.warnings {
        say!(
            "{}",
            super::report::warning_line(&path.display().to_string(), warning)
        );
    }
    write_atomic(path, &report.bytes)
}

/// The cohort report's language: `--lang`, else the language of its questionnaires when they
/// share one the reports are written in, else English. A cohort mixes many answers files, so no
/// one answers file decides.
fn cohort_locale(loaded: &[LoadedAssessment]) -> Locale {
    if super::language::asked().is_some() {
        return super::language::interface();
    }
    let mut languages = loaded.iter().map(|a| {
        a.questionnaire
            .questionnaire
            .language
            .parse::<Language>()
            .ok()
            .and_then(|l| Locale::for_language(&l))
    });
    let first = languages.next().flatten();
    if languages.all(|l| l == first) {
        first.unwrap_or_default()
    } else {
        Locale::En
    }
}
