//! `compare`: two assessments (files or `REV:PATH` from git) and folders paired per country,
//! in every format, with the changes checked against the fixtures' hand-computed levels.

use std::path::Path;
use std::process::Command as Process;

use crate::util::{cyberassess, fixture};

const OLD: &str = "tests/fixtures/compare/old.toml";
const NEW: &str = "tests/fixtures/compare/new.toml";
const NEW_13: &str = "tests/fixtures/compare/new-1.3.toml";
const NEW_20: &str = "tests/fixtures/compare/new-2.0.toml";

/// Runs `cyberassess` with `args` from the repository root, asserts the exit status, and
/// returns standard output and standard error.
fn run(args: &[&str], status: i32) -> (String, String) {
    let out = cyberassess().args(args).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(status), "{stderr}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["compare", "--format", "json"];
    all.extend(args);
    let (out, _) = run(&all, 0);
    serde_json::from_str(&out).expect("JSON")
}

fn close(value: &serde_json::Value, expected: f64) -> bool {
    value.as_f64().is_some_and(|v| (v - expected).abs() < 1e-3)
}

#[test]
fn table_snapshot() {
    insta::assert_snapshot!(run(&["compare", OLD, NEW], 0).0);
}

#[test]
fn detail_table_snapshot() {
    insta::assert_snapshot!(run(&["compare", "--detail", OLD, NEW], 0).0);
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(run(&["compare", "-f", "json", OLD, NEW], 0).0);
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!(run(&["compare", "-f", "csv", OLD, NEW], 0).0);
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(run(&["compare", "-f", "markdown", OLD, NEW], 0).0);
}

#[test]
fn minor_version_snapshot() {
    insta::assert_snapshot!(run(&["compare", OLD, NEW_13], 0).0);
}

#[test]
fn major_version_snapshot() {
    insta::assert_snapshot!(run(&["compare", OLD, NEW_20], 0).0);
}

#[test]
fn json_carries_the_hand_computed_changes() {
    let doc = json(&[OLD, NEW]);
    assert_eq!(doc["schema_version"], 1);
    let c = &doc["comparisons"][0];
    assert_eq!(c["old"]["assessed_on"], "2024-03-01");
    assert_eq!(c["new"]["source"], NEW);
    // gov 1.75 → 2.75; score 25 → 58.33.
    let gov = &c["pillars"][0];
    assert_eq!(gov["id"], "gov");
    assert!(close(&gov["old"]["level"], 1.75) && close(&gov["new"]["level"], 2.75));
    assert!(close(&gov["delta"]["level"], 1.0) && close(&gov["delta"]["score"], 33.33));
    assert_eq!(gov["delta"]["stages"], 1);
    assert_eq!(gov["target"], "not-met");
    // Overall 1.8333 → 2.5 = +0.6667; 27.78 → 50 = +22.22.
    assert!(close(&c["overall"]["delta"]["level"], 0.6667));
    assert!(close(&c["overall"]["delta"]["score"], 22.22));
    assert_eq!(c["most_improved"], serde_json::json!(["gov-a"]));
    assert_eq!(c["areas_of_concern"], serde_json::json!(["ops-a"]));
    let movement = |id: &str| {
        c["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .find(|q| q["id"] == id)
            .map(|q| q["change"].clone())
    };
    assert_eq!(movement("gov-c"), Some("newly-answered".into()));
    assert_eq!(movement("ops-b"), Some("newly-not-applicable".into()));
    assert_eq!(c["counts"]["unchanged"], 2);
    assert_eq!(c["steps"]["done"][0]["question"], "gov-a");
    assert_eq!(c["steps"]["open"].as_array().map(Vec::len), Some(4));
    assert_eq!(c["steps"]["dropped"][0]["question"], "ops-b");
}

#[test]
fn a_question_added_in_a_minor_version_is_listed() {
    let doc = json(&[OLD, NEW_13]);
    let c = &doc["comparisons"][0];
    assert_eq!(c["versions"], "other-minor");
    assert_eq!(c["added"], serde_json::json!(["ops-d"]));
    assert_eq!(c["steps"]["new"][0]["question"], "ops-d");
    assert_eq!(c["questions"].as_array().map(Vec::len), Some(6));
}

#[test]
fn another_major_version_says_what_is_not_comparable() {
    let (out, _) = run(&["compare", OLD, NEW_20], 0);
    assert!(out.contains("another major version"), "{out}");
    assert!(
        out.contains("Pillars only in 2.0.0 (not comparable): Response."),
        "{out}"
    );
    assert!(
        out.contains("Pillars only in 1.2.0 (not comparable): Operations."),
        "{out}"
    );
    let doc = json(&[OLD, NEW_20]);
    let c = &doc["comparisons"][0];
    assert_eq!(c["versions"], "other-major");
    assert!(close(&c["pillars"][0]["delta"]["level"], 1.5));
    assert!(c["pillars"][1]["delta"].is_null() && c["pillars"][1]["old"].is_null());
}

#[test]
fn different_countries_are_compared_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture("weighted.toml"), dir.path().join("weighted.toml")).expect("copy");
    let other = crate::util::read(&fixture("compare/new.toml"))
        .replace("Fictiland", "Otherland")
        .replace("../weighted.toml", "weighted.toml");
    let path = dir.path().join("other.toml");
    std::fs::write(&path, other).expect("write");
    let path = path.to_string_lossy().into_owned();
    let (out, err) = run(&["compare", OLD, &path], 0);
    assert!(
        err.contains("is about Fictiland") && err.contains("about Otherland"),
        "{err}"
    );
    assert!(
        out.contains("Different countries: Fictiland before, Otherland now."),
        "{out}"
    );
    assert!(out.contains("up 1.0"), "{out}");
}

#[test]
fn other_questionnaires_cannot_be_compared() {
    let (_, err) = run(
        &[
            "compare",
            OLD,
            "questionnaires/examples/exampleland-2026.toml",
        ],
        2,
    );
    assert!(err.contains("cannot be compared"), "{err}");
    assert!(err.contains("mini-weighted and ncss-maturity"), "{err}");
}

#[test]
fn output_file_and_refusal_to_replace_an_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("change.csv");
    let out_name = out.to_string_lossy().into_owned();
    run(&["compare", "-f", "csv", "-o", &out_name, OLD, NEW], 0);
    let csv = crate::util::read(&out);
    assert!(csv.starts_with("old_source,new_source,country,"), "{csv}");
    assert_eq!(csv.lines().count(), 4, "header, two pillars, overall");
    let (_, err) = run(&["compare", "-o", NEW, OLD, NEW], 2);
    assert!(err.contains("is one of the input files"), "{err}");
}

/// A git repository in a temporary folder holding `a.toml` (and the questionnaire) committed
/// twice: first with the old answers, then with the new.
pub(crate) fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let git = |args: &[&str]| {
        let status = Process::new("git")
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
            .args(args)
            .current_dir(dir.path())
            .env(
                "GIT_CEILING_DIRECTORIES",
                dir.path().parent().unwrap_or(dir.path()),
            )
            .output()
            .expect("git runs");
        assert!(status.status.success(), "git {args:?}: {status:?}");
    };
    let answers = |name: &str| crate::util::read(&fixture(&format!("compare/{name}")));
    std::fs::create_dir(dir.path().join("answers")).expect("folder");
    std::fs::copy(fixture("weighted.toml"), dir.path().join("weighted.toml")).expect("copy");
    git(&["init", "-q"]);
    std::fs::write(dir.path().join("answers/a.toml"), answers("old.toml")).expect("write");
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "2024"]);
    std::fs::write(dir.path().join("answers/a.toml"), answers("new.toml")).expect("write");
    git(&["commit", "-q", "-am", "2026"]);
    dir
}

pub(crate) fn compare_in(dir: &Path, args: &[&str], status: i32) -> (String, String) {
    let out = cyberassess()
        .current_dir(dir)
        // Git looks no further up than the temporary folders, whatever holds them.
        .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir())
        .arg("compare")
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(status), "{stderr}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

#[test]
fn rev_path_reads_the_file_as_it_was_in_git() {
    let repo = repository();
    let (out, _) = compare_in(repo.path(), &["HEAD~1:answers/a.toml", "answers/a.toml"], 0);
    assert!(out.contains("Fictiland · 2024-03-01 → 2026-03-01"), "{out}");
    assert!(
        out.contains("Before: HEAD~1:answers/a.toml · now: answers/a.toml"),
        "{out}"
    );
    // Both sides from git; the path is relative to the current folder, as git takes `./`.
    let (out, _) = compare_in(
        &repo.path().join("answers"),
        &["-f", "json", "HEAD~1:a.toml", "HEAD:a.toml"],
        0,
    );
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(close(
        &doc["comparisons"][0]["overall"]["delta"]["level"],
        0.6667
    ));
}

#[test]
fn rev_path_errors_say_what_is_wrong() {
    let repo = repository();
    let (_, err) = compare_in(repo.path(), &["NOPE~9:answers/a.toml", "answers/a.toml"], 1);
    assert!(
        err.contains("git does not know the revision \"NOPE~9\""),
        "{err}"
    );
    let (_, err) = compare_in(repo.path(), &["HEAD~1:answers/b.toml", "answers/a.toml"], 1);
    assert!(
        err.contains("answers/b.toml is not in revision HEAD~1"),
        "{err}"
    );
    let outside = tempfile::tempdir().expect("temp dir");
    let (_, err) = compare_in(outside.path(), &["HEAD~1:a.toml", "HEAD:a.toml"], 1);
    assert!(err.contains("not inside a git repository"), "{err}");
}

/// A folder of answers files on `weighted.toml`: (file name, country, date or "" for undated,
/// answer to gov-a).
fn folder(files: &[(&str, &str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture("weighted.toml"), dir.path().join("weighted.toml")).expect("copy");
    for (name, country, date, gov_a) in files {
        let date = if date.is_empty() {
            String::new()
        } else {
            format!("assessed_on = {date}\n")
        };
        let text = format!(
            "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"{country}\"\n{date}\
             [answers]\ngov-a = \"{gov_a}\"\n"
        );
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    dir
}

#[test]
fn folders_pair_each_countrys_previous_and_latest() {
    let dir = folder(&[
        ("a-2022.toml", "Fictiland", "2022-01-01", "start"),
        ("a-2024.toml", "fictiland ", "2024-01-01", "growing"),
        ("a-2026-draft.toml", "Fictiland", "2026-01-01", "start"),
        ("a-2026.toml", "Fictiland", "2026-01-01", "leading"),
        ("b-undated.toml", "Costa", "", "start"),
        ("b-2025.toml", "Costa", "2025-01-01", "working"),
        ("c-2025.toml", "Isla", "2025-01-01", "growing"),
        ("d-nameless.toml", "", "2025-01-01", "growing"),
    ]);
    let name = dir.path().to_string_lossy().into_owned();
    let out = cyberassess()
        .args(["compare", "-f", "json", &name])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // Two files of Fictiland share its latest date: the last in path order is kept, and said.
    assert!(
        err.contains("2 assessments of Fictiland are dated 2026-01-01; kept")
            && err.contains("a-2026.toml (the last in path order), left out")
            && err.contains("a-2026-draft.toml"),
        "{err}"
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let pairs: Vec<(String, String)> = doc["comparisons"]
        .as_array()
        .expect("comparisons")
        .iter()
        .map(|c| {
            let file = |side: &str| {
                Path::new(c[side]["source"].as_str().expect("source"))
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            (file("old"), file("new"))
        })
        .collect();
    let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    // By path of the latest: a-2026.toml, then b-2025.toml (undated counts as oldest).
    assert_eq!(
        pairs,
        [
            pair("a-2024.toml", "a-2026.toml"),
            pair("b-undated.toml", "b-2025.toml")
        ]
    );
    // Fictiland: gov-a Growing → Leading, gov: (2·4 + 1 + 1) / 4 − (2·2 + 1 + 1) / 4 = 1.
    assert!(close(
        &doc["comparisons"][0]["pillars"][0]["delta"]["level"],
        1.0
    ));
    assert_eq!(doc["single"][0]["country"], "Isla");
    assert_eq!(doc["without_country"].as_array().map(Vec::len), Some(1));

    let (table, _) = run(&["compare", &name], 0);
    assert!(
        table.contains("One assessment only, nothing to compare (1): Isla (2025-01-01"),
        "{table}"
    );
    assert!(
        table.contains("No country given, so not paired (1)"),
        "{table}"
    );
    assert!(table.contains("Fictiland"), "{table}");
}

#[test]
fn rev_path_is_refused_in_a_batch_of_folders() {
    let (_, err) = run(
        &["compare", "HEAD:a.toml", "tests/fixtures/compare", NEW],
        2,
    );
    assert!(
        err.contains("REV:PATH works when comparing two files"),
        "{err}"
    );
}

#[test]
fn a_newer_first_file_is_compared_as_given_with_a_warning() {
    let (out, err) = run(&["compare", NEW, OLD], 0);
    assert!(
        err.contains("is more recent than") && err.contains("give the earlier assessment first"),
        "{err}"
    );
    assert!(out.contains("down 1.0"), "{out}");
    // The usual order says nothing on standard error.
    let (_, err) = run(&["compare", OLD, NEW], 0);
    assert!(err.is_empty(), "{err}");
}

#[test]
fn across_major_versions_questions_are_matched_by_their_declared_replaces() {
    // The 1.0 and 2.0 examples of Exampleland: 2.0 declares `replaces` on the questions whose
    // answers keep their meaning, and exactly those are compared.
    let old = "questionnaires/examples/exampleland-2026.toml";
    let new = "questionnaires/examples/ncss-maturity-2.0/exampleland-2027.toml";
    let parse = |reference: &str| {
        let b = cyberassess::builtin::lookup(reference).expect("built in");
        cyberassess::parse::parse_questionnaire(b.text)
            .value
            .expect("loads")
    };
    let (v1, v2) = (parse("ncss-maturity@1.0.0"), parse("ncss-maturity@2.0.0"));
    let links = cyberassess::compare::declared_links(&v1, &v2);
    assert_eq!(links["leg-prosecution"], "leg-prosecution-courts");
    assert!(!links.contains_key("leg-courts"), "a new question");
    let out = json(&[old, new]);
    let questions = out["comparisons"][0]["questions"]
        .as_array()
        .expect("questions");
    assert_eq!(questions.len(), links.len());
    for q in questions {
        let id = q["id"].as_str().expect("id");
        assert_eq!(q["old_id"].as_str(), Some(links[id].as_str()), "{id}");
    }
}
