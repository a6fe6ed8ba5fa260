//! `cyberassess plan`: the ranked next steps of one assessment as an action plan file.

use cyberassess::loader::Loader;
use cyberassess::plan::{Grouping, plan};
use cyberassess::render::plan::{plan_csv, plan_markdown};
use cyberassess::render::xlsx::plan_workbook;
use cyberassess::score::score;
use cyberassess::t;

use crate::cli::{PlanArgs, PlanBy, PlanFormat};
use crate::error::{Status, UsageError};

use super::output::{note, print_report, refuse_overwriting_inputs, write_atomic};
use super::template::has_extension;

/// Runs `plan`.
pub(crate) fn run(args: &PlanArgs) -> anyhow::Result<Status> {
    let format = match args.format {
        Some(f) => f,
        None if has_extension(&args.output, "xlsx") => PlanFormat::Xlsx,
        None if has_extension(&args.output, "csv") => PlanFormat::Csv,
        None if has_extension(&args.output, "md") => PlanFormat::Md,
        None => {
            return Err(UsageError::Invalid(t!(
                super::language::interface(),
                "app-plan-unknown-format",
                file = args.output.display().to_string()
            ))
            .into());
        }
    };
    refuse_overwriting_inputs([args.output.as_path()], [args.file.as_path()])?;
    if args.output.exists() && !args.force {
        return Err(UsageError::Invalid(t!(
            super::language::interface(),
            "app-plan-exists",
            file = args.output.display().to_string()
        ))
        .into());
    }
    let loaded = match Loader::new().assessment(&args.file) {
        Ok(loaded) => loaded,
        Err(reports) => {
            for report in &reports {
                print_report(report);
            }
            return Ok(Status::Problems);
        }
    };
    super::batch::warn_future_dates([&loaded]);
    // The workbook and Markdown are for people, in the interface's language; CSV is for
    // programs and never changes with it.
    let locale = super::language::interface();
    let texts = match format {
        PlanFormat::Xlsx | PlanFormat::Md => loaded.questionnaire.texts_in(locale),
        PlanFormat::Csv => &loaded.questionnaire.questionnaire,
    };
    let scored = score(texts, &loaded.assessment);
    let by = match args.by {
        PlanBy::Rank => Grouping::Rank,
        PlanBy::Pillar => Grouping::Pillar,
    };
    let plan = plan(&scored, args.top, by);
    let bytes = match format {
        PlanFormat::Xlsx => plan_workbook(&plan, locale)?,
        PlanFormat::Csv => plan_csv(&plan)?,
        PlanFormat::Md => plan_markdown(&plan, locale),
    };
    write_atomic(&args.output, &bytes)?;
    let wrote = t!(
        locale,
        "views-plan-wrote",
        file = args.output.display().to_string(),
        count = plan.steps.len(),
        country = plan.country.as_str()
    );
    note!("{wrote}");
    Ok(Status::Success)
}
