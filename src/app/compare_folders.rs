//! `cyberassess compare FOLDER...`: each country's previous and latest assessment, in two
//! passes so that a folder of any size is compared in little memory. The first pass reads every
//! file and keeps only its questionnaire, country, date and name, to pair them; then the pairs
//! are loaded again a chunk at a time, compared, written (JSON and CSV) or summarised (the table
//! and Markdown, which open with a summary of every comparison) and freed. With `--detail` or
//! `--top`, the table and Markdown load the pairs a third time to write each comparison after
//! the summary.

use std::ops::ControlFlow;
use std::path::PathBuf;

use anyhow::Context;
use rayon::prelude::*;

use cyberassess::compare::compare;
use cyberassess::loader::{BatchOptions, FileReport, Indexed, LoadedBatch, Loader, candidates};
use cyberassess::render::compare::{
    CompareOptions, Compared, Listed, StreamComparisons, SummarizeComparisons, SummaryLine,
    Unpaired, alone,
};
use cyberassess::render::{Csv, ErrorEntry, Json, Markdown, Table};
use cyberassess::score::score;
use cyberassess::select::{self, Pair, Pairs};
use cyberassess::t;

use crate::cli::{CompareArgs, Format};
use crate::error::Status;

use super::batch::{Verb, future_warning, inputs, print_summary, warn_ties_in};
use super::compare::{not_compared, options as settings, texts, write_failed};
use super::output::{Destination, print_report, refuse_overwriting_inputs, say, table_width};
use super::{language, progress};

/// `compare FOLDER...` in the format asked for.
pub(super) fn run(args: &CompareArgs) -> anyhow::Result<Status> {
    let loader = Loader::new();
    let mut options = BatchOptions::default();
    options.fail_fast = args.fail_fast;
    let (loaded, index) = progress::index_batch(&loader, &args.inputs, options);
    let today = super::today();
    for file in &index {
        if let Some(warning) = future_warning(&file.name, file.assessed_on, today) {
            say!("{warning}");
        }
    }
    let found = select::pairs(&candidates(&index));
    warn_ties_in(&index, &found.ties);
    let run = Run {
        args,
        loader: &loader,
        options,
        index: &index,
        loaded,
    };
    match args.format {
        Format::Json => run.streamed(&found, &Json),
        Format::Csv => run.streamed(&found, &Csv),
        Format::Table => run.summarized(
            &found,
            &Table {
                width: table_width(args.output.is_none()),
            },
        ),
        Format::Markdown => run.summarized(&found, &Markdown),
    }
}

/// Pairs loaded and compared at a time on all cores: enough to keep them busy, few enough
/// that the assessments and their comparisons take little memory.
const PAIRS_AT_ONCE: usize = 128;

/// What became of one pair.
enum Outcome<T> {
    /// What was made of the comparison.
    Compared(T),
    /// The two could not be compared: the warning to show.
    NotCompared(String),
    /// A file no longer loads (it changed since it was first read).
    Failed(Vec<FileReport>),
}

/// One run over the index of the first pass.
struct Run<'r> {
    args: &'r CompareArgs,
    loader: &'r Loader,
    options: BatchOptions,
    index: &'r [Indexed],
    /// The first pass's batch, to which files that fail later are added.
    loaded: LoadedBatch,
}

impl<'r> Run<'r> {
    /// Loads `pair` again, scores and compares it, and makes something of the comparison.
    fn pair<T>(
        &self,
        pair: &Pair,
        make: impl Fn(&Pair, &Compared<'_, '_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<Outcome<T>> {
        let reload = |i: usize| self.loader.reload(&self.index[i], self.options);
        let (old, new) = match (reload(pair.previous), reload(pair.latest)) {
            (Ok(old), Ok(new)) => (old, new),
            (Err(mut a), Err(b)) => {
                a.extend(b);
                return Ok(Outcome::Failed(a));
            }
            (Err(reports), _) | (_, Err(reports)) => return Ok(Outcome::Failed(reports)),
        };
        let (so, sn) = (
            score(texts(self.args, &old), &old.assessment),
            score(texts(self.args, &new), &new.assessment),
        );
        // Pairs share a questionnaire id and stage scale (they are grouped by id and major
        // version), so every pair compares; a failure here would be a broken rule, not input.
        Ok(match compare(&so, &sn) {
            Ok(comparison) => Outcome::Compared(make(
                pair,
                &Compared {
                    old_source: &old.source.name,
                    new_source: &new.source.name,
                    comparison,
                },
            )?),
            Err(e) => Outcome::NotCompared(not_compared(&old.source.name, &new.source.name, &e)),
        })
    }

    /// Makes something of each of `pairs`, a chunk at a time on all cores, and hands it with
    /// the pair's position to `sink` in order, until `sink` breaks; warns about pairs that do
    /// not compare and counts the files that no longer load.
    fn each<T: Send>(
        &mut self,
        pairs: &[(usize, &Pair)],
        make: impl Fn(&Pair, &Compared<'_, '_>) -> anyhow::Result<T> + Sync,
        mut sink: impl FnMut(usize, T) -> anyhow::Result<ControlFlow<()>>,
    ) -> anyhow::Result<()> {
        let bar = progress::bar(
            pairs.len(),
            t!(language::interface(), "app-progress-comparing"),
        );
        for chunk in pairs.chunks(PAIRS_AT_ONCE) {
            let this = &*self;
            let made: Vec<(usize, anyhow::Result<Outcome<T>>)> = chunk
                .par_iter()
                .map(|&(at, pair)| (at, this.pair(pair, &make).inspect(|_| bar.inc(1))))
                .collect();
            for (at, made) in made {
                match made.with_context(write_failed)? {
                    Outcome::Compared(value) => {
                        if sink(at, value)?.is_break() {
                            bar.finish_and_clear();
                            return Ok(());
                        }
                    }
                    Outcome::NotCompared(warning) => say!("{warning}"),
                    Outcome::Failed(reports) => {
                        self.loaded.failed_files += 1;
                        self.loaded.failures.extend(reports);
                    }
                }
            }
        }
        bar.finish_and_clear();
        Ok(())
    }

    /// The assessments that were not compared, and the files that failed so far.
    fn unpaired(&self, found: &Pairs) -> Unpaired<'r> {
        let index = self.index;
        let listed = |i: usize| Listed {
            source: &index[i].name,
            country: &index[i].country,
            assessed_on: index[i].assessed_on,
            questionnaire: &index[i].questionnaire.questionnaire,
        };
        Unpaired {
            single: found.single.iter().map(|&i| listed(i)).collect(),
            without_country: found
                .without_country
                .iter()
                .map(|&i| &*index[i].name)
                .collect(),
            errors: self
                .loaded
                .failures
                .iter()
                .flat_map(ErrorEntry::from_report)
                .collect(),
        }
    }

    /// Commits the output once sure it replaces no input, reports the files that failed and
    /// says what was read.
    fn finish(self, out: Destination) -> anyhow::Result<Status> {
        if let Some(output) = &self.args.output {
            let inputs = inputs(self.loader, &self.loaded);
            refuse_overwriting_inputs([output.as_path()], inputs.iter().map(PathBuf::as_path))?;
        }
        out.commit()?;
        for report in &self.loaded.failures {
            print_report(report);
        }
        print_summary(&self.loaded, self.index.len(), Verb::Read, 0);
        Ok(if self.loaded.failures.is_empty() {
            Status::Success
        } else {
            Status::Problems
        })
    }

    /// JSON or CSV: each pair loaded again, compared, written and freed, in the order of the
    /// latest file's path. The output is the one the whole set of comparisons would give.
    fn streamed(
        mut self,
        found: &Pairs,
        renderer: &dyn StreamComparisons,
    ) -> anyhow::Result<Status> {
        let settings = settings(self.args);
        let mut out = Destination::open(self.args.output.as_deref())?;
        let mut bytes = Vec::new();
        renderer.head(&mut bytes)?;
        out.write(&bytes)?;
        let mut written = 0;
        let pairs: Vec<(usize, &Pair)> = found.pairs.iter().enumerate().collect();
        self.each(
            &pairs,
            |_, compared| {
                let mut bytes = Vec::new();
                renderer.comparison(compared, &settings, &mut bytes)?;
                Ok(bytes)
            },
            |_, bytes| {
                let mut separator = Vec::new();
                renderer.separator(written, &mut separator);
                out.write(&separator)?;
                out.write(&bytes)?;
                written += 1;
                Ok(if out.closed() {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                })
            },
        )?;
        let unpaired = self.unpaired(found);
        let mut tail = Vec::new();
        renderer
            .tail(written, &unpaired, &mut tail)
            .with_context(write_failed)?;
        out.write(&tail)?;
        self.finish(out)
    }

    /// The table or Markdown: every pair loaded again and compared, keeping only its line of
    /// the summary; the summary written; then, with `--detail` or `--top` (or when there is only one
    /// comparison to show), the pairs that compared loaded once more and written one by one.
    fn summarized(
        mut self,
        found: &Pairs,
        renderer: &(impl SummarizeComparisons + Sync),
    ) -> anyhow::Result<Status> {
        let settings: CompareOptions = settings(self.args);
        let index = self.index;
        let locale = settings.locale;
        let mut lines: Vec<SummaryLine<'r>> = Vec::new();
        let mut compared: Vec<(usize, &Pair)> = Vec::new();
        let pairs: Vec<(usize, &Pair)> = found.pairs.iter().enumerate().collect();
        self.each(
            &pairs,
            |pair, c| {
                // The later file's questionnaire from the index, which outlives the pair: the
                // texts the pair was scored on.
                let latest = &index[pair.latest];
                Ok(SummaryLine::of(latest.questionnaire.texts_in(locale), c))
            },
            |at, line| {
                lines.push(line);
                compared.push((at, &found.pairs[at]));
                Ok(ControlFlow::Continue(()))
            },
        )?;
        let unpaired = self.unpaired(found);
        let alone = alone(lines.len(), &unpaired);
        let mut out = Destination::open(self.args.output.as_deref())?;
        if !alone {
            renderer.summary(&lines, &unpaired, &settings, &mut |part| {
                out.write(part.as_bytes())
            })?;
        }
        drop(lines);
        drop(unpaired);
        if (settings.each || alone) && !out.closed() {
            self.each(
                &compared,
                |_, c| Ok(renderer.detail(c, &settings, alone)),
                |_, text| {
                    out.write(text.as_bytes())?;
                    Ok(if out.closed() {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    })
                },
            )?;
        }
        self.finish(out)
    }
}
