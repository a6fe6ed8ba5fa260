//! The action plan as text: CSV for any spreadsheet or database, Markdown for wikis and e-mail.
//! The same columns as the plan workbook ([`crate::render::xlsx::plan_workbook`]); the columns
//! for the task force to fill are empty. Markdown and the workbook speak the language they are
//! given; CSV keeps its English header in every language, so programs can read it.

mod csv;
mod markdown;

pub use csv::plan_csv;
pub use markdown::plan_markdown;

use crate::i18n::Locale;
use crate::plan::{COLUMNS, FILLED_COLUMNS, PlanStep, STATUSES};
use crate::t;

/// A step's own cells, in the order of [`COLUMNS`], with "done when" in `locale`'s words.
pub(crate) fn cells(step: &PlanStep, locale: Locale) -> [String; FILLED_COLUMNS] {
    let done_when = if step.done_when_yes {
        t!(
            locale,
            "views-plan-yes-to",
            prompt = step.done_when.as_str()
        )
    } else {
        step.done_when.clone()
    };
    [
        step.rank.to_string(),
        step.pillar.clone(),
        step.question_id.clone(),
        step.question.clone(),
        step.from.clone(),
        step.to.clone(),
        step.action.clone(),
        done_when,
    ]
}

/// `Due date` → `due-date`: how the catalogue names a column or a status.
fn key(english: &str) -> String {
    english.to_lowercase().replace(' ', "-")
}

/// The column titles of [`COLUMNS`] in `locale`.
pub(crate) fn column_titles(locale: Locale) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| t!(locale, "views-plan-columns", column = key(c)))
        .collect()
}

/// The statuses of [`STATUSES`] in `locale`, as the workbook's dropdown offers them.
pub(crate) fn statuses(locale: Locale) -> Vec<String> {
    STATUSES
        .iter()
        .map(|s| t!(locale, "views-plan-status", status = key(s)))
        .collect()
}
