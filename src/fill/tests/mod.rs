//! The whole fill flow against a scripted prompter and an in-memory store.

mod room;
mod saving;

use super::*;
use crate::model::{
    Answer, Assessment, IndicatorAnswer, QuestionRef, Questionnaire, Response, StageIndex,
};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

const GATED: &str = include_str!("../../../tests/fixtures/gated.toml");

fn q() -> Questionnaire {
    parse_questionnaire(GATED).value.expect("fixture parses")
}

fn settings(review: bool, quick: bool) -> Settings {
    Settings {
        mode: if review {
            Mode::Review
        } else {
            Mode::Unanswered
        },
        quick,
        today: "2026-11-27".into(),
        file: "x.toml".into(),
        locale: crate::i18n::Locale::En,
    }
}

/// Resolves a saved text, failing on any error; returns the assessment and the warnings.
fn resolve(text: &str, q: &Questionnaire) -> (Assessment, Vec<String>) {
    let file = parse_answers(text);
    let file = file
        .value
        .unwrap_or_else(|| panic!("{:?}\n{text}", file.diagnostics));
    let resolved = resolve_answers(&file, q);
    let warnings = resolved
        .diagnostics
        .iter()
        .map(|d| d.message(crate::i18n::Locale::En))
        .collect();
    (
        resolved
            .value
            .unwrap_or_else(|| panic!("{:?}\n{text}", resolved.diagnostics)),
        warnings,
    )
}

fn existing(text: &str, q: &Questionnaire) -> Start {
    Start::Existing {
        text: text.to_owned(),
        assessment: resolve(text, q).0,
    }
}

fn at(q: &Questionnaire, id: &str) -> QuestionRef {
    q.find_question(id).expect("question exists")
}

fn act(r: Response) -> Step {
    Step::Act(QuestionAction::Answer(r))
}

const YES: Response = Response::Indicator(IndicatorAnswer::Yes);
const NO: Response = Response::Indicator(IndicatorAnswer::No);

const EMPTY: &str = "questionnaire = \"gated.toml\"\n\n[assessment]\ncountry = \"X\"\n\
                     assessed_on = 2026-01-05\nassessors = []\ntarget = \"working\"\n\n[answers]\n";

fn run(
    q: &Questionnaire,
    start: Start,
    settings: &Settings,
    steps: Vec<Step>,
) -> (Summary, ScriptedPrompter, MemoryStore) {
    let mut prompter = ScriptedPrompter::new(steps);
    let mut store = MemoryStore::default();
    let outcome = fill(q, start, settings, &mut prompter, &mut store).expect("flow runs");
    // Every saved version reads back without errors.
    for text in &store.saves {
        resolve(text, q);
    }
    (outcome, prompter, store)
}

#[test]
fn new_file_asks_the_details_then_saves_every_answer() {
    let q = q();
    let steps = vec![
        Step::Text(" Testland ".into()),
        Step::Text("Ministry of Science, Technology and ICT; national CERT".into()),
        Step::Text(String::new()),
        Step::Pick(1),
        act(Response::Stage(StageIndex::new(2))),
        Step::Pick(0),
        act(YES),
        Step::Pick(1),
        Step::Text("https://example.org/decree".into()),
        Step::Text("Decree 3/2025".into()),
        Step::Text(" ".into()),
        Step::Text("Named in 2025.".into()),
        Step::Interrupt,
    ];
    let start = Start::New {
        reference: "gated.toml".into(),
    };
    let (outcome, prompter, store) = run(&q, start, &settings(false, false), steps);
    assert!(prompter.finished());
    assert_eq!(
        outcome,
        Summary {
            ending: Ending::Interrupted,
            answered: 2,
            total: 6,
            disputed: 0,
            saved: true
        }
    );
    assert_eq!(prompter.questions(), ["c-choice", "c-ind-2", "c-ind-3"]);

    // Each detail is saved as it is given, before the first question; then each answer, each
    // evidence line and the notes at once.
    assert_eq!(store.saves.len(), 4 + 1 + 1 + 2 + 1);
    assert_eq!(resolve(&store.saves[0], &q).0.info.country, "Testland");
    let (first, _) = resolve(&store.saves[3], &q);
    assert_eq!(first.info.country, "Testland");
    assert_eq!(
        first.info.assessors,
        ["Ministry of Science, Technology and ICT", "national CERT"]
    );
    assert_eq!(
        first.info.assessed_on.map(|d| d.to_string()).as_deref(),
        Some("2026-11-27")
    );
    assert_eq!(first.overall_target, StageIndex::new(1));
    assert!(first.answers.is_empty());
    let (second, _) = resolve(&store.saves[4], &q);
    assert_eq!(
        second.answers[&at(&q, "c-choice")],
        Answer::bare(Response::Stage(StageIndex::new(2)))
    );

    let last = store.last().unwrap();
    assert!(last.contains("c-choice = \"working\"\n"), "{last}");
    let (a, _) = resolve(last, &q);
    assert_eq!(
        a.answers[&at(&q, "c-ind-2")],
        Answer {
            response: YES,
            evidence: vec!["https://example.org/decree".into(), "Decree 3/2025".into()],
            notes: Some("Named in 2025.".into()),
        }
    );
}

#[test]
fn leaving_before_the_country_saves_nothing() {
    let q = q();
    let steps = vec![Step::Interrupt];
    let start = Start::New {
        reference: "gated.toml".into(),
    };
    let (outcome, _, store) = run(&q, start, &settings(false, false), steps);
    assert_eq!(outcome.ending, Ending::Interrupted);
    assert!(!outcome.saved);
    assert!(store.saves.is_empty());
}

#[test]
fn leaving_during_the_details_keeps_those_given_and_the_next_run_asks_the_rest() {
    let q = q();
    let steps = vec![
        Step::Text("Testland".into()),
        Step::Text("CERT".into()),
        Step::Interrupt,
    ];
    let start = Start::New {
        reference: "gated.toml".into(),
    };
    let (outcome, _, store) = run(&q, start, &settings(false, true), steps);
    assert_eq!(outcome.ending, Ending::Interrupted);
    assert!(outcome.saved);
    let text = store.last().unwrap().to_owned();
    let (a, _) = resolve(&text, &q);
    assert_eq!(
        (a.info.country.as_str(), a.info.assessors.as_slice()),
        ("Testland", &["CERT".to_owned()][..])
    );
    assert!(a.info.assessed_on.is_none());

    // The next run asks the date and the target only, then the questions.
    let steps = vec![
        Step::Text("2026-03-04".into()),
        Step::Pick(0),
        Step::Act(QuestionAction::SaveAndQuit),
    ];
    let (outcome, prompter, store) = run(&q, existing(&text, &q), &settings(false, true), steps);
    assert!(prompter.finished());
    assert_eq!(outcome.ending, Ending::Quit);
    let asked: Vec<&Shown> = prompter
        .shown
        .iter()
        .filter(|s| matches!(s, Shown::Asked(_)))
        .collect();
    assert_eq!(
        asked,
        [
            &Shown::Asked("Date of the assessment (year-month-day)".into()),
            &Shown::Asked(
                "Which stage do you aim for? The gap to this target is shown for each pillar."
                    .into()
            ),
        ]
    );
    let (a, _) = resolve(store.last().unwrap(), &q);
    assert_eq!(a.info.assessors, ["CERT"]);
    assert_eq!(
        a.info.assessed_on.map(|d| d.to_string()).as_deref(),
        Some("2026-03-04")
    );
    assert_eq!(a.overall_target, StageIndex::new(0));
}

#[test]
fn bad_date_and_empty_country_are_asked_again() {
    let q = q();
    let steps = vec![
        Step::Text("  ".into()),
        Step::Text("Testland".into()),
        Step::Text(String::new()),
        Step::Text("27/11/2026".into()),
        Step::Text("2026-02-30".into()),
        Step::Text("2026-01-15".into()),
        Step::Pick(3),
        Step::Act(QuestionAction::SaveAndQuit),
    ];
    let start = Start::New {
        reference: "gated.toml".into(),
    };
    let (outcome, prompter, store) = run(&q, start, &settings(false, true), steps);
    assert_eq!(outcome.ending, Ending::Quit);
    let said = prompter.said().join("\n");
    assert!(said.contains("Please type the name"), "{said}");
    assert!(said.contains("\"27/11/2026\" is not a date"), "{said}");
    assert!(said.contains("\"2026-02-30\" is not a date"), "{said}");
    let (a, _) = resolve(store.last().unwrap(), &q);
    assert_eq!(
        a.info.assessed_on.map(|d| d.to_string()).as_deref(),
        Some("2026-01-15")
    );
    assert_eq!(a.overall_target, StageIndex::new(3));
}

#[test]
fn back_and_skip_move_through_the_questions() {
    let q = q();
    let steps = vec![
        Step::Act(QuestionAction::Skip),
        act(YES),
        Step::Act(QuestionAction::Back),
        act(NO),
        Step::Act(QuestionAction::Back),
        Step::Act(QuestionAction::Back),
        Step::Act(QuestionAction::Back),
        Step::Act(QuestionAction::SaveAndQuit),
    ];
    let (outcome, prompter, store) = run(&q, existing(EMPTY, &q), &settings(false, true), steps);
    assert!(prompter.finished());
    assert_eq!(
        outcome,
        Summary {
            ending: Ending::Quit,
            answered: 1,
            total: 6,
            disputed: 0,
            saved: true
        }
    );
    assert_eq!(
        prompter.questions(),
        [
            "c-choice", "c-ind-2", "c-ind-3", "c-ind-2", "c-ind-3", "c-ind-2", "c-choice",
            "c-choice"
        ]
    );
    // Going back shows the answer given, preselected.
    let selected: Vec<&str> = prompter
        .shown
        .iter()
        .filter_map(|s| match s {
            Shown::Question { selected, .. } => Some(selected.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        selected,
        ["Start", "Yes", "Yes", "Yes", "Yes", "No", "Start", "Start"]
    );
    assert!(
        prompter
            .said()
            .contains(&"This is the first question; there is none before it.")
    );
    assert_eq!(store.saves.len(), 2);
    let (a, _) = resolve(store.last().unwrap(), &q);
    assert_eq!(a.answers.len(), 1);
    assert_eq!(a.answers[&at(&q, "c-ind-2")].response, NO);
}

#[test]
fn not_applicable_asks_why_and_writes_the_long_form() {
    let q = q();
    let steps = vec![
        act(Response::NotApplicable),
        Step::Text(String::new()),
        Step::Text("There is no plan to write: the ministry was dissolved.".into()),
        Step::Interrupt,
    ];
    let (outcome, prompter, store) = run(&q, existing(EMPTY, &q), &settings(false, true), steps);
    assert_eq!(outcome.answered, 1);
    assert!(
        prompter
            .said()
            .contains(&"Please say in a few words why it does not apply.")
    );
    let text = store.last().unwrap();
    assert!(text.contains("c-choice.answer = \"n/a\"\n"), "{text}");
    let (a, warnings) = resolve(text, &q);
    assert_eq!(
        a.answers[&at(&q, "c-choice")].notes.as_deref(),
        Some("There is no plan to write: the ministry was dissolved.")
    );
    assert!(warnings.iter().all(|w| !w.contains("n/a")), "{warnings:?}");
}

#[test]
fn resumes_at_the_first_unanswered_question() {
    let q = q();
    let text = format!("{EMPTY}c-choice = \"growing\"\nc-ind-2 = \"yes\"\ne-choice = \"start\"\n");
    let steps = vec![act(NO), Step::Interrupt];
    let (outcome, prompter, _) = run(&q, existing(&text, &q), &settings(false, true), steps);
    assert_eq!(
        prompter.said()[0],
        "3 of 6 answered; resuming at Core, question 3."
    );
    // Answered questions are passed over: c-ind-4 comes next, then e-ind-3.
    assert_eq!(prompter.questions(), ["c-ind-3", "c-ind-4"]);
    assert_eq!(outcome.answered, 4);
}

#[test]
fn skipped_questions_are_offered_again_at_the_end() {
    let q = q();
    let text = format!("{EMPTY}c-choice = \"growing\"\nc-ind-2 = \"yes\"\nc-ind-3 = \"no\"\n");
    let steps = vec![
        Step::Act(QuestionAction::Skip),
        act(Response::Stage(StageIndex::new(1))),
        Step::Pick(0),
        act(YES),
        Step::Pick(0),
        Step::Pick(0),
        act(YES),
        Step::Pick(0),
    ];
    let (outcome, prompter, _) = run(&q, existing(&text, &q), &settings(false, false), steps);
    assert!(prompter.finished());
    assert_eq!(
        prompter.questions(),
        ["c-ind-4", "e-choice", "e-ind-3", "c-ind-4"]
    );
    assert!(
        prompter.shown.contains(&Shown::Asked(
            "1 of 6 questions are still unanswered. Until they are answered they count as the \
         lowest stage."
                .into()
        ))
    );
    assert_eq!(outcome.ending, Ending::Finished);
    assert_eq!(outcome.answered, 6);
    assert_eq!(
        prompter.said().last(),
        Some(&"All 6 questions are answered.")
    );
}

#[test]
fn finishing_with_questions_unanswered() {
    let q = q();
    let steps = vec![
        act(Response::Stage(StageIndex::new(0))),
        Step::Act(QuestionAction::Skip),
        Step::Act(QuestionAction::Skip),
        Step::Act(QuestionAction::Skip),
        Step::Act(QuestionAction::Skip),
        Step::Act(QuestionAction::Skip),
        Step::Pick(1),
    ];
    let (outcome, prompter, _) = run(&q, existing(EMPTY, &q), &settings(false, true), steps);
    assert!(prompter.finished());
    assert_eq!(
        outcome,
        Summary {
            ending: Ending::Finished,
            answered: 1,
            total: 6,
            disputed: 0,
            saved: true
        }
    );
}

#[test]
fn review_preselects_answers_and_keeps_unchanged_ones_untouched() {
    let q = q();
    let text = format!(
        "{EMPTY}c-choice = \"working\"\n[answers.c-ind-2]\nanswer = \"yes\"\nevidence = [\"Law 1\"]\n"
    );
    let steps = vec![
        act(Response::Stage(StageIndex::new(2))),
        Step::Pick(0),
        act(YES),
        Step::Pick(1),
        Step::Text(String::new()),
        Step::Text("Law 2".into()),
        Step::Text(String::new()),
        Step::Text(String::new()),
        Step::Act(QuestionAction::SaveAndQuit),
    ];
    let (outcome, prompter, store) = run(&q, existing(&text, &q), &settings(true, false), steps);
    assert!(prompter.finished());
    assert_eq!(outcome.ending, Ending::Quit);
    assert!(prompter.said()[0].starts_with("Reviewing all 6 questions (2 answered)"));
    assert_eq!(
        prompter
            .shown
            .iter()
            .filter(|s| matches!(s, Shown::Question { .. }))
            .collect::<Vec<_>>(),
        [
            &Shown::Question {
                id: "c-choice".into(),
                selected: "Working".into()
            },
            &Shown::Question {
                id: "c-ind-2".into(),
                selected: "Yes".into()
            },
            &Shown::Question {
                id: "c-ind-3".into(),
                selected: "Yes".into()
            },
        ]
    );
    assert!(prompter.shown.contains(&Shown::Asked(
        "Evidence and notes given so far:\n- Law 1".into()
    )));
    // The unchanged first answer is not rewritten; the evidence change is.
    assert_eq!(store.saves.len(), 1);
    let saved = store.last().unwrap();
    assert!(saved.starts_with(&format!(
        "{EMPTY}c-choice = \"working\"\n[answers.c-ind-2]\n"
    )));
    let (a, _) = resolve(saved, &q);
    assert_eq!(a.answers[&at(&q, "c-ind-2")].evidence, ["Law 1", "Law 2"]);
}

#[test]
fn a_complete_file_goes_straight_to_the_end() {
    let q = q();
    let text = include_str!("../../../tests/fixtures/gated-answers.toml");
    let (outcome, prompter, store) = run(&q, existing(text, &q), &settings(false, false), vec![]);
    assert_eq!(outcome.ending, Ending::Finished);
    assert!(prompter.questions().is_empty());
    assert_eq!(
        prompter.said(),
        [
            "All 6 questions are already answered. To change answers, run the same command with --review."
        ]
    );
    assert!(store.saves.is_empty());
}

#[test]
fn a_template_keeps_its_comments() {
    let q = q();
    let text = "# Filled in by the ministry.\nquestionnaire = \"gated.toml\"\n\n[assessment]\n\
                country = \"X\"\nassessed_on = 2026-01-05\nassessors = []\ntarget = \"working\"\n\n[answers]\n# How far along is the plan?\n#   \"start\" No plan.\n\
                c-choice = \"\"\n\n# Is a lead named?\nc-ind-2 = \"\"\n";
    let steps = vec![
        act(Response::Stage(StageIndex::new(1))),
        Step::Pick(1),
        Step::Text(String::new()),
        Step::Text("Draft only.".into()),
        Step::Interrupt,
    ];
    let (_, _, store) = run(&q, existing(text, &q), &settings(false, false), steps);
    let saved = store.last().unwrap();
    assert!(
        saved.starts_with("# Filled in by the ministry.\n"),
        "{saved}"
    );
    assert!(
        saved.contains(
            "# How far along is the plan?\n#   \"start\" No plan.\nc-choice.answer = \"growing\"\n\
             c-choice.notes = \"Draft only.\"\n\n# Is a lead named?\nc-ind-2 = \"\"\n"
        ),
        "{saved}"
    );
}

#[test]
fn a_template_without_details_asks_for_them_first() {
    let q = q();
    let text = crate::template::template(&q, "gated.toml");
    let steps = vec![
        Step::Text("Testland".into()),
        Step::Text(String::new()),
        Step::Text(String::new()),
        Step::Pick(3),
        act(Response::Stage(StageIndex::new(1))),
        Step::Interrupt,
    ];
    let (outcome, prompter, store) = run(&q, existing(&text, &q), &settings(false, true), steps);
    assert_eq!(outcome.answered, 1);
    assert!(
        prompter.said()[0].starts_with("The assessment details of x.toml are not all filled in")
    );
    let (a, _) = resolve(&store.saves[3], &q);
    assert_eq!(a.info.country, "Testland");
    assert_eq!(a.overall_target, StageIndex::new(3));
    let saved = store.last().unwrap();
    assert!(
        saved.contains("next\n# line.\nassessed_on = 2026-11-27\n# Who answers"),
        "{saved}"
    );
    assert!(
        saved.contains("#   \"n/a\"     Not applicable"),
        "the question blocks stay: {saved}"
    );
    assert!(saved.contains("\nc-choice = \"growing\"\n"), "{saved}");
}
