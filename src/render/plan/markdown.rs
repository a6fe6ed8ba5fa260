//! The action plan as a Markdown table, with a heading naming the assessment, in the language
//! it is given.

use super::{cells, column_titles};
use crate::i18n::Locale;
use crate::plan::{COLUMNS, FILLED_COLUMNS, Plan};
use crate::t;

/// The plan as Markdown bytes, in `locale`'s words.
pub fn plan_markdown(plan: &Plan, locale: Locale) -> Vec<u8> {
    let title = t!(locale, "views-plan-title", country = cell(&plan.country));
    let lead = t!(
        locale,
        "views-plan-lead",
        country = cell(&plan.country),
        questionnaire = plan.questionnaire.as_str(),
        count = plan.steps.len()
    );
    let mut out = format!("# {title}\n\n{lead}\n\n");
    out.push_str(&format!("| {} |\n", column_titles(locale).join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(COLUMNS.len())));
    for step in &plan.steps {
        let cells: Vec<String> = cells(step, locale).iter().map(|c| cell(c)).collect();
        let empty = vec![" "; COLUMNS.len() - FILLED_COLUMNS].join("|");
        out.push_str(&format!("| {} |{empty}|\n", cells.join(" | ")));
    }
    out.into_bytes()
}

fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}
