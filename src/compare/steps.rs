//! The next steps of both assessments, by what became of them: done since, still open, new.

use std::collections::HashSet;

use crate::model::{QuestionRef, StageIndex};
use crate::score::{NextStep, Outcome, Scored};

use super::questions::Matched;

/// The next steps of the old and the new assessment, sorted by what became of them.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct StepChanges<'a> {
    /// Steps of the old assessment whose question has reached the stage the step led to, in
    /// the old ranking's order.
    pub done: Vec<NextStep<'a>>,
    /// Steps of the new assessment whose question already had a step in the old one, in the
    /// new ranking's order.
    pub open: Vec<NextStep<'a>>,
    /// Steps of the new assessment whose question had none in the old one (a question that
    /// declined, a target raised, a question added), in the new ranking's order.
    pub new: Vec<NextStep<'a>>,
    /// Steps of the old assessment neither done nor still asked for: the question was removed
    /// or is now `n/a`, or its target no longer needs it.
    pub dropped: Vec<NextStep<'a>>,
}

/// Sorts both assessments' steps (see [`StepChanges`]).
pub(super) fn changes<'a>(
    old: &Scored<'a>,
    new: &Scored<'a>,
    matched: &Matched,
) -> StepChanges<'a> {
    let old_steps = old.next_steps();
    let new_steps = new.next_steps();
    let asked_now: HashSet<QuestionRef> = new_steps.iter().map(|s| s.question).collect();
    let asked_before: HashSet<QuestionRef> = old_steps
        .iter()
        .filter_map(|s| matched.old_to_new.get(&s.question).copied())
        .collect();
    let mut out = StepChanges::default();
    for step in old_steps {
        let now = matched.old_to_new.get(&step.question).copied();
        if now.is_some_and(|n| reached(new, n, step.to)) {
            out.done.push(step);
        } else if !now.is_some_and(|n| asked_now.contains(&n)) {
            out.dropped.push(step);
        }
    }
    for step in new_steps {
        if asked_before.contains(&step.question) {
            out.open.push(step);
        } else {
            out.new.push(step);
        }
    }
    out
}

/// Whether question `r` of `s` is at stage `to` or above (an indicator: met).
fn reached(s: &Scored<'_>, r: QuestionRef, to: StageIndex) -> bool {
    let Some(qs) = s
        .pillars
        .get(r.pillar)
        .and_then(|p| p.questions.get(r.question))
    else {
        return false;
    };
    match qs.outcome {
        Outcome::Level { stage, answered } => answered && stage >= to,
        Outcome::Indicator { credit, answered } => answered && credit >= 1.0,
        Outcome::NotApplicable => false,
    }
}
