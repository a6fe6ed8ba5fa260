//! `schema` and `template --schema-out`: the schemas an editor uses, written where the answers
//! file can name them, and accepted by an independent validator.

use serde_json::Value;

use crate::util::{cyberassess, read};

fn json(args: &[&str]) -> Value {
    let out = cyberassess().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn schema_commands_write_valid_schemas() {
    let questionnaire = json(&["schema", "questionnaire"]);
    assert!(jsonschema::meta::is_valid(&questionnaire));
    assert_eq!(questionnaire["additionalProperties"], false);
    let answers = json(&["schema", "answers", "--questionnaire", "ncss-maturity"]);
    assert!(jsonschema::meta::is_valid(&answers));
    let questions = answers["properties"]["answers"]["properties"]
        .as_object()
        .expect("question ids");
    let newest = cyberassess::parse::parse_questionnaire(
        cyberassess::builtin::find("ncss-maturity")
            .expect("built in")
            .text,
    )
    .value
    .expect("loads");
    assert_eq!(
        questions.len(),
        newest.questions().count(),
        "one key per question of ncss-maturity"
    );
    assert!(
        questions.contains_key("res-backup-recovery"),
        "the newest version"
    );
    let from_file = json(&[
        "schema",
        "answers",
        "--questionnaire",
        "tests/fixtures/gated.toml",
    ]);
    assert!(
        from_file["title"]
            .as_str()
            .is_some_and(|t| t.contains("mini-gated"))
    );
    cyberassess()
        .args(["schema", "answers", "--questionnaire", "nope"])
        .assert()
        .code(2);
}

#[test]
fn template_names_the_schema_it_writes_beside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = dir.path().join("answers/my-answers.toml");
    let schema = dir.path().join("schemas/ncss.json");
    std::fs::create_dir_all(answers.parent().expect("folder")).expect("mkdir");
    let out = cyberassess()
        .args(["template", "ncss-maturity", "-o"])
        .arg(&answers)
        .arg("--schema-out")
        .arg(&schema)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = read(&answers);
    assert_eq!(
        text.lines().next(),
        Some("#:schema ../schemas/ncss.json"),
        "{text}"
    );
    let schema: Value = serde_json::from_str(&read(&schema)).expect("JSON");
    // The template itself, as an editor sees it, is valid against its schema...
    let validator = jsonschema::validator_for(&schema).expect("compiles");
    let doc: toml::Table = toml::from_str(&text).expect("TOML");
    let instance = serde_json::to_value(&doc).expect("JSON value");
    let problems: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // ...and a typo in an answer is not.
    let mut typo = instance.clone();
    typo["answers"]["gov-strategy-status"] = Value::from("formativ");
    assert!(!validator.is_valid(&typo));
    // The loader reads a file with the schema line as before.
    cyberassess().arg("check").arg(&answers).assert().success();
}
