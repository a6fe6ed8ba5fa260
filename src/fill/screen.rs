//! The screen of one question: its texts, the answers to choose from and the other actions, with
//! the current answer preselected.

use super::prompter::{Choice, QuestionAction, QuestionScreen};
use crate::carry::needs_review;
use crate::model::{Answers, IndicatorAnswer, QuestionKind, QuestionRef, Questionnaire, Response};

/// The screen for question number `i` (from 0), with its current answer preselected.
pub(super) fn screen<'q>(
    q: &'q Questionnaire,
    answers: &'q Answers,
    refs: &[QuestionRef],
    i: usize,
) -> QuestionScreen<'q> {
    let r = refs[i];
    let question = q.question(r);
    let mut choices: Vec<Choice<QuestionAction>> = match &question.kind {
        QuestionKind::Choice { options } => options
            .iter()
            .map(|o| {
                let action = QuestionAction::Answer(Response::Stage(o.stage));
                Choice::described(q.stages[o.stage].name.clone(), o.text.clone(), action)
            })
            .collect(),
        QuestionKind::Indicator { .. } => [
            (IndicatorAnswer::Yes, "Yes", "Fully in place."),
            (
                IndicatorAnswer::Partly,
                "Partly",
                "Started, or in place only in part.",
            ),
            (IndicatorAnswer::No, "No", "Not in place."),
        ]
        .into_iter()
        .map(|(a, label, text)| {
            Choice::described(label, text, QuestionAction::Answer(Response::Indicator(a)))
        })
        .collect(),
    };
    choices.extend([
        Choice::described(
            "Not applicable",
            "It does not apply here; you will be asked why.",
            QuestionAction::Answer(Response::NotApplicable),
        ),
        Choice::new("Skip for now", QuestionAction::Skip),
        Choice::new("Back to the previous question", QuestionAction::Back),
        Choice::new("Save and quit", QuestionAction::SaveAndQuit),
    ]);
    let current = answers.get(&r).map(|a| QuestionAction::Answer(a.response));
    let selected = current
        .and_then(|c| choices.iter().position(|choice| choice.value == c))
        .unwrap_or(0);
    let stage_evidence = match &question.kind {
        QuestionKind::Choice { options } => options
            .iter()
            .filter_map(|o| Some((q.stages[o.stage].name.as_str(), o.evidence.as_deref()?)))
            .collect(),
        QuestionKind::Indicator { .. } => Vec::new(),
    };
    let glossary = question
        .glossary(q)
        .into_iter()
        .map(|g| (g.term.as_str(), g.definition.as_str()))
        .collect();
    let carried = answers
        .get(&r)
        .filter(|a| needs_review(a))
        .and_then(|a| a.notes.as_deref()?.lines().next());
    let requirement = match &question.kind {
        QuestionKind::Indicator { stage, .. } => Some(q.stages[*stage].name.as_str()),
        QuestionKind::Choice { .. } => None,
    };
    QuestionScreen {
        id: &question.id,
        pillar: &q.pillars[r.pillar].name,
        number: i + 1,
        total: refs.len(),
        prompt: &question.prompt,
        help: question.help.as_deref(),
        evidence: question.evidence.as_deref(),
        requirement,
        stage_evidence,
        glossary,
        carried,
        choices,
        selected,
    }
}
