//! `cyberassess report`: score answers files (and folders of them) and write one report for
//! each — PDF, Word or Markdown — plus an optional cohort report.
//!
//! Reads the batch twice: the first pass checks every file and keeps its name, so every output
//! is known (and checked) before anything is written; the second loads the files again a chunk
//! at a time on all cores, renders and writes each report atomically, and keeps of each
//! assessment only its record for the score table and the cohort report. Each report's content
//! is built once as a `report::Document` and drawn by the backend of the chosen format; none of
//! them does IO.

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;

use cyberassess::compare::compare;
use cyberassess::loader::{
    BatchOptions, FileReport, Indexed, LoadedAssessment, LoadedBatch, LoadedQuestionnaire, Loader,
    Origin,
};
use cyberassess::render::pdf::{self, FileHash, PdfWarning};
use cyberassess::render::{
    CohortRecord, CohortSort, Entry, RenderOptions, Table, docx, report_markdown,
};
use cyberassess::report::{BaselineFile, Document, Extras, Options, Redaction};
use cyberassess::score::score;
use cyberassess::t;

use crate::cli::{Paper, Redact, ReportArgs, ReportFormat};
use crate::error::{Status, UsageError};

use super::batch::{
    ResultWarning, ResultWarnings, Verb, future_date_warning, latest, print_summary,
    result_warnings,
};
use super::compare::{warn_order, warn_other_country};
use super::language;
use super::output::{print, print_report, quiet, say, stdout_styled, table_width, write_atomic};
use super::progress;
use super::report_cohort::Fingerprints;
use super::report_outputs::{check_outputs, output_paths, tell_written};
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
    let today = super::today();
    let loader = Loader::new().with_today(today);
    let mut options = BatchOptions::default();
    options.fail_fast = args.fail_fast;
    options.keep_text = true;
    options.keep_evidence = true;
    // The first pass reads and checks every file and keeps only its name (and, for --latest,
    // what the choice looks at), so every output is known before anything is written.
    let (mut loaded, index, keep) = if args.latest {
        latest(&loader, &args.files, options)
    } else {
        let (loaded, index) = progress::index_batch(&loader, &args.files, options);
        let keep = (0..index.len()).collect();
        (loaded, index, keep)
    };
    let chosen: Vec<&Indexed> = keep.iter().map(|&i| &index[i]).collect();
    if let Some(b) = &baseline
        && chosen.len() > 1
    {
        return Err(UsageError::Invalid(t!(
            language::interface(),
            "app-report-baseline-many",
            file = b.source.name.as_str(),
            count = chosen.len()
        ))
        .into());
    }
    let names: Vec<&str> = chosen.iter().map(|i| &*i.name).collect();
    let targets = output_paths(args, &names)?;
    check_outputs(args, &loader, &loaded, &targets)?;
    // The second pass loads the files again a chunk at a time: each is scored, its report
    // written and only its record for the table and the cohort report kept.
    let run = Run {
        args,
        targets: &targets,
        baseline: baseline.as_ref(),
        today,
        hashes: args.cohort.is_some(),
        table: table_options(args),
    };
    let gathered = run.stream(&loader, &mut loaded, &chosen, options);
    if !quiet() && !gathered.records.is_empty() {
        print_table(&run, &gathered, &|name| {
            let file = chosen.iter().find(|i| &*i.name == name);
            file.map(|file| loader.reload(file, options))
        })?;
    }
    for report in &loaded.failures {
        print_report(report);
    }
    let (written, mut failed) = tell_written(gathered.written, &targets);
    if let Some(cohort) = &args.cohort {
        failed += usize::from(!super::report_cohort::write_cohort(
            gathered.records,
            gathered.files,
            args,
            cohort,
        ));
    }
    print_summary(&loaded, written, Verb::Reported, failed);
    Ok(if loaded.failures.is_empty() && failed == 0 {
        Status::Success
    } else {
        Status::Problems
    })
}

/// What a run needs to handle each assessment.
struct Run<'r> {
    args: &'r ReportArgs,
    targets: &'r HashMap<String, PathBuf>,
    baseline: Option<&'r LoadedAssessment>,
    today: jiff::civil::Date,
    /// Whether the files' fingerprints are needed (for the cohort report).
    hashes: bool,
    /// How the score table is printed.
    table: RenderOptions,
}

/// Loads the assessment of a file of the run again, by its name.
type Reload<'l> = dyn Fn(&str) -> Option<Result<LoadedAssessment, Vec<FileReport>>> + 'l;

/// What is kept of one assessment once its report is written (or, with `--fail-fast`, the
/// assessment itself, written in order).
struct Handled {
    source: String,
    questionnaire: Arc<LoadedQuestionnaire>,
    record: CohortRecord,
    answers: Option<FileHash>,
    future: Option<String>,
    results: Vec<ResultWarning>,
    written: Option<anyhow::Result<(PathBuf, usize)>>,
    kept: Option<LoadedAssessment>,
}

/// What the run keeps of all its assessments.
#[derive(Default)]
struct Gathered {
    /// Each assessment's questionnaire and record, in path order.
    records: Vec<(Arc<LoadedQuestionnaire>, CohortRecord)>,
    /// Where each report went, or why it failed, in order.
    written: Vec<anyhow::Result<(PathBuf, usize)>>,
    /// The fingerprints of the files, for the cohort report.
    files: Fingerprints,
}

impl Run<'_> {
    /// The second pass: loads the `chosen` files a chunk at a time on all cores, writes each
    /// one's report (in order, none after the first failure, with `--fail-fast`) and keeps its
    /// record.
    fn stream(
        &self,
        loader: &Loader,
        loaded: &mut LoadedBatch,
        chosen: &[&Indexed],
        options: BatchOptions,
    ) -> Gathered {
        let mut gathered = Gathered::default();
        let mut warnings = ResultWarnings::default();
        let mut stopped = false;
        let message = t!(language::interface(), "app-progress-writing-reports");
        let bar = progress::bar(chosen.len(), message);
        let each = |a: LoadedAssessment| self.handle(a);
        let sink = |mut done: Handled| {
            if let Some(warning) = done.future.take() {
                say!("{warning}");
            }
            warnings.show(&done.source, std::mem::take(&mut done.results));
            let written = match done.kept.take() {
                Some(a) if !stopped => {
                    let entry = Entry::new(
                        &a.source.name,
                        score(&a.questionnaire.questionnaire, &a.assessment),
                    );
                    let result = self.write(&a, &entry);
                    stopped = result.is_err();
                    Some(result)
                }
                Some(_) => None,
                None => done.written.take(),
            };
            if let Some(result) = written {
                bar.inc(1);
                gathered.written.push(result);
            }
            if let Some(hash) = done.answers.take() {
                gathered.files.add(&done.questionnaire, hash);
            }
            gathered.records.push((done.questionnaire, done.record));
            ControlFlow::Continue(())
        };
        loader.stream_chosen(loaded, chosen, options, || {}, each, sink);
        bar.finish_and_clear();
        warnings.finish();
        gathered
    }

    /// Scores one assessment and writes its report (unless with `--fail-fast`, where it is kept
    /// to be written in order).
    fn handle(&self, a: LoadedAssessment) -> Handled {
        let entry = Entry::new(
            &a.source.name,
            score(&a.questionnaire.questionnaire, &a.assessment),
        );
        let answers = self.hashes.then(|| FileHash {
            name: a.source.name.clone(),
            sha256: pdf::sha256_hex(a.source.text.as_bytes()),
        });
        let mut handled = Handled {
            source: a.source.name.clone(),
            questionnaire: Arc::clone(&a.questionnaire),
            record: CohortRecord::of(&entry),
            answers,
            future: future_date_warning(&a, self.today),
            results: result_warnings(&entry.scored),
            written: None,
            kept: None,
        };
        if self.args.fail_fast {
            drop(entry);
            handled.kept = Some(a);
        } else {
            handled.written = Some(self.write(&a, &entry));
        }
        handled
    }

    /// Renders and writes the report of one assessment; returns where it went and its size.
    fn write(&self, a: &LoadedAssessment, entry: &Entry<'_>) -> anyhow::Result<(PathBuf, usize)> {
        let out = &self.targets[&a.source.name];
        let report = render(self.args, a, entry, self.baseline).with_context(|| {
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
    }
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

/// How the score table is printed, as `score` prints it.
fn table_options(args: &ReportArgs) -> RenderOptions {
    let mut options = RenderOptions::default();
    options.locale = super::language::interface();
    options.top = args.top;
    options.styled = stdout_styled();
    options
}

/// Prints the score table of every assessment, as `score` does: a cohort table per
/// questionnaire, or the assessment's own table when it is alone on its questionnaire (loaded
/// again by `reload` for it).
fn print_table(run: &Run<'_>, gathered: &Gathered, reload: &Reload<'_>) -> anyhow::Result<()> {
    let width = table_width(true);
    let rows = gathered
        .records
        .iter()
        .map(|(q, record)| Row {
            questionnaire: Arc::clone(q),
            row: record.row.clone(),
            own: None,
        })
        .collect();
    let own = |row: &Row| match reload(&row.row.source) {
        Some(Ok(a)) => {
            let scored = score(&a.questionnaire.questionnaire, &a.assessment);
            Ok(Table { width }.assessment(&scored, &run.table))
        }
        Some(Err(reports)) => {
            reports.iter().for_each(print_report);
            Ok(String::new())
        }
        None => Ok(String::new()),
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
        &run.table,
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
