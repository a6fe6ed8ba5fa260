//! Loading many answers files at once: folders expanded, files read and checked in parallel,
//! results kept in sorted path order, failures collected rather than fatal.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use cyberassess::diagnostic::Diagnostic;
use cyberassess::loader::{self, Checked, FileReport, Input, LoadedAssessment, Loader};

/// Batches at least this large show a progress bar (on a terminal): smaller ones finish in a
/// blink.
const PROGRESS_FROM: usize = 200;

/// The outcome of loading a batch.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    /// Assessments that loaded, in sorted path order.
    pub(crate) assessments: Vec<LoadedAssessment>,
    /// Files that failed, in sorted path order, each with its problems.
    pub(crate) failures: Vec<FileReport>,
    /// Questionnaire files found in folders and skipped.
    pub(crate) skipped_questionnaires: usize,
    /// Files looked at.
    pub(crate) files: usize,
    /// Whether `--fail-fast` stopped the batch early.
    pub(crate) stopped_early: bool,
}

enum One {
    Assessment(Box<LoadedAssessment>),
    SkippedQuestionnaire,
    Failed(Vec<FileReport>),
}

/// Loads every answers file named or found under the given paths.
pub(crate) fn load(loader: &Loader, paths: &[PathBuf], fail_fast: bool) -> Loaded {
    let inputs = loader::expand(paths);
    let mut loaded = Loaded {
        files: inputs.files.len(),
        ..Loaded::default()
    };
    loaded.failures.extend(inputs.problems);
    if fail_fast && !loaded.failures.is_empty() {
        loaded.stopped_early = true;
        return loaded;
    }

    let progress = progress_bar(inputs.files.len());
    let stop = AtomicBool::new(false);
    let one = |input: &Input| {
        if stop.load(Ordering::Relaxed) {
            return None;
        }
        let result = load_one(loader, input);
        progress.inc(1);
        if fail_fast && matches!(result, One::Failed(_)) {
            stop.store(true, Ordering::Relaxed);
        }
        Some(result)
    };
    // With --fail-fast, files are taken in order so "the first failure" means the first path.
    let results: Vec<Option<One>> = if fail_fast {
        inputs.files.iter().map(one).collect()
    } else {
        inputs.files.par_iter().map(one).collect()
    };
    progress.finish_and_clear();

    for result in results {
        match result {
            Some(One::Assessment(a)) => loaded.assessments.push(*a),
            Some(One::SkippedQuestionnaire) => loaded.skipped_questionnaires += 1,
            Some(One::Failed(reports)) => loaded.failures.extend(reports),
            None => loaded.stopped_early = true,
        }
    }
    loaded
}

fn load_one(loader: &Loader, input: &Input) -> One {
    match loader.check(&input.path) {
        Ok(Checked::Assessment(a)) => One::Assessment(Box::new(a)),
        Ok(Checked::Questionnaire(_)) if input.from_folder => One::SkippedQuestionnaire,
        Ok(Checked::Questionnaire(q)) => One::Failed(vec![FileReport {
            file: q.source.clone(),
            diagnostics: vec![Diagnostic::error(None, "this is a questionnaire, not an answers file")
                .with_help(format!(
                    "score answers files; to start one for this questionnaire, run `cyberassess template {}`",
                    input.path.display()
                ))],
        }]),
        Err(reports) => One::Failed(reports),
    }
}

fn progress_bar(len: usize) -> ProgressBar {
    if len < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} files ({eta} left)")
    {
        bar.set_style(style);
    }
    bar.set_message("Reading");
    bar
}
