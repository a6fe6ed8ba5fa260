//! `cyberassess score`: load answers files (and folders of them), score, render one output.

use cyberassess::loader::{BatchOptions, Loader};
use cyberassess::render::{
    Batch, CohortSort, Csv, ErrorEntry, Json, Markdown, Render, RenderOptions, Table, cohorts,
};

use crate::cli::{Format, ScoreArgs, SortBy};
use crate::error::Status;

use super::output::{emit, print_report, stdout_styled, table_width};
use super::progress;

/// Runs `score`.
pub(crate) fn run(args: &ScoreArgs) -> anyhow::Result<Status> {
    let loader = Loader::new();
    let options = BatchOptions {
        fail_fast: args.fail_fast,
        keep_text: false,
        keep_details: args.format == Format::Json,
    };
    let loaded = progress::load_batch(&loader, &args.files, options);
    let batch = Batch::score(&loaded);
    let to_terminal = args.output.is_none();
    let options = RenderOptions {
        top: args.top,
        explain: args.explain,
        styled: to_terminal && stdout_styled(),
    };
    let width = table_width(to_terminal);
    let bytes = match args.format {
        Format::Table if batch.assessments.len() > 1 => {
            cohort_tables(&batch, args, width, &options)
        }
        Format::Table => Table { width }.render(&batch, &options),
        Format::Json => Json.render(&batch, &options),
        Format::Csv => Csv.render(&batch, &options),
        Format::Markdown => Markdown.render(&batch, &options),
    };
    emit(args.output.as_deref(), &bytes)?;

    if args.format != Format::Json {
        for report in &loaded.failures {
            print_report(report);
        }
    }
    if loaded.files > 1 || loaded.skipped_questionnaires > 0 || !loaded.failures.is_empty() {
        let failed = loaded.failures.len();
        let mut summary = format!(
            "Scored {} of {} file{}",
            batch.assessments.len(),
            loaded.files,
            if loaded.files == 1 { "" } else { "s" }
        );
        if loaded.skipped_questionnaires > 0 {
            summary.push_str(&format!(
                "; skipped {} questionnaire file{}",
                loaded.skipped_questionnaires,
                if loaded.skipped_questionnaires == 1 {
                    ""
                } else {
                    "s"
                }
            ));
        }
        if failed > 0 {
            summary.push_str(&format!("; {failed} could not be scored (see above)"));
        }
        if loaded.stopped_early {
            summary.push_str("; stopped at the first failure (--fail-fast)");
        }
        anstream::eprintln!("{summary}.");
    }
    Ok(if loaded.failures.is_empty() {
        Status::Success
    } else {
        Status::Problems
    })
}

fn cohort_tables(
    batch: &Batch<'_>,
    args: &ScoreArgs,
    width: Option<u16>,
    options: &RenderOptions,
) -> Vec<u8> {
    let sort = match args.sort {
        SortBy::Path => CohortSort::Path,
        SortBy::Overall => CohortSort::Overall,
        SortBy::Country => CohortSort::Country,
    };
    let mut out = String::new();
    let table = Table { width };
    for cohort in cohorts(batch, sort) {
        // A cohort of one is better shown as the assessment's own table.
        if cohort.entries.len() > 1 {
            out.push_str(&cohort.table(width, options.styled));
            out.push('\n');
        }
        if args.detail || cohort.entries.len() == 1 {
            for entry in &cohort.entries {
                out.push_str(&table.assessment(&entry.scored, options));
                out.push('\n');
            }
        }
    }
    out.into_bytes()
}

/// Loads answers files one by one (kept for `report` until it loads batches).
pub(crate) fn load_all(
    loader: &Loader,
    files: &[std::path::PathBuf],
    print: bool,
) -> (
    Vec<(std::path::PathBuf, cyberassess::loader::LoadedAssessment)>,
    Vec<ErrorEntry>,
) {
    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        match loader.assessment(path) {
            Ok(a) => loaded.push((path.clone(), a)),
            Err(reports) => {
                for report in &reports {
                    if print {
                        print_report(report);
                    }
                    errors.extend(ErrorEntry::from_report(report));
                }
            }
        }
    }
    (loaded, errors)
}
