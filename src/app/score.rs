//! `cyberassess score`: load answers files, score them, render one output.

use std::path::PathBuf;

use cyberassess::loader::{LoadedAssessment, Loader};
use cyberassess::render::{Batch, Csv, Entry, ErrorEntry, Json, Markdown, Render, RenderOptions, Table};
use cyberassess::score::score;

use crate::cli::{Format, ScoreArgs};
use crate::error::Status;

use super::output::{emit, print_report, stdout_styled, terminal_width};

/// Runs `score`.
pub(crate) fn run(args: &ScoreArgs) -> anyhow::Result<Status> {
    let loader = Loader::new();
    let (loaded, errors) = load_all(&loader, &args.files, args.format != Format::Json);
    let batch = Batch {
        assessments: loaded
            .iter()
            .map(|(path, a)| Entry {
                source: path.display().to_string(),
                scored: score(&a.questionnaire.questionnaire, &a.assessment),
            })
            .collect(),
        errors,
    };
    let to_terminal = args.output.is_none();
    let options = RenderOptions {
        top: args.top,
        explain: args.explain,
        styled: to_terminal && stdout_styled(),
    };
    let bytes = match args.format {
        Format::Table => Table { width: if to_terminal { terminal_width() } else { None } }
            .render(&batch, &options),
        Format::Json => Json.render(&batch, &options),
        Format::Csv => Csv.render(&batch, &options),
        Format::Markdown => Markdown.render(&batch, &options),
    };
    emit(args.output.as_deref(), &bytes)?;
    if !batch.errors.is_empty() {
        let failed: std::collections::BTreeSet<&str> =
            batch.errors.iter().map(|e| e.source.as_str()).collect();
        anstream::eprintln!(
            "{} of {} files could not be scored: {}",
            failed.len(),
            args.files.len(),
            failed.into_iter().collect::<Vec<_>>().join(", ")
        );
        return Ok(Status::Problems);
    }
    Ok(Status::Success)
}

/// Loads every answers file; failures become error entries (and are printed when `print`).
pub(crate) fn load_all(
    loader: &Loader,
    files: &[PathBuf],
    print: bool,
) -> (Vec<(PathBuf, LoadedAssessment)>, Vec<ErrorEntry>) {
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
