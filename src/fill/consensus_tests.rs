//! `fill` on a consensus written by `merge`: answering keeps every respondent's record, the
//! disputed marks and the status; `fill --disputed` walks only the disputed questions and
//! settles each one answered.

use super::*;
use crate::merge::{Input, Rule, merge};
use crate::model::{Assessment, IndicatorAnswer, Questionnaire, Response, StageIndex, Status};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};
use crate::render::answers_file;

const GATED: &str = include_str!("../../tests/fixtures/gated.toml");
const MINISTRY: &str = include_str!("../../tests/fixtures/merge/ministry.toml");
const CERT: &str = include_str!("../../tests/fixtures/merge/cert.toml");
const REGULATOR: &str = include_str!("../../tests/fixtures/merge/regulator.toml");

fn load(text: &str, q: &Questionnaire) -> Assessment {
    let resolved = resolve_answers(&parse_answers(text).value.expect("parses"), q);
    let errors: Vec<_> = resolved
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    resolved.value.expect("resolves")
}

/// The three fixtures merged by `rule`, as `merge` writes them.
fn consensus_text(q: &Questionnaire, rule: Rule) -> String {
    let a = [load(MINISTRY, q), load(CERT, q), load(REGULATOR, q)];
    let names = ["Ministry of ICT", "National CERT", "regulator"];
    let inputs: Vec<Input<'_>> = a
        .iter()
        .zip(names)
        .map(|(assessment, name)| Input { name, assessment })
        .collect();
    let c = merge(q, &inputs, rule).unwrap();
    let mut merged = a[0].clone();
    merged.answers = c.answers;
    merged.records = c.records;
    merged.info.status = Some(Status::Consensus);
    merged.info.assessors = c.respondents;
    answers_file(q, "gated.toml", &merged, crate::i18n::Locale::En)
}

#[test]
fn filling_a_consensus_keeps_every_respondents_record() {
    let q = parse_questionnaire(GATED).value.expect("parses");
    let text = consensus_text(&q, Rule::None);
    let before = load(&text, &q);
    assert!(
        before
            .answers
            .get(&q.find_question("c-choice").unwrap())
            .is_none()
    );
    // The first unanswered question is the disputed c-choice; then c-ind-3, answered with
    // evidence and notes, then c-ind-4 answered with a short answer.
    let steps = vec![
        Step::Act(QuestionAction::Answer(Response::Stage(StageIndex::new(2)))),
        Step::Pick(0),
        Step::Act(QuestionAction::Answer(Response::Indicator(
            IndicatorAnswer::Partly,
        ))),
        Step::Pick(1),
        // Evidence, one line at a time; an empty line ends the list.
        Step::Text("Mandate decree".into()),
        Step::Text(String::new()),
        Step::Text("Agreed in the workshop.".into()),
        Step::Act(QuestionAction::Answer(Response::Indicator(
            IndicatorAnswer::No,
        ))),
        Step::Pick(0),
        Step::Interrupt,
    ];
    let settings = Settings {
        mode: Mode::Unanswered,
        quick: false,
        today: "2026-11-27".into(),
        file: "consensus.toml".into(),
        locale: crate::i18n::Locale::En,
    };
    let mut prompter = ScriptedPrompter::new(steps);
    let mut store = MemoryStore::default();
    let start = Start::Existing {
        text: text.clone(),
        assessment: before.clone(),
    };
    fill(&q, start, &settings, &mut prompter, &mut store).expect("flow runs");
    assert!(prompter.finished());
    let saved = store.last().expect("saved");
    let after = load(saved, &q);
    assert_eq!(after.records, before.records, "{saved}");
    assert_eq!(after.info.status, Some(Status::Consensus));
    assert_eq!(after.info.assessors, before.info.assessors);
    let answer = |id: &str| after.answers.get(&q.find_question(id).unwrap()).cloned();
    assert_eq!(
        answer("c-choice").unwrap().response,
        Response::Stage(StageIndex::new(2))
    );
    let c_ind_3 = answer("c-ind-3").unwrap();
    assert_eq!(c_ind_3.evidence, ["Mandate decree"]);
    assert_eq!(c_ind_3.notes.as_deref(), Some("Agreed in the workshop."));
    assert_eq!(
        answer("c-ind-4").unwrap().response,
        Response::Indicator(IndicatorAnswer::No)
    );
}

#[test]
fn a_short_answer_does_not_drop_a_disputed_mark_written_inline() {
    let q = parse_questionnaire(GATED).value.expect("parses");
    let text = "questionnaire = \"gated.toml\"\n[assessment]\ncountry = \"X\"\n[answers]\n\
                c-choice = { answer = \"start\", disputed = true, notes = \"old\" }\n\
                c-ind-2.answer = \"yes\"\nc-ind-2.disputed = true\n";
    let mut doc = AnswersDoc::parse(text).unwrap();
    for (id, response) in [
        ("c-choice", Response::Stage(StageIndex::new(1))),
        ("c-ind-2", Response::Indicator(IndicatorAnswer::No)),
    ] {
        let r = q.find_question(id).unwrap();
        doc.set(&q, r, &crate::model::Answer::bare(response))
            .unwrap();
    }
    let out = doc.text();
    let a = load(&out, &q);
    for id in ["c-choice", "c-ind-2"] {
        let r = q.find_question(id).unwrap();
        assert!(
            a.records.get(&r).is_some_and(|rec| rec.disputed),
            "{id}\n{out}"
        );
    }
    assert!(!out.contains("old"), "{out}");
}

fn settings(mode: Mode) -> Settings {
    Settings {
        mode,
        quick: true,
        today: "2026-11-27".into(),
        file: "consensus.toml".into(),
        locale: crate::i18n::Locale::En,
    }
}

/// Runs the flow on `text` with `steps`; every saved version must read back.
fn run(
    q: &Questionnaire,
    text: &str,
    mode: Mode,
    steps: Vec<Step>,
) -> (Summary, ScriptedPrompter, MemoryStore) {
    let mut prompter = ScriptedPrompter::new(steps);
    let mut store = MemoryStore::default();
    let start = Start::Existing {
        text: text.to_owned(),
        assessment: load(text, q),
    };
    let outcome = fill(q, start, &settings(mode), &mut prompter, &mut store).expect("flow runs");
    for saved in &store.saves {
        load(saved, q);
    }
    (outcome, prompter, store)
}

fn disputed(a: &Assessment, q: &Questionnaire, id: &str) -> bool {
    let r = q.find_question(id).unwrap();
    a.records.get(&r).is_some_and(|rec| rec.disputed)
}

#[test]
fn disputed_walks_only_the_disputed_questions_and_settles_each_answered() {
    let q = parse_questionnaire(GATED).value.expect("parses");
    let text = consensus_text(&q, Rule::Lowest);
    let before = load(&text, &q);
    let steps = vec![
        Step::Act(QuestionAction::Answer(Response::Stage(StageIndex::new(2)))),
        Step::Act(QuestionAction::LeaveDisputed),
        // The provisional answer, agreed as it is.
        Step::Act(QuestionAction::Answer(Response::Indicator(
            IndicatorAnswer::No,
        ))),
        Step::Act(QuestionAction::SaveAndQuit),
    ];
    let (outcome, prompter, store) = run(&q, &text, Mode::Disputed, steps);
    assert!(prompter.finished());
    assert_eq!(outcome.ending, Ending::Quit);
    assert_eq!(
        prompter.questions(),
        ["c-choice", "c-ind-3", "c-ind-4", "e-choice"]
    );

    // Every respondent's answer is beside the option they chose; the provisional answer is
    // marked current; the question can be left disputed, not skipped.
    let first = &prompter.screens[0];
    let beside = |label: &str| {
        first
            .choices
            .iter()
            .find(|c| c.1 == label)
            .map(|c| (c.0, c.2.as_str()))
    };
    assert_eq!(beside("Start"), Some((Some('1'), "")));
    assert_eq!(beside("Growing"), Some((Some('2'), "National CERT")));
    assert_eq!(beside("Working"), Some((Some('3'), "Ministry of ICT")));
    assert_eq!(beside("Leading"), Some((Some('4'), "regulator")));
    assert_eq!(first.current.as_deref(), Some("Growing"));
    assert_eq!(first.progress, "Core 4/4 · 6/6 answered · 4 disputed");
    assert_eq!(
        prompter.screens[3].progress,
        "Extra 2/2 · 6/6 answered · 2 disputed"
    );
    assert!(beside("Leave it disputed").is_some());
    assert!(beside("Skip for now").is_none());

    // Saved at every answer: the first save settles c-choice alone.
    assert_eq!(
        store.saves.len(),
        2,
        "nothing is written for a question left disputed"
    );
    let first_save = load(&store.saves[0], &q);
    let c_choice = q.find_question("c-choice").unwrap();
    assert_eq!(
        first_save.answers.get(&c_choice).unwrap().response,
        Response::Stage(StageIndex::new(2))
    );
    assert!(!disputed(&first_save, &q, "c-choice"));
    assert!(disputed(&first_save, &q, "c-ind-4"));
    assert_eq!(
        first_save.records.get(&c_choice).unwrap().respondents,
        before.records.get(&c_choice).unwrap().respondents,
        "the respondents' record stays"
    );
    let last = load(store.last().unwrap(), &q);
    assert!(!disputed(&last, &q, "c-ind-4"));
    assert!(disputed(&last, &q, "c-ind-3") && disputed(&last, &q, "e-choice"));
    assert_eq!(last.records.disputed(), 2);
    assert!(
        prompter.shown.contains(&Shown::Saved(
            "Saved: Working, agreed (no longer disputed)".into()
        )),
        "{:?}",
        prompter.shown
    );
}

#[test]
fn settling_every_dispute_says_so() {
    let q = parse_questionnaire(GATED).value.expect("parses");
    let text = consensus_text(&q, Rule::Lowest);
    let stage = |s| Step::Act(QuestionAction::Answer(Response::Stage(StageIndex::new(s))));
    let ind = |a| Step::Act(QuestionAction::Answer(Response::Indicator(a)));
    let steps = vec![
        stage(1),
        ind(IndicatorAnswer::Partly),
        ind(IndicatorAnswer::No),
        stage(3),
    ];
    let (outcome, prompter, store) = run(&q, &text, Mode::Disputed, steps);
    assert!(prompter.finished());
    assert_eq!(outcome.ending, Ending::Finished);
    assert!(
        prompter
            .said()
            .contains(&"Every disputed question is settled now."),
        "{:?}",
        prompter.said()
    );
    let last = load(store.last().unwrap(), &q);
    assert_eq!(last.records.disputed(), 0);
    assert_eq!(last.info.status, Some(Status::Consensus));
}

#[test]
fn disputed_on_a_file_without_disputes_asks_nothing() {
    let q = parse_questionnaire(GATED).value.expect("parses");
    let text = consensus_text(&q, Rule::Lowest);
    let settled: String = text
        .lines()
        .filter(|l| *l != "disputed = true")
        .map(|l| format!("{l}\n"))
        .collect();
    let (outcome, prompter, store) = run(&q, &settled, Mode::Disputed, Vec::new());
    assert_eq!(outcome.ending, Ending::Finished);
    assert!(prompter.questions().is_empty());
    assert!(store.saves.is_empty());
    assert_eq!(
        prompter.said(),
        ["No question of consensus.toml is disputed."]
    );
}
