//! Ranking the next steps: what to do first to close the gap to the target.

use crate::model::{Assessment, QuestionKind, QuestionRef, Questionnaire, Response};

use super::{Outcome, PillarScore};

/// One recommended action.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStep<'a> {
    /// 1 for the first thing to do.
    pub rank: usize,
    /// The question it comes from.
    pub question: QuestionRef,
    /// Stage index the question is at now.
    pub from: usize,
    /// Stage index the action leads to.
    pub to: usize,
    /// The action, from the questionnaire.
    pub action: &'a str,
    /// Question weight × pillar weight, the second ranking key.
    pub priority: f64,
    /// Whether it comes from a question nobody answered yet.
    pub unanswered: bool,
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
                (Outcome::Level { level, answered }, QuestionKind::Choice { options })
                    if level - 1 < pillar.target =>
                {
                    let current = level - 1;
                    let chosen = match a.answers.get(&qs.question).map(|x| x.response) {
                        Some(Response::Stage(s)) => options.iter().find(|o| o.stage == s),
                        _ => options
                            .iter()
                            .find(|o| o.stage == current)
                            .or(options.first()),
                    };
                    chosen
                        .and_then(|o| o.next_step.as_deref())
                        .map(|action| NextStep {
                            rank: 0,
                            question: qs.question,
                            from: current,
                            to: current + 1,
                            action,
                            priority,
                            unanswered: !answered,
                        })
                }
                (
                    Outcome::Indicator { credit, answered },
                    QuestionKind::Indicator { stage, next_step },
                ) if credit < 1.0 && *stage <= pillar.target => Some(NextStep {
                    rank: 0,
                    question: qs.question,
                    from: stage - 1,
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
    steps.sort_by(|x, y| {
        x.to.cmp(&y.to)
            .then(y.priority.total_cmp(&x.priority))
            .then(x.question.cmp(&y.question))
    });
    for (i, step) in steps.iter_mut().enumerate() {
        step.rank = i + 1;
    }
    steps
}
