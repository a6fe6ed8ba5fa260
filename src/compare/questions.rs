//! Questions matched between the two questionnaires, and how each one's answer moved.

use std::collections::HashMap;

use crate::model::{IndicatorAnswer, QuestionRef, Questionnaire, Response, StageIndex};
use crate::score::{Outcome, QuestionScore, Scored};

use super::Correspondence;

/// One side of a question's change: what was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Nobody answered it (it counts as the lowest stage, or not met).
    Unanswered,
    /// Answered `n/a`: left out of every sum.
    NotApplicable,
    /// A stage index, for a choice question.
    Stage(StageIndex),
    /// yes / partly / no, for an indicator.
    Indicator(IndicatorAnswer),
}

/// How a question's answer moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Movement {
    /// Answered both times, higher now.
    Improved,
    /// Answered both times, lower now.
    Declined,
    /// Unanswered before, answered now (not `n/a`).
    NewlyAnswered,
    /// Answered `n/a` now, not before.
    NewlyNotApplicable,
    /// Answered `n/a` before, not now.
    NowApplicable,
    /// Answered before (not `n/a`), unanswered now.
    NoLongerAnswered,
    /// The same value both times (also: unanswered both times, or `n/a` both times).
    Unchanged,
}

/// One question in both assessments.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuestionChange {
    /// Where it sits in the old questionnaire.
    pub old: QuestionRef,
    /// Where it sits in the new questionnaire.
    pub new: QuestionRef,
    /// What was answered before.
    pub before: Side,
    /// What is answered now.
    pub after: Side,
    /// How it moved.
    pub movement: Movement,
    /// The change in what it counts as: stages for a choice question (an unanswered one counts
    /// as the lowest), credit for an indicator (1, 0.5, 0); 0 when it is `n/a` on either side.
    pub delta: f64,
    /// Question weight × pillar weight, in the new questionnaire.
    pub weight: f64,
    /// The change in its share of progress (stages / (S − 1), or credit) × weight: what "most
    /// improved" and "areas of concern" rank by.
    pub weighted: f64,
}

/// Which questions correspond, worked out once per comparison.
pub(super) struct Matched {
    /// (new, old) for every question of the new questionnaire with a counterpart.
    pub(super) pairs: Vec<(QuestionRef, QuestionRef)>,
    /// Old question → new question.
    pub(super) old_to_new: HashMap<QuestionRef, QuestionRef>,
    /// New questions without a counterpart.
    pub(super) added: Vec<QuestionRef>,
    /// Old questions without a counterpart.
    pub(super) removed: Vec<QuestionRef>,
}

impl Matched {
    /// Matches through `links`; an old question claimed twice goes to the first claimant only.
    pub(super) fn new(
        old: &Questionnaire,
        new: &Questionnaire,
        links: &dyn Correspondence,
    ) -> Self {
        let mut pairs = Vec::new();
        let mut added = Vec::new();
        let mut old_to_new = HashMap::new();
        for (r, question) in new.questions() {
            let counterpart = links
                .old_id(&question.id)
                .and_then(|id| old.find_question(id))
                .filter(|o| !old_to_new.contains_key(o));
            match counterpart {
                Some(o) => {
                    old_to_new.insert(o, r);
                    pairs.push((r, o));
                }
                None => added.push(r),
            }
        }
        let removed = old
            .questions()
            .map(|(r, _)| r)
            .filter(|r| !old_to_new.contains_key(r))
            .collect();
        Matched {
            pairs,
            old_to_new,
            added,
            removed,
        }
    }
}

/// The change of every matched question, in the new questionnaire's order.
pub(super) fn changes(
    old: &Scored<'_>,
    new: &Scored<'_>,
    matched: &Matched,
) -> Vec<QuestionChange> {
    matched
        .pairs
        .iter()
        .filter_map(|&(n, o)| {
            let before = score_of(old, o)?;
            let after = score_of(new, n)?;
            let (b, a) = (side(old, before), side(new, after));
            let weight =
                new.questionnaire.question(n).weight * new.questionnaire.pillars[n.pillar].weight;
            let (delta, progress) = match (value(old, before), value(new, after)) {
                (Some(b), Some(a)) => {
                    let same_kind = b.is_level == a.is_level;
                    (
                        if same_kind { a.value - b.value } else { 0.0 },
                        a.progress - b.progress,
                    )
                }
                _ => (0.0, 0.0),
            };
            Some(QuestionChange {
                old: o,
                new: n,
                before: b,
                after: a,
                movement: movement(b, a, progress),
                delta,
                weight,
                weighted: progress * weight,
            })
        })
        .collect()
}

fn score_of<'s>(s: &'s Scored<'_>, r: QuestionRef) -> Option<&'s QuestionScore> {
    s.pillars.get(r.pillar)?.questions.get(r.question)
}

fn side(s: &Scored<'_>, qs: &QuestionScore) -> Side {
    match s.assessment.answers.get(&qs.question).map(|a| a.response) {
        Some(Response::Stage(i)) => Side::Stage(i),
        Some(Response::Indicator(i)) => Side::Indicator(i),
        Some(Response::NotApplicable) => Side::NotApplicable,
        None => Side::Unanswered,
    }
}

/// What a question counts as, in its own unit and as a share of progress.
struct Value {
    is_level: bool,
    value: f64,
    progress: f64,
}

fn value(s: &Scored<'_>, qs: &QuestionScore) -> Option<Value> {
    let span = (s.questionnaire.stage_count().max(2) - 1) as f64;
    match qs.outcome {
        Outcome::Level { stage, .. } => Some(Value {
            is_level: true,
            value: stage.number() as f64,
            progress: stage.get() as f64 / span,
        }),
        Outcome::Indicator { credit, .. } => Some(Value {
            is_level: false,
            value: credit,
            progress: credit,
        }),
        Outcome::NotApplicable => None,
    }
}

fn movement(before: Side, after: Side, progress: f64) -> Movement {
    use super::Direction;
    match (before, after) {
        (Side::NotApplicable, Side::NotApplicable) | (Side::Unanswered, Side::Unanswered) => {
            Movement::Unchanged
        }
        (_, Side::NotApplicable) => Movement::NewlyNotApplicable,
        (Side::NotApplicable, _) => Movement::NowApplicable,
        (Side::Unanswered, _) => Movement::NewlyAnswered,
        (_, Side::Unanswered) => Movement::NoLongerAnswered,
        _ => match Direction::of(progress) {
            Direction::Up => Movement::Improved,
            Direction::Down => Movement::Declined,
            Direction::Same => Movement::Unchanged,
        },
    }
}
