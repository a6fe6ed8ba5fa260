//! The wording rule of `ncss-maturity` 2.x, as far as a test can check it: options are cumulative
//! and say so in their first words, options above Start-up state no negative condition, judgement
//! words are replaced by observables, and every option below the top has a next step.
//!
//! The files are read as plain TOML, so that the rule is checked whatever the loader accepts.

use std::path::PathBuf;

use toml::{Table, Value};

const STAGES: [&str; 5] = [
    "Start-up",
    "Formative",
    "Established",
    "Strategic",
    "Dynamic",
];
const NEGATIVE: [&str; 8] = [
    "not", "no", "never", "without", "neither", "nor", "lacks", "none",
];
const JUDGEMENT: [&str; 5] = ["some", "routinely", "hardly", "now and then", "regularly"];

/// Every `ncss-maturity` questionnaire of version 2.x in `questionnaires/`, parsed.
fn version_2_files() -> Vec<(PathBuf, Table)> {
    let dir = crate::util::root().join("questionnaires");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("questionnaires folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let table: Table = toml::from_str(&text).expect("valid TOML");
        let is = |key: &str, test: &dyn Fn(&str) -> bool| {
            table.get(key).and_then(Value::as_str).is_some_and(test)
        };
        if is("id", &|id| id == "ncss-maturity") && is("version", &|v| v.starts_with("2.")) {
            found.push((path, table));
        }
    }
    found
}

/// The words of `text`, lower case, for whole-word matching.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `phrase` (one or more words) occurs in `text` as whole words.
fn has_phrase(text: &str, phrase: &str) -> bool {
    let text = words(text);
    let phrase = words(phrase);
    text.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

/// Collapses the line breaks and runs of spaces a multi-line TOML string may carry.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every broken rule in one questionnaire, as "question stage: what" lines.
fn broken_rules(table: &Table) -> Vec<String> {
    let mut broken = Vec::new();
    let pillars = table["pillars"].as_array().expect("pillars");
    for pillar in pillars {
        for question in pillar["questions"].as_array().expect("questions") {
            let id = question["id"].as_str().expect("id");
            let options = question["options"].as_array().expect("options");
            if options.len() != STAGES.len() {
                broken.push(format!("{id}: {} options", options.len()));
                continue;
            }
            for (n, option) in options.iter().enumerate() {
                let at = format!("{id} {}", STAGES[n]);
                let text = flat(option["text"].as_str().expect("text"));
                let opening = match n {
                    0 => Some("Fewer than all Formative conditions hold. ".to_owned()),
                    1 => None,
                    _ => Some(format!("All {} conditions hold, and ", STAGES[n - 1])),
                };
                if let Some(opening) = opening.filter(|o| !text.starts_with(o.as_str())) {
                    broken.push(format!("{at}: does not begin {opening:?}"));
                }
                if n == 1 && text.starts_with("All ") {
                    broken.push(format!("{at}: Formative stands on its own"));
                }
                if n > 0 {
                    for word in NEGATIVE.iter().filter(|w| has_phrase(&text, w)) {
                        broken.push(format!("{at}: negative word {word:?}"));
                    }
                }
                let step = option.get("next_step").and_then(Value::as_str).map(flat);
                for part in [Some(&text), step.as_ref()].into_iter().flatten() {
                    for word in JUDGEMENT.iter().filter(|w| has_phrase(part, w)) {
                        broken.push(format!("{at}: judgement word {word:?}"));
                    }
                }
                match (n == STAGES.len() - 1, step.is_some()) {
                    (true, true) => broken.push(format!("{at}: Dynamic has a next step")),
                    (false, false) => broken.push(format!("{at}: next step missing")),
                    _ => {}
                }
            }
        }
    }
    broken
}

#[test]
fn version_2_options_follow_the_wording_rule() {
    let files = version_2_files();
    assert!(!files.is_empty(), "no ncss-maturity 2.x in questionnaires/");
    for (path, table) in files {
        let broken = broken_rules(&table);
        assert!(
            broken.is_empty(),
            "{}:\n{}",
            path.display(),
            broken.join("\n")
        );
    }
}

#[test]
fn the_wording_rule_catches_what_it_names() {
    let question = r#"
        [[pillars]]
        [[pillars.questions]]
        id = "q"
        [[pillars.questions.options]]
        text = "Typically nothing is there."
        next_step = "The ministry drafts a plan."
        [[pillars.questions.options]]
        text = "All Start-up conditions hold, and a draft exists."
        next_step = "The ministry routinely reviews it."
        [[pillars.questions.options]]
        text = "All Formative conditions hold, and the plan is adopted without a budget."
        next_step = "The ministry adds a budget line."
        [[pillars.questions.options]]
        text = "All Established conditions hold; results are measured."
        next_step = "The ministry commissions a review."
        [[pillars.questions.options]]
        text = "All Strategic conditions hold, and the plan is revised."
        next_step = "The ministry does it again."
    "#;
    let broken = broken_rules(&toml::from_str(question).expect("valid TOML"));
    assert_eq!(
        broken,
        [
            "q Start-up: does not begin \"Fewer than all Formative conditions hold. \"",
            "q Formative: Formative stands on its own",
            "q Formative: judgement word \"routinely\"",
            "q Established: negative word \"without\"",
            "q Strategic: does not begin \"All Established conditions hold, and \"",
            "q Dynamic: Dynamic has a next step",
        ]
    );
}
