//! `merge`: three respondents of `tests/fixtures/merge/` into one consensus file, the agenda in
//! every format, the files it refuses, and the consensus read by `check`, `score` and `report`.

use std::path::{Path, PathBuf};

use crate::util::{cyberassess, fixture, read, score_json};

const THREE: [&str; 3] = [
    "merge/ministry.toml",
    "merge/cert.toml",
    "merge/regulator.toml",
];

/// Runs `merge` on `files` (fixtures) with `extra` arguments, writing `out`; returns the exit
/// code, standard output and standard error.
fn merge(files: &[&str], out: &Path, extra: &[&str]) -> (i32, String, String) {
    let output = cyberassess()
        .arg("merge")
        .args(files.iter().map(|f| fixture(f)))
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn consensus(dir: &Path) -> PathBuf {
    let out = dir.join("consensus.toml");
    let (code, _, stderr) = merge(&THREE, &out, &[]);
    assert_eq!(code, 0, "{stderr}");
    out
}

#[test]
fn the_agenda_lists_each_disputed_question_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["table", "markdown", "csv", "json"] {
        let out = dir.path().join(format!("{format}.toml"));
        let (code, stdout, stderr) = merge(&THREE, &out, &["--format", format]);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stderr.contains("Merged 3 respondents into")
                && stderr.contains("4 of 6 questions disputed"),
            "{stderr}"
        );
        // Widest spread first, then questionnaire order: worked out in src/merge/tests.rs.
        let order: Vec<usize> = ["c-choice", "c-ind-3", "e-choice", "c-ind-4"]
            .iter()
            .map(|id| {
                stdout
                    .find(id)
                    .unwrap_or_else(|| panic!("{id} in\n{stdout}"))
            })
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{stdout}");
        insta::assert_snapshot!(format!("agenda_{format}"), stdout);
    }
    let out = dir.path().join("csv2.toml");
    let (_, csv, _) = merge(&THREE, &out, &["--format", "csv", "--rule", "median"]);
    assert!(
        csv.contains("core,c-choice,working,growing,leading,2,working\n"),
        "{csv}"
    );
    let (_, csv, _) = merge(
        &THREE,
        &dir.path().join("csv3.toml"),
        &["-f", "csv", "--rule", "none"],
    );
    assert!(csv.contains("core,c-ind-4,n/a,no,no,0,\n"), "{csv}");
}

#[test]
fn the_consensus_is_an_ordinary_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = consensus(dir.path());
    let text = read(&out);
    assert!(text.contains("status = \"consensus\""), "{text}");
    assert!(
        text.contains("assessors = [\"Ministry of ICT\", \"National CERT\", \"regulator\"]"),
        "{text}"
    );
    assert!(
        text.contains("assessed_on = 2026-03-04"),
        "the latest date\n{text}"
    );
    cyberassess().arg("check").arg(&out).assert().code(0);
    let (json, _) = score_json([&out], 0);
    let a = &json["assessments"][0];
    assert_eq!(a["status"], "consensus");
    assert_eq!(a["respondents"], 3);
    assert_eq!(a["disputed"], 4);
    let questions = a["questions"].as_array().unwrap();
    let c_choice = questions.iter().find(|q| q["id"] == "c-choice").unwrap();
    assert_eq!(c_choice["disputed"], true);
    assert_eq!(c_choice["answer"], "growing");
    assert_eq!(c_choice["respondents"][1]["name"], "National CERT");
    assert_eq!(c_choice["respondents"][1]["answer"], "growing");
    assert_eq!(c_choice["respondents"][1]["notes"], "Not adopted yet.");
    assert_eq!(c_choice["respondents"][2]["answer"], "leading");
    let agreed = questions.iter().find(|q| q["id"] == "c-ind-2").unwrap();
    assert_eq!(agreed["disputed"], false);
    assert_eq!(agreed["respondents"].as_array().map(Vec::len), Some(3));

    let table = cyberassess().arg("score").arg(&out).output().unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("consensus of 3 respondents"), "{table}");
}

#[test]
fn merging_one_file_gives_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("one.toml");
    let (code, stdout, _) = merge(&["merge/cert.toml"], &out, &[]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("No disputed questions"), "{stdout}");
    let (one, _) = score_json([&out], 0);
    let (cert, _) = score_json([fixture("merge/cert.toml")], 0);
    let answers = |j: &serde_json::Value| -> Vec<(String, String)> {
        j["assessments"][0]["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| (q["id"].to_string(), q["answer"].to_string()))
            .collect()
    };
    assert_eq!(answers(&one), answers(&cert));
    assert_eq!(
        one["assessments"][0]["overall"],
        cert["assessments"][0]["overall"]
    );
    // One respondent is singular, also once the consensus is validated.
    let heading = |path: &Path| {
        let table = cyberassess().arg("score").arg(path).output().unwrap();
        String::from_utf8_lossy(&table.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_owned()
    };
    assert!(
        heading(&out).contains("consensus of 1 respondent"),
        "{}",
        heading(&out)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let validated = text.replacen("status = \"consensus\"", "status = \"validated\"", 1);
    assert_ne!(validated, text, "the consensus names its status");
    std::fs::write(&out, validated).unwrap();
    let shown = heading(&out);
    assert!(
        shown.contains("validated, consensus of 1 respondent"),
        "{shown}"
    );
    assert!(!shown.contains("1 respondents"), "{shown}");
}

#[test]
fn a_late_respondent_is_merged_into_the_consensus() {
    let dir = tempfile::tempdir().unwrap();
    let first = consensus(dir.path());
    let out = dir.path().join("second.toml");
    let output = cyberassess()
        .arg("merge")
        .arg(&first)
        .arg(fixture("merge/late.toml"))
        .arg("-o")
        .arg(&out)
        .args(["-f", "csv"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("Merged 4 respondents"), "{stderr}");
    let csv = String::from_utf8_lossy(&output.stdout);
    assert!(
        csv.starts_with("pillar,question,Ministry of ICT,National CERT,regulator,Finance Ministry,spread,provisional\n"),
        "{csv}"
    );
    // Agreed yes before; the late respondent says no.
    assert!(csv.contains("core,c-ind-2,yes,yes,yes,no,2,no\n"), "{csv}");
    let (json, _) = score_json([&out], 0);
    assert_eq!(json["assessments"][0]["respondents"], 4);
    // The same respondent again is refused, naming the file.
    let again = dir.path().join("again.toml");
    let output = cyberassess()
        .arg("merge")
        .arg(&out)
        .arg(fixture("merge/late.toml"))
        .arg("-o")
        .arg(&again)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("late.toml:7:13"), "{stderr}");
    assert!(
        stderr.contains("respondent \"Finance Ministry\" is already in an earlier file"),
        "{stderr}"
    );
    assert!(!again.exists());
}

#[test]
fn files_that_cannot_be_merged_are_refused_at_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c.toml");
    let (code, _, stderr) = merge(
        &["merge/ministry.toml", "merge/other-country.toml"],
        &out,
        &[],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("other-country.toml:5:11"), "{stderr}");
    assert!(
        stderr.contains("these answers are for Otherland, but"),
        "{stderr}"
    );
    assert!(stderr.contains("--country NAME"), "{stderr}");
    assert!(!out.exists());
    let (code, _, stderr) = merge(
        &["merge/ministry.toml", "merge/other-country.toml"],
        &out,
        &["--country", "Gatedonia and Otherland"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(read(&out).contains("country = \"Gatedonia and Otherland\""));

    let other = dir.path().join("other.toml");
    let (code, _, stderr) = merge(
        &["merge/ministry.toml", "weighted-answers.toml"],
        &other,
        &[],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("weighted-answers.toml:2:17"), "{stderr}");
    assert!(
        stderr.contains("a merge takes answers to one questionnaire"),
        "{stderr}"
    );
    let (code, _, stderr) = merge(
        &["versions/answers-1.0.0.toml", "versions/answers-2.0.0.toml"],
        &other,
        &[],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("a merge takes answers to one version"),
        "{stderr}"
    );
    assert!(!other.exists());

    // An existing output is kept unless --force.
    let (code, _, stderr) = merge(&THREE, &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("add --force to replace it"), "{stderr}");
    let (code, _, stderr) = merge(&THREE, &out, &["--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(read(&out).contains("country = \"Gatedonia\""));
}

#[test]
fn json_counts_the_questions_answered_differently_and_those_still_disputed() {
    let dir = tempfile::tempdir().unwrap();
    let out = consensus(dir.path());
    let (json, _) = score_json([&out], 0);
    // c-choice, c-ind-3, c-ind-4 (n/a against no) and e-choice differ; all four are disputed.
    assert_eq!(json["assessments"][0]["differed"], 4);
    assert_eq!(json["assessments"][0]["disputed"], 4);
    // The workshop settles c-choice on "working": it still differed, it is no longer disputed.
    let text = read(&out);
    let settled = text.replacen(
        "[answers.c-choice]\nanswer = \"growing\"\ndisputed = true\n",
        "[answers.c-choice]\nanswer = \"working\"\n",
        1,
    );
    assert_ne!(settled, text, "{text}");
    std::fs::write(&out, settled).unwrap();
    let (json, _) = score_json([&out], 0);
    assert_eq!(json["assessments"][0]["differed"], 4);
    assert_eq!(json["assessments"][0]["disputed"], 3);
    // A respondent's own file: nothing differed.
    let (json, _) = score_json([fixture("merge/cert.toml")], 0);
    assert_eq!(json["assessments"][0]["differed"], 0);
}
