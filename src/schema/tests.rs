//! The schemas against the loader: every key it accepts is described, and an independent
//! validator accepts every shipped and good file and refuses the bad ones that are shape errors.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{answers, answers_schema, questionnaire, questionnaire_schema};
use crate::model::Questionnaire;
use crate::parse::keys::*;

fn root_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn mini() -> Questionnaire {
    let text = std::fs::read_to_string(root_dir().join("tests/fixtures/gated.toml")).expect("read");
    crate::parse::parse_questionnaire(&text)
        .value
        .expect("loads")
}

/// A table's name, the keys the loader accepts in it, and the schema's description of a key.
type Table<'d> = (
    &'static str,
    &'static [&'static str],
    &'d dyn Fn(&str) -> Option<Value>,
);

#[test]
fn every_key_the_loader_accepts_is_described() {
    let q = mini();
    let tables: [Table<'_>; 11] = [
        (
            "questionnaire",
            QUESTIONNAIRE_ROOT_KEYS,
            &questionnaire::root,
        ),
        ("[scoring]", SCORING_KEYS, &questionnaire::scoring),
        ("[[stages]]", STAGE_KEYS, &questionnaire::stage),
        ("[[pillars]]", PILLAR_KEYS, &questionnaire::pillar),
        ("question", QUESTION_KEYS, &questionnaire::question),
        ("option", OPTION_KEYS, &questionnaire::option),
        ("[[glossary]]", GLOSSARY_KEYS, &questionnaire::glossary),
        ("answers file", ANSWERS_ROOT_KEYS, &|k| answers::root(&q, k)),
        ("[assessment]", ASSESSMENT_KEYS, &|k| {
            answers::assessment(&q, k)
        }),
        ("long answer", ANSWER_KEYS, &|k| {
            answers::long_form(&Value::Null, k)
        }),
        ("[[answers.ID.respondents]]", RESPONDENT_KEYS, &|k| {
            answers::respondent(&Value::Null, k)
        }),
    ];
    for (table, keys, describe) in tables {
        for key in keys {
            assert!(describe(key).is_some(), "`{key}` of {table} has no schema");
        }
    }
}

#[test]
fn schemas_are_valid_draft_7() {
    assert!(jsonschema::meta::is_valid(&questionnaire_schema()));
    assert!(jsonschema::meta::is_valid(&answers_schema(&mini())));
}

/// A TOML file as the JSON value an editor validates: dates become `YYYY-MM-DD` text.
fn as_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value = toml::from_str(text.trim_start_matches('\u{feff}'))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    to_json(value)
}

fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

/// The problems the validator finds in `path` with the schema for its kind (for answers, the
/// schema of the questionnaire it names).
fn schema_problems(path: &Path) -> Vec<String> {
    let instance = as_json(path);
    let schema = match instance.get("questionnaire").and_then(Value::as_str) {
        Some(reference) => {
            let version = instance
                .get("questionnaire_version")
                .and_then(Value::as_str)
                .and_then(|v| semver::Version::parse(v).ok());
            let text = match crate::builtin::for_answers(reference, version.as_ref()) {
                Some(b) => b.text.to_owned(),
                None => std::fs::read_to_string(path.parent().expect("folder").join(reference))
                    .expect("questionnaire"),
            };
            answers_schema(
                &crate::parse::parse_questionnaire(&text)
                    .value
                    .expect("loads"),
            )
        }
        None => questionnaire_schema(),
    };
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    validator
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn shipped_and_good_files_validate() {
    let root = root_dir();
    let mut files = vec![
        root.join("questionnaires/ncss-maturity.toml"),
        root.join("tests/fixtures/weighted.toml"),
        root.join("tests/fixtures/gated.toml"),
        root.join("tests/fixtures/weighted-answers.toml"),
        root.join("tests/fixtures/gated-answers.toml"),
        root.join("tests/fixtures/bad/a-na-without-notes.toml"),
    ];
    for folder in ["questionnaires/examples", "tests/fixtures/ok"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(folder))
            .expect("folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        found.sort();
        assert!(!found.is_empty(), "{folder}");
        files.extend(found);
    }
    for file in &files {
        let problems = schema_problems(file);
        assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
    }
}

#[test]
fn bad_files_of_the_wrong_shape_do_not_validate() {
    let shape_errors = [
        ("q-bad-id", "/id"),
        ("q-bad-method", "/scoring/method"),
        ("q-bad-version", "/version"),
        ("q-missing-prompt", "\"prompt\" is a required property"),
        ("q-one-stage", "/stages"),
        ("q-unknown-key", ""),
        ("q-weight-string", "weight"),
        ("q-weight-zero", "weight"),
        ("a-answer-wrong-type", "/answers/"),
        ("a-invalid-value", "/answers/"),
        ("a-unknown-answer-key", "/answers/"),
        ("a-unknown-question", "/answers"),
        ("a-unknown-target-pillar", "/targets"),
        ("a-unknown-target-stage", "/targets/"),
    ];
    for (name, place) in shape_errors {
        let file = root_dir().join(format!("tests/fixtures/bad/{name}.toml"));
        let problems = schema_problems(&file);
        assert!(
            problems
                .iter()
                .any(|p| p.contains(&format!(" at {place}")) || p.contains(place)),
            "{name} should be refused at {place}: {problems:#?}"
        );
    }
}

#[test]
fn answers_list_each_questions_valid_answers_with_their_meaning() {
    let q = mini();
    let schema = answers_schema(&q);
    let answers = &schema["properties"]["answers"]["properties"];
    let (_, indicator) = q
        .questions()
        .find(|(_, question)| matches!(question.kind, crate::model::QuestionKind::Indicator { .. }))
        .expect("an indicator");
    let short = &answers[indicator.id.as_str()]["anyOf"][0];
    assert_eq!(
        short["enum"],
        serde_json::json!(["yes", "partly", "no", "n/a", ""])
    );
    assert_eq!(short["x-taplo"]["docs"]["enumValues"][0], "Met");
    let (_, choice) = q
        .questions()
        .find(|(_, question)| matches!(question.kind, crate::model::QuestionKind::Choice { .. }))
        .expect("a choice");
    let short = &answers[choice.id.as_str()]["anyOf"][0];
    let crate::model::QuestionKind::Choice { options } = &choice.kind else {
        unreachable!("found as a choice")
    };
    let first = &q.stages[options[0].stage];
    assert_eq!(short["enum"][0], first.id.as_str());
    assert_eq!(
        short["x-taplo"]["docs"]["enumValues"][0],
        format!("{}: {}", first.name, options[0].text).as_str()
    );
    let long = &answers[choice.id.as_str()]["anyOf"][1];
    assert_eq!(long["properties"]["answer"], *short);
    assert_eq!(long["additionalProperties"], false);
}
