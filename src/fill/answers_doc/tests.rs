//! Tests of editing an answers file in place.

use super::*;
use crate::model::{IndicatorAnswer, StageIndex};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

const GATED: &str = include_str!("../../../tests/fixtures/gated.toml");

fn q() -> Questionnaire {
    parse_questionnaire(GATED).value.expect("fixture parses")
}

fn at(q: &Questionnaire, id: &str) -> QuestionRef {
    q.find_question(id).expect("question exists")
}

fn details() -> [Detail; 4] {
    [
        Detail::Country("Testland \"North\"".into()),
        Detail::Assessors(vec!["Ministry of ICT".into(), "CERT".into()]),
        Detail::AssessedOn("2026-11-27".into()),
        Detail::Target("working".into()),
    ]
}

/// A new file with every detail given.
fn new_doc(q: &Questionnaire) -> AnswersDoc {
    let mut doc = AnswersDoc::new(q, "gated.toml", Locale::En);
    for d in details() {
        doc.set_detail(&d).unwrap();
    }
    doc
}

/// Parses and resolves the text, failing on any error.
fn resolve(text: &str, q: &Questionnaire) -> crate::model::Assessment {
    let file = parse_answers(text);
    let errors: Vec<_> = file.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    let resolved = resolve_answers(&file.value.expect("parses"), q);
    let errors: Vec<_> = resolved
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    resolved.value.expect("resolves")
}

#[test]
fn new_file_parses_with_its_details() {
    let q = q();
    let mut doc = AnswersDoc::new(&q, "gated.toml", Locale::En);
    assert_eq!(doc.missing_details(), DetailKey::ALL);
    let [country, rest @ ..] = details();
    doc.set_detail(&country).unwrap();
    // Saved with the country alone, the file reads back; the rest is still missing.
    let a = resolve(&doc.text(), &q);
    assert_eq!(a.info.country, "Testland \"North\"");
    assert_eq!(
        doc.missing_details(),
        [
            DetailKey::Assessors,
            DetailKey::AssessedOn,
            DetailKey::Target
        ]
    );
    for d in rest {
        doc.set_detail(&d).unwrap();
    }
    assert!(doc.missing_details().is_empty());
    let a = resolve(&doc.text(), &q);
    assert_eq!(a.info.country, "Testland \"North\"");
    assert_eq!(a.info.assessors, ["Ministry of ICT", "CERT"]);
    assert_eq!(a.overall_target, StageIndex::new(2));
    assert!(a.answers.is_empty());
}

#[test]
fn answers_are_written_short_or_long_and_in_questionnaire_order() {
    let q = q();
    let mut doc = new_doc(&q);
    let later = Answer::bare(Response::Indicator(IndicatorAnswer::Yes));
    doc.set(&q, at(&q, "e-ind-3"), &later).unwrap();
    let na = Answer {
        response: Response::NotApplicable,
        evidence: vec!["https://example.org/a".into(), "Decree 12".into()],
        notes: Some("No plan is needed \"here\".\nSecond line.".into()),
    };
    doc.set(&q, at(&q, "c-choice"), &na).unwrap();
    let text = doc.text();
    assert!(text.contains("c-choice.answer = \"n/a\""), "{text}");
    assert!(
        text.find("c-choice").unwrap() < text.find("e-ind-3 = \"yes\"").unwrap(),
        "{text}"
    );
    let a = resolve(&text, &q);
    assert_eq!(a.answers[&at(&q, "c-choice")], na);
    assert_eq!(a.answers[&at(&q, "e-ind-3")], later);

    // Back to short form.
    doc.set(
        &q,
        at(&q, "c-choice"),
        &Answer::bare(Response::Stage(StageIndex::new(1))),
    )
    .unwrap();
    let text = doc.text();
    assert!(text.contains("c-choice = \"growing\""), "{text}");
    assert!(!text.contains("notes"), "{text}");
    resolve(&text, &q);
}

#[test]
fn hand_edited_file_keeps_comments_and_layout() {
    let q = q();
    let text = "# My notes\nquestionnaire = \"gated.toml\"\n\n[assessment]\ncountry = \"X\"  # keep\n\n\
                [answers]\n# The plan question\nc-choice = \"\"   # fill me\n\n# Lead\nc-ind-2 = \"no\"\n\
                c-ind-3 = { answer = \"yes\", notes = \"old\" }\n\n[answers.e-choice]\n# why\nanswer = \"start\"\nnotes = \"n\"\n";
    let mut doc = AnswersDoc::parse(text).unwrap();
    doc.set(
        &q,
        at(&q, "c-choice"),
        &Answer::bare(Response::Stage(StageIndex::new(2))),
    )
    .unwrap();
    let out = doc.text();
    assert!(
        out.contains("# The plan question\nc-choice = \"working\"   # fill me\n"),
        "{out}"
    );
    assert!(out.contains("country = \"X\"  # keep"), "{out}");

    let long = Answer {
        response: Response::Stage(StageIndex::new(3)),
        evidence: vec!["Law 5".into()],
        notes: None,
    };
    doc.set(
        &q,
        at(&q, "c-ind-2"),
        &Answer::bare(Response::Indicator(IndicatorAnswer::Partly)),
    )
    .unwrap();
    doc.set(
        &q,
        at(&q, "c-ind-3"),
        &Answer::bare(Response::Indicator(IndicatorAnswer::No)),
    )
    .unwrap();
    doc.set(&q, at(&q, "e-choice"), &long).unwrap();
    doc.set(&q, at(&q, "c-choice"), &long).unwrap();
    let out = doc.text();
    assert!(
        out.contains("# The plan question\nc-choice.answer = \"leading\""),
        "{out}"
    );
    assert!(out.contains("# Lead\nc-ind-2 = \"partly\""), "{out}");
    assert!(
        out.contains("[answers.e-choice]\n# why\nanswer = \"leading\""),
        "{out}"
    );
    let a = resolve(&out, &q);
    assert_eq!(a.answers[&at(&q, "c-choice")], long);
    assert_eq!(a.answers[&at(&q, "e-choice")], long);
    assert_eq!(
        a.answers[&at(&q, "c-ind-3")],
        Answer::bare(Response::Indicator(IndicatorAnswer::No))
    );
}

#[test]
fn details_are_written_into_a_template() {
    let q = q();
    let text = "questionnaire = \"gated.toml\"\n\n[assessment]\n# The country.\ncountry = \"\"\n\
                # assessed_on = YYYY-MM-DD\nassessors = []\ntarget = \"working\"\n\n[answers]\n\
                c-choice = \"\"\n";
    let mut doc = AnswersDoc::parse(text).unwrap();
    assert_eq!(
        doc.missing_details(),
        [DetailKey::Country, DetailKey::AssessedOn]
    );
    assert!(!doc.has_answers(), "a template's empty answers are none");
    for d in details() {
        doc.set_detail(&d).unwrap();
    }
    let out = doc.text();
    assert!(out.contains("\"CERT\"]\ntarget"), "{out}");
    assert!(
        out.contains(
            "# The country.\ncountry = 'Testland \"North\"'\nassessed_on = 2026-11-27\nassessors"
        ),
        "{out}"
    );
    assert!(
        out.contains("# The country.\ncountry = 'Testland \"North\"'\n"),
        "{out}"
    );
    let a = resolve(&out, &q);
    assert_eq!(
        a.info.assessed_on.map(|d| d.to_string()).as_deref(),
        Some("2026-11-27")
    );
    assert_eq!(a.info.assessors, ["Ministry of ICT", "CERT"]);
}

#[test]
fn file_without_answers_section_gets_one() {
    let q = q();
    let text = "questionnaire = \"gated.toml\"\n[assessment]\ncountry = \"X\"\n[answers.c-ind-2]\nanswer = \"yes\"\n";
    let mut doc = AnswersDoc::parse(text).unwrap();
    doc.set(
        &q,
        at(&q, "c-choice"),
        &Answer::bare(Response::Stage(StageIndex::new(0))),
    )
    .unwrap();
    let a = resolve(&doc.text(), &q);
    assert_eq!(a.answers.len(), 2);
}
