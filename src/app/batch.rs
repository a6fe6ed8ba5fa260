//! What `score` and `report` share about a batch: `--latest`, dates in the future, the files an
//! output must not replace, the warnings about results that are not final, and the closing
//! summary line.

use std::path::PathBuf;

use cyberassess::loader::{
    BatchOptions, Indexed, LoadedAssessment, LoadedBatch, Loader, candidates,
};
use cyberassess::render::Batch;
use cyberassess::score::Scored;
use cyberassess::select::{self, Tie};
use cyberassess::words::plural;

/// Files whose result warnings are printed one by one; past this, one line counts the rest.
const WARNED_FILES: usize = 10;

use super::output::{quiet, say};
use super::progress;

/// Every file a batch read: the answers files (also those that failed or were left out) and the
/// questionnaire files. An output must replace none of them.
pub(crate) fn inputs(loader: &Loader, loaded: &LoadedBatch) -> Vec<PathBuf> {
    let mut inputs = loaded.paths.clone();
    inputs.extend(loader.questionnaire_paths());
    inputs
}

/// `--latest`, in two passes: reads every file of `paths` keeping only what the rule needs
/// (see [`Loader::index_batch`]), and chooses each country's most recent assessment. Says which
/// file was kept where several share that date, and counts the others as left out. Returns
/// the batch of the first pass (counts, failures, every path) with the index and the
/// positions chosen in it, for the second pass to load.
pub(crate) fn latest(
    loader: &Loader,
    paths: &[PathBuf],
    options: BatchOptions,
) -> (LoadedBatch, Vec<Indexed>, Vec<usize>) {
    let (mut loaded, index) = progress::index_batch(loader, paths, options);
    let latest = select::latest(&candidates(&index));
    warn_ties_in(&index, &latest.ties);
    loaded.not_latest += index.len() - latest.keep.len();
    (loaded, index, latest.keep)
}

/// Says, for each date shared by several assessments of a country, which file was kept;
/// `name` and `country` tell the file and country at a position.
pub(crate) fn warn_ties<'n>(
    ties: &[Tie],
    name: impl Fn(usize) -> &'n str,
    country: impl Fn(usize) -> &'n str,
) {
    for tie in ties {
        let date = tie
            .assessed_on
            .map_or_else(|| "undated".to_owned(), |d| format!("dated {d}"));
        let left_out: Vec<&str> = tie.left_out.iter().map(|&i| name(i)).collect();
        say!(
            "warning: {} assessments of {} are {date}; kept {} (the last in path order), left \
             out {}\n  help: give each its own assessed_on, or move drafts out of the folder",
            tie.left_out.len() + 1,
            country(tie.kept).trim(),
            name(tie.kept),
            left_out.join(", ")
        );
    }
}

/// [`warn_ties`] for positions in an index.
pub(crate) fn warn_ties_in(index: &[Indexed], ties: &[Tie]) {
    warn_ties(ties, |i| &index[i].name, |i| &index[i].country);
}

/// Warns, on standard error, about every result that is not what it seems: an assessment with
/// unanswered questions (a draft: unanswered questions count as the lowest stage), and a pillar
/// whose questions are all `n/a` (scored at the lowest stage). Up to [`WARNED_FILES`] files are
/// named; the rest are counted.
pub(crate) fn warn_about_results(batch: &Batch<'_>) {
    let mut warnings = ResultWarnings::default();
    for entry in &batch.assessments {
        warnings.show(entry.source, result_warnings(&entry.scored));
    }
    warnings.finish();
}

/// What is not final about one result (see [`warn_about_results`]), one warning each, without
/// the file name: made on any core, shown in path order by [`ResultWarnings`].
pub(crate) fn result_warnings(s: &Scored<'_>) -> Vec<String> {
    let mut warnings = Vec::new();
    if s.unanswered() > 0 {
        warnings.push(format!(
            "{} of {} questions are unanswered: the results are a draft\n  help: \
             unanswered questions count as the lowest stage; answer them, or mark them \
             \"n/a\" with notes",
            s.unanswered(),
            s.total()
        ));
    }
    for p in s.all_not_applicable() {
        warnings.push(format!(
            "every question of pillar `{}` is n/a, so it is scored at the lowest stage\n  \
             help: answer at least one question of the pillar",
            s.questionnaire.pillars[p.pillar].id
        ));
    }
    warnings
}

/// Shows the result warnings of a batch one assessment at a time, as a streamed batch is
/// scored: the first [`WARNED_FILES`] files with warnings are named, the rest counted by
/// [`ResultWarnings::finish`].
#[derive(Default)]
pub(crate) struct ResultWarnings {
    warned: usize,
}

impl ResultWarnings {
    /// Shows the warnings of the assessment read from `source`, or counts them past the first
    /// files.
    pub(crate) fn show(&mut self, source: &str, warnings: Vec<String>) {
        if warnings.is_empty() {
            return;
        }
        self.warned += 1;
        if self.warned <= WARNED_FILES {
            for warning in warnings {
                say!("warning: {source}: {warning}");
            }
        }
    }

    /// Counts the files whose warnings were not shown.
    pub(crate) fn finish(self) {
        if self.warned > WARNED_FILES {
            say!(
                "warning: {} more files have unanswered questions or pillars answered all n/a\n  \
                 help: run `cyberassess check` on the folder to see them all",
                self.warned - WARNED_FILES
            );
        }
    }
}

/// Warns about assessments dated more than a few days after `today`, one line each (`check`
/// shows the same warning at its line in the file).
pub(crate) fn warn_future_dates(loaded: &LoadedBatch, today: jiff::civil::Date) {
    for a in &loaded.assessments {
        if let Some(warning) = future_date_warning(a, today) {
            say!("{warning}");
        }
    }
}

/// The warning about one assessment dated more than a few days after `today`, if it is.
pub(crate) fn future_date_warning(
    a: &LoadedAssessment,
    today: jiff::civil::Date,
) -> Option<String> {
    let date = a.assessment.info.assessed_on?;
    let days = cyberassess::parse::days_in_the_future(date, today)?;
    Some(format!(
        "warning: {}: assessed_on {date} is {days} days after today ({today})\n  help: write \
         the date the assessment was made",
        a.source.name
    ))
}

/// One line on standard error for a batch: how many files were done, skipped and failed.
/// `later_failures` counts files that loaded but failed afterwards (such as a report that could
/// not be written).
pub(crate) fn print_summary(loaded: &LoadedBatch, done: usize, verb: &str, later_failures: usize) {
    let failed = loaded.failed_files + later_failures;
    let unreadable = loaded.unreadable_places;
    let files = loaded.paths.len();
    let skipped = loaded.skipped_questionnaires + loaded.skipped_translations;
    if files <= 1 && skipped == 0 && failed + unreadable == 0 {
        return;
    }
    // With --quiet the line is only shown when it counts a failure.
    if quiet() && failed + unreadable == 0 {
        return;
    }
    let mut summary = format!("{verb} {done} of {}", plural(files, "file"));
    let skipped = [
        (loaded.skipped_questionnaires, "questionnaire file"),
        (loaded.skipped_translations, "translation"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| plural(n, what))
    .collect::<Vec<_>>();
    if !skipped.is_empty() {
        summary.push_str(&format!("; skipped {}", skipped.join(" and ")));
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
