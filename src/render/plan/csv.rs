//! The action plan as CSV: a header row, then one row per step.

use super::cells;
use crate::i18n::Locale;
use crate::plan::{COLUMNS, FILLED_COLUMNS, Plan};

/// The plan as CSV bytes (UTF-8, comma-separated, quoted where needed): the English header and
/// words in every language, so programs can read it.
pub fn plan_csv(plan: &Plan) -> Result<Vec<u8>, std::io::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS)?;
    let empty = [""; COLUMNS.len() - FILLED_COLUMNS];
    for step in &plan.steps {
        let cells = cells(step, Locale::En);
        out.write_record(cells.iter().map(String::as_str).chain(empty))?;
    }
    out.into_inner().map_err(|e| e.into_error())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PlanStep;

    #[test]
    fn one_row_per_step_with_empty_columns_to_fill() {
        let plan = Plan {
            country: "X".into(),
            questionnaire: "q@1.0.0".into(),
            steps: vec![PlanStep {
                rank: 1,
                pillar_index: 0,
                pillar: "Governance".into(),
                question_id: "gov-a".into(),
                question: "Is there a lead, \"named\"?".into(),
                from: "Start".into(),
                to: "Growing".into(),
                action: "Name one.".into(),
                done_when: "Named.".into(),
                done_when_yes: false,
                unanswered: false,
            }],
        };
        let text = String::from_utf8(plan_csv(&plan).unwrap()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "Rank,Pillar,Question id,Question,From,To,Action,Done when,Lead agency,\
             Supporting agencies,Start,Due date,Estimated cost,Status,Comments"
        );
        assert_eq!(
            lines[1],
            "1,Governance,gov-a,\"Is there a lead, \"\"named\"\"?\",Start,Growing,Name one.,\
             Named.,,,,,,,"
        );
    }
}
