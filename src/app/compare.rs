//! `cyberassess compare`: two assessments (files or `REV:PATH` from git), or each country's
//! previous and latest assessment in folders; the comparisons rendered in one format.

use std::path::PathBuf;

use anyhow::Context;

use cyberassess::compare::{Comparison, NotComparable, compare};
use cyberassess::i18n::Locale;
use cyberassess::loader::{LoadedAssessment, Loader, Origin};
use cyberassess::model::Questionnaire;
use cyberassess::render::compare::{CompareOptions, Compared, Comparisons, RenderComparisons};
use cyberassess::render::{Csv, Json, Markdown, RenderError, Table};
use cyberassess::score::{Scored, score};
use cyberassess::t;

use crate::cli::{CompareArgs, Format};
use crate::error::{Status, UsageError};

use super::batch::warn_future_dates;
use super::language;
use super::output::{
    emit, print_report, refuse_overwriting_inputs, say, stdout_styled, table_width,
};

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
            super::compare_folders::run(args)
        }
    }
}

pub(super) fn options(args: &CompareArgs) -> CompareOptions {
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
pub(super) fn texts<'a>(args: &CompareArgs, a: &'a LoadedAssessment) -> &'a Questionnaire {
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
    warn_future_dates([&a, &b]);
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
            reason = e.words(language::interface())
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
pub(super) fn write_failed() -> String {
    t!(language::interface(), "app-compare-write-failed")
}

/// The warning for two assessments of a batch that could not be compared.
pub(super) fn not_compared(old: &str, new: &str, reason: &NotComparable) -> String {
    let locale = language::interface();
    let text = t!(
        locale,
        "app-compare-not-compared",
        old = old,
        new = new,
        reason = reason.words(locale)
    );
    format!("{}: {text}", t!(locale, "app-warning"))
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
