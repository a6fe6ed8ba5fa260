//! What a person reads agrees with the stage beside it, and results that are not what they seem
//! (drafts, pillars answered all n/a) say so on standard error.

use std::path::{Path, PathBuf};

use crate::util::{assert_diagnostic, cyberassess, fixture, row, score_json};

/// A folder with mini-weighted, its question `gov-a` weighing 18, and two answers files whose
/// Governance level is (18·3 + 3 + 2) / 20 = 2.95: stage Growing (2), just below Working (3).
pub(crate) fn near_a_boundary() -> (tempfile::TempDir, [PathBuf; 2]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let questionnaire = std::fs::read_to_string(fixture("weighted.toml")).expect("read");
    let mut lines: Vec<&str> = questionnaire.lines().collect();
    assert_eq!(lines[41], "weight = 2.0", "gov-a's weight on line 42");
    lines[41] = "weight = 18";
    std::fs::write(dir.path().join("weighted.toml"), lines.join("\n")).expect("write");
    let files = ["a.toml", "b.toml"].map(|name| {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"{name}\"\n\
                 [answers]\ngov-a = \"working\"\ngov-b = \"working\"\ngov-c = \"growing\"\n\
                 ops-a = \"working\"\nops-b = \"working\"\nops-c = \"working\"\n"
            ),
        )
        .expect("write");
        path
    });
    (dir, files)
}

fn run(args: &[&str], files: &[&Path]) -> (String, String) {
    let out = cyberassess().args(args).args(files).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (String::from_utf8(out.stdout).expect("UTF-8"), stderr)
}

// By hand: Governance 2.95 → shown 2.9 (rounded down, the stage's 2), score (2.95 − 1)/3 =
// 65 % → 65%, gap to Working 3 − 2.95 = 0.05 → shown 0.1 (rounded up: 3.0 − 2.9).
// Operations 3 → 3.0, (3 − 1)/3 = 66.7 % → 66% (rounded down), target Working met → "-".
// Overall (2·2.95 + 1·3)/3 = 2.9667 → 2.9 Growing, score (2·65 + 66.67)/3 = 65.6 % → 65%,
// gap 0.0333 → 0.1.
const GOVERNANCE: [&str; 6] = ["Governance", "Growing", "2.9/4", "65%", "Working", "0.1"];
const OPERATIONS: [&str; 6] = ["Operations", "Working", "3.0/4", "66%", "Working", "-"];
const OVERALL: [&str; 6] = ["Overall", "Growing", "2.9/4", "65%", "Working", "0.1"];

#[test]
fn a_level_just_below_a_stage_reads_as_below_it_in_the_table_and_markdown() {
    let (_dir, [a, _]) = near_a_boundary();
    let (json, _) = score_json([&a], 0);
    assert_eq!(json["assessments"][0]["pillars"][0]["level"], 2.95);
    for format in ["table", "markdown"] {
        let (text, _) = run(&["score", "--format", format], &[&a]);
        for expected in [GOVERNANCE, OPERATIONS, OVERALL] {
            assert_eq!(row(&text, expected[0])[..6], expected, "{format}\n{text}");
        }
    }
}

#[test]
fn cohort_statistics_read_as_below_the_boundary_too() {
    let (dir, _) = near_a_boundary();
    let (text, _) = run(&["score"], &[dir.path()]);
    // Both assessments, and so the median, minimum and maximum, are at 2.95 in Governance.
    for first in ["a.toml", "b.toml", "Median", "Minimum", "Maximum"] {
        let cells = row(&text, first);
        assert!(cells.contains(&"Growing 2.9".to_owned()), "{first}\n{text}");
        assert!(cells.contains(&"Working 3.0".to_owned()), "{first}\n{text}");
        assert!(
            !cells.contains(&"Growing 3.0".to_owned()),
            "{first}\n{text}"
        );
    }
}

#[test]
fn every_question_na_in_a_pillar_is_the_lowest_stage_with_a_warning_for_every_method() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["gated.toml", "weighted.toml"] {
        std::fs::copy(fixture(name), dir.path().join(name)).expect("copy");
    }
    let gated = dir.path().join("gated-answers.toml");
    std::fs::write(
        &gated,
        std::fs::read_to_string(fixture("gated-answers.toml"))
            .expect("read")
            .replace("c-choice = \"working\"", "c-choice = \"N/A\"")
            .replace("c-ind-2 = \"yes\"", "c-ind-2 = \"n/a\"")
            .replace("c-ind-3 = \"partly\"", "c-ind-3 = \" n/a \"")
            .replace("c-ind-4 = \"no\"", "c-ind-4 = \"n/a\""),
    )
    .expect("write");
    let weighted = dir.path().join("weighted-answers.toml");
    std::fs::write(
        &weighted,
        std::fs::read_to_string(fixture("weighted-answers.toml"))
            .expect("read")
            .replace("ops-a = \"working\"", "ops-a = \"n/a\"\nops-c = \"n/a\""),
    )
    .expect("write");
    let (json, stderr) = score_json([&gated, &weighted], 0);
    // Gated: core scores at the lowest stage (not the top), and the weakest pillar decides.
    let g = &json["assessments"][0];
    assert_eq!(g["pillars"][0]["stage"], "start");
    assert_eq!(g["pillars"][0]["level"], 1.0);
    assert_eq!(g["pillars"][0]["score"], 0.0);
    assert_eq!(g["overall"]["stage"], "start");
    // Weighted mean: ops scores 1; overall (2·2.75 + 1)/3 = 2.1667.
    let w = &json["assessments"][1];
    assert_eq!(w["pillars"][1]["level"], 1.0);
    assert_eq!(w["overall"]["level"], 2.1667);
    for (file, pillar) in [(&gated, "core"), (&weighted, "ops")] {
        let warning = format!(
            "warning: {}: every question of pillar `{pillar}` is n/a, so it is scored at the \
             lowest stage",
            file.display()
        );
        assert!(stderr.contains(&warning), "{warning}\n{stderr}");
    }
    let out = cyberassess()
        .args(["report", "--quiet", "-o"])
        .arg(dir.path().join("out"))
        .arg(&gated)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("every question of pillar `core` is n/a"),
        "{stderr}"
    );
}

#[test]
fn unanswered_questions_make_a_draft_and_score_and_report_say_how_many() {
    let weighted = fixture("weighted-answers.toml");
    let (_, stderr) = run(&["score"], &[&weighted]);
    let warning = format!(
        "warning: {}: 1 of 6 questions are unanswered: the results are a draft",
        weighted.display()
    );
    assert!(stderr.contains(&warning), "{stderr}");
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, stderr) = run(
        &["report", "--quiet", "-o", &dir.path().display().to_string()],
        &[&weighted],
    );
    assert!(stderr.contains(&warning), "{stderr}");
    // Every question answered (or n/a): no warning.
    let (_, stderr) = run(&["score"], &[&fixture("gated-answers.toml")]);
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn a_large_batch_names_ten_drafts_and_counts_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture("weighted.toml"), dir.path().join("weighted.toml")).expect("copy");
    for i in 0..12 {
        std::fs::write(
            dir.path().join(format!("{i:02}.toml")),
            "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"X\"\n",
        )
        .expect("write");
    }
    let (_, stderr) = run(&["score", "--format", "csv"], &[dir.path()]);
    assert_eq!(
        stderr.matches("6 of 6 questions are unanswered").count(),
        10,
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: 2 more files have unanswered questions"),
        "{stderr}"
    );
}

#[test]
fn check_warns_about_a_gated_stage_that_nothing_asks_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("q.toml");
    let text = std::fs::read_to_string(fixture("gated.toml")).expect("read");
    // The core pillar without its choice question: indicators of stages 2, 3 and 4 remain.
    // Without the stage-4 one, nothing asks for "leading".
    let start = text
        .find("[[pillars.questions]]\nid = \"c-choice\"")
        .expect("c-choice");
    let end = text
        .find("[[pillars.questions]]\nid = \"c-ind-2\"")
        .expect("c-ind-2");
    let text = format!("{}{}", &text[..start], &text[end..]);
    let start = text
        .find("[[pillars.questions]]\nid = \"c-ind-4\"")
        .expect("c-ind-4");
    let end = text.find("[[pillars]]\nid = \"extra\"").expect("extra");
    let text = format!("{}{}", &text[..start], &text[end..]);
    let line = text[..text.find("[[pillars]]").expect("pillar")]
        .lines()
        .count()
        + 1;
    std::fs::write(&path, text).expect("write");
    // A warning, not an error.
    let stderr = assert_diagnostic(
        &path,
        0,
        &format!("{line}:1"),
        "no question of pillar `core` is a requirement of stage \"leading\"",
        "cannot rise above its highest stage that has a requirement",
    );
    assert!(stderr.contains("1 warning"), "{stderr}");
    // The choice question of `extra` is a requirement of every stage: no warning for it.
    assert!(!stderr.contains("pillar `extra`"), "{stderr}");
}

#[test]
fn an_answer_table_without_an_answer_is_pointed_at() {
    let (_dir, path) = crate::util::answers_beside_weighted(
        "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"X\"\n[answers]\n\
         gov-a = \"leading\"\n\n[answers.gov-b]\nnotes = \"Strategy drafted in 2025.\"\n",
    );
    assert_diagnostic(
        &path,
        0,
        "7:10",
        "the answer to `gov-b` has no `answer`, so the question counts as unanswered",
        "add answer = \"...\"",
    );
}

#[test]
fn a_weight_below_the_allowed_range_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("q.toml");
    let text = std::fs::read_to_string(fixture("weighted.toml"))
        .expect("read")
        .replacen("weight = 2.0", "weight = 0.0001", 1);
    std::fs::write(&path, text).expect("write");
    assert_diagnostic(
        &path,
        1,
        "36:10",
        "weight 0.0001 is outside the allowed range",
        "use a number from 0.001 to 1000",
    );
}

#[test]
fn a_question_whose_options_stop_below_the_top_needs_no_step_from_its_highest() {
    let dir = tempfile::tempdir().expect("temp dir");
    // gov-a without its "leading" option, and without a next_step on "working", now its
    // highest option: nothing to move up to, so nothing to say.
    let text = std::fs::read_to_string(fixture("weighted.toml"))
        .expect("read")
        .replace(
            "next_step = \"Fund it.\"\n[[pillars.questions.options]]\nstage = \"leading\"\n\
             text = \"Funded and reviewed.\"\n",
            "",
        );
    assert!(!text.contains("Fund it."));
    std::fs::write(dir.path().join("weighted.toml"), text).expect("write");
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"X\"\n[targets]\n\
         gov = \"leading\"\n[answers]\ngov-a = \"working\"\n",
    )
    .expect("write");
    let out = cyberassess()
        .arg("check")
        .arg(dir.path().join("weighted.toml"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (json, _) = score_json([&answers], 0);
    let steps = json["assessments"][0]["next_steps"]
        .as_array()
        .expect("steps");
    assert!(steps.iter().all(|s| s["question"] != "gov-a"), "{steps:?}");
    assert!(steps.iter().any(|s| s["question"] == "gov-b"), "{steps:?}");
}
