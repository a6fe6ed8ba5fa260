//! The document in Spanish, French and Portuguese: the report's own words come from the
//! catalogue, numbers are written the local way and the cover's date is written out. The
//! numbers are those `tests.rs` works out by hand for the same assessment.

use super::*;
use crate::model::{Assessment, Questionnaire};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};
use crate::score::score;

const WEIGHTED: &str = include_str!("../../tests/fixtures/weighted.toml");
const WEIGHTED_ANSWERS: &str = include_str!("../../tests/fixtures/weighted-answers.toml");

fn load() -> (Questionnaire, Assessment) {
    let q = parse_questionnaire(WEIGHTED).value.expect("questionnaire");
    let file = parse_answers(WEIGHTED_ANSWERS).value.expect("answers");
    let a = resolve_answers(&file, &q).value.expect("answers resolve");
    (q, a)
}

fn build_in(locale: Locale, redact: Redaction) -> Document {
    let (q, a) = load();
    let options = Options {
        top: 10,
        redact,
        locale,
        ..Options::default()
    };
    Document::build(&score(&q, &a), &options, &Extras::default())
}

fn titles(doc: &Document) -> Vec<&str> {
    doc.sections.iter().map(|s| s.title.as_str()).collect()
}

fn lead(doc: &Document) -> &str {
    match &doc.sections[0].blocks[0] {
        Block::Paragraph(p) => &p.text,
        other => panic!("the summary starts with its lead: {other:?}"),
    }
}

#[test]
fn a_spanish_report_says_everything_in_spanish_with_local_numbers() {
    let doc = build_in(Locale::Es, Redaction::default());
    let c = &doc.cover;
    assert_eq!(c.kicker, "INFORME DE AUTOEVALUACIÓN");
    assert_eq!(c.assessed, "Evaluado el 1 de marzo de 2026");
    assert_eq!(c.overall.label, "ETAPA GENERAL");
    // Level 2.5/4, score 50%, target Working, gap 0.5 (see tests.rs).
    assert_eq!(
        c.overall.detail,
        "Nivel 2,5/4 · puntuación 50\u{a0}% · meta Working · brecha 0,5"
    );
    assert_eq!(
        doc.running.draft.as_deref(),
        Some("Borrador: 1 de 6 preguntas sin respuesta")
    );
    let facts = c.all_facts();
    let labels: Vec<&str> = facts.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "País",
            "Evaluado el",
            "Evaluadores",
            "Cuestionario",
            "Cálculo",
            "Clasificación"
        ]
    );
    assert_eq!(facts[1].1, "1 de marzo de 2026");
    assert_eq!(
        facts[4].1,
        "pilares: media ponderada; general: media ponderada"
    );
    assert_eq!(
        titles(&doc),
        [
            "Resumen",
            "Prioridades",
            "1. Governance",
            "2. Operations",
            "Método"
        ]
    );
    assert_eq!(
        lead(&doc),
        "Fictiland se encuentra en general en la etapa Growing (nivel 2,5/4, puntuación \
         50\u{a0}%), con la etapa Working como meta. 0 de 2 pilares alcanzan su meta. Se \
         respondieron 5 de 6 preguntas, una de ellas como no aplicable."
    );
    let Block::Table(table) = &doc.sections[0].blocks[1] else {
        panic!("then the table");
    };
    assert_eq!(table.columns[3].title, "Puntuación");
    assert_eq!(
        table.rows[0],
        [
            "Governance",
            "Growing",
            "2,7/4",
            "58\u{a0}%",
            "Working",
            "0,3",
            "3/3"
        ]
    );
    let Block::Figure(bars) = &doc.sections[0].blocks[2] else {
        panic!("then the bars");
    };
    assert_eq!(bars.title, "Nivel por pilar");
    assert_eq!(bars.data.values, ["2,7/4", "2,0/4"]);
}

#[test]
fn pillar_sections_label_their_figures_and_details_in_the_language() {
    let doc = build_in(Locale::Fr, Redaction::default());
    let ops = &doc.sections[3];
    let Block::KeyFigures(figures) = &ops.blocks[1] else {
        panic!("key figures after the pillar's summary: {:?}", ops.blocks);
    };
    let labels: Vec<&str> = figures.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Stade", "Niveau", "Score", "Cible", "Écart", "Réponses"]
    );
    // ops: (3 + 1) / 2 = 2.0, 33%; ops-b is n/a.
    let values: Vec<&str> = figures.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values[1..3], ["2,0/4", "33\u{a0}%"]);
    assert_eq!(values[5], "2/3 (1 s.o.)");
    let details: Vec<String> = ops
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Item(item) => Some(item),
            _ => None,
        })
        .flat_map(|item| item.details.iter().map(|d| d.label.clone()))
        .collect();
    assert!(details.contains(&"Réponse".to_owned()), "{details:?}");
    assert!(
        details.contains(&"Prochaine étape".to_owned()),
        "{details:?}"
    );
    assert!(!details.iter().any(|d| d == "Answer" || d == "Next step"));
}

#[test]
fn the_method_and_verification_are_in_portuguese() {
    let doc = build_in(Locale::Pt, Redaction::default());
    let method = doc.sections.last().expect("method");
    assert_eq!(method.title, "Método");
    assert_eq!(method.contents, "Método e verificação");
    assert!(
        method
            .blocks
            .contains(&Block::Heading("Verificação".to_owned()))
    );
    assert!(method.blocks.iter().any(|b| matches!(b, Block::Paragraph(p)
        if p.text.contains("de 0% em Start a 100% em Leading"))));
    // Pillar weights 2 and 1, written the local way and not run together with the commas.
    assert!(method.blocks.iter().any(|b| matches!(b, Block::Paragraph(p)
        if p.text.contains("(Governance 2; Operations 1)"))));
}

#[test]
fn redaction_notes_are_grammatical_in_every_language() {
    let evidence = Redaction {
        notes: false,
        evidence: true,
    };
    let note = |locale| build_in(locale, evidence).cover.redaction.expect("a note");
    assert!(note(Locale::En).starts_with("Redacted edition: the evidence is left out"));
    assert!(note(Locale::Es).contains("este informe omite la evidencia"));
    assert!(note(Locale::Fr).contains("les justificatifs sont retirés"));
    assert!(note(Locale::Pt).contains("as evidências foram retiradas"));
}
