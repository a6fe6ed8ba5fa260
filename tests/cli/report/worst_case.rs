//! The worst case: a generated questionnaire with 200 questions, 2,000-character notes, a
//! 300-character URL and names in Portuguese, French and Spanish; a 200-character country, a
//! 217-character marking and 60 assessors.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Portuguese, French and Spanish names and text, for the worst case.
pub(super) const NAMES: [&str; 5] = [
    "Governança, coordenação e implementação da estratégia nacional de cibersegurança",
    "Renforcement des capacités techniques, formation et sensibilisation des élèves",
    "Respuesta a incidentes, gestión de crisis y cooperación internacional",
    "Legislação, regulamentação e proteção das infraestruturas críticas",
    "Économie numérique, société civile et confiance des citoyens",
];

/// How many assessors the worst case names.
pub(super) const ASSESSORS: usize = 60;

/// A questionnaire with 200 questions and an answers file with 2,000-character notes and a
/// 300-character URL.
pub(super) fn write_worst_case(dir: &Path) -> PathBuf {
    let mut q = String::from(
        "id = \"worst-case\"\nversion = \"1.0.0\"\ntitle = \"Avaliação de maturidade — évaluation \
         de la maturité — evaluación de madurez\"\nsummary = \"Stress test.\"\nlanguage = \"pt\"\n\
         default_target = \"tres\"\n\n[scoring]\nmethod = \"weighted-mean\"\n\
         overall = \"weighted-mean\"\n",
    );
    let stages = [
        ("um", "Inicial"),
        ("dois", "Em formação"),
        ("tres", "Établi"),
        ("quatro", "Dinámico"),
    ];
    for (id, name) in stages {
        let _ = write!(
            q,
            "\n[[stages]]\nid = \"{id}\"\nname = \"{name}\"\nsummary = \"Etapa {name}: descrição, définition, descripción.\"\n"
        );
    }
    let country: String =
        "República Democrática de São Tomé e Príncipe — Côte d'Ivoire — España — "
            .repeat(3)
            .chars()
            .take(200)
            .collect();
    let marking: String = "TLP:AMBER+STRICT — distribution limited to the members of the \
                           interministerial steering committee and their named deputies; "
        .repeat(2)
        .chars()
        .take(217)
        .collect();
    let assessors: Vec<String> = (1..=ASSESSORS)
        .map(|i| {
            format!("\"Assessor {i}: Agence nationale de la sécurité des systèmes d'information\"")
        })
        .collect();
    let mut a = format!(
        "questionnaire = \"worst.toml\"\n\n[assessment]\ncountry = \"{}\"\nassessed_on = \
         2026-05-04\nassessors = [{}]\nmarking = \"{}\"\n\n",
        country.trim_end(),
        assessors.join(", "),
        marking.trim_end()
    );
    let notes = "Observação: a política foi revista em março; l'équipe a noté des lacunes \
                 importantes; la revisión señaló que faltan indicadores. "
        .repeat(12)
        .chars()
        .take(2000)
        .collect::<String>();
    let url = format!(
        "https://ministerio-da-economia-digital.example.st/documentos/{}relatorio-final.pdf",
        "seguranca-cibernetica-estrategia-nacional-".repeat(6)
    );
    assert!(url.len() >= 300, "{}", url.len());
    for (p, name) in NAMES.iter().enumerate() {
        let _ = write!(
            q,
            "\n[[pillars]]\nid = \"p{p}\"\nname = \"{name}\"\nweight = 1.0\nsummary = \"{name}: âmbito, périmètre, ámbito.\"\n"
        );
        for i in 0..40 {
            let _ = write!(
                q,
                "\n[[pillars.questions]]\nid = \"p{p}-q{i}\"\nprompt = \"Pergunta {i} — la \
                 autoridad nacional ¿dispone de un plan aprobado, financiado y revisado \
                 périodiquement par le comité de pilotage interministériel?\"\n"
            );
            for (s, (id, name)) in stages.iter().enumerate() {
                let _ = write!(
                    q,
                    "[[pillars.questions.options]]\nstage = \"{id}\"\ntext = \"{name}: descrição observável da situação, y sus evidencias.\"\n"
                );
                if s + 1 < stages.len() {
                    let _ = writeln!(
                        q,
                        "next_step = \"Próximo passo para sair de {name}: rédiger, adopter et publier le plan.\""
                    );
                }
            }
            match i % 5 {
                0 => {
                    let _ = write!(
                        a,
                        "[answers.p{p}-q{i}]\nanswer = \"dois\"\nevidence = [\"{url}\", \"Decreto-Lei n.º 12/2025\"]\nnotes = \"\"\"\n{notes}\"\"\"\n\n"
                    );
                }
                1 => {
                    let _ = write!(
                        a,
                        "[answers.p{p}-q{i}]\nanswer = \"n/a\"\nnotes = \"Não se aplica: sans objet.\"\n\n"
                    );
                }
                2 => {} // unanswered
                _ => {
                    let _ = write!(
                        a,
                        "[answers.p{p}-q{i}]\nanswer = \"{}\"\nnotes = \"{}\"\n\n",
                        stages[i % 4].0,
                        notes.chars().take(300).collect::<String>()
                    );
                }
            }
        }
    }
    std::fs::write(dir.join("worst.toml"), q).expect("write questionnaire");
    let path = dir.join("worst-answers.toml");
    std::fs::write(&path, a).expect("write answers");
    path
}
