//! Tests of the answers template: it reads back, names its questionnaire, and carries answers over.

use super::*;
use crate::model::StageIndex;
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

fn check(text: &str, q: &Questionnaire) -> Vec<String> {
    let file = parse_answers(text);
    let file = file
        .value
        .unwrap_or_else(|| panic!("{:?}\n{text}", file.diagnostics));
    let resolved = resolve_answers(&file, q);
    assert!(resolved.value.is_some(), "{:?}", resolved.diagnostics);
    resolved
        .diagnostics
        .iter()
        .map(|d| d.message(crate::i18n::Locale::En))
        .collect()
}

#[test]
fn fresh_template_has_only_the_unanswered_warning() {
    for text in [
        include_str!("../../tests/fixtures/gated.toml"),
        include_str!("../../tests/fixtures/weighted.toml"),
        include_str!("../../tests/fixtures/versions/mini-2.0.0.toml"),
    ] {
        let q = parse_questionnaire(text).value.expect("fixture parses");
        let t = template(&q, "x.toml");
        let warnings = check(&t, &q);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("are unanswered"), "{warnings:?}");
        assert!(t.lines().all(|l| l.chars().count() <= WIDTH), "{t}");
    }
}

#[test]
fn lists_every_valid_answer_above_the_answer_line() {
    let q = parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
        .value
        .unwrap();
    let t = template(&q, "gated.toml");
    assert!(t.contains(
        "#   \"start\"   Start: No plan.\n#   \"growing\" Growing: Draft plan.\n#   \"working\" \
         Working: Adopted plan.\n#   \"leading\" Leading: Funded plan.\n#   \"n/a\"     Not \
         applicable: say why in notes (see the top of the file)\nc-choice = \"\"\n"
    ), "{t}");
    assert!(
        t.contains("# Needed to reach the Growing stage. Answers: \"yes\""),
        "{t}"
    );
}

/// The instructions at the top, as one line of words.
fn instructions(t: &str) -> String {
    let head: Vec<&str> = t
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#'))
        .collect();
    head.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_example_answer_is_one_the_first_question_accepts() {
    let gated = parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
        .value
        .unwrap();
    let head = instructions(&template(&gated, "gated.toml"));
    assert!(
        head.contains("for example c-choice = \"growing\""),
        "{head}"
    );

    // A questionnaire whose first question is an indicator is answered yes / partly / no.
    let text = include_str!("../../tests/fixtures/gated.toml").replacen(
        "[[pillars.questions]]\nid = \"c-choice\"",
        "[[pillars.questions]]\nid = \"c-ind-1\"\nkind = \"indicator\"\nstage = \"growing\"\n\
         prompt = \"Is a plan drafted?\"\nnext_step = \"Draft a plan.\"\n\n\
         [[pillars.questions]]\nid = \"c-choice\"",
        1,
    );
    let indicator_first = parse_questionnaire(&text).value.expect("parses");
    let head = instructions(&template(&indicator_first, "gated.toml"));
    assert!(head.contains("for example c-ind-1 = \"yes\""), "{head}");
}

#[test]
fn a_filled_template_scores_without_other_edits() {
    let q = parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
        .value
        .unwrap();
    let t = template(&q, "gated.toml")
        .replace("c-choice = \"\"", "c-choice = \"working\"")
        .replace("e-choice = \"\"", "e-choice = \"start\"")
        .replace(
            "c-ind-2 = \"\"",
            "c-ind-2 = { answer = \"n/a\", notes = \"No lead.\" }",
        )
        .replace("= \"\"\n", "= \"yes\"\n");
    // The country line is the only other `= ""`, and it may stay empty.
    let t = t.replace("country = \"yes\"", "country = \"\"");
    assert_eq!(check(&t, &q), Vec::<String>::new());
}

#[test]
fn carried_notes_stay_on_one_line_and_read_back() {
    let q = parse_questionnaire(include_str!(
        "../../tests/fixtures/versions/mini-2.0.0.toml"
    ))
    .value
    .unwrap();
    let answer = Answer {
        response: crate::model::Response::Stage(StageIndex::new(1)),
        evidence: vec!["Decree \"4\"".into()],
        notes: Some("Line one, with \"quotes\" and a \\ backslash.\n\tLine two.".into()),
    };
    let line = format!("a-plan = {}", inline(&q, &answer));
    assert!(!line.contains('\n'), "{line}");
    let text =
        format!("questionnaire = \"x.toml\"\n[assessment]\ncountry = \"X\"\n[answers]\n{line}\n");
    let file = parse_answers(&text).value.expect("parses");
    let a = resolve_answers(&file, &q).value.expect("resolves");
    let read = &a.answers[&q.find_question("a-plan").unwrap()];
    assert_eq!(read, &answer);
}
