//! Versions: several versions of a questionnaire built in, answers scored against the version
//! they were written for, `id@VERSION` wherever a questionnaire is named, and `--from`, which
//! starts a new major version's answers from an older file.

use std::path::{Path, PathBuf};

use crate::util::{assert_diagnostic, cyberassess, fixture, read, root, score_json};

/// (example, overall level, overall score, pillar levels) as scored against ncss-maturity 1.0.0
/// before version 2.0.0 was added; these files must keep exactly these results.
const EXAMPLE_SCORES: &[(&str, f64, f64, [f64; 5])] = &[
    (
        "costa-esmeralda-2025.toml",
        1.8299,
        20.75,
        [2.0476, 1.2857, 1.7895, 2.1176, 1.9091],
    ),
    (
        "exampleland-2024.toml",
        2.3863,
        34.66,
        [2.4286, 2.125, 2.6842, 2.4211, 2.2727],
    ),
    (
        "exampleland-2026.toml",
        2.7975,
        44.94,
        [3.1429, 2.5, 2.3158, 3.2105, 2.8182],
    ),
];

#[test]
fn the_1_0_examples_keep_their_scores() {
    for (name, level, score, pillars) in EXAMPLE_SCORES {
        let path = format!("questionnaires/examples/{name}");
        let (json, _) = score_json([&path], 0);
        let a = &json["assessments"][0];
        assert_eq!(a["questionnaire"]["version"], "1.0.0", "{name}");
        assert_eq!(a["overall"]["level"].as_f64(), Some(*level), "{name}");
        assert_eq!(a["overall"]["score"].as_f64(), Some(*score), "{name}");
        let got: Vec<f64> = a["pillars"]
            .as_array()
            .expect("pillars")
            .iter()
            .map(|p| p["level"].as_f64().expect("level"))
            .collect();
        assert_eq!(got, pillars, "{name}");
    }
}

/// A copy of the Exampleland 2026 example in a temporary folder, its version line replaced by
/// `version_line` (empty: no version).
fn example_with_version(version_line: &str) -> (tempfile::TempDir, PathBuf) {
    example_of("exampleland-2026.toml", "1.0.0", version_line)
}

/// A copy of a shipped example (a path below questionnaires/examples/) whose
/// `questionnaire_version = "OLD"` line is replaced by `version_line`.
fn example_of(example: &str, old: &str, version_line: &str) -> (tempfile::TempDir, PathBuf) {
    let text = read(&root().join("questionnaires/examples").join(example));
    let text = text.replace(
        &format!("questionnaire_version = \"{old}\"\n"),
        version_line,
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.toml");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

#[test]
fn answers_are_scored_against_the_version_they_were_written_for() {
    const V1: (&str, &str) = ("exampleland-2026.toml", "1.0.0");
    const V2: (&str, &str) = ("ncss-maturity-2.0/exampleland-2026.toml", "2.0.0");
    for ((example, old), line, version, warning) in [
        (V1, "questionnaire_version = \"1.0.0\"\n", "1.0.0", None),
        (
            V1,
            "questionnaire_version = \"1.2.0\"\n",
            "1.0.0",
            Some(
                "these answers were written for ncss-maturity 1.2.0; the questionnaire is version 1.0.0",
            ),
        ),
        (V2, "", "2.0.0", None),
        (V2, "questionnaire_version = \"2.0.0\"\n", "2.0.0", None),
    ] {
        let (_dir, path) = example_of(example, old, line);
        let (json, _) = score_json([&path], 0);
        let q = &json["assessments"][0]["questionnaire"];
        assert_eq!(q["version"], version, "{line:?}");
        let out = cyberassess()
            .arg("check")
            .arg(&path)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        match warning {
            Some(w) => assert!(stderr.contains(w), "{stderr}"),
            None => assert!(stderr.contains("0 errors, 0 warnings"), "{stderr}"),
        }
    }
    // `id@VERSION` in the file names one version whatever questionnaire_version says.
    let (_dir, path) = example_with_version("");
    let text = read(&path).replace(
        "questionnaire = \"ncss-maturity\"",
        "questionnaire = \"ncss-maturity@1.0.0\"",
    );
    std::fs::write(&path, text).expect("write");
    let (json, _) = score_json([&path], 0);
    assert_eq!(json["assessments"][0]["questionnaire"]["version"], "1.0.0");
}

#[test]
fn a_major_version_that_is_not_built_in_is_an_error_with_the_place() {
    let (_dir, path) = example_with_version("questionnaire_version = \"7.0.0\"\n");
    assert_diagnostic(
        &path,
        1,
        "11:25",
        "written for ncss-maturity 7.0.0, but the questionnaire is version 2.0.0",
        "a new major version changes what answers mean",
    );
}

#[test]
fn questionnaires_lists_and_shows_every_version() {
    let out = cyberassess().arg("questionnaires").output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(stdout.contains("2.0.0 (newest)"), "{stdout}");
    let rows = |id: &str| stdout.lines().filter(|l| l.contains(id)).count();
    assert_eq!(rows("│ ncss-maturity "), 2, "{stdout}");
    assert_eq!(rows("│ csirt-readiness "), 1, "{stdout}");

    for (reference, file) in [
        ("ncss-maturity@1.0.0", "ncss-maturity-1.0.0.toml"),
        ("ncss-maturity@1", "ncss-maturity-1.0.0.toml"),
        ("ncss-maturity", "ncss-maturity.toml"),
        ("csirt-readiness", "csirt-readiness.toml"),
    ] {
        let out = cyberassess()
            .args(["questionnaires", "show", reference])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{reference}");
        let expected = read(&root().join("questionnaires").join(file));
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "{reference}"
        );
    }
}

#[test]
fn template_takes_id_at_version() {
    let out = cyberassess()
        .args(["template", "ncss-maturity@1.0.0"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        text.contains("questionnaire = \"ncss-maturity\"\nquestionnaire_version = \"1.0.0\"\n")
    );
    assert!(!text.contains("Glossary"), "1.0.0 has no glossary");

    let out = cyberassess()
        .args(["template", "ncss-maturity@3"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("built in as version 2.0.0 and 1.0.0, not 3"),
        "{stderr}"
    );
}

#[test]
fn template_shows_option_evidence_and_ends_with_the_glossary() {
    let out = cyberassess()
        .arg("template")
        .arg(fixture("versions/mini-2.0.0.toml"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        text.contains(
            "#   \"working\" Working: Adopted and used. (a-plan)\n#             Evidence for this \
         stage: A signed decision adopting the plan, not a draft.\n#   \"leading\""
        ),
        "{text}"
    );
    let glossary = text
        .find("# Glossary: the terms used in the questions above.")
        .expect("glossary");
    assert!(glossary > text.find("b-new = \"\"").expect("last answer line"));
    assert!(
        text[glossary..].contains("#\n# drill: A practice run of the response to an incident.\n")
    );
    assert!(text[glossary..].contains("# Budget line: An entry of the adopted budget"));

    let out = cyberassess()
        .args(["template", "ncss-maturity"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("# SIM3: A maturity model for response teams"),
        "{text}"
    );
}

/// Runs `template mini-2.0.0.toml --from OLD -o OUT` in a temporary folder beside copies of the
/// version fixtures; returns the exit code, standard error and the written text (if any).
fn template_from(old: &Path) -> (Option<i32>, String, Option<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["mini-1.0.0.toml", "mini-2.0.0.toml"] {
        std::fs::copy(fixture("versions").join(name), dir.path().join(name)).expect("copy");
    }
    let out_path = dir.path().join("new.toml");
    let out = cyberassess()
        .arg("template")
        .arg(dir.path().join("mini-2.0.0.toml"))
        .arg("--from")
        .arg(old)
        .arg("-o")
        .arg(&out_path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let text = out_path.exists().then(|| read(&out_path));
    if let Some(t) = &text {
        let check = cyberassess()
            .arg("check")
            .arg(&out_path)
            .output()
            .expect("runs");
        let s = String::from_utf8_lossy(&check.stderr);
        assert!(check.status.success(), "{s}");
        assert!(s.contains("0 errors, 2 warnings"), "{s}\n{t}");
        assert!(
            s.contains("3 answers were carried over from an older version and are not reviewed yet: a-plan, a-lead, b-na"),
            "{s}"
        );
        assert!(
            s.contains("4 of 7 questions are unanswered: a-budget, b-team, b-drill, b-new"),
            "{s}"
        );
    }
    (out.status.code(), stderr, text)
}

#[test]
fn template_from_carries_over_exactly_the_declared_questions() {
    let (code, stderr, text) = template_from(&fixture("versions/answers-1.0.0.toml"));
    assert_eq!(code, Some(0), "{stderr}");
    let text = text.expect("written");
    assert!(stderr.contains("Carried over 3 answers from "), "{stderr}");
    assert!(stderr.contains("(mini-versions@1.0.0), each marked for review:\n  a-plan\n  a-lead    (was a-owner)\n  b-na\n"), "{stderr}");
    assert!(stderr.contains("Left unanswered (4):\n  a-budget  new, or its meaning changed\n  b-team    the old answer is not one of its answers\n  b-drill   its old question is unanswered in the old file\n"), "{stderr}");
    assert!(
        stderr.contains("  b-new     new, or its meaning changed\n"),
        "{stderr}"
    );
    // The details are copied, not the date.
    assert!(text.contains("country = \"Testland\"\n"), "{text}");
    assert!(
        text.contains("assessors = [\"Ministry of ICT\"]\n"),
        "{text}"
    );
    assert!(text.contains("target = \"working\"\n"), "{text}");
    assert!(text.contains("marking = \"TLP:AMBER\"\n"), "{text}");
    assert!(text.contains("# assessed_on = YYYY-MM-DD\n"), "{text}");
    // Carried over with evidence and notes, marked for review; a-money (dropped) is gone.
    assert!(text.contains("a-plan = { answer = \"growing\", notes = \"Carried over from mini-versions@1.0.0 `a-plan`: review.\" }\n"), "{text}");
    assert!(text.contains("a-lead = { answer = \"growing\", evidence = [\"Decree 4/2025\"], notes = \"Carried over from mini-versions@1.0.0 `a-owner`: review.\\nActing lead only.\" }\n"), "{text}");
    assert!(text.contains("b-na = { answer = \"n/a\", notes = \"Carried over from mini-versions@1.0.0 `b-na`: review.\\nThere is one team only.\" }\n"), "{text}");
    for left in ["a-budget", "b-team", "b-drill", "b-new"] {
        assert!(
            text.contains(&format!("\n{left} = \"\"\n")),
            "{left}\n{text}"
        );
    }
    assert!(!text.contains("a-money"), "{text}");
}

#[test]
fn template_from_refuses_other_questionnaires_and_bad_files() {
    // Answers for another questionnaire: the error points at its questionnaire line.
    let (code, stderr, text) = template_from(&fixture("weighted-answers.toml"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(text.is_none());
    assert!(stderr.contains("weighted-answers.toml:2:17"), "{stderr}");
    assert!(stderr.contains("these answers are for mini-weighted, so they cannot start an assessment on mini-versions"), "{stderr}");
    assert!(
        stderr.contains("name an answers file written for mini-versions"),
        "{stderr}"
    );

    // Answers already on the new version.
    let (code, stderr, _) = template_from(&fixture("versions/answers-2.0.0.toml"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("answers-2.0.0.toml:2:25"), "{stderr}");
    assert!(
        stderr.contains(
            "these answers are already for mini-versions 2.0.0, the version being started"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("there is nothing to carry over"),
        "{stderr}"
    );

    // A file with problems: every problem with its place, nothing written.
    let (code, stderr, text) = template_from(&fixture("bad/a-invalid-value.toml"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(text.is_none());
    assert!(stderr.contains("a-invalid-value.toml:17:9"), "{stderr}");
    assert!(stderr.contains("has the problems above"), "{stderr}");
}

#[test]
fn template_from_carries_over_a_1_0_example_to_the_built_in_2_0() {
    let out = cyberassess()
        .args([
            "template",
            "ncss-maturity",
            "--from",
            "questionnaires/examples/exampleland-2026.toml",
        ])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("questionnaire = \"ncss-maturity\"\nquestionnaire_version = \"2.0.0\"\n")
    );
    assert!(text.contains("country = \"Exampleland\"\n"), "{text}");
    assert!(
        stderr.contains("(ncss-maturity@1.0.0), each marked for review:"),
        "{stderr}"
    );
}
