//! Merges of the three respondents in `tests/fixtures/merge/`, each result worked out by hand
//! (gated stages: start 0, growing 1, working 2, leading 3; indicators no < partly < yes).

use super::*;
use crate::model::{IndicatorAnswer::*, StageIndex, Status};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

const GATED: &str = include_str!("../../tests/fixtures/gated.toml");
const MINISTRY: &str = include_str!("../../tests/fixtures/merge/ministry.toml");
const CERT: &str = include_str!("../../tests/fixtures/merge/cert.toml");
const REGULATOR: &str = include_str!("../../tests/fixtures/merge/regulator.toml");
const LATE: &str = include_str!("../../tests/fixtures/merge/late.toml");

fn q() -> Questionnaire {
    parse_questionnaire(GATED).value.expect("fixture parses")
}

fn load(text: &str, q: &Questionnaire) -> Assessment {
    let file = parse_answers(text).value.expect("parses");
    let resolved = resolve_answers(&file, q);
    assert!(
        !resolved.diagnostics.iter().any(|d| d.is_error()),
        "{:?}",
        resolved.diagnostics
    );
    resolved.value.expect("resolves")
}

fn three(q: &Questionnaire) -> [Assessment; 3] {
    [load(MINISTRY, q), load(CERT, q), load(REGULATOR, q)]
}

fn inputs(a: &[Assessment; 3]) -> [Input<'_>; 3] {
    [
        Input {
            name: "Ministry of ICT",
            assessment: &a[0],
        },
        Input {
            name: "National CERT",
            assessment: &a[1],
        },
        Input {
            name: "regulator",
            assessment: &a[2],
        },
    ]
}

fn at(q: &Questionnaire, id: &str) -> QuestionRef {
    q.find_question(id).expect("question exists")
}

fn answer(c: &Consensus, q: &Questionnaire, id: &str) -> Option<Response> {
    c.answers.get(&at(q, id)).map(|a| a.response)
}

fn disputed(c: &Consensus, q: &Questionnaire, id: &str) -> bool {
    c.records.get(&at(q, id)).is_some_and(|r| r.disputed)
}

#[test]
fn agreement_stands_and_each_rule_settles_disputes_as_worked_out_by_hand() {
    let q = q();
    let a = three(&q);
    let stage = |s| Response::Stage(StageIndex::new(s));
    let ind = Response::Indicator;
    // (question, lowest, median, none) — the answers are in the fixtures' comments above.
    let expected = [
        // working, growing, leading → sorted 1, 2, 3: lowest 1, lower median 2.
        ("c-choice", Some(stage(1)), Some(stage(2)), None),
        // yes ×3: agreed.
        ("c-ind-2", Some(ind(Yes)), Some(ind(Yes)), Some(ind(Yes))),
        // yes, partly, no: lowest no, median partly.
        ("c-ind-3", Some(ind(No)), Some(ind(Partly)), None),
        // n/a against no, no: disputed; n/a is left out of the order, so no.
        ("c-ind-4", Some(ind(No)), Some(ind(No)), None),
        // growing, leading (the regulator did not answer, so does not vote): lower median 1.
        ("e-choice", Some(stage(1)), Some(stage(1)), None),
        // yes, yes and one unanswered: agreed.
        ("e-ind-3", Some(ind(Yes)), Some(ind(Yes)), Some(ind(Yes))),
    ];
    let lowest = merge(&q, &inputs(&a), Rule::Lowest).unwrap();
    let median = merge(&q, &inputs(&a), Rule::Median).unwrap();
    let none = merge(&q, &inputs(&a), Rule::None).unwrap();
    for (id, l, m, n) in expected {
        assert_eq!(answer(&lowest, &q, id), l, "lowest {id}");
        assert_eq!(answer(&median, &q, id), m, "median {id}");
        assert_eq!(answer(&none, &q, id), n, "none {id}");
        let agreed = id == "c-ind-2" || id == "e-ind-3";
        for c in [&lowest, &median, &none] {
            assert_eq!(disputed(c, &q, id), !agreed, "{id}");
        }
    }
    assert_eq!(lowest.disputed(), 4);
    assert_eq!(
        lowest.respondents,
        ["Ministry of ICT", "National CERT", "regulator"]
    );
}

#[test]
fn nothing_a_respondent_wrote_is_lost() {
    let q = q();
    let a = three(&q);
    let c = merge(&q, &inputs(&a), Rule::None).unwrap();
    let record = c.records.get(&at(&q, "c-choice")).unwrap();
    let names: Vec<&str> = record.respondents.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ministry of ICT", "National CERT", "regulator"]);
    assert_eq!(record.respondents[0].evidence, ["Plan 2025"]);
    assert_eq!(
        record.respondents[1].evidence,
        ["Draft plan v2", "Plan 2025"]
    );
    assert_eq!(
        record.respondents[1].notes.as_deref(),
        Some("Not adopted yet.")
    );
    assert_eq!(
        record.respondents[2].response,
        Some(Response::Stage(StageIndex::new(3)))
    );
    // The ministry's n/a reason stays with its answer.
    let na = c.records.get(&at(&q, "c-ind-4")).unwrap();
    assert_eq!(na.respondents[0].response, Some(Response::NotApplicable));
    assert_eq!(
        na.respondents[0].notes.as_deref(),
        Some("No yearly review is required.")
    );
    // Where an answer stands, it carries everyone's evidence once and their notes, signed.
    let lowest = merge(&q, &inputs(&a), Rule::Lowest).unwrap();
    let merged = lowest.answers.get(&at(&q, "c-choice")).unwrap();
    assert_eq!(merged.evidence, ["Plan 2025", "Draft plan v2"]);
    assert_eq!(
        merged.notes.as_deref(),
        Some("Ministry of ICT: Adopted in March.\nNational CERT: Not adopted yet.")
    );
    // The regulator left e-choice unanswered: no record for it there.
    let e = c.records.get(&at(&q, "e-choice")).unwrap();
    assert_eq!(e.respondents.len(), 2);
}

#[test]
fn notes_written_without_an_answer_reach_the_record() {
    let q = q();
    let mut a = three(&q);
    let regulator = REGULATOR.replace(
        "e-choice = \"\"",
        "e-choice = { evidence = [\"Audit plan\"], notes = \"Waiting for the training audit.\" }",
    );
    a[2] = load(&regulator, &q);
    let c = merge(&q, &inputs(&a), Rule::None).unwrap();
    let e = c.records.get(&at(&q, "e-choice")).unwrap();
    let names: Vec<&str> = e.respondents.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ministry of ICT", "National CERT", "regulator"]);
    assert_eq!(e.respondents[2].response, None);
    assert_eq!(e.respondents[2].evidence, ["Audit plan"]);
    assert_eq!(
        e.respondents[2].notes.as_deref(),
        Some("Waiting for the training audit.")
    );
    // It does not vote: the two answers (growing, leading) are still the dispute.
    assert!(disputed(&c, &q, "e-choice"));
    assert_eq!(answer(&c, &q, "e-choice"), None);
}

#[test]
fn the_agenda_lists_disputes_widest_spread_first() {
    let q = q();
    let a = three(&q);
    let c = merge(&q, &inputs(&a), Rule::Lowest).unwrap();
    let agenda = c.agenda();
    let rows: Vec<(&str, usize, bool)> = agenda
        .iter()
        .map(|d| {
            (
                q.question(d.question).id.as_str(),
                d.spread,
                d.not_applicable,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("c-choice", 2, false),
            ("c-ind-3", 2, false),
            ("e-choice", 2, false),
            ("c-ind-4", 0, true),
        ]
    );
    assert_eq!(
        agenda[2].answers,
        [
            Some(Response::Stage(StageIndex::new(1))),
            Some(Response::Stage(StageIndex::new(3))),
            None
        ]
    );
    assert_eq!(
        agenda[0].provisional,
        Some(Response::Stage(StageIndex::new(1)))
    );
}

#[test]
fn merging_one_file_gives_the_same_answers() {
    let q = q();
    let ministry = load(MINISTRY, &q);
    let c = merge(
        &q,
        &[Input {
            name: "Ministry of ICT",
            assessment: &ministry,
        }],
        Rule::Lowest,
    )
    .unwrap();
    assert_eq!(c.disputed(), 0);
    let responses = |answers: &Answers| -> Vec<(QuestionRef, Response)> {
        answers.iter().map(|(r, a)| (r, a.response)).collect()
    };
    assert_eq!(responses(&c.answers), responses(&ministry.answers));
    assert_eq!(
        c.answers.get(&at(&q, "c-choice")).unwrap().evidence,
        ["Plan 2025"]
    );
}

/// The consensus as the file `merge` writes reads back: answers and records.
fn as_assessment(c: &Consensus) -> Assessment {
    Assessment {
        answers: c.answers.clone(),
        records: c.records.clone(),
        info: crate::model::AssessmentInfo {
            status: Some(Status::Consensus),
            ..Default::default()
        },
        ..Assessment::default()
    }
}

#[test]
fn a_late_respondent_joins_an_earlier_consensus() {
    let q = q();
    let a = three(&q);
    let first = as_assessment(&merge(&q, &inputs(&a), Rule::Lowest).unwrap());
    let late = load(LATE, &q);
    let both = [
        Input {
            name: "consensus",
            assessment: &first,
        },
        Input {
            name: "Finance Ministry",
            assessment: &late,
        },
    ];
    let c = merge(&q, &both, Rule::Lowest).unwrap();
    assert_eq!(
        c.respondents,
        [
            "Ministry of ICT",
            "National CERT",
            "regulator",
            "Finance Ministry"
        ]
    );
    // Agreed yes by three, now no by the late respondent: disputed, lowest no.
    assert!(disputed(&c, &q, "c-ind-2"));
    assert_eq!(answer(&c, &q, "c-ind-2"), Some(Response::Indicator(No)));
    // Agreed yes, and yes again: still agreed, with the late note signed.
    assert!(!disputed(&c, &q, "e-ind-3"));
    let e = c.answers.get(&at(&q, "e-ind-3")).unwrap();
    assert_eq!(
        e.notes.as_deref(),
        Some("Finance Ministry: Budget line 4.2.")
    );
    assert_eq!(
        c.records.get(&at(&q, "e-ind-3")).unwrap().respondents.len(),
        3
    );
    // Disputed before: decided again from all four (working, growing, leading, working).
    assert!(disputed(&c, &q, "c-choice"));
    assert_eq!(
        answer(&c, &q, "c-choice"),
        Some(Response::Stage(StageIndex::new(1)))
    );
    let choice = c.answers.get(&at(&q, "c-choice")).unwrap();
    assert_eq!(
        choice.notes.as_deref(),
        Some("Ministry of ICT: Adopted in March.\nNational CERT: Not adopted yet."),
        "notes already signed are not repeated"
    );
    // The same file twice is refused.
    let again = [both[0], both[1], both[1]];
    assert_eq!(
        merge(&q, &again, Rule::Lowest),
        Err(MergeError::SameRespondent {
            name: "Finance Ministry".into(),
            input: 2
        })
    );
}

#[test]
fn a_settled_question_stays_settled_when_the_late_respondent_agrees() {
    let q = q();
    let a = three(&q);
    let mut first = as_assessment(&merge(&q, &inputs(&a), Rule::Lowest).unwrap());
    // The workshop settles c-choice at working.
    let r = at(&q, "c-choice");
    let mut record = first.records.get(&r).unwrap().clone();
    record.disputed = false;
    first.records.insert(r, record);
    first
        .answers
        .insert(r, Answer::bare(Response::Stage(StageIndex::new(2))));
    let late = load(LATE, &q);
    let both = [
        Input {
            name: "consensus",
            assessment: &first,
        },
        Input {
            name: "Finance Ministry",
            assessment: &late,
        },
    ];
    let c = merge(&q, &both, Rule::Lowest).unwrap();
    assert!(!disputed(&c, &q, "c-choice"));
    assert_eq!(
        answer(&c, &q, "c-choice"),
        Some(Response::Stage(StageIndex::new(2)))
    );
    assert_eq!(c.records.get(&r).unwrap().respondents.len(), 4);
}

#[test]
fn short_names_are_short_and_distinct() {
    let names = [
        "National CERT".to_owned(),
        "Ministry of Information and Communication Technology".to_owned(),
        "Ministry of Interior and Civil Transport".to_owned(),
    ];
    assert_eq!(short_names(&names), ["National CERT", "MoIaCT", "MoIaCT 2"]);
}
