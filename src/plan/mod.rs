//! The action plan: the ranked next steps of a scored assessment as rows a national task force
//! can own, each with the stage it leads to and how to know it is done.
//!
//! Pure: takes a [`Scored`] assessment and returns a [`Plan`]; the renderers in
//! [`crate::render`] turn it into a workbook, CSV or Markdown. The columns to fill in (lead
//! agency, dates, cost, status) are the renderers' business: the plan starts with them empty.

use crate::model::QuestionKind;
use crate::score::Scored;

/// An implementation plan for one assessment.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Plan {
    /// Country or organisation assessed.
    pub country: String,
    /// `id@version` of the questionnaire.
    pub questionnaire: String,
    /// The steps, in the order chosen.
    pub steps: Vec<PlanStep>,
}

/// One action of the plan.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlanStep {
    /// Rank among all next steps: 1 for the first thing to do.
    pub rank: usize,
    /// Index of the pillar in the questionnaire (the order of `--by pillar`).
    pub pillar_index: usize,
    /// Pillar name.
    pub pillar: String,
    /// Question id.
    pub question_id: String,
    /// The question as asked.
    pub question: String,
    /// Stage name now.
    pub from: String,
    /// Stage name the action leads to.
    pub to: String,
    /// The action.
    pub action: String,
    /// How to know it is done: the description of the stage it leads to for this question (for
    /// an indicator, the requirement it asks about, to be answered yes: see `done_when_yes`).
    pub done_when: String,
    /// Whether the step is done when the requirement in `done_when` is answered yes (a step of
    /// an indicator question); the renderers say so in their language.
    pub done_when_yes: bool,
    /// Whether the question was not answered yet (the step assumes the lowest stage).
    pub unanswered: bool,
}

/// The order of the plan's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    /// By rank, first thing to do first.
    #[default]
    Rank,
    /// Pillar by pillar in questionnaire order, by rank within each pillar.
    Pillar,
}

/// The plan of `scored`: its ranked next steps (the first `top`, or all), ordered by `by`.
pub fn plan(scored: &Scored<'_>, top: Option<usize>, by: Grouping) -> Plan {
    let q = scored.questionnaire;
    let mut steps: Vec<PlanStep> = scored
        .next_steps()
        .into_iter()
        .take(top.unwrap_or(usize::MAX))
        .map(|step| {
            let question = q.question(step.question);
            let (done_when, done_when_yes) = match &question.kind {
                QuestionKind::Choice { .. } => (
                    question
                        .option_for(step.to)
                        .map_or_else(String::new, |o| o.text.clone()),
                    false,
                ),
                QuestionKind::Indicator { .. } => (question.prompt.clone(), true),
            };
            PlanStep {
                rank: step.rank,
                pillar_index: step.question.pillar,
                pillar: q.pillars[step.question.pillar].name.clone(),
                question_id: question.id.clone(),
                question: question.prompt.clone(),
                from: q.stages[step.from].name.clone(),
                to: q.stages[step.to].name.clone(),
                action: step.action.to_owned(),
                done_when,
                done_when_yes,
                unanswered: step.unanswered,
            }
        })
        .collect();
    if by == Grouping::Pillar {
        // Stable: ranks stay in order within a pillar.
        steps.sort_by_key(|s| s.pillar_index);
    }
    Plan {
        country: scored.assessment.info.country.clone(),
        questionnaire: q.id_version(),
        steps,
    }
}

/// Status values a step can have, as the workbook's dropdown offers them (in English; the
/// renderers give them in the workbook's language).
pub const STATUSES: [&str; 4] = ["not started", "in progress", "done", "blocked"];

/// The columns of a plan, in every format: the step's own, then those to fill in. The CSV header
/// is these, in English whatever the language.
pub const COLUMNS: [&str; 15] = [
    "Rank",
    "Pillar",
    "Question id",
    "Question",
    "From",
    "To",
    "Action",
    "Done when",
    "Lead agency",
    "Supporting agencies",
    "Start",
    "Due date",
    "Estimated cost",
    "Status",
    "Comments",
];

/// How many of [`COLUMNS`] the plan fills; the rest are for the task force.
pub const FILLED_COLUMNS: usize = 8;

#[cfg(test)]
mod tests;
