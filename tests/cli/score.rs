//! `score`: the numbers worked out by hand, and snapshots of every output format.

use crate::util::{cyberassess, row, score_json};

const ANSWERS: [&str; 2] = [
    "tests/fixtures/weighted-answers.toml",
    "tests/fixtures/gated-answers.toml",
];

fn stdout(args: &[&str]) -> String {
    let out = cyberassess().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn json_carries_the_hand_computed_numbers() {
    let text = stdout(&["score", "--format", "json", ANSWERS[0], ANSWERS[1]]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    // Output is in sorted path order: gated-answers.toml, then weighted-answers.toml.
    let w = &json["assessments"][1];
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
    let g = &json["assessments"][0];
    assert_eq!(g["pillars"][0]["stage"], "growing");
    assert_eq!(g["pillars"][0]["score"], 54.17);
    assert_eq!(g["overall"]["stage"], "growing");
    assert_eq!(json["errors"], serde_json::json!([]));
}

/// The weighted answers' summary rows, worked out by hand (see `json_carries_the_hand_computed_
/// numbers`): levels rounded down to one decimal, scores down to a whole percent, gaps up.
const WEIGHTED_ROWS: [[&str; 7]; 3] = [
    // 11/4 = 2.75 → 2.7; 58.33 % → 58%; 3 − 2.75 = 0.25 → 0.3 (= 3.0 − 2.7)
    [
        "Governance",
        "Growing",
        "2.7/4",
        "58%",
        "Working",
        "0.3",
        "3/3",
    ],
    // (3 + 1)/2 = 2; 33.3 % → 33%; [targets] leading (4): 2.0
    [
        "Operations",
        "Growing",
        "2.0/4",
        "33%",
        "Leading",
        "2.0",
        "2/3 (1 n/a)",
    ],
    // (2·2.75 + 2)/3 = 2.5; 50%; 0.5
    [
        "Overall",
        "Growing",
        "2.5/4",
        "50%",
        "Working",
        "0.5",
        "5/6 (1 n/a)",
    ],
];

#[test]
fn table_snapshot() {
    let text = stdout(&["score", ANSWERS[0], ANSWERS[1]]);
    // Sorted path order: Gatedonia first, then Fictiland.
    let (gated, weighted) = text.split_at(text.find("Fictiland ·").expect("Fictiland"));
    // core: stage 2 (the working indicator only partly met); (2/3 + 1 + 0.5 + 0)/4 = 54.17 %
    // → 54%; gap 3 − 2 = 1.0. extra: every requirement met → 4.0, 100%. Overall = the weakest.
    for expected in [
        ["Core", "Growing", "2.0/4", "54%", "Working", "1.0", "4/4"],
        ["Extra", "Leading", "4.0/4", "100%", "Working", "-", "2/2"],
        [
            "Overall", "Growing", "2.0/4", "54%", "Working", "1.0", "6/6",
        ],
    ] {
        assert_eq!(row(gated, expected[0]), expected, "{gated}");
    }
    assert_eq!(
        row(gated, "1"),
        [
            "1",
            "Core",
            "c-ind-3",
            "Growing → Working",
            "Pass the mandate."
        ]
    );
    for expected in WEIGHTED_ROWS {
        assert_eq!(row(weighted, expected[0]), expected, "{weighted}");
    }
    // Stage 2 first; gov-c (1 × 2) before ops-c (1 × 1).
    assert_eq!(row(weighted, "1")[2], "gov-c");
    assert_eq!(row(weighted, "2")[2], "ops-c");
    insta::assert_snapshot!(text);
}

#[test]
fn explain_snapshot() {
    let text = stdout(&["score", "--explain", "--top", "2", ANSWERS[0]]);
    for expected in WEIGHTED_ROWS {
        assert_eq!(row(&text, expected[0]), expected, "{text}");
    }
    // Each question's answer, what it counts as and its weight, as in weighted.toml and the
    // answers file.
    for expected in [
        ["gov-a", "Leading", "level 4", "2"],
        ["gov-b", "Growing", "level 2", "1"],
        ["gov-c", "Start", "level 1", "1"],
        ["ops-b", "n/a", "not scored (n/a)", "1"],
        ["ops-c", "unanswered", "level 1", "1"],
    ] {
        assert_eq!(row(&text, expected[0]), expected, "{text}");
    }
    assert!(text.contains("Next steps (2 of 4)"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(stdout(&[
        "score", "--format", "json", ANSWERS[0], ANSWERS[1]
    ]));
}

#[test]
fn csv_snapshot() {
    let text = stdout(&["score", "--format", "csv", ANSWERS[0], ANSWERS[1]]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().expect("header").len(), 11);
    assert_eq!(
        reader.records().count(),
        6,
        "two assessments × (two pillars + overall)"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn markdown_snapshot() {
    let text = stdout(&["score", "--format", "markdown", ANSWERS[0]]);
    for expected in WEIGHTED_ROWS {
        assert_eq!(row(&text, expected[0]), expected, "{text}");
    }
    assert!(
        text.contains("1. **Governance** · `gov-c` · Start → Growing: Request a budget line.\n"),
        "{text}"
    );
    insta::assert_snapshot!(text);
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
    assert!(
        std::fs::read_to_string(&path)
            .expect("written")
            .starts_with("source,country")
    );
    let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(leftovers, 1, "no temporary files left behind");
}

/// Three assessments of mini-weighted in one folder, with a questionnaire file beside them.
fn cohort_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        "tests/fixtures/weighted.toml",
        dir.path().join("weighted.toml"),
    )
    .expect("copy");
    // gov levels: a=4,b=4,c=4 → 4.0 | all start → 1.0 | gov-a working (3), rest start → (6+1+1)/4 = 2.0
    let answers = [
        (
            "a.toml",
            "Alpha",
            "gov-a = \"leading\"\ngov-b = \"leading\"\ngov-c = \"leading\"\nops-a = \"leading\"\nops-b = \"leading\"\nops-c = \"leading\"\n",
        ),
        ("b.toml", "Bravo", "gov-a = \"start\"\n"),
        ("c.toml", "Charlie", "gov-a = \"working\"\n"),
    ];
    for (file, country, lines) in answers {
        let text = format!(
            "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"{country}\"\nassessed_on = 2026-01-0{}\n[answers]\n{lines}",
            file.len() - 5
        );
        std::fs::write(dir.path().join(file), text).expect("write");
    }
    dir
}

#[test]
fn a_folder_gives_a_cohort_table_with_median_minimum_and_maximum() {
    let dir = cohort_folder();
    let out = cyberassess()
        .args(["score"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("mini-weighted 1.2.0 — 3 assessments"),
        "{stdout}"
    );
    // Governance levels 4.0, 1.0, 2.0 → median 2.0 (Growing), minimum 1.0 (Start), maximum 4.0
    let row = |name: &str| {
        stdout
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} row\n{stdout}"))
            .to_owned()
    };
    assert!(row("Median").contains("Growing 2.0"), "{stdout}");
    assert!(row("Minimum").contains("Start 1.0"), "{stdout}");
    assert!(row("Maximum").contains("Leading 4.0"), "{stdout}");
    // rows in path order: a, b, c
    let order: Vec<usize> = ["Alpha", "Bravo", "Charlie"]
        .iter()
        .map(|c| stdout.find(c).expect("row"))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{stdout}");
    assert!(
        stderr.contains("Scored 3 of 4 files; skipped 1 questionnaire file."),
        "{stderr}"
    );
}

#[test]
fn cohort_sorts_by_overall_and_country() {
    let dir = cohort_folder();
    let out = cyberassess()
        .args(["score", "--sort", "overall"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let pos = |c: &str| stdout.find(c).expect("row");
    assert!(
        pos("Alpha") < pos("Charlie") && pos("Charlie") < pos("Bravo"),
        "{stdout}"
    );
}

#[test]
fn one_bad_file_does_not_spoil_the_batch() {
    let dir = cohort_folder();
    std::fs::write(dir.path().join("b2.toml"), "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"Broken\"\n[answers]\ngov-a = \"lead\"\n").expect("write");
    let out = cyberassess()
        .args(["score", "--format", "csv"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stdout.lines().count(),
        1 + 3 * 3,
        "header + 3 assessments × 3 rows\n{stdout}"
    );
    assert!(stderr.contains("b2.toml:5:9"), "{stderr}");
    assert!(
        stderr.contains("\"lead\" is not a valid answer to `gov-a`"),
        "{stderr}"
    );
    assert!(stderr.contains("1 failed (see above)"), "{stderr}");

    let fast = cyberassess()
        .args(["score", "--fail-fast", "--format", "csv"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&fast.stdout);
    assert_eq!(fast.status.code(), Some(1));
    assert_eq!(
        stdout.lines().count(),
        1 + 3 * 2,
        "a.toml and b.toml only, stopped at b2.toml\n{stdout}"
    );
    assert!(String::from_utf8_lossy(&fast.stderr).contains("--fail-fast"));
}

#[cfg(unix)]
#[test]
fn unreadable_places_are_reported_never_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let dir = cohort_folder();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("link");
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
    std::fs::write(dir.path().join(odd), "x = [").expect("write non-UTF-8 name");
    let (json, stderr) = score_json([dir.path()], 1);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(json["assessments"].as_array().map(Vec::len), Some(3));
    let errors = json["errors"].as_array().expect("errors").clone();
    let text = serde_json::to_string(&errors).expect("text");
    assert!(text.contains("loops back"), "{text}");
    assert!(text.contains("caf\u{fffd}.toml"), "{text}");
}

/// A folder and a file the user may not read are reported with their path and what to do, and
/// the rest of the batch is still scored. As root, whom permissions do not stop, the tool is run
/// as `nobody`.
#[cfg(unix)]
#[test]
fn folders_and_files_without_permission_are_reported_and_the_rest_scored() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    };
    let dir = cohort_folder();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).expect("mkdir");
    std::fs::copy(dir.path().join("a.toml"), locked.join("d.toml")).expect("copy");
    let secret = dir.path().join("e-secret.toml");
    std::fs::copy(dir.path().join("a.toml"), &secret).expect("copy");
    mode(dir.path(), 0o755);
    mode(&locked, 0o000);
    mode(&secret, 0o000);
    let privileged = std::fs::read_dir(&locked).is_ok();

    // A copy of the binary that `nobody` may run, wherever the repository lives.
    let bin_dir = tempfile::tempdir().expect("temp dir");
    mode(bin_dir.path(), 0o755);
    let bin = bin_dir.path().join("cyberassess");
    std::fs::copy(assert_cmd::cargo::cargo_bin("cyberassess"), &bin).expect("copy binary");
    let mut cmd = if privileged {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    let out = cmd
        .args(["score", "--format", "json"])
        .arg(dir.path())
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("runs (as root this needs setpriv, from util-linux)");
    mode(&locked, 0o755);
    mode(&secret, 0o644);

    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        json["assessments"].as_array().map(Vec::len),
        Some(3),
        "the readable files are scored: {stderr}"
    );
    let errors = serde_json::to_string(&json["errors"]).expect("text");
    assert!(
        errors.contains("you do not have permission to read this folder")
            && errors.contains("locked")
            && errors.contains("ask its owner for access"),
        "{errors}"
    );
    assert!(
        errors.contains("you do not have permission to read this file")
            && errors.contains("e-secret.toml"),
        "{errors}"
    );
    assert!(
        stderr.contains(
            "Scored 3 of 5 files; skipped 1 questionnaire file; 1 failed; 1 place in folders \
             could not be read (see above)."
        ),
        "{stderr}"
    );
}

/// `--latest` keeps each country's most recent assessment, says which file it kept where two
/// share that date, and counts the rest in the summary.
#[test]
fn latest_keeps_one_assessment_per_country() {
    let dir = tempfile::tempdir().expect("temp dir");
    let examples = crate::util::root().join("questionnaires/examples");
    for name in [
        "exampleland-2024.toml",
        "exampleland-2026.toml",
        "costa-esmeralda-2025.toml",
    ] {
        std::fs::copy(examples.join(name), dir.path().join(name)).expect("copy");
    }
    std::fs::copy(
        examples.join("costa-esmeralda-2025.toml"),
        dir.path().join("costa-esmeralda-2025-draft.toml"),
    )
    .expect("copy");
    let (json, stderr) = score_json([dir.path().as_os_str(), "--latest".as_ref()], 0);
    let kept: Vec<(&str, &str)> = json["assessments"]
        .as_array()
        .expect("assessments")
        .iter()
        .map(|a| {
            let source = a["source"].as_str().expect("source");
            let file = source.rsplit(['/', '\\']).next().expect("file name");
            (file, a["assessed_on"].as_str().expect("date"))
        })
        .collect();
    // Path order: "costa-esmeralda-2025-draft.toml" sorts before "costa-esmeralda-2025.toml".
    assert_eq!(
        kept,
        [
            ("costa-esmeralda-2025.toml", "2025-10-08"),
            ("exampleland-2026.toml", "2026-03-19")
        ]
    );
    assert!(
        stderr.contains(
            "warning: 2 assessments of República de Costa Esmeralda are dated 2025-10-08; kept"
        ) && stderr.contains("left out")
            && stderr.contains("costa-esmeralda-2025-draft.toml"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "Scored 2 of 4 files; left out 2 assessments that are not their country's latest \
             (--latest)."
        ),
        "{stderr}"
    );
}

/// CSV says what JSON says: no date is an empty field (JSON's null), never a word.
#[test]
fn csv_leaves_assessed_on_empty_where_json_has_null() {
    let (_dir, path) = crate::util::answers_beside_weighted(
        "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"Nodate\"\n[answers]\n",
    );
    let out = cyberassess()
        .args(["score", "--format", "csv"])
        .arg(&path)
        .output()
        .expect("runs");
    let csv = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 3, "{csv}");
    for row in rows {
        let fields: Vec<&str> = row.split(',').collect();
        assert_eq!(&fields[1..4], ["Nodate", "", fields[3]], "{row}");
        assert!(!row.contains("undated"), "{row}");
    }
    let (json, _) = score_json([&path], 0);
    assert!(json["assessments"][0]["assessed_on"].is_null());
    assert_eq!(json["schema_version"], 1);
}

#[test]
fn a_questionnaire_given_as_answers_names_the_command_that_starts_one_for_it() {
    let questionnaire = "tests/fixtures/weighted.toml";
    let help = format!("run `cyberassess template {questionnaire}`");
    // One file (loaded on its own) and a batch (loaded with others) say the same.
    for args in [
        vec!["score", questionnaire],
        vec![
            "score",
            questionnaire,
            "tests/fixtures/weighted-answers.toml",
        ],
    ] {
        let out = crate::util::cyberassess()
            .args(&args)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("this is a questionnaire, not an answers file"),
            "{stderr}"
        );
        assert!(stderr.contains(&help), "{args:?}: {stderr}");
    }
}
