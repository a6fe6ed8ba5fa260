//! The document of a small assessment, checked against what a reader works out by hand.

use super::*;
use crate::model::{Assessment, Questionnaire};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};
use crate::score::score;

const WEIGHTED: &str = include_str!("../../tests/fixtures/weighted.toml");
const WEIGHTED_ANSWERS: &str = include_str!("../../tests/fixtures/weighted-answers.toml");

fn load() -> (Questionnaire, Assessment) {
    let q = parse_questionnaire(WEIGHTED)
        .value
        .expect("questionnaire parses");
    let file = parse_answers(WEIGHTED_ANSWERS)
        .value
        .expect("answers parse");
    let a = resolve_answers(&file, &q).value.expect("answers resolve");
    (q, a)
}

fn options() -> Options {
    Options {
        top: 10,
        questionnaire_sha256: "q".repeat(64),
        answers_sha256: "a".repeat(64),
        ..Options::default()
    }
}

fn build(options: &Options) -> Document {
    let (q, a) = load();
    Document::build(&score(&q, &a), options, &Extras::default())
}

fn section<'d>(doc: &'d Document, title: &str) -> &'d Section {
    doc.sections
        .iter()
        .find(|s| s.title == title)
        .unwrap_or_else(|| panic!("no section {title}"))
}

fn items(section: &Section) -> Vec<&Item> {
    section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Item(item) => Some(item),
            _ => None,
        })
        .collect()
}

#[test]
fn sections_come_in_reading_order() {
    let doc = build(&options());
    let titles: Vec<(&str, &str, Start)> = doc
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.contents.as_str(), s.start))
        .collect();
    assert_eq!(
        titles,
        [
            ("Summary", "Summary", Start::NewPage),
            ("Priorities", "Priorities", Start::Follow),
            ("1. Governance", "1. Governance", Start::Break),
            ("2. Operations", "2. Operations", Start::Break),
            ("Method", "Method and verification", Start::Break),
        ]
    );
}

#[test]
fn the_cover_and_every_page_say_what_a_reader_works_out_by_hand() {
    let doc = build(&options());
    let c = &doc.cover;
    assert_eq!(c.country, "Fictiland");
    assert_eq!(c.assessed, "Assessed 2026-03-01");
    // Overall: (2·2.75 + 1·2) / 3 = 2.5, Growing; score (2·58.33 + 33.33) / 3 = 50; target
    // Working (3), gap 0.5.
    assert_eq!(c.overall.stage, "Growing");
    assert_eq!(
        c.overall.detail,
        "Level 2.5/4 · score 50% · target Working · gap 0.5"
    );
    // ops-c is unanswered: one of six questions.
    let draft = "Draft: 1 of 6 questions unanswered";
    assert_eq!(doc.running.draft.as_deref(), Some(draft));
    assert_eq!(
        c.overall.draft.as_deref(),
        Some("Draft: 1 of 6 questions unanswered; the figures are not final.")
    );
    assert_eq!(doc.running.marking.as_deref(), Some("TLP:GREEN"));
    assert_eq!(doc.running.footer, "mini-weighted@1.2.0");
    let facts = c.all_facts();
    let labels: Vec<&str> = facts.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Country",
            "Assessed",
            "Assessors",
            "Questionnaire",
            "Scoring",
            "Marking"
        ]
    );
    assert_eq!(facts[2].1, "Office of the Test");
    assert_eq!(doc.info.title, "Fictiland: Mini weighted questionnaire");
    assert_eq!(
        doc.info.date.map(|d| d.to_string()).as_deref(),
        Some("2026-03-01")
    );
}

#[test]
fn a_marking_given_for_the_report_overrides_the_files() {
    let doc = build(&Options {
        marking: Some("TLP:AMBER".to_owned()),
        ..options()
    });
    assert_eq!(doc.running.marking.as_deref(), Some("TLP:AMBER"));
    assert!(
        doc.cover
            .facts
            .contains(&("Marking".to_owned(), "TLP:AMBER".to_owned()))
    );
}

#[test]
fn the_summary_holds_the_pillar_table_and_both_charts_as_data() {
    let doc = build(&options());
    let summary = section(&doc, "Summary");
    let Block::Paragraph(lead) = &summary.blocks[0] else {
        panic!("the summary starts with its lead: {:?}", summary.blocks[0]);
    };
    assert_eq!(
        lead.text,
        "Fictiland is at the Growing stage overall (level 2.5/4, score 50%), against a target \
         of Working. 0 of 2 pillars meet their target. 5 of 6 questions were answered, one of \
         them as not applicable."
    );
    let Block::Table(table) = &summary.blocks[1] else {
        panic!("then the table");
    };
    // gov: (2·4 + 1·2 + 1·1) / 4 = 2.75 → 2.7 shown, 58%, gap 0.25 → 0.3 shown.
    assert_eq!(
        table.rows[0],
        [
            "Governance",
            "Growing",
            "2.7/4",
            "58%",
            "Working",
            "0.3",
            "3/3"
        ]
    );
    // ops: (3 + 1) / 2 = 2.0, 33%, target Leading, gap 2.0; ops-b n/a.
    assert_eq!(
        table.rows[1],
        [
            "Operations",
            "Growing",
            "2.0/4",
            "33%",
            "Leading",
            "2.0",
            "2/3 (1 n/a)"
        ]
    );
    assert_eq!(table.rows[2][0], "Overall");
    assert_eq!(table.totals, 1);
    let shares: f32 = table.columns.iter().map(|c| c.share).sum();
    assert!((shares - 1.0).abs() < 1e-3, "{shares}");
    // Two pillars: bars, but no radar (it needs three axes).
    let figures: Vec<&Figure> = summary
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Figure(f) => Some(f),
            _ => None,
        })
        .collect();
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].kind, FigureKind::Bars);
    assert_eq!(figures[0].data.levels, [2.75, 2.0]);
    let targets: Vec<usize> = figures[0].data.targets.iter().map(|t| t.number()).collect();
    assert_eq!(targets, [3, 4]);
    assert_eq!(figures[0].data.values, ["2.7/4", "2.0/4"]);
}

#[test]
fn priorities_list_the_top_steps_and_say_when_none_are_asked_for() {
    let doc = build(&options());
    let priorities = section(&doc, "Priorities");
    let Some(Block::Table(table)) = priorities.blocks.last() else {
        panic!("a table of steps");
    };
    // Foundations first: gov-c (start → growing, weight 1·2) before ops-c (start → growing,
    // weight 1·1, unanswered).
    assert_eq!(table.rows[0][0], "1");
    assert_eq!(table.rows[0][2], "Is there a budget?");
    assert_eq!(table.rows[0][3], "Start → Growing");
    assert!(
        table
            .rows
            .iter()
            .any(|r| r[3] == "Start → Growing\n(unanswered)")
    );
    assert_eq!(priorities.running.as_deref(), Some("Priorities"));

    let none = build(&Options {
        top: 0,
        ..options()
    });
    let priorities = section(&none, "Priorities");
    assert_eq!(priorities.blocks.len(), 1);
    assert!(matches!(&priorities.blocks[0], Block::Paragraph(p)
        if p.text.contains("this report was asked to list none here")));
}

#[test]
fn each_question_shows_its_answer_evidence_notes_and_next_step() {
    let doc = build(&options());
    let ops = items(section(&doc, "2. Operations"));
    assert_eq!(ops.len(), 3);
    let na = ops[1];
    assert_eq!(na.number, "2.2");
    assert_eq!(na.details[0].tone, Tone::Muted);
    assert_eq!(
        na.details[0].value,
        Value::Text("Not applicable — left out of the score".to_owned())
    );
    assert_eq!(
        na.details[1].value,
        Value::List(vec!["https://example.org/no-sectors".to_owned()])
    );
    assert_eq!(na.details[2].label, "Notes");
    let unanswered = ops[2];
    assert_eq!(unanswered.details[0].tone, Tone::Warning);
    assert_eq!(
        unanswered.details[0].value,
        Value::Text("Not answered — counts as Start (level 1)".to_owned())
    );
    assert_eq!(
        unanswered.details.last().map(|d| d.label.as_str()),
        Some("Next step")
    );
}

#[test]
fn redaction_leaves_out_evidence_and_notes_and_says_so() {
    let doc = build(&Options {
        redact: Redaction {
            notes: true,
            evidence: true,
        },
        ..options()
    });
    let ops = items(section(&doc, "2. Operations"));
    let labels: Vec<&str> = ops[1].details.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(labels, ["Answer"]);
    assert!(
        doc.cover
            .redaction
            .as_deref()
            .is_some_and(|r| r.contains("notes and evidence"))
    );
    let method = section(&doc, "Method");
    assert!(matches!(method.blocks.last(), Some(Block::Paragraph(p))
        if p.text.contains("--redact: the notes and evidence")));
}

#[test]
fn the_method_ends_with_the_fingerprints_of_both_files() {
    let doc = build(&options());
    let method = section(&doc, "Method");
    assert!(method.blocks.contains(&Block::Fingerprints(vec![
        ("Questionnaire".to_owned(), "q".repeat(64)),
        ("Answers".to_owned(), "a".repeat(64)),
    ])));
    assert!(method.blocks.contains(&Block::AllAssessors {
        heading: "The assessor".to_owned(),
        names: vec!["Office of the Test".to_owned()],
    }));
}

#[test]
fn a_very_long_country_name_is_shortened_in_the_lead_only() {
    let (q, mut a) = load();
    a.info.country = "X".repeat(5000);
    let doc = Document::build(&score(&q, &a), &options(), &Extras::default());
    assert_eq!(doc.cover.country.len(), 5000);
    let Block::Paragraph(lead) = &section(&doc, "Summary").blocks[0] else {
        panic!("lead");
    };
    assert!(
        lead.text
            .starts_with(&format!("{}… is at", "X".repeat(200)))
    );
}
