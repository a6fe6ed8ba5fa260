//! `cyberassess score`: load answers files (and folders of them), score, write one output.
//!
//! The batch formats are streamed: files are loaded, scored and rendered a chunk at a time on
//! all cores and written in path order, so memory stays flat however many files there are. The
//! cohort table keeps only each assessment's row values and is written a part at a time.
//! `--latest` must see every assessment before choosing: it reads the batch twice, first
//! keeping only what the choice needs of each file, then loading the chosen files.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cyberassess::i18n::Locale;
use cyberassess::loader::{BatchOptions, LoadedAssessment, LoadedBatch, Loader};
use cyberassess::render::{
    CohortRow, CohortSort, Csv, Entry, ErrorEntry, Json, Render, RenderOptions,
};
use cyberassess::score::score;
use cyberassess::t;

use crate::cli::{Format, ScoreArgs, SortBy};
use crate::error::{Status, UsageError};

use super::batch::{
    ResultWarning, ResultWarnings, Verb, future_date_warning, inputs, latest, print_summary,
    result_warnings,
};
use super::output::{
    Destination, print_report, refuse_overwriting_inputs, say, stdout_styled, table_width,
};
use super::progress;
use super::view::{Row, View, tables};

/// Runs `score`.
pub(crate) fn run(args: &ScoreArgs) -> anyhow::Result<Status> {
    refuse_options_that_cannot_apply(args)?;
    let today = super::today();
    let loader = Loader::new().with_today(today);
    let mut batch = BatchOptions::default();
    batch.fail_fast = args.fail_fast;
    batch.keep_evidence = args.format == Format::Json;
    let to_terminal = args.output.is_none();
    let mut options = RenderOptions::default();
    options.locale = super::language::interface();
    // JSON lists every next step unless asked for fewer.
    options.top = args.top.unwrap_or(match args.format {
        Format::Json => usize::MAX,
        _ => DEFAULT_TOP,
    });
    options.explain = args.explain;
    options.styled = to_terminal && stdout_styled();
    let mut out = Destination::open(args.output.as_deref())?;
    let mut warnings = ResultWarnings::default();
    let scan = Scan {
        loader: &loader,
        args,
        options: batch,
        today,
        texts: matches!(args.format, Format::Table | Format::Markdown).then_some(options.locale),
    };
    let view = |view| TableView {
        sort: sort(args.sort.unwrap_or(SortBy::Path)),
        // --explain and --top are about each assessment's own table: asking for them asks
        // for those tables.
        detail: args.detail || args.explain || args.top.is_some(),
        view,
        options,
    };
    let (loaded, scored) = match args.format {
        Format::Table => {
            let width = table_width(to_terminal);
            view(View::Terminal { width }).run(&scan, &mut warnings, &mut out)?
        }
        Format::Markdown => view(View::Markdown).run(&scan, &mut warnings, &mut out)?,
        Format::Json => stream(&scan, &mut warnings, &Json, &options, &mut out)?,
        Format::Csv => stream(&scan, &mut warnings, &Csv, &options, &mut out)?,
    };
    if let Some(output) = &args.output {
        let inputs = inputs(&loader, &loaded);
        refuse_overwriting_inputs([output.as_path()], inputs.iter().map(PathBuf::as_path))?;
    }
    out.commit()?;

    // Also with JSON, which carries the errors too: standard error is what a person reads.
    warnings.finish();
    for report in &loaded.failures {
        print_report(report);
    }
    print_summary(&loaded, scored, Verb::Scored, 0);
    Ok(if loaded.failures.is_empty() {
        Status::Success
    } else {
        Status::Problems
    })
}

/// How many next steps the table and Markdown show per assessment without `--top`.
const DEFAULT_TOP: usize = 5;

/// Words in a language, chosen before the language is known to be needed.
type Words = fn(Locale) -> String;

/// Refuses an option the chosen format has nothing to apply to (the table in the README says
/// what each option does in each format), so no option is silently ignored.
fn refuse_options_that_cannot_apply(args: &ScoreArgs) -> Result<(), UsageError> {
    let locale = super::language::interface();
    let (format, what): (_, Words) = match args.format {
        Format::Table | Format::Markdown => return Ok(()),
        Format::Json => ("JSON", |l| t!(l, "app-score-json-has")),
        Format::Csv => ("CSV", |l| t!(l, "app-score-csv-has")),
    };
    let given: [(bool, &str, Words); 4] = [
        (
            args.top.is_some() && args.format == Format::Csv,
            "--top",
            |l| t!(l, "app-score-top-chooses"),
        ),
        (args.explain, "--explain", |l| {
            t!(l, "app-score-explain-chooses")
        }),
        (args.detail, "--detail", |l| {
            t!(l, "app-score-detail-chooses")
        }),
        (args.sort.is_some(), "--sort", |l| {
            t!(l, "app-score-sort-chooses")
        }),
    ];
    match given.into_iter().find(|(given, ..)| *given) {
        None => Ok(()),
        Some((_, option, chooses)) => {
            let text = t!(
                locale,
                "app-score-cannot-apply",
                option = option,
                format = format,
                chooses = chooses(locale),
                what = what(locale)
            );
            let fix = t!(locale, "app-score-cannot-apply.help", option = option);
            let help = t!(locale, "app-help");
            Err(UsageError::Invalid(format!("{text}\n  {help}: {fix}")))
        }
    }
}

fn sort(by: SortBy) -> CohortSort {
    match by {
        SortBy::Path => CohortSort::Path,
        SortBy::Overall => CohortSort::Overall,
        SortBy::Country => CohortSort::Country,
    }
}

/// What `score` reads: the files of `args`, with `loader`, dated against `today`.
struct Scan<'s> {
    loader: &'s Loader,
    args: &'s ScoreArgs,
    options: BatchOptions,
    today: jiff::civil::Date,
    /// The language of the questionnaire's texts in the output: `None` for JSON and CSV, which
    /// never change with the language.
    texts: Option<Locale>,
}

/// Loads the batch of `scan`, scores each assessment and hands it to `each` on all cores, and
/// what that makes to `sink` in path order, showing each assessment's warnings (a date in the
/// future, a result that is a draft) as it goes. With `--latest`, every file is read first to
/// choose from, keeping only its country, date and questionnaire, and the chosen ones are
/// loaded again.
fn for_each_assessment<T: Send>(
    scan: &Scan<'_>,
    warnings: &mut ResultWarnings,
    started: impl FnOnce(usize),
    each: impl Fn(&LoadedAssessment, &Entry<'_>) -> T + Sync,
    mut sink: impl FnMut(T) -> ControlFlow<()>,
) -> LoadedBatch {
    let today = scan.today;
    let each = |a: LoadedAssessment| {
        let entry = entry(&a, scan.texts);
        let future = future_date_warning(&a, today);
        let results = result_warnings(&entry.scored);
        let made = each(&a, &entry);
        (made, a.source.name.clone(), future, results)
    };
    let sink =
        |(made, source, future, results): (T, String, Option<String>, Vec<ResultWarning>)| {
            if let Some(warning) = future {
                say!("{warning}");
            }
            warnings.show(&source, results);
            sink(made)
        };
    let (loader, args, options) = (scan.loader, scan.args, scan.options);
    if !args.latest {
        return progress::stream_batch(loader, &args.files, options, started, each, sink);
    }
    // --latest: every file is read once to choose, then the chosen ones again to score.
    let (mut loaded, index, keep) = latest(loader, &args.files, options);
    let chosen: Vec<_> = keep.iter().map(|&i| &index[i]).collect();
    progress::stream_chosen(loader, &mut loaded, &chosen, options, started, each, sink);
    loaded
}

/// A scored assessment, as a renderer sees it, with the questionnaire's texts in `texts` (its
/// own when `None`).
fn entry(a: &LoadedAssessment, texts: Option<Locale>) -> Entry<'_> {
    let q = match texts {
        Some(locale) => a.questionnaire.texts_in(locale),
        None => &a.questionnaire.questionnaire,
    };
    Entry::new(&a.source.name, score(q, &a.assessment))
}

/// Writes a batch format (JSON, CSV, Markdown) as the files are scored. Returns the batch's
/// counts and failures, and how many assessments were written.
fn stream(
    scan: &Scan<'_>,
    warnings: &mut ResultWarnings,
    renderer: &dyn Render,
    options: &RenderOptions,
    out: &mut Destination,
) -> anyhow::Result<(LoadedBatch, usize)> {
    let mut head = Vec::new();
    renderer.head(&mut head)?;
    out.write(&head)?;
    let mut written = 0;
    let mut failed: Option<anyhow::Error> = None;
    let loaded = for_each_assessment(
        scan,
        warnings,
        |_| {},
        |_, entry| {
            let mut bytes = Vec::new();
            renderer.assessment(entry, options, &mut bytes)?;
            Ok(bytes)
        },
        |piece: anyhow::Result<Vec<u8>>| {
            let done = piece.and_then(|bytes| {
                if written > 0 {
                    let mut separator = Vec::new();
                    renderer.separator(&mut separator);
                    out.write(&separator)?;
                }
                out.write(&bytes)
            });
            match done {
                Ok(()) => {
                    written += 1;
                    if out.closed() {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    }
                }
                Err(err) => {
                    failed = Some(err);
                    ControlFlow::Break(())
                }
            }
        },
    );
    if let Some(err) = failed {
        return Err(err);
    }
    let errors: Vec<ErrorEntry> = loaded
        .failures
        .iter()
        .flat_map(ErrorEntry::from_report)
        .collect();
    let mut tail = Vec::new();
    renderer.tail(written, &errors, &mut tail)?;
    out.write(&tail)?;
    Ok((loaded, written))
}

/// The view of a batch for reading (`-f table` or `-f markdown`): one assessment's own table,
/// or a cohort table per questionnaire (followed by each assessment's table with `detail`).
struct TableView {
    sort: CohortSort,
    detail: bool,
    view: View,
    options: RenderOptions,
}

impl TableView {
    fn run(
        &self,
        scan: &Scan<'_>,
        warnings: &mut ResultWarnings,
        out: &mut Destination,
    ) -> anyhow::Result<(LoadedBatch, usize)> {
        // A batch of one shows that assessment's own table; `--detail` shows every one.
        let files = AtomicUsize::new(0);
        let mut rows = Vec::new();
        let mut failed = None;
        let loaded = for_each_assessment(
            scan,
            warnings,
            |n| files.store(n, Ordering::Relaxed),
            |a, entry| {
                let own = (self.detail || files.load(Ordering::Relaxed) <= 1)
                    .then(|| self.view.own(entry, &self.options))
                    .transpose()?;
                Ok(Row {
                    questionnaire: Arc::clone(&a.questionnaire),
                    row: CohortRow::of(entry),
                    own,
                })
            },
            |row: anyhow::Result<Row>| match row {
                Ok(row) => {
                    rows.push(row);
                    ControlFlow::Continue(())
                }
                Err(err) => {
                    failed = Some(err);
                    ControlFlow::Break(())
                }
            },
        );
        if let Some(err) = failed {
            return Err(err);
        }
        let count = rows.len();
        // A cohort of one in a larger batch shows its own table, made again from its file.
        let own = |row: &Row| -> anyhow::Result<String> {
            let a = scan
                .loader
                .assessment(Path::new(&row.row.source))
                .map_err(|_| {
                    anyhow::anyhow!(t!(
                        super::language::interface(),
                        "app-score-changed",
                        file = row.row.source.as_str()
                    ))
                })?;
            self.view.own(&entry(&a, scan.texts), &self.options)
        };
        let mut write = |bytes: &[u8]| out.write(bytes);
        tables(
            rows,
            self.sort,
            self.detail,
            self.view,
            &self.options,
            own,
            &mut write,
        )?;
        Ok((loaded, count))
    }
}
