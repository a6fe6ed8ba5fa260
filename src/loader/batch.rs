//! Loading many answers files at once: folders expanded, files read and checked in parallel,
//! results kept in sorted path order, failures collected rather than fatal.

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use super::{Checked, FileReport, Input, LoadedAssessment, Loader, expand};
use crate::diagnostic::Diagnostic;
use crate::select::Candidate;

/// The outcome of loading a batch.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct LoadedBatch {
    /// Assessments that loaded, in sorted path order.
    pub assessments: Vec<LoadedAssessment>,
    /// Files that failed, in sorted path order, each with its problems.
    pub failures: Vec<FileReport>,
    /// Files that failed: a file whose questionnaire also has problems counts once, though both
    /// are in `failures`.
    pub failed_files: usize,
    /// Places in folders that could not be searched (no permission, a symbolic-link loop); each
    /// is also in `failures`.
    pub unreadable_places: usize,
    /// Questionnaire files found in folders and skipped.
    pub skipped_questionnaires: usize,
    /// Translations of questionnaires found in folders and skipped.
    pub skipped_translations: usize,
    /// Assessments left out because they are not their country's latest (`--latest`, counted
    /// by the caller that chose).
    pub not_latest: usize,
    /// Every file looked at, in sorted path order: the inputs that no output may replace, even
    /// those that failed or were left out.
    pub paths: Vec<PathBuf>,
    /// Whether `fail_fast` stopped the batch early.
    pub stopped_early: bool,
}

impl Drop for LoadedBatch {
    fn drop(&mut self) {
        free_in_parallel(std::mem::take(&mut self.assessments));
    }
}

impl LoadedBatch {
    /// What [`crate::select`] needs of each assessment, in the batch's (path) order.
    pub fn candidates(&self) -> Vec<Candidate<'_>> {
        self.assessments
            .iter()
            .map(|a| Candidate::of(&a.questionnaire.questionnaire, &a.assessment.info))
            .collect()
    }
}

/// Frees a large batch on all cores, as it was built: one thread freeing ten thousand
/// assessments costs as much as scoring them. Small batches are freed on this thread, where
/// handing them out would cost more than it saves.
pub(crate) fn free_in_parallel<T: Send>(items: Vec<T>) {
    const PARALLEL_FROM: usize = 256;
    if items.len() >= PARALLEL_FROM {
        items.into_par_iter().for_each(drop);
    }
}

/// What a batch keeps of each file beyond the scores' inputs.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct BatchOptions {
    /// Stop at the first file that fails (files are then read in order, not in parallel).
    pub fail_fast: bool,
    /// Keep each file's text (needed for report hashes; `check`-style warnings).
    pub keep_text: bool,
    /// Keep evidence and notes (needed for JSON and reports, not for tables and CSV).
    pub keep_evidence: bool,
}

pub(super) enum One<T = Box<LoadedAssessment>> {
    Assessment(T),
    SkippedQuestionnaire,
    SkippedTranslation,
    Failed(Vec<FileReport>),
}

/// Files loaded at a time by [`Loader::stream_batch`]: enough to keep every core busy, few
/// enough that a chunk's assessments and what is made of them take little memory.
const STREAM_CHUNK: usize = 256;

impl Loader {
    /// Loads every answers file named or found under `paths`, in parallel unless
    /// `options.fail_fast` (which stops at the first failure in path order). `started(n)` is
    /// called once with the number of files, then `progress()` once per file read, for a
    /// progress display. What is not needed is dropped as soon as a file is read, so 10,000
    /// files fit comfortably in memory.
    pub fn load_batch(
        &self,
        paths: &[PathBuf],
        options: BatchOptions,
        started: impl FnOnce(usize),
        progress: impl Fn() + Sync,
    ) -> LoadedBatch {
        let mut assessments = Vec::new();
        let mut loaded = self.stream_batch(
            paths,
            options,
            started,
            progress,
            |a| a,
            |a| {
                assessments.push(a);
                ControlFlow::Continue(())
            },
        );
        loaded.assessments = assessments;
        loaded
    }

    /// Loads a batch as [`Loader::load_batch`] does, without keeping it: a chunk of files at a
    /// time is loaded and each assessment handed to `each` on all cores (and freed there); what
    /// `each` returns goes to `sink` in path order. `sink` may stop the batch (a closed output).
    /// The returned batch holds no assessments, only the counts, failures and paths.
    pub fn stream_batch<T: Send>(
        &self,
        paths: &[PathBuf],
        options: BatchOptions,
        started: impl FnOnce(usize),
        progress: impl Fn() + Sync,
        each: impl Fn(LoadedAssessment) -> T + Sync,
        sink: impl FnMut(T) -> ControlFlow<()>,
    ) -> LoadedBatch {
        self.stream_expanded(paths, options, started, progress, |_, a| each(a), sink)
    }

    /// [`Loader::stream_batch`], handing `each` the input of each assessment too.
    pub(super) fn stream_expanded<T: Send>(
        &self,
        paths: &[PathBuf],
        options: BatchOptions,
        started: impl FnOnce(usize),
        progress: impl Fn() + Sync,
        each: impl Fn(&Input, LoadedAssessment) -> T + Sync,
        sink: impl FnMut(T) -> ControlFlow<()>,
    ) -> LoadedBatch {
        let inputs = expand(paths);
        let mut loaded = LoadedBatch::default();
        loaded.paths = inputs.files.iter().map(|i| i.path.clone()).collect();
        loaded.unreadable_places = inputs.problems.len();
        loaded.failures.extend(inputs.problems);
        if options.fail_fast && !loaded.failures.is_empty() {
            loaded.stopped_early = true;
            return loaded;
        }
        started(inputs.files.len());
        self.stream_inputs(&inputs.files, options, &mut loaded, progress, each, sink);
        loaded
    }

    /// The loop of [`Loader::stream_batch`] over files already listed: a chunk at a time, each
    /// assessment handed to `each` with its input on all cores, what it makes to `sink` in the
    /// order of `files`; counts and failures go into `loaded`.
    pub(super) fn stream_inputs<T: Send>(
        &self,
        files: &[Input],
        options: BatchOptions,
        loaded: &mut LoadedBatch,
        progress: impl Fn() + Sync,
        each: impl Fn(&Input, LoadedAssessment) -> T + Sync,
        mut sink: impl FnMut(T) -> ControlFlow<()>,
    ) {
        let stop = AtomicBool::new(false);
        let one = |input: &Input| {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            let result = match self.load_one(input, options) {
                One::Assessment(a) => One::Assessment(each(input, *a)),
                One::SkippedQuestionnaire => One::SkippedQuestionnaire,
                One::SkippedTranslation => One::SkippedTranslation,
                One::Failed(reports) => One::Failed(reports),
            };
            progress();
            if options.fail_fast && matches!(result, One::Failed(_)) {
                stop.store(true, Ordering::Relaxed);
            }
            Some(result)
        };
        for chunk in files.chunks(STREAM_CHUNK) {
            // With fail_fast, files are taken in order so "the first failure" is the first path.
            let results: Vec<Option<One<T>>> = if options.fail_fast {
                chunk.iter().map(one).collect()
            } else {
                chunk.par_iter().map(one).collect()
            };
            for result in results {
                match result {
                    Some(One::Assessment(t)) => {
                        if sink(t).is_break() {
                            return;
                        }
                    }
                    Some(One::SkippedQuestionnaire) => loaded.skipped_questionnaires += 1,
                    Some(One::SkippedTranslation) => loaded.skipped_translations += 1,
                    Some(One::Failed(reports)) => {
                        loaded.failed_files += 1;
                        loaded.failures.extend(reports);
                    }
                    None => loaded.stopped_early = true,
                }
            }
            if loaded.stopped_early {
                break;
            }
        }
    }

    pub(super) fn load_one(&self, input: &Input, options: BatchOptions) -> One {
        match self.check_with(&input.path, options.keep_evidence) {
            Ok(Checked::Assessment(mut a)) => {
                if !options.keep_text {
                    a.source.text = String::new();
                    a.warnings.clear();
                }
                if !options.keep_evidence {
                    for answer in a.assessment.answers.values_mut() {
                        answer.evidence = Vec::new();
                        answer.notes = None;
                    }
                }
                One::Assessment(a)
            }
            Ok(Checked::Questionnaire(_)) if input.from_folder => One::SkippedQuestionnaire,
            Ok(Checked::Translation(_)) if input.from_folder => One::SkippedTranslation,
            Ok(Checked::Translation(t)) => {
                One::Failed(vec![super::not_answers_but_translation(&t)])
            }
            Ok(Checked::Questionnaire(q)) => One::Failed(vec![FileReport {
                file: q.source.clone(),
                diagnostics: vec![Diagnostic::questionnaire_not_answers(input.path.display())],
            }]),
            Err(reports) => One::Failed(reports),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;

    /// A streamed batch hands its first results on long before the last file is read, in path
    /// order, and stops when told to: memory holds a chunk, not the batch.
    #[test]
    fn stream_batch_hands_on_results_in_order_a_chunk_at_a_time() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/weighted.toml");
        std::fs::copy(fixture, dir.path().join("weighted.toml")).expect("copy");
        let files = 3 * STREAM_CHUNK;
        for i in 0..files {
            let text = format!(
                "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"C{i:04}\"\n\
                 [answers]\n"
            );
            std::fs::write(dir.path().join(format!("a{i:04}.toml")), text).expect("write");
        }
        let loaded_so_far = AtomicUsize::new(0);
        let mut seen = Vec::new();
        let mut loaded_at_first = 0;
        let batch = Loader::new().stream_batch(
            &[dir.path().to_path_buf()],
            BatchOptions::default(),
            |_| {},
            || {},
            |a| {
                loaded_so_far.fetch_add(1, Ordering::Relaxed);
                a.assessment.info.country.clone()
            },
            |country| {
                if seen.is_empty() {
                    loaded_at_first = loaded_so_far.load(Ordering::Relaxed);
                }
                seen.push(country);
                if seen.len() == 2 * STREAM_CHUNK {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            },
        );
        assert!(batch.assessments.is_empty());
        assert_eq!(
            loaded_at_first, STREAM_CHUNK,
            "the first chunk is handed on at once"
        );
        let expected: Vec<String> = (0..2 * STREAM_CHUNK).map(|i| format!("C{i:04}")).collect();
        assert_eq!(seen, expected, "in path order, stopped when told");
        assert_eq!(loaded_so_far.load(Ordering::Relaxed), 2 * STREAM_CHUNK);
    }
}
