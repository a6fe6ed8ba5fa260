//! Realistic synthetic answers files for benchmarks and load tests: random answers, evidence
//! and notes for a questionnaire, reproducible from a seed.

use std::fmt::Write as _;

use crate::model::{QuestionKind, Questionnaire};

const COUNTRIES: &[&str] = &[
    "Exampleland",
    "República de Costa Esmeralda",
    "São Tomé do Norte",
    "Côte-des-Palmes",
    "Isla Ñandú",
    "Moçambique do Sul",
    "Rivière-Blanche",
    "Estado Plurinacional de Altamar",
];

const WORDS: &[&str] = &[
    "the",
    "ministry",
    "national",
    "csirt",
    "published",
    "plan",
    "budget",
    "team",
    "staff",
    "decree",
    "report",
    "exercise",
    "sector",
    "training",
    "law",
    "review",
    "partners",
    "annual",
    "incident",
    "coordination",
    "survey",
    "evidence",
    "draft",
    "approved",
    "pending",
    "regional",
];

/// One generated answers file.
#[derive(Debug, Clone)]
pub struct CorpusFile {
    /// A file name such as `exampleland-2024-0007.toml`.
    pub name: String,
    /// The TOML text.
    pub text: String,
}

/// Generates `count` answers files for `questionnaire`, the same for the same `seed`.
pub fn generate(questionnaire: &Questionnaire, count: usize, seed: u64) -> Vec<CorpusFile> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..count)
        .map(|i| one(questionnaire, i, &mut rng))
        .collect()
}

fn sentence(rng: &mut fastrand::Rng, words: usize) -> String {
    let mut s: String = (0..words)
        .map(|_| WORDS[rng.usize(..WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s.push('.');
    s
}

fn one(q: &Questionnaire, index: usize, rng: &mut fastrand::Rng) -> CorpusFile {
    let country = COUNTRIES[index % COUNTRIES.len()];
    let year = 2016 + (index / COUNTRIES.len()) % 11;
    let mut text = String::new();
    let _ = writeln!(
        text,
        "questionnaire = \"{}\"\nquestionnaire_version = \"{}\"\n",
        q.id, q.version
    );
    let _ = writeln!(
        text,
        "[assessment]\ncountry = \"{country}\"\nassessed_on = {year}-{:02}-{:02}\nassessors = [\"Ministério da Economia Digital\", \"National CSIRT\"]\ntarget = \"{}\"\n",
        rng.u8(1..=12),
        rng.u8(1..=28),
        q.stages[q.default_target].id
    );
    let mut short = String::from("[answers]\n");
    let mut long = String::new();
    for (_, question) in q.questions() {
        if rng.u8(..100) < 5 {
            continue; // left unanswered
        }
        let value = match &question.kind {
            QuestionKind::Choice { options } => q.stages[options[rng.usize(..options.len())].stage]
                .id
                .clone(),
            QuestionKind::Indicator { .. } => ["yes", "partly", "no"][rng.usize(..3)].to_owned(),
        };
        let note_words = 25 + rng.usize(..40);
        if rng.bool() {
            let _ = writeln!(short, "{} = \"{value}\"", question.id);
        } else {
            let _ = writeln!(
                long,
                "\n[answers.{}]\nanswer = \"{value}\"\nevidence = [\"https://gov.example/{}/{}.pdf\", \"{}\"]\nnotes = \"{}\"",
                question.id,
                question.id,
                rng.u32(..100_000),
                sentence(rng, 6),
                sentence(rng, note_words)
            );
        }
    }
    text.push_str(&short);
    text.push_str(&long);
    // Letters of any script stay: "Côte-des-Palmes" is côte-des-palmes, not cte-des-palmes.
    let slug: String = country
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
        .collect::<String>()
        .to_lowercase()
        .replace(' ', "-");
    CorpusFile {
        name: format!("{slug}-{year}-{index:05}.toml"),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

    #[test]
    fn file_names_keep_accented_letters() {
        let q = parse_questionnaire(crate::builtin::BUILTINS[0].text)
            .value
            .expect("built-in");
        let files = generate(&q, COUNTRIES.len(), 1);
        assert!(
            files.iter().any(|f| f.name.starts_with("côte-des-palmes-")),
            "{:?}",
            files.iter().map(|f| &f.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn generated_files_are_valid_and_reproducible() {
        let q = parse_questionnaire(crate::builtin::BUILTINS[0].text)
            .value
            .expect("built-in");
        let files = generate(&q, 20, 7);
        assert_eq!(files[3].text, generate(&q, 20, 7)[3].text);
        for f in &files {
            let raw = parse_answers(&f.text);
            assert!(
                raw.diagnostics.iter().all(|d| !d.is_error()),
                "{}: {:?}",
                f.name,
                raw.diagnostics
            );
            let resolved = resolve_answers(&raw.value.expect("parses"), &q);
            assert!(
                resolved.value.is_some(),
                "{}: {:?}",
                f.name,
                resolved.diagnostics
            );
        }
    }
}
