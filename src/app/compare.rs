//! `cyberassess compare`: two assessments (files or `REV:PATH` from git), or each country's
//! previous and latest assessment in folders; the comparisons rendered in one format.

use std::path::PathBuf;

use anyhow::Context;

use cyberassess::compare::{Comparison, compare};
use cyberassess::i18n::Locale;
use rayon::prelude::*;

use cyberassess::loader::{BatchOptions, FileReport, LoadedAssessment, Loader, Origin, candidates};
use cyberassess::model::Questionnaire;
use cyberassess::render::compare::{
    CompareOptions, Compared, Comparisons, Listed, RenderComparisons, Single, StreamComparisons,
    Unpaired,
};
use cyberassess::render::{Batch, Csv, ErrorEntry, Json, Markdown, RenderError, Table};
use cyberassess::score::{Scored, score};
use cyberassess::select::{self, Pair};
use cyberassess::t;

use crate::cli::{CompareArgs, Format};
use crate::error::{Status, UsageError};

use super::batch::{Verb, inputs, print_summary, warn_ties, warn_ties_in};
use super::output::{
    Destination, emit, print_report, refuse_overwriting_inputs, say, stdout_styled, table_width,
};
use super::{language, progress};

/// Runs `compare`.
pub(crate) fn run(args: &CompareArgs) -> anyhow::Result<Status> {
    refuse_options_that_cannot_apply(args)?;
    let origins: Vec<Origin> = args.inputs.iter().map(|a| Origin::parse(a)).collect();
    let is_folder = |o: &Origin| matches!(o, Origin::Path(p) if p.is_dir());
    match origins.as_slice() {
        [old, new] if !is_folder(old) && !is_folder(new) => two(args, old, new),
        _ => {
            if let Some(revision) = origins
                .iter()
                .find(|o| matches!(o, Origin::Revision { .. }))
            {
                return Err(UsageError::Invalid(t!(
                    language::interface(),
                    "app-compare-revision-in-batch",
                    file = revision.name()
                ))
                .into());
            }
            folders(args)
        }
    }
}

fn options(args: &CompareArgs) -> CompareOptions {
    CompareOptions {
        top: args.top.unwrap_or(DEFAULT_TOP),
        detail: args.detail,
        // As with `score`: asking how much of each comparison to show asks for them.
        each: args.detail || args.top.is_some(),
        styled: args.output.is_none() && stdout_styled(),
        locale: language::interface(),
    }
}

fn render(args: &CompareArgs, set: &Comparisons<'_, '_>) -> Result<Vec<u8>, RenderError> {
    let options = options(args);
    match args.format {
        Format::Table => Table {
            width: table_width(args.output.is_none()),
        }
        .render_comparisons(set, &options),
        Format::Json => Json.render_comparisons(set, &options),
        Format::Csv => Csv.render_comparisons(set, &options),
        Format::Markdown => Markdown.render_comparisons(set, &options),
    }
}

/// The questionnaire texts `a` is compared with: in the interface's language for people (table
/// and Markdown), its own for programs (JSON and CSV never change with the language).
fn texts<'a>(args: &CompareArgs, a: &'a LoadedAssessment) -> &'a Questionnaire {
    match args.format {
        Format::Table | Format::Markdown => a.questionnaire.texts_in(language::interface()),
        Format::Json | Format::Csv => &a.questionnaire.questionnaire,
    }
}

/// `compare OLD NEW`.
fn two(args: &CompareArgs, old: &Origin, new: &Origin) -> anyhow::Result<Status> {
    let loader = Loader::new();
    let load = |origin: &Origin| -> Option<LoadedAssessment> {
        match loader.assessment_from_origin(origin) {
            // Warnings (unanswered questions...) are for `check` to show, as with `score`.
            Ok(a) => Some(a),
            Err(reports) => {
                reports.iter().for_each(print_report);
                None
            }
        }
    };
    let a = load(old);
    if a.is_none() && args.fail_fast {
        return Ok(Status::Problems);
    }
    let (Some(a), Some(b)) = (a, load(new)) else {
        return Ok(Status::Problems);
    };
    let (sa, sb) = (
        score(texts(args, &a), &a.assessment),
        score(texts(args, &b), &b.assessment),
    );
    let comparison = compare(&sa, &sb).map_err(|e| {
        UsageError::Invalid(t!(
            language::interface(),
            "app-compare-cannot",
            old = a.source.name.as_str(),
            new = b.source.name.as_str(),
            reason = e.to_string()
        ))
    })?;
    warn_other_country(&comparison, &a.source.name, &b.source.name);
    warn_order(&comparison, &a.source.name, &b.source.name);
    let set = Comparisons {
        comparisons: vec![Compared {
            old_source: &a.source.name,
            new_source: &b.source.name,
            comparison,
        }],
        ..Comparisons::default()
    };
    let bytes = render(args, &set).with_context(write_failed)?;
    if let Some(output) = &args.output {
        let mut files: Vec<PathBuf> = [old, new]
            .into_iter()
            .filter_map(|o| match o {
                Origin::Path(p) => Some(p.clone()),
                Origin::Revision { .. } => None,
            })
            .collect();
        files.extend(loader.questionnaire_paths());
        refuse_overwriting_inputs([output.as_path()], files.iter().map(PathBuf::as_path))?;
    }
    emit(args.output.as_deref(), &bytes)?;
    Ok(Status::Success)
}

/// Different countries are still compared, with a warning.
pub(super) fn warn_other_country(c: &Comparison<'_, '_>, old: &str, new: &str) {
    if !c.same_country {
        let locale = language::interface();
        let (warning, help) = (t!(locale, "app-warning"), t!(locale, "app-help"));
        let (text, fix) = (
            t!(
                locale,
                "app-compare-other-country",
                old = old,
                old_country = country(c.old, locale),
                new = new,
                new_country = country(c.new, locale)
            ),
            t!(locale, "app-compare-other-country.help"),
        );
        say!("{warning}: {text}\n  {help}: {fix}");
    }
}

/// OLD dated after NEW is probably a slip: the changes would read backwards.
pub(super) fn warn_order(c: &Comparison<'_, '_>, old: &str, new: &str) {
    let (o, n) = (
        c.old.assessment.info.assessed_on,
        c.new.assessment.info.assessed_on,
    );
    if let (Some(o), Some(n)) = (o, n)
        && o > n
    {
        let locale = language::interface();
        let (warning, help) = (t!(locale, "app-warning"), t!(locale, "app-help"));
        let text = t!(
            locale,
            "app-compare-order",
            old = old,
            old_date = o.to_string(),
            new = new,
            new_date = n.to_string()
        );
        let fix = t!(locale, "app-compare-order.help");
        say!("{warning}: {text}\n  {help}: {fix}");
    }
}

fn country(s: &Scored<'_>, locale: Locale) -> String {
    match s.assessment.info.country.trim() {
        "" => t!(locale, "app-compare-no-country"),
        c => c.to_owned(),
    }
}

/// The context of an error while the comparison was made.
fn write_failed() -> String {
    t!(language::interface(), "app-compare-write-failed")
}

/// The warning for two assessments of a batch that could not be compared.
fn not_compared(old: &str, new: &str, reason: &dyn std::fmt::Display) -> String {
    let locale = language::interface();
    let text = t!(
        locale,
        "app-compare-not-compared",
        old = old,
        new = new,
        reason = reason.to_string()
    );
    format!("{}: {text}", t!(locale, "app-warning"))
}

/// `compare FOLDER...`: each country's previous and latest assessment. JSON and CSV are
/// written as the pairs are compared; the table and Markdown, which open with a summary of
/// every comparison, are made whole.
fn folders(args: &CompareArgs) -> anyhow::Result<Status> {
    let loader = Loader::new();
    let mut options = BatchOptions::default();
    options.fail_fast = args.fail_fast;
    match args.format {
        Format::Json => streamed(args, &loader, options, &Json),
        Format::Csv => streamed(args, &loader, options, &Csv),
        Format::Table | Format::Markdown => whole(args, &loader, options),
    }
}

/// The table or Markdown of a folder comparison: every assessment loaded, every comparison
/// made, then written.
fn whole(args: &CompareArgs, loader: &Loader, options: BatchOptions) -> anyhow::Result<Status> {
    let loaded = progress::load_batch(loader, &args.inputs, options);
    let candidates = loaded.candidates();
    let pairs = select::pairs(&candidates);
    warn_ties(
        &pairs.ties,
        |i| &loaded.assessments[i].source.name,
        |i| candidates[i].country,
    );
    let batch = Batch::score_in(&loaded, |a| texts(args, a));
    let scored = |i: usize| &batch.assessments[i].scored;
    let source = |i: usize| batch.assessments[i].source;
    let mut set = Comparisons {
        single: pairs
            .single
            .iter()
            .map(|&i| Single {
                source: source(i),
                scored: scored(i),
            })
            .collect(),
        without_country: pairs.without_country.iter().map(|&i| source(i)).collect(),
        errors: batch.errors.clone(),
        ..Comparisons::default()
    };
    for pair in &pairs.pairs {
        // Pairs share a questionnaire id and stage scale (they are grouped by id and major
        // version), so every pair compares; a failure here would be a broken rule, not input.
        match compare(scored(pair.previous), scored(pair.latest)) {
            Ok(comparison) => set.comparisons.push(Compared {
                old_source: source(pair.previous),
                new_source: source(pair.latest),
                comparison,
            }),
            Err(e) => say!(
                "{}",
                not_compared(source(pair.previous), source(pair.latest), &e)
            ),
        }
    }
    let bytes = render(args, &set).with_context(write_failed)?;
    if let Some(output) = &args.output {
        let inputs = inputs(loader, &loaded);
        refuse_overwriting_inputs([output.as_path()], inputs.iter().map(PathBuf::as_path))?;
    }
    emit(args.output.as_deref(), &bytes)?;
    for report in &loaded.failures {
        print_report(report);
    }
    drop(set);
    print_summary(&loaded, loaded.assessments.len(), Verb::Read, 0);
    Ok(if loaded.failures.is_empty() {
        Status::Success
    } else {
        Status::Problems
    })
}

/// Pairs loaded and compared at a time on all cores: enough to keep them busy, few enough
/// that the assessments and their comparisons take little memory.
const PAIRS_AT_ONCE: usize = 128;

/// What became of one pair.
enum Made {
    /// The comparison, rendered.
    Written(Vec<u8>),
    /// The two could not be compared: the warning to show.
    NotCompared(String),
    /// A file no longer loads (it changed since it was first read).
    Failed(Vec<FileReport>),
}

/// JSON or CSV of a folder comparison, in two passes: every file is read once keeping only its
/// questionnaire, country and date, to pair them; then each pair is loaded again, compared,
/// written and freed, a chunk of pairs at a time, in the order of the latest file's path. The
/// output is the one the whole set of comparisons would give.
fn streamed(
    args: &CompareArgs,
    loader: &Loader,
    options: BatchOptions,
    renderer: &dyn StreamComparisons,
) -> anyhow::Result<Status> {
    let (mut loaded, index) = progress::index_batch(loader, &args.inputs, options);
    let found = select::pairs(&candidates(&index));
    warn_ties_in(&index, &found.ties);
    let settings = self::options(args);
    let one = |pair: &Pair| -> anyhow::Result<Made> {
        let reload = |i: usize| loader.reload(&index[i], options);
        let (old, new) = match (reload(pair.previous), reload(pair.latest)) {
            (Ok(old), Ok(new)) => (old, new),
            (Err(mut a), Err(b)) => {
                a.extend(b);
                return Ok(Made::Failed(a));
            }
            (Err(reports), _) | (_, Err(reports)) => return Ok(Made::Failed(reports)),
        };
        let (so, sn) = (
            score(&old.questionnaire.questionnaire, &old.assessment),
            score(&new.questionnaire.questionnaire, &new.assessment),
        );
        // As in `whole`: a pair that does not compare would be a broken rule, not input.
        Ok(match compare(&so, &sn) {
            Ok(comparison) => {
                let compared = Compared {
                    old_source: &old.source.name,
                    new_source: &new.source.name,
                    comparison,
                };
                let mut bytes = Vec::new();
                renderer.comparison(&compared, &settings, &mut bytes)?;
                Made::Written(bytes)
            }
            Err(e) => Made::NotCompared(not_compared(&old.source.name, &new.source.name, &e)),
        })
    };
    let mut out = Destination::open(args.output.as_deref())?;
    let mut bytes = Vec::new();
    renderer.head(&mut bytes)?;
    out.write(&bytes)?;
    let mut written = 0;
    let bar = progress::bar(
        found.pairs.len(),
        t!(language::interface(), "app-progress-comparing"),
    );
    for chunk in found.pairs.chunks(PAIRS_AT_ONCE) {
        let made: Vec<anyhow::Result<Made>> = chunk
            .par_iter()
            .map(|pair| one(pair).inspect(|_| bar.inc(1)))
            .collect();
        for made in made {
            match made.with_context(write_failed)? {
                Made::Written(bytes) => {
                    let mut separator = Vec::new();
                    renderer.separator(written, &mut separator);
                    out.write(&separator)?;
                    out.write(&bytes)?;
                    written += 1;
                }
                Made::NotCompared(warning) => say!("{warning}"),
                Made::Failed(reports) => {
                    loaded.failed_files += 1;
                    loaded.failures.extend(reports);
                }
            }
        }
        if out.closed() {
            break;
        }
    }
    bar.finish_and_clear();
    let listed = |i: usize| Listed {
        source: &index[i].name,
        country: &index[i].country,
        assessed_on: index[i].assessed_on,
        questionnaire: &index[i].questionnaire.questionnaire,
    };
    let unpaired = Unpaired {
        single: found.single.iter().map(|&i| listed(i)).collect(),
        without_country: found
            .without_country
            .iter()
            .map(|&i| index[i].name.as_str())
            .collect(),
        errors: loaded
            .failures
            .iter()
            .flat_map(ErrorEntry::from_report)
            .collect(),
    };
    let mut tail = Vec::new();
    renderer
        .tail(written, &unpaired, &mut tail)
        .with_context(write_failed)?;
    out.write(&tail)?;
    if let Some(output) = &args.output {
        let inputs = inputs(loader, &loaded);
        refuse_overwriting_inputs([output.as_path()], inputs.iter().map(PathBuf::as_path))?;
    }
    out.commit()?;
    for report in &loaded.failures {
        print_report(report);
    }
    print_summary(&loaded, index.len(), Verb::Read, 0);
    Ok(if loaded.failures.is_empty() {
        Status::Success
    } else {
        Status::Problems
    })
}

/// How many questions and open next steps a comparison lists without `--top`.
const DEFAULT_TOP: usize = 5;

/// Refuses an option the chosen format has nothing to apply to (the README's table of
/// `compare`'s options says what each does in each format), so no option is silently ignored.
fn refuse_options_that_cannot_apply(args: &CompareArgs) -> Result<(), UsageError> {
    let locale = language::interface();
    let (format, has) = match args.format {
        Format::Table | Format::Markdown => return Ok(()),
        Format::Json => ("JSON", t!(locale, "app-compare-json-has")),
        Format::Csv => ("CSV", t!(locale, "app-compare-csv-has")),
    };
    let given = [
        (
            args.top.is_some() && args.format == Format::Csv,
            "--top",
            t!(locale, "app-compare-top-chooses"),
        ),
        (
            args.detail,
            "--detail",
            t!(locale, "app-compare-detail-chooses"),
        ),
    ];
    match given.into_iter().find(|(given, ..)| *given) {
        None => Ok(()),
        Some((_, option, chooses)) => Err(UsageError::Invalid(format!(
            "{}\n  {}: {}",
            t!(
                locale,
                "app-compare-option-not-for-format",
                option = option,
                format = format,
                chooses = chooses,
                has = has
            ),
            t!(locale, "app-help"),
            t!(
                locale,
                "app-compare-option-not-for-format.help",
                option = option
            )
        ))),
    }
}
