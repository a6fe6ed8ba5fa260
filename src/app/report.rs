//! `cyberassess report`: score answers files (and folders of them) and write one PDF report for
//! each, plus an optional cohort report.
//!
//! Resolves where each PDF goes, prints the score table, renders the PDFs in parallel and writes
//! every file atomically; the PDFs themselves come from the pure `render::pdf` module.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use rayon::prelude::*;

use cyberassess::diagnostic::SourceFile;
use cyberassess::loader::{BatchOptions, LoadedAssessment, Loader};
use cyberassess::render::pdf::{self, CohortOptions, FileHash, PdfOptions, Redaction};
use cyberassess::render::{Batch, CohortRow, CohortSort, Entry, RenderOptions, Table, cohorts};

use crate::cli::{Paper, Redact, ReportArgs};
use crate::error::{Status, UsageError};

use super::batch::{inputs, keep_latest, print_summary, warn_about_results, warn_future_dates};
use super::output::{
    print, print_report, refuse_overwriting_inputs, say, stdout_styled, table_width, write_atomic,
};
use super::progress;
use super::score::{Row, tables};

/// Runs `report`.
pub(crate) fn run(args: &ReportArgs) -> anyhow::Result<Status> {
    pdf::preload_fonts().context("the report fonts could not be loaded")?;
    let today = super::today();
    let loader = Loader::new().with_today(today);
    let mut options = BatchOptions::default();
    options.fail_fast = args.fail_fast;
    options.keep_text = true;
    options.keep_evidence = true;
    let mut loaded = progress::load_batch(&loader, &args.files, options);
    if args.latest {
        keep_latest(&mut loaded);
    }
    warn_future_dates(&loaded, today);
    let batch = Batch::score(&loaded);
    let targets = output_paths(&args.files, &loaded.assessments, args.output.as_deref())?;
    let inputs = inputs(&loader, &loaded);
    // `-o` as typed counts too: `-o answers.toml` is a slip, even though `.pdf` would be added.
    let outputs = targets
        .values()
        .map(PathBuf::as_path)
        .chain(args.cohort.as_deref())
        .chain(args.output.as_deref());
    refuse_overwriting_inputs(outputs, inputs.iter().map(PathBuf::as_path))?;
    if let Some(typed) = &args.output
        && let Some(renamed) = targets.values().find(|t| *t == &pdf_file_name(typed))
        && renamed != typed
    {
        say!(
            "note: writing {} (a report is a PDF, so its name ends in .pdf)",
            renamed.display()
        );
    }

    if !args.quiet && !batch.assessments.is_empty() {
        let mut options = RenderOptions::default();
        options.top = args.top;
        options.styled = stdout_styled();
        let width = table_width(true);
        let rows = loaded
            .assessments
            .iter()
            .zip(&batch.assessments)
            .map(|(a, entry)| Row {
                questionnaire: Arc::clone(&a.questionnaire),
                row: CohortRow::of(entry),
                own: None,
            })
            .collect();
        let own = |row: &Row| {
            let entry = batch
                .assessments
                .iter()
                .find(|e| e.source == row.row.source);
            Ok(entry.map_or_else(String::new, |e| {
                Table { width }.assessment(&e.scored, &options)
            }))
        };
        let mut write = |text: &str| print(text.as_bytes());
        tables(
            rows,
            CohortSort::Path,
            false,
            width,
            &options,
            own,
            &mut write,
        )?;
        print(b"\n")?;
    }
    warn_about_results(&batch);
    for report in &loaded.failures {
        print_report(report);
    }

    let pdf_options = |a: &LoadedAssessment| PdfOptions {
        paper: paper(args.paper),
        top: args.top,
        redact: Redaction {
            notes: args.redact.contains(&Redact::Notes),
            evidence: args.redact.contains(&Redact::Evidence),
        },
        marking: args.marking.clone(),
        questionnaire_sha256: pdf::sha256_hex(a.questionnaire.source.text.as_bytes()),
        answers_sha256: pdf::sha256_hex(a.source.text.as_bytes()),
    };
    let write = |(a, entry): (&LoadedAssessment, &Entry<'_>)| -> anyhow::Result<(PathBuf, usize)> {
        let out = &targets[&a.source.name];
        let report = pdf::render(&entry.scored, &pdf_options(a))
            .with_context(|| format!("could not make the report for {}", a.source.name))?;
        for warning in &report.warnings {
            say!("warning: {}: {warning}", a.source.name);
        }
        write_atomic(out, &report.bytes)?;
        Ok((out.clone(), report.bytes.len()))
    };
    let pairs: Vec<_> = loaded.assessments.iter().zip(&batch.assessments).collect();
    let bar = progress::bar(pairs.len(), "Writing reports");
    let results: Vec<anyhow::Result<(PathBuf, usize)>> = if args.fail_fast {
        let mut results = Vec::new();
        for pair in pairs {
            let result = write(pair);
            bar.inc(1);
            let failed = result.is_err();
            results.push(result);
            if failed {
                break;
            }
        }
        results
    } else {
        pairs
            .into_par_iter()
            .map(|pair| write(pair).inspect(|_| bar.inc(1)))
            .collect()
    };
    bar.finish_and_clear();

    let mut written = 0;
    let mut failed = 0;
    for result in results {
        match result {
            Ok((path, size)) => {
                written += 1;
                if !args.quiet && batch.assessments.len() <= 20 {
                    say!("wrote {} ({} KB)", path.display(), size.div_ceil(1024));
                }
            }
            Err(err) => {
                failed += 1;
                say!("error: {err:#}");
            }
        }
    }
    if batch.assessments.len() > 20 && !args.quiet && written > 0 {
        let folder = targets
            .values()
            .next()
            .and_then(|p| p.parent())
            .unwrap_or(Path::new("."));
        say!("wrote {written} reports under {}", folder.display());
    }
    if let Some(cohort) = &args.cohort {
        match cohort_report(&batch, &loaded.assessments, args, cohort) {
            Ok(()) if !args.quiet => {
                say!("wrote the cohort report {}", cohort.display());
            }
            Ok(()) => {}
            Err(err) => {
                failed += 1;
                say!("error: {err:#}");
            }
        }
    }
    print_summary(&loaded, written, "Wrote reports for", failed);
    Ok(if loaded.failures.is_empty() && failed == 0 {
        Status::Success
    } else {
        Status::Problems
    })
}

fn paper(paper: Paper) -> pdf::Paper {
    match paper {
        Paper::A4 => pdf::Paper::A4,
        Paper::Letter => pdf::Paper::Letter,
    }
}

/// Writes the cohort report for every assessment in the batch: one section per questionnaire.
fn cohort_report(
    batch: &Batch<'_>,
    loaded: &[LoadedAssessment],
    args: &ReportArgs,
    path: &Path,
) -> anyhow::Result<()> {
    if batch.assessments.is_empty() {
        anyhow::bail!("no cohort report: no assessment could be scored");
    }
    // Every input is listed with its fingerprint, so the document id changes whenever any
    // input does: questionnaires first (each once), then answers files in path order.
    let hash = |file: &SourceFile| FileHash {
        name: file.name.clone(),
        sha256: pdf::sha256_hex(file.text.as_bytes()),
    };
    let mut files: Vec<FileHash> = Vec::new();
    for a in loaded {
        let q = &a.questionnaire.source;
        if !files.iter().any(|f| f.name == q.name) {
            files.push(hash(q));
        }
    }
    files.extend(loaded.iter().map(|a| hash(&a.source)));
    let options = CohortOptions {
        paper: paper(args.paper),
        marking: args.marking.clone(),
        title: None,
        files,
    };
    let report = pdf::render_cohort(&cohorts(batch, CohortSort::Path), &options)
        .context("could not make the cohort report")?;
    for warning in &report.warnings {
        say!("warning: {}: {warning}", path.display());
    }
    write_atomic(path, &report.bytes)
}

/// Where each assessment's PDF goes, by its source name. `-o` is the file for a single answers
/// file named on the command line; otherwise a folder (default `reports/`). Files found in a
/// folder keep their place below it, so `a/x.toml` and `b/x.toml` do not collide.
fn output_paths(
    inputs: &[PathBuf],
    assessments: &[LoadedAssessment],
    output: Option<&Path>,
) -> anyhow::Result<HashMap<String, PathBuf>> {
    let single_file = inputs.len() == 1 && !inputs[0].is_dir();
    let into_folder = |o: &Path| {
        !single_file || o.is_dir() || o.as_os_str().to_string_lossy().ends_with(['/', '\\'])
    };
    let folder = match output {
        Some(o) if !into_folder(o) => {
            let file = pdf_file_name(o);
            return Ok(assessments
                .iter()
                .map(|a| (a.source.name.clone(), file.clone()))
                .collect());
        }
        Some(o) => o.to_path_buf(),
        None => PathBuf::from("reports"),
    };
    let mut targets = HashMap::new();
    let mut taken: HashMap<PathBuf, &str> = HashMap::new();
    for a in assessments {
        let source = Path::new(&a.source.name);
        let relative = inputs
            .iter()
            .filter(|i| i.is_dir())
            .find_map(|dir| source.strip_prefix(dir).ok())
            .map_or_else(
                || PathBuf::from(source.file_name().unwrap_or_default()),
                Path::to_path_buf,
            );
        let target = folder.join(relative.with_extension("pdf"));
        if let Some(other) = taken.insert(target.clone(), &a.source.name) {
            return Err(UsageError::Invalid(format!(
                "{other} and {} would both be written to {}; rename one of them, or run \
                 `cyberassess report` once for each with its own -o",
                a.source.name,
                target.display()
            ))
            .into());
        }
        targets.insert(a.source.name.clone(), target);
    }
    Ok(targets)
}

/// The report's file name for `-o NAME`: `.pdf` is added when the name does not end in it, so
/// the file opens in a PDF reader when double-clicked. A device or pipe that already exists
/// (`/dev/stdout`) is written as named.
fn pdf_file_name(output: &Path) -> PathBuf {
    let is_pdf = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let is_special = std::fs::metadata(output).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if is_pdf || is_special {
        return output.to_path_buf();
    }
    let mut name = output.as_os_str().to_owned();
    name.push(".pdf");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_names_end_in_pdf() {
        let name = |p: &str| pdf_file_name(Path::new(p)).display().to_string();
        assert_eq!(name("brief"), "brief.pdf");
        assert_eq!(name("out/brief.v2"), "out/brief.v2.pdf");
        assert_eq!(name("Brief.PDF"), "Brief.PDF");
        #[cfg(unix)]
        assert_eq!(name("/dev/null"), "/dev/null");
    }
}
