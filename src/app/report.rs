//! `cyberassess report`: score answers files and write one PDF report for each.
//!
//! Resolves where each PDF goes, prints the score table, and writes every file atomically; the
//! PDF itself comes from the pure `render::pdf` module.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Context;

use cyberassess::loader::Loader;
use cyberassess::render::pdf::{self, PdfOptions, Redaction};
use cyberassess::render::{Batch, Entry, Render, RenderOptions, Table};
use cyberassess::score::score;

use crate::cli::{Paper, Redact, ReportArgs};
use crate::error::{Status, UsageError};

use super::output::{stdout_styled, terminal_width, write_atomic};
use super::score::load_all;

/// Runs `report`.
pub(crate) fn run(args: &ReportArgs) -> anyhow::Result<Status> {
    let targets = output_paths(&args.files, args.output.as_deref())?;
    let loader = Loader::new();
    let (loaded, errors) = load_all(&loader, &args.files, true);
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
    if !args.quiet && !batch.assessments.is_empty() {
        let options = RenderOptions {
            top: args.top,
            explain: false,
            styled: stdout_styled(),
        };
        let table = Table {
            width: terminal_width(),
        }
        .render(&batch, &options);
        print!("{}", String::from_utf8_lossy(&table));
        println!();
    }
    let redact = Redaction {
        notes: args.redact.contains(&Redact::Notes),
        evidence: args.redact.contains(&Redact::Evidence),
    };
    for ((path, loaded), entry) in loaded.iter().zip(&batch.assessments) {
        let options = PdfOptions {
            paper: match args.paper {
                Paper::A4 => pdf::Paper::A4,
                Paper::Letter => pdf::Paper::Letter,
            },
            top: args.top,
            redact,
            marking: args.marking.clone(),
            questionnaire_sha256: pdf::sha256_hex(loaded.questionnaire.source.text.as_bytes()),
            answers_sha256: pdf::sha256_hex(loaded.source.text.as_bytes()),
        };
        let report = pdf::render(&entry.scored, &options)
            .with_context(|| format!("could not make the report for {}", path.display()))?;
        for warning in &report.warnings {
            anstream::eprintln!("warning: {}: {warning}", path.display());
        }
        let out = &targets[path];
        write_atomic(out, &report.bytes)?;
        if !args.quiet {
            anstream::eprintln!(
                "wrote {} ({} KB)",
                out.display(),
                report.bytes.len().div_ceil(1024)
            );
        }
    }
    if !batch.errors.is_empty() {
        let failed: BTreeSet<&str> = batch.errors.iter().map(|e| e.source.as_str()).collect();
        anstream::eprintln!(
            "{} of {} files could not be scored, so they have no report: {}",
            failed.len(),
            args.files.len(),
            failed.into_iter().collect::<Vec<_>>().join(", ")
        );
        return Ok(Status::Problems);
    }
    Ok(Status::Success)
}

/// Where each answers file's PDF goes: `-o` is the file for one input or a folder for several
/// (or an existing folder); the default is `reports/<answers file stem>.pdf`.
fn output_paths(
    files: &[PathBuf],
    output: Option<&Path>,
) -> anyhow::Result<std::collections::HashMap<PathBuf, PathBuf>> {
    let file_name = |input: &Path| {
        let stem = input
            .file_stem()
            .map_or_else(|| "report".into(), |s| s.to_os_string());
        let mut name = stem;
        name.push(".pdf");
        PathBuf::from(name)
    };
    let as_folder = |o: &Path| {
        files.len() > 1 || o.is_dir() || o.as_os_str().to_string_lossy().ends_with(['/', '\\'])
    };
    let mut targets = std::collections::HashMap::new();
    let mut seen = BTreeSet::new();
    for input in files {
        let target = match output {
            Some(o) if as_folder(o) => o.join(file_name(input)),
            Some(o) => o.to_path_buf(),
            None => Path::new("reports").join(file_name(input)),
        };
        if !seen.insert(target.clone()) && !targets.contains_key(input) {
            return Err(UsageError::Invalid(format!(
                "two answers files would both be written to {}; rename one of them, or run \
                 `cyberassess report` once for each with its own -o",
                target.display()
            ))
            .into());
        }
        targets.insert(input.clone(), target);
    }
    Ok(targets)
}
