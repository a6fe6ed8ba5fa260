//! `cyberassess score`: load answers files (and folders of them), score, render one output.

use std::path::Path;

use cyberassess::loader::{BatchOptions, LoadedBatch, Loader};
use cyberassess::render::{
    Batch, CohortSort, Csv, Json, Markdown, Render, RenderOptions, Table, cohorts,
};

use crate::cli::{Format, ScoreArgs, SortBy};
use crate::error::Status;

use super::output::{emit, print_report, refuse_overwriting_inputs, stdout_styled, table_width};
use super::progress;

/// Runs `score`.
pub(crate) fn run(args: &ScoreArgs) -> anyhow::Result<Status> {
    let loader = Loader::new();
    let options = BatchOptions {
        fail_fast: args.fail_fast,
        keep_text: false,
        keep_details: args.format == Format::Json,
    };
    let mut loaded = progress::load_batch(&loader, &args.files, options);
    if args.latest {
        keep_latest(&mut loaded);
    }
    let batch = Batch::score(&loaded);
    let to_terminal = args.output.is_none();
    let options = RenderOptions {
        top: args.top,
        explain: args.explain,
        styled: to_terminal && stdout_styled(),
    };
    let width = table_width(to_terminal);
    let bytes = match args.format {
        Format::Table => tables(&batch, sort(args.sort), args.detail, width, &options),
        Format::Json => Json.render(&batch, &options),
        Format::Csv => Csv.render(&batch, &options),
        Format::Markdown => Markdown.render(&batch, &options),
    };
    if let Some(output) = &args.output {
        let inputs = loaded.assessments.iter().flat_map(|a| {
            [a.source.name.as_str(), a.questionnaire.source.name.as_str()].map(Path::new)
        });
        refuse_overwriting_inputs([output.as_path()], inputs)?;
    }
    emit(args.output.as_deref(), &bytes)?;

    // Also with JSON, which carries the errors too: standard error is what a person reads.
    for report in &loaded.failures {
        print_report(report);
    }
    print_summary(&loaded, batch.assessments.len(), "Scored", 0);
    Ok(if loaded.failures.is_empty() {
        Status::Success
    } else {
        Status::Problems
    })
}

/// Applies `--latest`: keeps each country's most recent assessment, and says which file was
/// kept where several share that date.
pub(crate) fn keep_latest(loaded: &mut LoadedBatch) {
    for same in loaded.keep_latest() {
        let date = same
            .assessed_on
            .map_or_else(|| "undated".to_owned(), |d| format!("dated {d}"));
        anstream::eprintln!(
            "warning: {} assessments of {} are {date}; kept {} (the last in path order), left \
             out {}\n  help: give each its own assessed_on, or move drafts out of the folder",
            same.left_out.len() + 1,
            same.country,
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
    if loaded.files <= 1 && loaded.skipped_questionnaires == 0 && failed + unreadable == 0 {
        return;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut summary = format!("{verb} {done} of {}", plural(loaded.files, "file"));
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
    }
    if loaded.stopped_early {
        summary.push_str("; stopped at the first failure (--fail-fast)");
    }
    anstream::eprintln!("{summary}.");
}

fn sort(by: SortBy) -> CohortSort {
    match by {
        SortBy::Path => CohortSort::Path,
        SortBy::Overall => CohortSort::Overall,
        SortBy::Country => CohortSort::Country,
    }
}

/// The terminal view of a batch: one assessment's own table, or a cohort table per
/// questionnaire (followed by each assessment's table with `detail`).
pub(crate) fn tables(
    batch: &Batch<'_>,
    sort: CohortSort,
    detail: bool,
    width: Option<u16>,
    options: &RenderOptions,
) -> Vec<u8> {
    if batch.assessments.len() <= 1 {
        return Table { width }.render(batch, options);
    }
    let mut out = String::new();
    let table = Table { width };
    for cohort in cohorts(batch, sort) {
        // A cohort of one is better shown as the assessment's own table.
        if cohort.entries.len() > 1 {
            out.push_str(&cohort.table(width, options.styled));
            out.push('\n');
        }
        if detail || cohort.entries.len() == 1 {
            for entry in &cohort.entries {
                out.push_str(&table.assessment(&entry.scored, options));
                out.push('\n');
            }
        }
    }
    out.into_bytes()
}
