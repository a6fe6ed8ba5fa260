//! The importer on workbooks built cell by cell, as Excel or LibreOffice would save them.

use super::*;
use crate::model::StageIndex;
use crate::parse::parse_questionnaire;

const WEIGHTED: &str = include_str!("../../tests/fixtures/weighted.toml");
/// Choice questions and indicators.
const GATED: &str = include_str!("../../tests/fixtures/gated.toml");

fn questionnaire() -> Questionnaire {
    parse_questionnaire(WEIGHTED).value.expect("questionnaire")
}

fn start(country: &str, date: Cell) -> Sheet {
    start_in(&WorkbookWords::english(), country, date, "Leading")
}

/// The start sheet in `words`' language, with `target` as the target stage.
fn start_in(words: &WorkbookWords, country: &str, date: Cell, target: &str) -> Sheet {
    let mut s = Sheet {
        name: words.start_sheet.clone(),
        rows: Vec::new(),
    };
    let rows = [
        layout::DETAIL_COUNTRY,
        layout::DETAIL_DATE,
        layout::DETAIL_ASSESSORS,
        layout::DETAIL_TARGET,
        layout::DETAIL_MARKING,
    ];
    for (row, label) in rows.into_iter().zip(&words.details) {
        s.set(row, 0, Cell::Text(label.clone()));
    }
    s.set(layout::DETAIL_COUNTRY, 1, Cell::Text(country.into()));
    s.set(layout::DETAIL_DATE, 1, date);
    s.set(
        layout::DETAIL_ASSESSORS,
        1,
        Cell::Text("Ministry; CERT\nOffice".into()),
    );
    s.set(layout::DETAIL_TARGET, 1, Cell::Text(target.into()));
    s
}

/// A pillar sheet with rows of (id, answer, evidence, notes), from row 2.
fn pillar(name: &str, rows: &[(&str, &str, &str, &str)]) -> Sheet {
    let mut s = Sheet {
        name: name.into(),
        rows: Vec::new(),
    };
    for (i, (id, answer, evidence, notes)) in rows.iter().enumerate() {
        let row = 1 + i as u32;
        for (c, text) in [
            (col::ID, id),
            (col::ANSWER, answer),
            (col::EVIDENCE, evidence),
            (col::NOTES, notes),
        ] {
            if !text.is_empty() {
                s.set(row, c, Cell::Text((*text).into()));
            }
        }
    }
    s
}

fn book(sheets: Vec<Sheet>) -> Book {
    Book { sheets }
}

#[test]
fn answers_are_matched_by_id_whatever_the_row_order() {
    let q = questionnaire();
    let b = book(vec![
        start("Fictiland", Cell::Number(46095.0)),
        pillar(
            "Governance",
            &[
                ("gov-b", " growing ", "", ""),
                ("gov-a", "LEADING", "https://a\n\nhttps://b", ""),
            ],
        ),
        pillar(
            "Operations",
            &[
                ("ops-b", "n/a", "", "No sectors."),
                ("ops-a", "working", "", ""),
            ],
        ),
    ]);
    let imported = read(&b, &q, &WorkbookWords::english()).expect("imports");
    assert_eq!(imported.details.country, "Fictiland");
    assert_eq!(imported.details.assessed_on, "2026-03-14");
    assert_eq!(imported.details.assessors, ["Ministry", "CERT", "Office"]);
    assert_eq!(imported.details.target, "leading");
    let got: Vec<(&str, Response)> = imported
        .answers
        .iter()
        .map(|(r, a)| (q.question(*r).id.as_str(), a.response))
        .collect();
    assert_eq!(
        got,
        [
            ("gov-a", Response::Stage(StageIndex::new(3))),
            ("gov-b", Response::Stage(StageIndex::new(1))),
            ("ops-a", Response::Stage(StageIndex::new(2))),
            ("ops-b", Response::NotApplicable),
        ]
    );
    assert_eq!(imported.answers[0].1.evidence, ["https://a", "https://b"]);
    assert_eq!(imported.answers[3].1.notes.as_deref(), Some("No sectors."));
}

#[test]
fn a_misspelt_answer_is_located_with_the_closest_answer() {
    let q = questionnaire();
    let b = book(vec![
        start("Fictiland", Cell::Date("2026-03-14".into())),
        pillar(
            "Governance",
            &[("gov-a", "Workng", "", ""), ("gov-b", "maybe", "", "")],
        ),
    ]);
    let problems = read(&b, &q, &WorkbookWords::english()).expect_err("refused");
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "sheet Governance, cell E2: 'Workng' is not an answer; did you mean Working?",
            "sheet Governance, cell E3: 'maybe' is not an answer to this question; pick one of: \
             Start, Growing, Working, Leading, n/a",
        ]
    );
}

#[test]
fn rows_without_ids_unknown_ids_twice_answered_and_notes_alone_are_refused() {
    let q = questionnaire();
    let b = book(vec![
        start("", Cell::Text("14 March".into())),
        pillar(
            "Governance",
            &[
                ("", "Start", "", ""),
                ("gov-x", "Start", "", ""),
                ("gov-a", "Start", "", ""),
                ("gov-a", "Growing", "", ""),
                ("gov-b", "", "", "A note"),
            ],
        ),
    ]);
    let problems = read(&b, &q, &WorkbookWords::english()).expect_err("refused");
    let kinds: Vec<(Option<&str>, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.cell.as_deref(), &p.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (Some("B10"), &ProblemKind::MissingDetail("country")),
            (Some("B11"), &ProblemKind::NotADate("14 March".into())),
            (Some("E2"), &ProblemKind::NoQuestionId),
            (Some("I3"), &ProblemKind::UnknownQuestion("gov-x".into())),
            (
                Some("E5"),
                &ProblemKind::Duplicate {
                    id: "gov-a".into(),
                    first: Box::new(("Governance".into(), "E4".into()))
                }
            ),
            (Some("E6"), &ProblemKind::NotesWithoutAnswer),
        ]
    );
}

#[test]
fn a_workbook_without_the_about_sheet_is_not_a_template() {
    let b = book(vec![start("X", Cell::Empty)]);
    assert_eq!(
        identify(&b).expect_err("refused").kind,
        ProblemKind::NotATemplate
    );
    let mut about = Sheet {
        name: layout::ABOUT_SHEET.into(),
        rows: Vec::new(),
    };
    for (row, v) in [
        (layout::ABOUT_ID, "mini"),
        (layout::ABOUT_VERSION, "1.2.0"),
        (layout::ABOUT_REFERENCE, "mini"),
        (layout::ABOUT_LAYOUT, "1"),
    ] {
        about.set(row, 1, Cell::Text(v.into()));
    }
    let b = book(vec![about]);
    assert_eq!(identify(&b).expect("identified").id_version(), "mini@1.2.0");
}

#[test]
fn a_spanish_workbook_is_read_in_its_words_and_english_answers_still_count() {
    let q = parse_questionnaire(GATED).value.expect("questionnaire");
    let es = WorkbookWords::for_language(Some(&"es".parse().expect("tag")));
    let indicator = q
        .questions()
        .find(|(_, x)| x.is_indicator())
        .map(|(_, x)| x.id.clone())
        .expect("the fixture has an indicator");
    let stage = q.stages[1].name.clone();
    let choice = q
        .questions()
        .map(|(_, x)| x)
        .find(|x| x.option_for(StageIndex::new(1)).is_some())
        .expect("a choice question offering the second stage");
    let start = start_in(&es, "Testlandia", Cell::Text("2026-03-14".into()), &stage);
    // The English words read too: an answers file's words are English.
    let b = book(vec![
        start.clone(),
        pillar(
            "P",
            &[
                (choice.id.as_str(), &stage, "", ""),
                (&indicator, "sí", "", ""),
            ],
        ),
    ]);
    let imported = read(&b, &q, &es).expect("imports");
    assert_eq!(imported.details.country, "Testlandia");
    assert_eq!(imported.details.target, q.stages[1].id);
    let responses: Vec<Response> = imported.answers.iter().map(|(_, a)| a.response).collect();
    assert_eq!(
        responses,
        [
            Response::Stage(StageIndex::new(1)),
            Response::Indicator(IndicatorAnswer::Yes)
        ]
    );
    let b = book(vec![
        start.clone(),
        pillar("P", &[(&indicator, "partly", "", "")]),
    ]);
    let imported = read(&b, &q, &es).expect("imports");
    assert_eq!(
        imported.answers[0].1.response,
        Response::Indicator(IndicatorAnswer::Partly)
    );
    // A misspelt Spanish answer is named with the closest Spanish one.
    let b = book(vec![
        start,
        pillar("P", &[(&indicator, "parcialmnte", "", "")]),
    ]);
    let problems = read(&b, &q, &es).expect_err("refused");
    assert!(
        matches!(
            &problems[0].kind,
            ProblemKind::NotAnAnswer { suggestion: Some(s), answers, .. }
                if s == "parcialmente" && answers.contains(&"n/a".to_owned())
        ),
        "{problems:?}"
    );
    // In English words the Spanish start sheet is not found.
    let b = book(vec![start_in(&es, "X", Cell::Empty, &stage)]);
    let problems = read(&b, &q, &WorkbookWords::english()).expect_err("refused");
    assert_eq!(problems[0].kind, ProblemKind::NotATemplate);
}
