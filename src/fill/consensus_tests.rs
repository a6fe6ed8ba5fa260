//! `fill` on a consensus written by `merge`: answering keeps every respondent's record, the
//! disputed marks and the status.

use super::*;
use crate::merge::{Input, Rule, merge};
use crate::model::{Assessment, IndicatorAnswer, Questionnaire, Response, Status};
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

/// The three fixtures merged with `--rule none`, as `merge` writes them.
fn consensus_text(q: &Questionnaire) -> String {
    let a = [load(MINISTRY, q), load(CERT, q), load(REGULATOR, q)];
    let names = ["Ministry of ICT", "National CERT", "regulator"];
    let inputs: Vec<Input<'_>> = a
        .iter()
        .zip(names)
        .map(|(assessment, name)| Input { name, assessment })
        .collect();
    let c = merge(q, &inputs, Rule::None).unwrap();
    let mut merged = a[0].clone();
    merged.answers = c.answers;
    merged.records = c.records;
    merged.info.status = Some(Status::Consensus);
    merged.info.assessors = c.respondents;
    answers_file(q, "gated.toml", &merged)
}

#[test]
fn filling_a_consensus_keeps_every_respondents_record() {
    let q = parse_questionnaire(GATED).value.expect("parses");
    let text = consensus_text(&q);
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
        Step::Act(QuestionAction::Answer(Response::Stage(2))),
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
        review: false,
        quick: false,
        today: "2026-11-27".into(),
        file: "consensus.toml".into(),
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
    assert_eq!(answer("c-choice").unwrap().response, Response::Stage(2));
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
        ("c-choice", Response::Stage(1)),
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
