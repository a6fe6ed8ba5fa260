//! What `score` and `report` share about a batch: `--latest`, the files an output must not
//! replace, and the closing summary line.

use std::path::PathBuf;

use cyberassess::loader::{LoadedBatch, Loader};

use super::output::say;

/// Every file a batch read: the answers files (also those that failed or were left out) and the
/// questionnaire files. An output must replace none of them.
pub(crate) fn inputs(loader: &Loader, loaded: &LoadedBatch) -> Vec<PathBuf> {
    let mut inputs = loaded.paths.clone();
    inputs.extend(loader.questionnaire_paths());
    inputs
}

/// Applies `--latest`: keeps each country's most recent assessment, and says which file was
/// kept where several share that date.
pub(crate) fn keep_latest(loaded: &mut LoadedBatch) {
    for same in loaded.keep_latest() {
        let date = same
            .assessed_on
            .map_or_else(|| "undated".to_owned(), |d| format!("dated {d}"));
        say!(
            "warning: {} assessments of {} are {date}; kept {} (the last in path order), left \
             out {}\n  help: give each its own assessed_on, or move drafts out of the folder",
            same.left_out.len() + 1,
            same.country.trim(),
            same.kept,
            same.left_out.join(", ")
        );
    }
}

/// One line on standard error for a batch: how many files were done, skipped and failed.
/// `later_failures` counts files that loaded but failed afterwards (such as a report that could
/// not be written).
pub(crate) fn print_summary(loaded: &LoadedBatch, done: usize, verb: &str, later_failures: usize) {
    let failed = loaded.failed_files + later_failures;
    let unreadable = loaded.unreadable_places;
    let files = loaded.paths.len();
    if files <= 1 && loaded.skipped_questionnaires == 0 && failed + unreadable == 0 {
        return;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut summary = format!("{verb} {done} of {}", plural(files, "file"));
    if loaded.skipped_questionnaires > 0 {
        summary.push_str(&format!(
            "; skipped {}",
            plural(loaded.skipped_questionnaires, "questionnaire file")
        ));
    }
    match loaded.not_latest {
        0 => {}
        1 => {
            summary.push_str("; left out 1 assessment that is not its country's latest (--latest)")
        }
        n => summary.push_str(&format!(
            "; left out {n} assessments that are not their country's latest (--latest)"
        )),
    }
    if failed > 0 {
        summary.push_str(&format!("; {failed} failed"));
    }
    if unreadable > 0 {
        summary.push_str(&format!(
            "; {} in folders could not be read",
            plural(unreadable, "place")
        ));
    }
    if failed + unreadable > 0 {
        summary.push_str(" (see above)");
        if loaded.not_latest > 0 {
            summary.push_str("; --latest chose among the files that loaded");
        }
    }
    if loaded.stopped_early {
        summary.push_str("; stopped at the first failure (--fail-fast)");
    }
    say!("{summary}.");
}
