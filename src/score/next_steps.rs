//! Ranking the next steps: what to do first to close the gap to the target.

use crate::model::{Assessment, QuestionKind, QuestionRef, Questionnaire, Response, StageIndex};

use super::{Outcome, PillarScore, comparable};

/// One recommended action.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NextStep<'a> {
    /// 1 for the first thing to do.
    pub rank: usize,
    /// The question it comes from.
    pub question: QuestionRef,
    /// The stage the question is at now: the chosen stage; for an unanswered question, its
    /// lowest option's stage; for an indicator, the stage below the one it is a requirement of.
    pub from: StageIndex,
    /// The stage the action leads to: the next stage that has an option, or the indicator's
    /// stage.
    pub to: StageIndex,
    /// The action, from the questionnaire.
    pub action: &'a str,
    /// Question weight × pillar weight, the second ranking key.
    pub priority: f64,
    /// Whether it comes from a question nobody answered yet.
    pub unanswered: bool,
}

/// The ranking order: the stage a step leads to, lowest first; then question weight × pillar
/// weight, highest first, compared to nine significant digits so that products equal as
/// written tie; then questionnaire order. A total order, as sorting needs.
pub(super) fn order(x: &NextStep<'_>, y: &NextStep<'_>) -> std::cmp::Ordering {
    x.to.cmp(&y.to)
        .then(comparable(y.priority).total_cmp(&comparable(x.priority)))
        .then(x.question.cmp(&y.question))
}

/// Collects and ranks the next steps: the stage the step leads to, lowest first; then question
/// weight × pillar weight, highest first; then questionnaire order.
pub(super) fn rank<'a>(
    q: &'a Questionnaire,
    a: &Assessment,
    pillars: &[PillarScore],
) -> Vec<NextStep<'a>> {
    let mut steps = Vec::new();
    for pillar in pillars {
        let pillar_weight = q.pillars[pillar.pillar].weight;
        for qs in &pillar.questions {
            let question = q.question(qs.question);
            let priority = question.weight * pillar_weight;
            let step = match (qs.outcome, &question.kind) {
                (Outcome::Level { stage, answered }, QuestionKind::Choice { options })
                    if stage < pillar.target =>
                {
                    // The chosen option; for an unanswered question, the lowest one, as if it
                    // were chosen.
                    let chosen = match a.answers.get(&qs.question).map(|x| x.response) {
                        Some(Response::Stage(s)) => options.iter().position(|o| o.stage == s),
                        _ => (!options.is_empty()).then_some(0),
                    };
                    chosen.and_then(|i| {
                        // The step leads to the next stage that has an option: where an option
                        // set skips a stage, no answer can stop there. The highest option has
                        // no step.
                        let (option, next) = (&options[i], options.get(i + 1)?);
                        Some(NextStep {
                            rank: 0,
                            question: qs.question,
                            from: option.stage,
                            to: next.stage,
                            action: option.next_step.as_deref()?,
                            priority,
                            unanswered: !answered,
                        })
                    })
                }
                (
                    Outcome::Indicator { credit, answered },
                    QuestionKind::Indicator { stage, next_step },
                ) if credit < 1.0 && *stage <= pillar.target => Some(NextStep {
                    rank: 0,
                    question: qs.question,
                    from: StageIndex::new(stage.get() - 1),
                    to: *stage,
                    action: next_step,
                    priority,
                    unanswered: !answered,
                }),
                _ => None,
            };
            steps.extend(step);
        }
    }
    steps.sort_by(order);
    for (i, step) in steps.iter_mut().enumerate() {
        step.rank = i + 1;
    }
    steps
}
