//! `cyberassess report`: score answers files (and folders of them) and write one report for
//! each — PDF, Word or Markdown — plus an optional cohort report.
//!
//! Resolves where each report goes, prints the score table, renders the reports in parallel
//! and writes every file atomically. Each report's content is built once as a
//! `report::Document` and drawn by the backend of the chosen format; none of them does IO.

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use rayon::prelude::*;

use cyberassess::compare::compare;
use cyberassess::loader::{BatchOptions, LoadedAssessment, LoadedBatch, Loader, Origin};
use cyberassess::render::pdf::{self, PdfWarning};
use cyberassess::render::{
    Batch, CohortRow, CohortSort, Entry, RenderOptions, Table, docx, report_markdown,
};
use cyberassess::report::{BaselineFile, Document, Extras, Options, Redaction};
use cyberassess::score::score;
use cyberassess::t;

use crate::cli::{Paper, Redact, ReportArgs, ReportFormat};
use crate::error::{Status, UsageError};

use super::batch::{Verb, inputs, latest, print_summary, warn_about_results, warn_future_dates};
use super::compare::{warn_order, warn_other_country};
use super::language;
use super::output::{
    note, print, print_report, quiet, refuse_overwriting_inputs, say, stdout_styled, table_width,
    write_atomic,
};
use super::progress;
use super::report_name::report_file_name;
use super::view::{Row, View, tables};

/// Runs `report`.
pub(crate) fn run(args: &ReportArgs) -> anyhow::Result<Status> {
    if args.format == ReportFormat::Pdf || args.cohort.is_some() {
        pdf::preload_fonts().with_context(|| t!(language::interface(), "app-report-fonts"))?;
    }
    let baseline = match &args.baseline {
        Some(old) => match load_baseline(args, old)? {
            Some(b) => Some(b),
            None => return Ok(Status::Problems),
        },
        None => None,
    };
    let (loader, loaded) = load(args);
    if let Some(b) = &baseline
        && loaded.assessments.len() > 1
    {
        return Err(UsageError::Invalid(t!(
            language::interface(),
            "app-report-baseline-many",
            file = b.source.name.as_str(),
            count = loaded.assessments.len()
        ))
        .into());
    }
    let batch = Batch::score(&loaded);
    let targets = output_paths(args, &loaded.assessments)?;
    check_outputs(args, &loader, &loaded, &targets)?;
    if !quiet() && !batch.assessments.is_empty() {
        print_table(args, &loaded, &batch)?;
    }
    warn_about_results(&batch);
    for report in &loaded.failures {
        print_report(report);
    }
    let results = write_reports(args, &loaded, &batch, &targets, baseline.as_ref());
    let (written, mut failed) = tell_written(results, &targets);
    if let Some(cohort) = &args.cohort {
        failed += usize::from(!super::report_cohort::write_cohort(
            &batch, &loaded, args, cohort,
        ));
    }
    print_summary(&loaded, written, Verb::Reported, failed);
    Ok(if loaded.failures.is_empty() && failed == 0 {
        Status::Success
    } else {
        Status::Problems
    })
}

/// Loads the answers files (only each country's latest with `--latest`) and warns about
/// dates in the future.
fn load(args: &ReportArgs) -> (Loader, LoadedBatch) {
    let today = super::today();
    let loader = Loader::new().with_today(today);
    let mut options = BatchOptions::default();
    options.fail_fast = args.fail_fast;
    options.keep_text = true;
    options.keep_evidence = true;
    let loaded = if args.latest {
        // Every file is read once to choose, then only the chosen ones are kept.
        let (mut loaded, index, keep) = latest(&loader, &args.files, options);
        let chosen: Vec<_> = keep.iter().map(|&i| &index[i]).collect();
        let mut assessments = Vec::with_capacity(chosen.len());
        let keep_all = |a| {
            assessments.push(a);
            ControlFlow::Continue(())
        };
        progress::stream_chosen(
            &loader,
            &mut loaded,
            &chosen,
            options,
            |_| {},
            |a| a,
            keep_all,
        );
        loaded.assessments = assessments;
        loaded
    } else {
        progress::load_batch(&loader, &args.files, options)
    };
    warn_future_dates(&loaded, today);
    (loader, loaded)
}

/// Loads the `--baseline` answers file (a path or `REV:PATH`); `None` after printing why it
/// could not be read.
fn load_baseline(args: &ReportArgs, old: &Path) -> anyhow::Result<Option<LoadedAssessment>> {
    let origin = Origin::parse(old);
    if let Origin::Path(p) = &origin
        && p.is_dir()
    {
        return Err(UsageError::Invalid(t!(
            language::interface(),
            "app-report-baseline-folder",
            folder = p.display().to_string()
        ))
        .into());
    }
    if args.files.len() > 1 || args.files.iter().any(|f| f.is_dir()) {
        return Err(
            UsageError::Invalid(t!(language::interface(), "app-report-baseline-one")).into(),
        );
    }
    match Loader::new().assessment_from_origin(&origin) {
        Ok(a) => Ok(Some(a)),
        Err(reports) => {
            reports.iter().for_each(print_report);
            Ok(None)
        }
    }
}

/// Refuses outputs that would replace an input, and says when `-o` got its extension added.
fn check_outputs(
    args: &ReportArgs,
    loader: &Loader,
    loaded: &LoadedBatch,
    targets: &HashMap<String, PathBuf>,
) -> anyhow::Result<()> {
    let inputs = inputs(loader, loaded);
    // `-o` as typed counts too: `-o answers.toml` is a slip, even though `.pdf` would be added.
    let outputs = targets
        .values()
        .map(PathBuf::as_path)
        .chain(args.cohort.as_deref())
        .chain(args.output.as_deref());
    refuse_overwriting_inputs(outputs, inputs.iter().map(PathBuf::as_path))?;
    if let Some(typed) = &args.output
        && let Some(renamed) = targets
            .values()
            .find(|t| *t == &report_file_name(typed, args.format))
        && renamed != typed
    {
        // Shown even with --quiet: the file is not where the user said.
        let text = t!(
            language::interface(),
            "app-report-renamed",
            file = renamed.display().to_string(),
            extension = args.format.extension()
        );
        say!("{text}");
    }
    Ok(())
}

/// Prints the score table of every assessment, as `score` does.
fn print_table(args: &ReportArgs, loaded: &LoadedBatch, batch: &Batch<'_>) -> anyhow::Result<()> {
    let mut options = RenderOptions::default();
    options.locale = super::language::interface();
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
    let view = View::Terminal { width };
    let mut table = Vec::new();
    let mut write = |bytes: &[u8]| {
        table.extend_from_slice(bytes);
        Ok(())
    };
    tables(
        rows,
        CohortSort::Path,
        false,
        view,
        &options,
        own,
        &mut write,
    )?;
    table.push(b'\n');
    print(&table)
}

/// One rendered report: its bytes and what the reader should know about it.
struct Rendered {
    bytes: Vec<u8>,
    warnings: Vec<PdfWarning>,
}

/// Builds the report's document once and draws it in the chosen format.
fn render(
    args: &ReportArgs,
    a: &LoadedAssessment,
    entry: &Entry<'_>,
    baseline: Option<&LoadedAssessment>,
) -> anyhow::Result<Rendered> {
    let locale = language::for_report(a);
    let texts = a.questionnaire.texts_in(locale);
    // Scored again only when the report is in another language than the questionnaire's own:
    // the same answers give the same numbers, with the stage and question texts translated.
    let translated =
        (!std::ptr::eq(texts, entry.scored.questionnaire)).then(|| score(texts, &a.assessment));
    let scored = translated.as_ref().unwrap_or(&entry.scored);
    let mut options = Options::default();
    options.locale = locale;
    options.top = args.top;
    options.redact = Redaction {
        notes: args.redact.contains(&Redact::Notes),
        evidence: args.redact.contains(&Redact::Evidence),
    };
    options.marking = args.marking.clone();
    options.questionnaire_sha256 = pdf::sha256_hex(a.questionnaire.source.text.as_bytes());
    options.answers_sha256 = pdf::sha256_hex(a.source.text.as_bytes());
    let old = baseline.map(|b| (b, score(b.questionnaire.texts_in(locale), &b.assessment)));
    let comparison = match &old {
        Some((b, old)) => {
            let c = compare(old, scored).map_err(|e| {
                let interface = language::interface();
                UsageError::Invalid(t!(
                    interface,
                    "app-compare-cannot",
                    old = b.source.name.as_str(),
                    new = a.source.name.as_str(),
                    reason = e.words(interface)
                ))
            })?;
            warn_other_country(&c, &b.source.name, &a.source.name);
            warn_order(&c, &b.source.name, &a.source.name);
            options.baseline = Some(BaselineFile {
                name: b.source.name.clone(),
                sha256: pdf::sha256_hex(b.source.text.as_bytes()),
            });
            Some(c)
        }
        None => None,
    };
    let mut extras = Extras::default();
    extras.baseline = comparison.as_ref();
    let doc = Document::build(scored, &options, &extras);
    let paper = paper(args.paper);
    Ok(match args.format {
        ReportFormat::Pdf => {
            let report = pdf::render_document(&doc, paper)?;
            Rendered {
                bytes: report.bytes,
                warnings: report.warnings,
            }
        }
        ReportFormat::Docx => Rendered {
            bytes: docx::render_docx(&doc, paper)?,
            warnings: Vec::new(),
        },
        ReportFormat::Markdown => Rendered {
            bytes: report_markdown(&doc),
            warnings: Vec::new(),
        },
    })
}

/// Renders and writes every report, in parallel (in order, stopping at the first failure,
/// with `--fail-fast`); returns where each went and its size.
fn write_reports(
    args: &ReportArgs,
    loaded: &LoadedBatch,
    batch: &Batch<'_>,
    targets: &HashMap<String, PathBuf>,
    baseline: Option<&LoadedAssessment>,
) -> Vec<anyhow::Result<(PathBuf, usize)>> {
    let write = |(a, entry): (&LoadedAssessment, &Entry<'_>)| -> anyhow::Result<(PathBuf, usize)> {
        let out = &targets[&a.source.name];
        let report = render(args, a, entry, baseline).with_context(|| {
            t!(
                language::interface(),
                "app-report-failed",
                file = a.source.name.as_str()
            )
        })?;
        for warning in &report.warnings {
            say!("{}", warning_line(&a.source.name, warning));
        }
        write_atomic(out, &report.bytes)?;
        Ok((out.clone(), report.bytes.len()))
    };
    let pairs: Vec<_> = loaded.assessments.iter().zip(&batch.assessments).collect();
    let message = t!(super::language::interface(), "app-progress-writing-reports");
    let bar = progress::bar(pairs.len(), message);
    let results = if args.fail_fast {
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
    results
}

/// Says what was written (each file, or the folder for a large batch) and each failure;
/// returns how many were written and how many failed.
fn tell_written(
    results: Vec<anyhow::Result<(PathBuf, usize)>>,
    targets: &HashMap<String, PathBuf>,
) -> (usize, usize) {
    let (mut written, mut failed) = (0usize, 0usize);
    let many = targets.len() > 20;
    for result in results {
        match result {
            Ok((path, size)) => {
                written += 1;
                if !many {
                    note!(
                        "{}",
                        t!(
                            language::interface(),
                            "app-wrote-report",
                            file = path.display().to_string(),
                            size = size.div_ceil(1024)
                        )
                    );
                }
            }
            Err(err) => {
                failed += 1;
                let error = t!(language::interface(), "diagnostics-level-error");
                say!("{error}: {err:#}");
            }
        }
    }
    if many && written > 0 {
        let folder = targets
            .values()
            .next()
            .and_then(|p| p.parent())
            .unwrap_or(Path::new("."));
        note!(
            "{}",
            t!(
                language::interface(),
                "app-wrote-reports",
                count = written,
                folder = folder.display().to_string()
            )
        );
    }
    (written, failed)
}

/// A warning of the PDF renderer about `file` as shown on standard error, in the interface's
/// language: "warning: FILE: the character '中' (U+4E2D) is not in the report font; …".
pub(super) fn warning_line(file: &str, warning: &PdfWarning) -> String {
    let locale = language::interface();
    format!(
        "{}: {file}: {}",
        t!(locale, "app-warning"),
        warning.words(locale)
    )
}

/// The paper size of the command line, for the PDF renderer.
pub(super) fn paper(paper: Paper) -> pdf::Paper {
    match paper {
        Paper::A4 => pdf::Paper::A4,
        Paper::Letter => pdf::Paper::Letter,
    }
}

/// Where each assessment's PDF goes, by its source name. `-o` is the file for a single answers
/// file named on the command line; otherwise a folder (default `reports/`). Files found in a
/// folder keep their place below it, so `a/x.toml` and `b/x.toml` do not collide.
fn output_paths(
    args: &ReportArgs,
    assessments: &[LoadedAssessment],
) -> anyhow::Result<HashMap<String, PathBuf>> {
    let (inputs, output) = (&args.files, args.output.as_deref());
    let single_file = inputs.len() == 1 && !inputs[0].is_dir();
    let into_folder = |o: &Path| {
        !single_file || o.is_dir() || o.as_os_str().to_string_lossy().ends_with(['/', '\\'])
    };
    let folder = match output {
        Some(o) if !into_folder(o) => {
            let file = report_file_name(o, args.format);
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
        let target = folder.join(relative.with_extension(args.format.extension()));
        if let Some(other) = taken.insert(target.clone(), &a.source.name) {
            return Err(UsageError::Invalid(t!(
                language::interface(),
                "app-report-collide",
                first = other,
                second = a.source.name.as_str(),
                file = target.display().to_string()
            ))
            .into());
        }
        targets.insert(a.source.name.clone(), target);
    }
    Ok(targets)
}
