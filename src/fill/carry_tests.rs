//! The fill flow on a new major version: the help entry with the evidence of each stage and the
//! glossary, a new file started from an older one, and carried-over answers shown for review.

use super::*;
use crate::carry::{carry_over, needs_review};
use crate::i18n::Locale;
use crate::model::{Answer, Assessment, QuestionRef, Questionnaire, Response, StageIndex};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

const OLD: &str = include_str!("../../tests/fixtures/versions/mini-1.0.0.toml");
const NEW: &str = include_str!("../../tests/fixtures/versions/mini-2.0.0.toml");
const OLD_ANSWERS: &str = include_str!("../../tests/fixtures/versions/answers-1.0.0.toml");

fn new_q() -> Questionnaire {
    parse_questionnaire(NEW).value.expect("fixture parses")
}

fn settings() -> Settings {
    Settings {
        mode: Mode::Unanswered,
        quick: true,
        today: "2026-11-27".into(),
        file: "new.toml".into(),
        locale: crate::i18n::Locale::En,
    }
}

fn resolve(text: &str, q: &Questionnaire) -> Assessment {
    let file = parse_answers(text)
        .value
        .unwrap_or_else(|| panic!("{text}"));
    let resolved = resolve_answers(&file, q);
    resolved
        .value
        .unwrap_or_else(|| panic!("{:?}\n{text}", resolved.diagnostics))
}

fn at(q: &Questionnaire, id: &str) -> QuestionRef {
    q.find_question(id).expect("question exists")
}

fn selected(prompter: &ScriptedPrompter) -> Vec<&str> {
    prompter
        .shown
        .iter()
        .filter_map(|s| match s {
            Shown::Question { selected, .. } => Some(selected.as_str()),
            _ => None,
        })
        .collect()
}

const EMPTY: &str = "questionnaire = \"mini-2.0.0.toml\"\nquestionnaire_version = \"2.0.0\"\n\n\
    [assessment]\ncountry = \"X\"\nassessors = []\nassessed_on = 2026-11-27\ntarget = \"working\"\n\n\
    [answers]\n";

#[test]
fn the_help_entry_shows_the_evidence_of_each_stage_and_the_terms_used() {
    let q = new_q();
    let start = Start::Existing {
        text: EMPTY.to_owned(),
        assessment: resolve(EMPTY, &q),
    };
    let skip = || Step::Act(QuestionAction::Skip);
    let steps = vec![skip(), skip(), skip(), skip(), skip(), Step::Interrupt];
    let mut prompter = ScriptedPrompter::new(steps);
    let mut store = MemoryStore::default();
    fill(&q, start, &settings(), &mut prompter, &mut store).expect("flow runs");
    let help = |id: &str| {
        prompter
            .helps
            .iter()
            .find(|(q, _)| q == id)
            .map(|(_, h)| h.clone())
            .unwrap_or_else(|| panic!("{id} shown"))
    };
    assert_eq!(
        help("a-plan"),
        ["Evidence for Working: A signed decision adopting the plan, not a draft."]
    );
    assert_eq!(help("a-lead"), Vec::<String>::new(), "nothing to show");
    // Terms match in any letter case ("budget line" in the prompt, "Budget line" defined).
    assert_eq!(
        help("a-budget"),
        ["Budget line: An entry of the adopted budget in the name of one body."]
    );
    assert_eq!(
        help("b-drill"),
        ["drill: A practice run of the response to an incident."]
    );
}

#[test]
fn a_file_started_from_an_older_one_shows_the_carried_answers_for_review() {
    let old_q = parse_questionnaire(OLD).value.expect("old parses");
    let new_q = new_q();
    let old = resolve(OLD_ANSWERS, &old_q);
    let c = carry_over(&old_q, &old, &new_q, Locale::En).expect("carries over");
    let start = Start::Carried {
        reference: "mini-2.0.0.toml".into(),
        from: Prefill {
            details: Details {
                country: c.country.clone(),
                assessors: c.assessors.clone(),
                assessed_on: String::new(),
                target: "working".into(),
                marking: c.marking.clone(),
            },
            answers: c.answers.clone(),
        },
    };
    let steps = vec![
        Step::Text(String::new()),
        Step::Text(String::new()),
        Step::Text(String::new()),
        Step::Pick(2),
        Step::Act(QuestionAction::Answer(Response::Stage(StageIndex::new(2)))),
        Step::Act(QuestionAction::Answer(Response::Stage(StageIndex::new(1)))),
        Step::Interrupt,
    ];
    let mut prompter = ScriptedPrompter::new(steps);
    let mut store = MemoryStore::default();
    let outcome = fill(&new_q, start, &settings(), &mut prompter, &mut store).expect("runs");
    assert!(prompter.finished());
    assert_eq!(outcome.answered, 3);

    // The first save, the country's, holds the marking and the carried-over answers too.
    let first = resolve(&store.saves[0], &new_q);
    assert_eq!(first.info.country, "Testland");
    assert_eq!(first.info.marking.as_deref(), Some("TLP:AMBER"));
    assert_eq!(first.answers.len(), 3);
    assert!(first.answers.iter().all(|(_, a)| needs_review(a)));

    // The old details are kept with Enter, each saved as given; the date is today's, as for any
    // new file.
    let details = resolve(&store.saves[3], &new_q);
    assert_eq!(details.info.country, "Testland");
    assert_eq!(details.info.assessors, ["Ministry of ICT"]);
    assert_eq!(details.info.marking.as_deref(), Some("TLP:AMBER"));
    assert_eq!(
        details.info.assessed_on.map(|d| d.to_string()).as_deref(),
        Some("2026-11-27")
    );
    assert_eq!(details.answers.len(), 3);
    assert!(details.answers.iter().all(|(_, a)| needs_review(a)));
    let said = prompter.said().join("\n");
    assert!(said.contains("3 answers were carried over"), "{said}");

    // Carried answers come up with their answer preselected, among the unanswered questions.
    assert_eq!(prompter.questions(), ["a-plan", "a-lead", "a-budget"]);
    assert_eq!(selected(&prompter), ["Growing", "Growing", "Start"]);

    // Answering is the review: the review line goes, the old notes and evidence stay.
    let last = resolve(store.last().expect("saved"), &new_q);
    assert_eq!(
        last.answers[&at(&new_q, "a-plan")],
        Answer::bare(Response::Stage(StageIndex::new(2)))
    );
    assert_eq!(
        last.answers[&at(&new_q, "a-lead")],
        Answer {
            response: Response::Stage(StageIndex::new(1)),
            evidence: vec!["Decree 4/2025".into()],
            notes: Some("Acting lead only.".into()),
        }
    );
    assert!(needs_review(&last.answers[&at(&new_q, "b-na")]));
}

#[test]
fn resuming_shows_answers_still_to_review() {
    let q = new_q();
    let text = format!(
        "{EMPTY}a-plan = {{ answer = \"growing\", notes = \"Carried over from \
         mini-versions@1.0.0 `a-plan`: review.\" }}\na-lead = \"start\"\n"
    );
    let start = Start::Existing {
        text: text.clone(),
        assessment: resolve(&text, &q),
    };
    let mut prompter = ScriptedPrompter::new([Step::Interrupt]);
    let mut store = MemoryStore::default();
    fill(&q, start, &settings(), &mut prompter, &mut store).expect("runs");
    assert_eq!(
        prompter.said()[0],
        "2 of 7 answered (1 carried over from an older version, shown again for review); \
         resuming at Plans, question 1."
    );
    assert_eq!(prompter.questions(), ["a-plan"]);
}

#[test]
fn a_carried_file_left_during_its_details_asks_the_rest_next_time() {
    let q = new_q();
    let text = "questionnaire = \"mini-2.0.0.toml\"\nquestionnaire_version = \"2.0.0\"\n\n\
        [assessment]\nmarking = \"TLP:AMBER\"\ncountry = \"Testland\"\n\n[answers]\n\
        a-plan = { answer = \"growing\", notes = \"Carried over from mini-versions@1.0.0 \
        `a-plan`: review.\" }\n";
    let start = Start::Existing {
        text: text.to_owned(),
        assessment: resolve(text, &q),
    };
    let steps = vec![
        Step::Text("CERT".into()),
        Step::Text(String::new()),
        Step::Pick(2),
        Step::Interrupt,
    ];
    let mut prompter = ScriptedPrompter::new(steps);
    let mut store = MemoryStore::default();
    fill(&q, start, &settings(), &mut prompter, &mut store).expect("runs");
    assert!(prompter.finished());
    let said = prompter.said().join("\n");
    assert!(said.contains("are not all filled in yet"), "{said}");
    let last = resolve(store.last().expect("saved"), &q);
    assert_eq!(last.info.country, "Testland");
    assert_eq!(last.info.assessors, ["CERT"]);
    assert_eq!(last.info.marking.as_deref(), Some("TLP:AMBER"));
    assert!(needs_review(&last.answers[&at(&q, "a-plan")]));
}
