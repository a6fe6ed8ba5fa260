//! `cyberassess score`: load answers files (and folders of them), score, render one output.

use std::path::PathBuf;

use cyberassess::loader::{BatchOptions, Loader};
use cyberassess::render::{
    Batch, CohortSort, Csv, Json, Markdown, Render, RenderOptions, Table, cohorts,
};

use crate::cli::{Format, ScoreArgs, SortBy};
use crate::error::Status;

use super::batch::{inputs, keep_latest, print_summary, warn_about_results, warn_future_dates};
use super::output::{emit, print_report, refuse_overwriting_inputs, stdout_styled, table_width};
use super::progress;

/// Runs `score`.
pub(crate) fn run(args: &ScoreArgs) -> anyhow::Result<Status> {
    let today = super::today();
    let loader = Loader::new().with_today(today);
    let options = BatchOptions {
        fail_fast: args.fail_fast,
        keep_text: false,
        keep_details: args.format == Format::Json,
    };
    let mut loaded = progress::load_batch(&loader, &args.files, options);
    if args.latest {
        keep_latest(&mut loaded);
    }
    warn_future_dates(&loaded, today);
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
        let inputs = inputs(&loader, &loaded);
        refuse_overwriting_inputs([output.as_path()], inputs.iter().map(PathBuf::as_path))?;
    }
    emit(args.output.as_deref(), &bytes)?;

    // Also with JSON, which carries the errors too: standard error is what a person reads.
    warn_about_results(&batch);
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
