//! The screen of one question: its texts, the answers to choose from (each with its key) and the
//! other actions, the current answer preselected and marked, the progress, and for a disputed
//! question what each respondent answered.

use super::prompter::{Choice, QuestionAction, QuestionScreen, Respondent};
use crate::carry::needs_review;
use crate::i18n::Locale;
use crate::model::{
    Answers, IndicatorAnswer, QuestionKind, QuestionRef, Questionnaire, Records, Response,
};
use crate::t;

/// What a screen is drawn from: the questionnaire and the file as last saved.
pub(super) struct Sources<'q> {
    pub(super) q: &'q Questionnaire,
    pub(super) answers: &'q Answers,
    pub(super) records: &'q Records,
    /// Each respondent's name and short name, in the order they were merged.
    pub(super) shorts: &'q [(String, String)],
    pub(super) refs: &'q [QuestionRef],
    /// Whether the question is shown to settle its dispute (`fill --disputed`).
    pub(super) settling: bool,
}

/// The screen for question number `i` (from 0), with its current answer preselected, its
/// words in `locale`.
pub(super) fn screen<'q>(s: &Sources<'q>, i: usize, locale: Locale) -> QuestionScreen<'q> {
    let (q, answers) = (s.q, s.answers);
    let r = s.refs[i];
    let question = q.question(r);
    let mut choices: Vec<Choice<QuestionAction>> = match &question.kind {
        QuestionKind::Choice { options } => options
            .iter()
            .map(|o| {
                let action = QuestionAction::Answer(Response::Stage(o.stage));
                let choice =
                    Choice::described(q.stages[o.stage].name.clone(), o.text.clone(), action);
                // 1 is the lowest stage, whichever options the question lists.
                match char::from_digit(o.stage.number() as u32, 10) {
                    Some(key) if o.stage.get() < 9 => choice.keyed(key),
                    _ => choice,
                }
            })
            .collect(),
        QuestionKind::Indicator { .. } => [
            (
                IndicatorAnswer::Yes,
                t!(locale, "fill-answer-yes"),
                t!(locale, "fill-answer-yes.text"),
                t!(locale, "fill-answer-yes.key"),
            ),
            (
                IndicatorAnswer::Partly,
                t!(locale, "fill-answer-partly"),
                t!(locale, "fill-answer-partly.text"),
                t!(locale, "fill-answer-partly.key"),
            ),
            (
                IndicatorAnswer::No,
                t!(locale, "fill-answer-no"),
                t!(locale, "fill-answer-no.text"),
                t!(locale, "fill-answer-no.key"),
            ),
        ]
        .into_iter()
        .map(|(a, label, text, key)| {
            let choice =
                Choice::described(label, text, QuestionAction::Answer(Response::Indicator(a)));
            match key.chars().next() {
                Some(key) => choice.keyed(key),
                None => choice,
            }
        })
        .collect(),
    };
    choices.push(Choice::described(
        t!(locale, "fill-not-applicable"),
        t!(locale, "fill-not-applicable.text"),
        QuestionAction::Answer(Response::NotApplicable),
    ));
    if s.settling {
        choices.push(Choice::described(
            t!(locale, "fill-leave-disputed"),
            t!(locale, "fill-leave-disputed.text"),
            QuestionAction::LeaveDisputed,
        ));
    } else {
        choices.push(Choice::new(t!(locale, "fill-skip"), QuestionAction::Skip));
    }
    if answers.get(&r).is_some() {
        choices.push(Choice::described(
            t!(locale, "fill-clear"),
            t!(locale, "fill-clear.text"),
            QuestionAction::Clear,
        ));
    }
    choices.extend([
        Choice::new(t!(locale, "fill-back"), QuestionAction::Back),
        Choice::new(
            t!(locale, "fill-save-and-quit"),
            QuestionAction::SaveAndQuit,
        ),
    ]);
    let position = |response| {
        choices
            .iter()
            .position(|c| c.value == QuestionAction::Answer(response))
    };
    let current = answers.get(&r).and_then(|a| position(a.response));
    let selected = current.unwrap_or(0);
    let respondents = match s.records.get(&r) {
        Some(record) if s.settling => record
            .respondents
            .iter()
            .map(|said| Respondent {
                name: &said.name,
                short: s
                    .shorts
                    .iter()
                    .find(|(name, _)| *name == said.name)
                    .map_or(said.name.as_str(), |(_, short)| short.as_str()),
                choice: said.response.and_then(position),
                evidence: &said.evidence,
                notes: said.notes.as_deref(),
            })
            .collect(),
        _ => Vec::new(),
    };
    let pillar = &q.pillars[r.pillar];
    let pillar_answered = (0..pillar.questions.len())
        .filter(|&question| {
            answers.contains_key(&QuestionRef {
                pillar: r.pillar,
                question,
            })
        })
        .count();
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
        pillar: &pillar.name,
        number: i + 1,
        total: s.refs.len(),
        pillar_answered: (pillar_answered, pillar.questions.len()),
        answered: answers.len(),
        disputed: if s.settling { s.records.disputed() } else { 0 },
        prompt: &question.prompt,
        help: question.help.as_deref(),
        evidence: question.evidence.as_deref(),
        requirement,
        stage_evidence,
        glossary,
        carried,
        choices,
        selected,
        current,
        respondents,
        locale,
    }
}
