//! `score`: the numbers worked out by hand, and snapshots of every output format.

use crate::util::cyberassess;

const ANSWERS: [&str; 2] = ["tests/fixtures/weighted-answers.toml", "tests/fixtures/gated-answers.toml"];

fn stdout(args: &[&str]) -> String {
    let out = cyberassess().args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn json_carries_the_hand_computed_numbers() {
    let text = stdout(&["score", "--format", "json", ANSWERS[0], ANSWERS[1]]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let w = &json["assessments"][0];
    assert_eq!(w["country"], "Fictiland");
    assert_eq!(w["assessed_on"], "2026-03-01");
    assert_eq!(w["questionnaire"]["id"], "mini-weighted");
    // gov: 11/4 = 2.75, (2.75-1)/3 = 58.33 %, gap to working (3) = 0.25
    assert_eq!(w["pillars"][0]["level"], 2.75);
    assert_eq!(w["pillars"][0]["stage"], "growing");
    assert_eq!(w["pillars"][0]["score"], 58.33);
    assert_eq!(w["pillars"][0]["gap"], 0.25);
    // ops: (3 + 1)/2 = 2, target leading from [targets], one n/a
    assert_eq!(w["pillars"][1]["level"], 2.0);
    assert_eq!(w["pillars"][1]["target"], "leading");
    assert_eq!(w["pillars"][1]["not_applicable"], 1);
    // overall: (2·2.75 + 2)/3 = 2.5 → 50 %
    assert_eq!(w["overall"]["level"], 2.5);
    assert_eq!(w["overall"]["score"], 50.0);
    assert_eq!(w["next_steps"][0]["question"], "gov-c");
    assert_eq!(w["next_steps"][0]["from"], "start");
    assert_eq!(w["next_steps"][0]["to"], "growing");
    assert_eq!(w["questions"].as_array().map(Vec::len), Some(6));
    let g = &json["assessments"][1];
    assert_eq!(g["pillars"][0]["stage"], "growing");
    assert_eq!(g["pillars"][0]["score"], 54.17);
    assert_eq!(g["overall"]["stage"], "growing");
    assert_eq!(json["errors"], serde_json::json!([]));
}

#[test]
fn table_snapshot() {
    insta::assert_snapshot!(stdout(&["score", ANSWERS[0], ANSWERS[1]]));
}

#[test]
fn explain_snapshot() {
    insta::assert_snapshot!(stdout(&["score", "--explain", "--top", "2", ANSWERS[0]]));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(stdout(&["score", "--format", "json", ANSWERS[0], ANSWERS[1]]));
}

#[test]
fn csv_snapshot() {
    let text = stdout(&["score", "--format", "csv", ANSWERS[0], ANSWERS[1]]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().expect("header").len(), 11);
    assert_eq!(reader.records().count(), 6, "two assessments × (two pillars + overall)");
    insta::assert_snapshot!(text);
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(stdout(&["score", "--format", "markdown", ANSWERS[0]]));
}

#[test]
fn output_file_is_written_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("scores.csv");
    let out = cyberassess()
        .args(["score", "--format", "csv", "-o"])
        .arg(&path)
        .arg(ANSWERS[0])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_to_string(&path).expect("written").starts_with("source,country"));
    let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(leftovers, 1, "no temporary files left behind");
}
