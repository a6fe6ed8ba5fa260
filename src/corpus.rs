//! Realistic synthetic answers files for benchmarks and load tests: random answers, evidence
//! and notes for a questionnaire, reproducible from a seed; or several assessments per country
//! over the years, whose answers drift as a country's do (mostly up, sometimes down).

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
    let date = date(year, rng);
    let answers: Vec<Option<usize>> = q
        .questions()
        .map(|(_, question)| {
            // 5% left unanswered.
            (rng.u8(..100) >= 5).then(|| random_value(question, rng))
        })
        .collect();
    let slug = slug(country);
    file(
        q,
        country,
        &date,
        &answers,
        format!("{slug}-{year}-{index:05}.toml"),
        rng,
    )
}

/// A day of `year` from January to October: the last year is 2026, so no date lies in the
/// future (a future date is a warning, which would flood every run on the corpus).
fn date(year: usize, rng: &mut fastrand::Rng) -> String {
    format!("{year}-{:02}-{:02}", rng.u8(1..=10), rng.u8(1..=28))
}

/// The number of values a question takes: its options, or yes/partly/no.
fn value_count(question: &crate::model::Question) -> usize {
    match &question.kind {
        QuestionKind::Choice { options } => options.len(),
        QuestionKind::Indicator { .. } => 3,
    }
}

fn random_value(question: &crate::model::Question, rng: &mut fastrand::Rng) -> usize {
    rng.usize(..value_count(question).max(1))
}

/// Generates about `count` answers files, `years` per country: country k is assessed every
/// other year, ending in 2026, and its answers drift from one assessment to the next (each
/// question up one stage with a chance of 1 in 4, down one with 1 in 12; unanswered ones get
/// answered). Country names repeat the example names with a number (`Isla Ñandú 12`). The same
/// for the same `seed`.
pub fn generate_years(
    questionnaire: &Questionnaire,
    count: usize,
    years: usize,
    seed: u64,
) -> Vec<CorpusFile> {
    let q = questionnaire;
    let years = years.max(1);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut files = Vec::with_capacity(count);
    for k in 0..count.div_ceil(years) {
        let base = COUNTRIES[k % COUNTRIES.len()];
        let country = match k / COUNTRIES.len() {
            0 => base.to_owned(),
            n => format!("{base} {n}"),
        };
        // Start low: most countries begin at the first stages.
        let mut answers: Vec<Option<usize>> = q
            .questions()
            .map(|(_, question)| {
                (rng.u8(..100) >= 10).then(|| rng.usize(..value_count(question).clamp(1, 3)))
            })
            .collect();
        for y in 0..years.min(count - files.len()) {
            if y > 0 {
                for ((_, question), answer) in q.questions().zip(answers.iter_mut()) {
                    let top = value_count(question).max(1) - 1;
                    *answer = Some(match *answer {
                        None => rng.usize(..=top.min(1)),
                        Some(v) => match rng.u8(..12) {
                            0..=2 => (v + 1).min(top),
                            3 => v.saturating_sub(1),
                            _ => v,
                        },
                    });
                }
            }
            let year = 2026 - 2 * (years - 1 - y);
            let date = date(year, &mut rng);
            let name = format!("{}-{year}.toml", slug(&country));
            files.push(file(q, &country, &date, &answers, name, &mut rng));
        }
    }
    files
}

/// `república-de-costa-esmeralda`: a file-name part from a country. Letters of any script stay:
/// "Côte-des-Palmes" is côte-des-palmes, not cte-des-palmes.
fn slug(country: &str) -> String {
    country
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
        .collect::<String>()
        .to_lowercase()
        .replace(' ', "-")
}

/// One answers file: `answers` holds, per question in order, the index of the chosen option
/// (or yes/partly/no), or `None` for unanswered; about half get evidence and notes.
fn file(
    q: &Questionnaire,
    country: &str,
    date: &str,
    answers: &[Option<usize>],
    name: String,
    rng: &mut fastrand::Rng,
) -> CorpusFile {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "questionnaire = \"{}\"\nquestionnaire_version = \"{}\"\n",
        q.id, q.version
    );
    let _ = writeln!(
        text,
        "[assessment]\ncountry = \"{country}\"\nassessed_on = {date}\nassessors = [\"Ministério da Economia Digital\", \"National CSIRT\"]\ntarget = \"{}\"\n",
        q.stages[q.default_target].id
    );
    let mut short = String::from("[answers]\n");
    let mut long = String::new();
    for ((_, question), answer) in q.questions().zip(answers) {
        let Some(i) = *answer else {
            continue; // left unanswered
        };
        let value = match &question.kind {
            QuestionKind::Choice { options } => match options.get(i) {
                Some(option) => q.stages[option.stage].id.clone(),
                None => continue,
            },
            QuestionKind::Indicator { .. } => ["yes", "partly", "no"][i.min(2)].to_owned(),
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
    CorpusFile { name, text }
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
    fn years_give_each_country_dated_assessments_that_drift() {
        let q = parse_questionnaire(crate::builtin::BUILTINS[0].text)
            .value
            .expect("built-in");
        let files = generate_years(&q, 30, 3, 7);
        assert_eq!(files.len(), 30);
        assert_eq!(files[4].text, generate_years(&q, 30, 3, 7)[4].text);
        // Country 0 in 2022, 2024 and 2026; country 8 is the first with a number.
        assert_eq!(files[0].name, "exampleland-2022.toml");
        assert_eq!(files[2].name, "exampleland-2026.toml");
        assert!(files[24].text.contains("country = \"Exampleland 1\""));
        let mut levels = Vec::new();
        for f in &files[..3] {
            let raw = parse_answers(&f.text).value.expect("parses");
            let a = resolve_answers(&raw, &q).value.expect("resolves");
            levels.push(crate::score::score(&q, &a).overall.level);
        }
        // Drift is mostly upwards: three assessments of one country are not all equal.
        assert!(levels[0] != levels[2], "{levels:?}");
    }

    #[test]
    fn no_date_lies_after_october_2026() {
        let q = parse_questionnaire(crate::builtin::BUILTINS[0].text)
            .value
            .expect("built-in");
        let files = generate(&q, 2_000, 3).into_iter();
        let files = files.chain(generate_years(&q, 2_000, 5, 3));
        let mut latest = String::new();
        for f in files {
            let date = f.text.split("assessed_on = ").nth(1).expect("dated");
            latest = latest.max(date[..10].to_owned());
        }
        // The last year is reached, and no later than October.
        assert!(latest.starts_with("2026-10-"), "{latest}");
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
