//! The cohort report in Spanish, French and Portuguese, read back with `pdftotext`: its words
//! come from the catalogue, its stage and pillar names from the questionnaire's translation,
//! its numbers are written the local way, and no English word of the report is left.

use std::path::Path;

use super::cohort_pdf;
use crate::office::pdf_text;
use crate::util::{cyberassess, root};

/// The shipped examples of ncss-maturity 2.0: two countries, one assessed twice, so every
/// section (heat map, stages by pillar, change, method) is drawn.
const EXAMPLES: &str = "questionnaires/examples/ncss-maturity-2.0";

/// Words of the cohort report's English interface that no translated report may show.
const ENGLISH: [&str; 31] = [
    "COHORT REPORT",
    "Cyber security maturity",
    "side by side",
    "Assessments",
    "Marking",
    "Contents",
    "Produced with",
    "Heat map",
    "Each cell gives",
    "Country",
    "Assessed",
    "Median level",
    "Overall",
    "Stage shading",
    "Stages by pillar",
    "lowest",
    "highest",
    "Change since the previous assessment",
    "Previous → latest",
    "Change shading",
    "unchanged",
    "Assessed once",
    "counts more than once",
    "(continued)",
    "How the cohort figures are computed",
    "Method",
    "Verification",
    "fingerprints",
    "All files",
    "page 1 of",
    " assessments",
];

/// The cohort PDF of the examples with `args` before the command, as text on one line.
fn cohort_text(dir: &Path, args: &[&str], env: Option<(&str, &str)>) -> String {
    let mut command = cyberassess();
    if let Some((name, value)) = env {
        command.env(name, value);
    }
    command.args(args);
    pdf_text(&cohort_pdf(command, dir, &root().join(EXAMPLES), &[]))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_translated(lang: &str, expected: &[&str]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = cohort_text(dir.path(), &["--lang", lang], None);
    for word in expected {
        assert!(text.contains(word), "{lang}: {word:?} missing from {text}");
    }
    for word in ENGLISH {
        assert!(
            !text.contains(word),
            "{lang}: English {word:?} left in {text}"
        );
    }
    // Levels by hand from the examples: Exampleland's Governance pillar went from 2.7 to 3.1.
    assert!(text.contains("2,7 → 3,1 (+0,4)"), "{lang}: {text}");
    assert!(
        !text.contains("2.7"),
        "{lang}: a decimal point left in {text}"
    );
}

#[test]
fn the_cohort_report_reads_in_spanish() {
    assert_translated(
        "es",
        &[
            "INFORME DE COHORTE",
            "Madurez de la estrategia nacional de ciberseguridad",
            "Mapa de calor",
            "Gobernanza e implementación",
            "Formativa 2,7",
            "Establecida 3,1",
            "Mediana",
            "General",
            "Etapas por pilar",
            "1 (33 %)",
            "Cambio desde la evaluación anterior",
            "Exampleland (2 evaluaciones) cuenta más de una vez",
            "sin cambios (0,0)",
            "Cómo se calculan las cifras de la cohorte",
            "un nivel mediano de 2,5 está en la segunda etapa (Formativa)",
            "Verificación",
            "página 1 de 7",
            "ncss-maturity@2.0.0 · 3 evaluaciones",
        ],
    );
}

#[test]
fn the_cohort_report_reads_in_french() {
    assert_translated(
        "fr",
        &[
            "RAPPORT DE COHORTE",
            "Maturité de la stratégie nationale de cybersécurité",
            "Carte thermique",
            "Gouvernance et mise en œuvre",
            "Formatif 2,7",
            "Établi 3,1",
            "Médiane",
            "Ensemble",
            "Stades par pilier",
            "1 (33 %)",
            "Évolution depuis l'évaluation précédente",
            "Exampleland (2 évaluations) compte plus d'une fois",
            "inchangé (0,0)",
            "(suite)",
            "Comment les chiffres de la cohorte sont calculés",
            "un niveau médian de 2,5 correspond au deuxième stade (Formatif)",
            "Vérification",
            "page 1 sur 7",
        ],
    );
}

#[test]
fn the_cohort_report_reads_in_portuguese() {
    assert_translated(
        "pt",
        &[
            "RELATÓRIO DE COORTE",
            "Governança e implementação",
            "Mapa de calor",
            "Formativo 2,7",
            "Estabelecido 3,1",
            "Mediana",
            "Geral",
            "Estágios por pilar",
            "1 (33%)",
            "Variação desde a avaliação anterior",
            "Exampleland (2 avaliações) conta mais de uma vez",
            "sem variação (0,0)",
            "Como os números da coorte são calculados",
            "um nível mediano de 2,5 está no segundo estágio (Formativo)",
            "Verificação",
            "página 1 de 7",
        ],
    );
}

#[test]
fn without_lang_the_cohort_report_is_in_its_questionnaires_language() {
    // A Spanish interface does not make the report Spanish: a cohort mixes answers files, and
    // its questionnaire (ncss-maturity, in English) decides.
    let dir = tempfile::tempdir().expect("temp dir");
    let text = cohort_text(dir.path(), &[], Some(("CYBERASSESS_LANG", "es")));
    assert!(text.contains("COHORT REPORT"), "{text}");
    assert!(text.contains("Heat map"), "{text}");
    assert!(text.contains("Formative 2.7"), "{text}");
    assert!(!text.contains("Mapa de calor"), "{text}");
}
