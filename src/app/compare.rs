//! `cyberassess compare`: two assessments (files or `REV:PATH` from git), or each country's
//! previous and latest assessment in folders; the comparisons rendered in one format.

use std::path::PathBuf;

use anyhow::Context;

use cyberassess::compare::{Comparison, compare};
use cyberassess::loader::{LoadedAssessment, Loader, Origin};
use cyberassess::model::Questionnaire;
use cyberassess::render::compare::{CompareOptions, Compared, Comparisons, RenderComparisons};
use cyberassess::render::{Csv, Json, Markdown, RenderError, Table};
use cyberassess::score::{Scored, score};

use crate::cli::{CompareArgs, Format};
use crate::error::{Status, UsageError};

use super::language;
use super::output::{
    emit, print_report, refuse_overwriting_inputs, say, stdout_styled, table_width,
};

/// Runs `compare`.
pub(crate) fn run(args: &CompareArgs) -> anyhow::Result<Status> {
    let origins: Vec<Origin> = args.inputs.iter().map(|a| Origin::parse(a)).collect();
    let is_folder = |o: &Origin| matches!(o, Origin::Path(p) if p.is_dir());
    match origins.as_slice() {
        [old, new] if !is_folder(old) && !is_folder(new) => two(args, old, new),
        _ => {
            if let Some(revision) = origins
                .iter()
                .find(|o| matches!(o, Origin::Revision { .. }))
            {
                return Err(UsageError::Invalid(format!(
                    "{} is a file in a git revision: REV:PATH works when comparing two files \
                     (compare OLD NEW), not in a batch of folders",
                    revision.name()
                ))
                .into());
            }
            super::compare_folders::run(args)
        }
    }
}

pub(super) fn options(args: &CompareArgs) -> CompareOptions {
    CompareOptions {
        top: args.top,
        detail: args.detail,
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
    let (Some(a), Some(b)) = (load(old), load(new)) else {
        return Ok(Status::Problems);
    };
    let (sa, sb) = (
        score(texts(args, &a), &a.assessment),
        score(texts(args, &b), &b.assessment),
    );
    let comparison = compare(&sa, &sb).map_err(|e| {
        UsageError::Invalid(format!(
            "{} and {} cannot be compared: {e}",
            a.source.name, b.source.name
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
    let bytes = render(args, &set).context("could not write the comparison")?;
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
        say!(
            "warning: {old} is about {} and {new} about {}; comparing them anyway\n  help: \
             check that these are the two files you meant",
            country(c.old),
            country(c.new)
        );
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
        say!(
            "warning: {old} (dated {o}) is more recent than {new} (dated {n}); the changes are \
             shown from the first to the second\n  help: give the earlier assessment first: \
             compare OLD NEW"
        );
    }
}

fn country<'s>(s: &'s Scored<'_>) -> &'s str {
    match s.assessment.info.country.trim() {
        "" => "no country",
        c => c,
    }
}
