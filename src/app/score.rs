//! `cyberassess score`: load answers files (and folders of them), score, write one output.
//!
//! The batch formats are streamed: files are loaded, scored and rendered a chunk at a time on
//! all cores and written in path order, so memory stays flat however many files there are. The
//! cohort table keeps only each assessment's row values (a country's name held once), and is
//! laid out from its distinct cells and written a few hundred rows at a time. `--latest` must
//! see every assessment before choosing, so it holds the loaded batch.

use std::collections::HashSet;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use cyberassess::loader::{
    BatchOptions, LoadedAssessment, LoadedBatch, LoadedQuestionnaire, Loader,
};
use cyberassess::render::{
    CohortRow, CohortSort, Csv, Entry, ErrorEntry, Json, Markdown, Render, RenderOptions, Table,
    compare_rows, write_cohort_table,
};
use cyberassess::score::score;

use crate::cli::{Format, ScoreArgs, SortBy};
use crate::error::Status;

use super::batch::{
    ResultWarnings, future_date_warning, inputs, keep_latest, print_summary, result_warnings,
};
use super::output::{
    Destination, print_report, refuse_overwriting_inputs, say, stdout_styled, table_width,
};
use super::progress;

/// Runs `score`.
pub(crate) fn run(args: &ScoreArgs) -> anyhow::Result<Status> {
    let today = super::today();
    let loader = Loader::new().with_today(today);
    let mut batch = BatchOptions::default();
    batch.fail_fast = args.fail_fast;
    batch.keep_evidence = args.format == Format::Json;
    let to_terminal = args.output.is_none();
    let mut options = RenderOptions::default();
    options.top = args.top;
    options.explain = args.explain;
    options.styled = to_terminal && stdout_styled();
    let mut out = Destination::open(args.output.as_deref())?;
    let mut warnings = ResultWarnings::default();
    let scan = Scan {
        loader: &loader,
        args,
        options: batch,
        today,
    };
    let (loaded, scored) = match args.format {
        Format::Table => {
            let view = TableView {
                sort: sort(args.sort),
                detail: args.detail,
                width: table_width(to_terminal),
                options,
            };
            view.run(&scan, &mut warnings, &mut out)?
        }
        Format::Json => stream(&scan, &mut warnings, &Json, &options, &mut out)?,
        Format::Csv => stream(&scan, &mut warnings, &Csv, &options, &mut out)?,
        Format::Markdown => stream(&scan, &mut warnings, &Markdown, &options, &mut out)?,
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
    print_summary(&loaded, scored, "Scored", 0);
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

/// What `score` reads: the files of `args`, with `loader`, dated against `today`.
struct Scan<'s> {
    loader: &'s Loader,
    args: &'s ScoreArgs,
    options: BatchOptions,
    today: jiff::civil::Date,
}

/// Loads the batch of `scan`, scores each assessment and hands it to `each` on all cores, and
/// what that makes to `sink` in path order, showing each assessment's warnings (a date in the
/// future, a result that is a draft) as it goes. With `--latest`, the whole batch is loaded
/// first to choose from.
fn for_each_assessment<T: Send>(
    scan: &Scan<'_>,
    warnings: &mut ResultWarnings,
    started: impl FnOnce(usize),
    each: impl Fn(&LoadedAssessment, &Entry<'_>) -> T + Sync,
    mut sink: impl FnMut(T) -> ControlFlow<()>,
) -> LoadedBatch {
    let today = scan.today;
    let each = |a: LoadedAssessment| {
        let entry = entry(&a);
        let future = future_date_warning(&a, today);
        let results = result_warnings(&entry.scored);
        let made = each(&a, &entry);
        (made, a.source.name.clone(), future, results)
    };
    let mut sink = |(made, source, future, results): (T, String, Option<String>, Vec<String>)| {
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
    let mut loaded = progress::load_batch(loader, &args.files, options);
    keep_latest(&mut loaded);
    let assessments = std::mem::take(&mut loaded.assessments);
    started(assessments.len());
    let mut rest = assessments.into_iter();
    loop {
        let chunk: Vec<LoadedAssessment> = rest.by_ref().take(256).collect();
        if chunk.is_empty() {
            break;
        }
        let made: Vec<_> = chunk.into_par_iter().map(&each).collect();
        for t in made {
            if sink(t).is_break() {
                return loaded;
            }
        }
    }
    loaded
}

/// A scored assessment, as a renderer sees it.
fn entry(a: &LoadedAssessment) -> Entry<'_> {
    Entry::new(
        &a.source.name,
        score(&a.questionnaire.questionnaire, &a.assessment),
    )
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

/// The terminal view of a batch: one assessment's own table, or a cohort table per
/// questionnaire (followed by each assessment's table with `detail`).
struct TableView {
    sort: CohortSort,
    detail: bool,
    width: Option<u16>,
    options: RenderOptions,
}

/// One assessment of the terminal view: its cohort row and, when it will be shown, its own
/// table.
pub(crate) struct Row {
    /// The questionnaire it answers (rows are grouped by it).
    pub(crate) questionnaire: Arc<LoadedQuestionnaire>,
    /// The values of its cohort row.
    pub(crate) row: CohortRow,
    /// Its own table, when made.
    pub(crate) own: Option<String>,
}

impl TableView {
    fn run(
        &self,
        scan: &Scan<'_>,
        warnings: &mut ResultWarnings,
        out: &mut Destination,
    ) -> anyhow::Result<(LoadedBatch, usize)> {
        let table = Table { width: self.width };
        // A batch of one shows that assessment's own table; `--detail` shows every one.
        let files = AtomicUsize::new(0);
        let mut rows = Vec::new();
        let mut countries = HashSet::new();
        let loaded = for_each_assessment(
            scan,
            warnings,
            |n| files.store(n, Ordering::Relaxed),
            |a, entry| {
                let own = (self.detail || files.load(Ordering::Relaxed) <= 1)
                    .then(|| table.assessment(&entry.scored, &self.options));
                Row {
                    questionnaire: Arc::clone(&a.questionnaire),
                    row: CohortRow::of(entry),
                    own,
                }
            },
            |mut row: Row| {
                row.row.share_country(&mut countries);
                rows.push(row);
                ControlFlow::Continue(())
            },
        );
        let count = rows.len();
        // A cohort of one in a larger batch shows its own table, made again from its file.
        let own = |row: &Row| -> anyhow::Result<String> {
            let a = scan
                .loader
                .assessment(Path::new(&row.row.source))
                .map_err(|_| anyhow::anyhow!("{} changed while it was scored", row.row.source))?;
            Ok(table.assessment(&entry(&a).scored, &self.options))
        };
        let mut write = |text: &str| out.write(text.as_bytes());
        tables(
            rows,
            self.sort,
            self.detail,
            self.width,
            &self.options,
            own,
            &mut write,
        )?;
        Ok((loaded, count))
    }
}

/// Writes the terminal view of rows in path order through `write`: one assessment's own
/// table, or a cohort table per questionnaire (followed by each assessment's table with
/// `detail`). `own` makes an own table that was not made beforehand.
pub(crate) fn tables(
    rows: Vec<Row>,
    sort: CohortSort,
    detail: bool,
    width: Option<u16>,
    options: &RenderOptions,
    own: impl Fn(&Row) -> anyhow::Result<String>,
    write: &mut dyn FnMut(&str) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let own_table = |row: &Row| match &row.own {
        Some(text) => Ok(text.clone()),
        None => own(row),
    };
    if rows.len() <= 1 {
        return match rows.first() {
            Some(row) => write(&own_table(row)?),
            None => Ok(()),
        };
    }
    for mut group in by_questionnaire(rows) {
        group.sort_by(|a, b| compare_rows(sort, &a.row, &b.row));
        // A cohort of one is better shown as the assessment's own table.
        if group.len() > 1 {
            let values: Vec<&CohortRow> = group.iter().map(|r| &r.row).collect();
            let q = &group[0].questionnaire.questionnaire;
            write_cohort_table(q, &values, width, options.styled, write)?;
            write("\n")?;
        }
        if detail || group.len() == 1 {
            for row in &group {
                write(&own_table(row)?)?;
                write("\n")?;
            }
        }
    }
    Ok(())
}

/// Rows grouped by questionnaire (id and version), in order of first appearance.
fn by_questionnaire(rows: Vec<Row>) -> Vec<Vec<Row>> {
    let mut groups: Vec<Vec<Row>> = Vec::new();
    for row in rows {
        let q = &row.questionnaire.questionnaire;
        match groups.iter_mut().find(|g| {
            let first = &g[0].questionnaire.questionnaire;
            first.id == q.id && first.version == q.version
        }) {
            Some(g) => g.push(row),
            None => groups.push(vec![row]),
        }
    }
    groups
}
