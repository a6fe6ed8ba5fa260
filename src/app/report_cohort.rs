//! The cohort report of `cyberassess report FOLDER --cohort FILE.pdf`: every assessment of the
//! run side by side in one PDF, in the language of `--lang`, else of its questionnaires.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;

use cyberassess::diagnostic::SourceFile;
use cyberassess::i18n::{Language, Locale};
use cyberassess::loader::LoadedQuestionnaire;
use cyberassess::render::pdf::{self, CohortOptions, FileHash};
use cyberassess::render::{CohortGroup, CohortRecord, CohortSort, sort_records};
use cyberassess::t;

use crate::cli::ReportArgs;

use super::output::{note, say, write_atomic};
use super::report::paper;

/// The fingerprints of the files a cohort report is made from, gathered one assessment at a
/// time: each questionnaire once, in order of first use, then each answers file in path order.
#[derive(Debug, Default)]
pub(super) struct Fingerprints {
    questionnaires: Vec<FileHash>,
    answers: Vec<FileHash>,
}

impl Fingerprints {
    /// Adds an answers file's fingerprint, and its questionnaire's when it is new.
    pub(super) fn add(&mut self, questionnaire: &LoadedQuestionnaire, answers: FileHash) {
        let q = &questionnaire.source;
        if !self.questionnaires.iter().any(|f| f.name == q.name) {
            self.questionnaires.push(hash(q));
        }
        self.answers.push(answers);
    }
}

/// A file and its SHA-256.
fn hash(file: &SourceFile) -> FileHash {
    FileHash {
        name: file.name.clone(),
        sha256: pdf::sha256_hex(file.text.as_bytes()),
    }
}

/// Writes the cohort report and says so; returns whether it was written.
pub(super) fn write_cohort(
    records: Vec<(Arc<LoadedQuestionnaire>, CohortRecord)>,
    files: Fingerprints,
    args: &ReportArgs,
    path: &Path,
) -> bool {
    match cohort_report(records, files, args, path) {
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

/// Writes the cohort report for every assessment of the run (each kept as its record, in path
/// order): one section per questionnaire, in the language of [`cohort_locale`].
fn cohort_report(
    records: Vec<(Arc<LoadedQuestionnaire>, CohortRecord)>,
    files: Fingerprints,
    args: &ReportArgs,
    path: &Path,
) -> anyhow::Result<()> {
    if records.is_empty() {
        anyhow::bail!(t!(super::language::interface(), "app-report-no-cohort"));
    }
    let locale = cohort_locale(records.iter().map(|(q, _)| q.as_ref()));
    // Grouped by questionnaire (id and version) in order of first appearance, as
    // `render::cohorts` groups a whole batch.
    let mut groups: Vec<(Arc<LoadedQuestionnaire>, Vec<CohortRecord>)> = Vec::new();
    for (q, record) in records {
        let same = |g: &Arc<LoadedQuestionnaire>| {
            let (a, b) = (&g.questionnaire, &q.questionnaire);
            a.id == b.id && a.version == b.version
        };
        match groups.iter_mut().find(|(g, _)| same(g)) {
            Some((_, group)) => group.push(record),
            None => groups.push((q, vec![record])),
        }
    }
    // Stage and pillar names in the report's language (the numbers are the same in every
    // language).
    let groups: Vec<CohortGroup<'_>> = groups
        .iter_mut()
        .map(|(q, records)| {
            let mut records = std::mem::take(records);
            sort_records(&mut records, CohortSort::Path);
            CohortGroup {
                questionnaire: q.texts_in(locale),
                records,
            }
        })
        .collect();
    // Every input is listed with its fingerprint, so the document id changes whenever any
    // input does: questionnaires first (each once), then answers files in path order.
    let Fingerprints {
        mut questionnaires,
        answers,
    } = files;
    questionnaires.extend(answers);
    let options = CohortOptions {
        paper: paper(args.paper),
        marking: args.marking.clone(),
        title: None,
        files: questionnaires,
        locale,
    };
    let report = pdf::render_cohort(&groups, &options)
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
fn cohort_locale<'q>(questionnaires: impl Iterator<Item = &'q LoadedQuestionnaire>) -> Locale {
    if super::language::asked().is_some() {
        return super::language::interface();
    }
    let mut languages = questionnaires.map(|q| {
        q.questionnaire
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
