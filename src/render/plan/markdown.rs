//! The action plan as a Markdown table, with a heading naming the assessment.

use crate::plan::{COLUMNS, FILLED_COLUMNS, Plan};

/// The plan as Markdown bytes.
pub fn plan_markdown(plan: &Plan) -> Vec<u8> {
    let mut out = format!(
        "# Action plan: {}\n\nThe next steps of {} ({}), {} in all.\n\n",
        cell(&plan.country),
        cell(&plan.country),
        plan.questionnaire,
        plan.steps.len()
    );
    out.push_str(&format!("| {} |\n", COLUMNS.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(COLUMNS.len())));
    for step in &plan.steps {
        let cells: Vec<String> = step.cells().iter().map(|c| cell(c)).collect();
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
