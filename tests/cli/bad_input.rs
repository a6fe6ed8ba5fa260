//! The bad-input suite: every malformed file gets exit 1 and a message naming the place and the
//! fix — never a panic.

use std::path::{Path, PathBuf};

use crate::util::{
    assert_diagnostic, check_fails_with, cyberassess, diagnostic_problems, fixture, score_json,
};

/// (file under tests/fixtures/bad, `file:line:col` of the first problem, what is wrong, the fix)
const CASES: &[(&str, &str, &str, &str)] = &[
    (
        "q-unknown-key",
        "36:1",
        "unknown key `wieght`",
        "did you mean `weight`?",
    ),
    (
        "q-duplicate-question-id",
        "60:6",
        "question id \"gov-a\" is used twice",
        "the first one is on line 40",
    ),
    (
        "q-duplicate-stage-id",
        "24:6",
        "stage id \"growing\" is used twice",
        "give each stage its own id",
    ),
    (
        "q-option-unknown-stage",
        "52:9",
        "option stage \"workin\" is not a stage",
        "did you mean \"working\"?",
    ),
    (
        "q-missing-next-step",
        "66:1",
        "the \"growing\" option of question `gov-b` has no next_step",
        "add next_step =",
    ),
    (
        "q-weight-zero",
        "36:10",
        "weight 0 is not a positive number",
        "use a number from 0.001 to 1000",
    ),
    (
        "q-weight-not-finite",
        "42:10",
        "weight NaN is not a positive number",
        "use a number from 0.001 to 1000",
    ),
    (
        "q-weight-too-large",
        "42:10",
        "weight 1e308 is outside the allowed range",
        "use a number from 0.001 to 1000",
    ),
    (
        "q-pillar-weight-too-large",
        "36:10",
        "weight 1e308 is outside the allowed range",
        "use a number from 0.001 to 1000",
    ),
    (
        "q-pillar-id-overall",
        "98:6",
        "pillar id \"overall\" is reserved for the overall result",
        "give the pillar another id",
    ),
    (
        "q-weight-string",
        "42:10",
        "`weight` in a question must be a number, not text",
        "weight = 1.5",
    ),
    (
        "q-options-out-of-order",
        "86:9",
        "are not in stage order",
        "from the lowest stage to the highest",
    ),
    (
        "q-indicator-in-weighted-mean",
        "142:8",
        "is an indicator, but the questionnaire is scored by weighted mean",
        "method = \"gated\"",
    ),
    (
        "q-bad-language",
        "6:12",
        "language \"English\" is not a language code",
        "write the two-letter code of the language the texts are written in",
    ),
    (
        "q-bad-method",
        "10:10",
        "unknown scoring method \"average\"",
        "use \"weighted-mean\"",
    ),
    (
        "q-bad-version",
        "3:11",
        "version \"1.2\" is not of the form MAJOR.MINOR.PATCH",
        "write it like \"1.0.0\"",
    ),
    (
        "q-bad-id",
        "2:6",
        "has characters that ids may not have",
        "like \"mini-weighted\"",
    ),
    (
        "q-one-stage",
        "13:1",
        "needs at least 2 stages, this one has 1",
        "add [[stages]] sections",
    ),
    (
        "q-unknown-default-target",
        "7:18",
        "default_target \"wrking\" is not a stage",
        "did you mean \"working\"?",
    ),
    (
        "q-indicator-lowest-stage",
        "51:9",
        "tagged with the lowest stage",
        "above the lowest",
    ),
    (
        "q-missing-prompt",
        "78:1",
        "a question has no `prompt`",
        "add a line such as: prompt =",
    ),
    (
        "q-glossary-duplicate",
        "164:8",
        "glossary term \"Authority\" is defined twice",
        "the first definition is on line 160",
    ),
    (
        "q-glossary-unknown-key",
        "161:1",
        "unknown key `defintion` in a [[glossary]] entry",
        "did you mean `definition`?",
    ),
    (
        "q-replaces-bad-id",
        "41:12",
        "replaced question id \"Gov A\" has characters that ids may not have",
        "like \"gov-a\"",
    ),
    (
        "q-option-unknown-key",
        "54:1",
        "unknown key `evidense` in an option of question `gov-a`",
        "did you mean `evidence`?",
    ),
    (
        "q-option-evidence-wrong-type",
        "54:12",
        "`evidence` in an option of question `gov-a` must be text in quotes, not a whole number",
        "evidence = \"...\"",
    ),
    (
        "a-unknown-question",
        "17:1",
        "`gov-bb` is not a question of mini-weighted",
        "did you mean `gov-b`?",
    ),
    (
        "a-status-unknown",
        "7:10",
        "status \"concensus\" is not a status of an assessment",
        "did you mean \"consensus\"?",
    ),
    (
        "a-disputed-not-true-false",
        "11:12",
        "`disputed` in the answer to `gov-b` must be true or false",
        "disputed = true",
    ),
    (
        "a-respondent-invalid-answer",
        "19:10",
        "\"grown\" is not a valid answer to `gov-b`",
        "did you mean \"growing\"?",
    ),
    (
        "a-respondent-without-name",
        "12:1",
        "a respondent of the answer to `gov-b` has no `name`",
        "name = \"Ministry of ICT\"",
    ),
    (
        "a-respondent-twice",
        "17:8",
        "respondent \"National CERT\" appears twice in the answer to `gov-b`",
        "keep one [[answers.ID.respondents]] section per respondent",
    ),
    (
        "a-respondent-unknown-key",
        "15:1",
        "unknown key `evidense` in a respondent of the answer to `gov-b`",
        "did you mean `evidence`?",
    ),
    (
        "a-respondents-not-tables",
        "11:16",
        "every entry of `respondents` must be a table",
        "[[respondents]]",
    ),
    (
        "a-invalid-value",
        "17:9",
        "\"grown\" is not a valid answer to `gov-b`",
        "Valid answers: \"start\", \"growing\", \"working\", \"leading\" or \"n/a\"",
    ),
    (
        "a-unknown-target-pillar",
        "13:1",
        "`opps` in [targets] is not a pillar",
        "did you mean `ops`?",
    ),
    (
        "a-unknown-target-stage",
        "13:7",
        "\"superb\" is not a stage of mini-weighted",
        "\"start\", \"growing\", \"working\" or \"leading\"",
    ),
    (
        "a-major-version",
        "3:25",
        "written for mini-weighted 2.0.0, but the questionnaire is version 1.2.0",
        "answer again",
    ),
    (
        "a-missing-questionnaire",
        "2:17",
        "questionnaire \"../nowhere.toml\" was not found",
        "relative to the answers file",
    ),
    (
        "a-unknown-builtin",
        "2:17",
        "questionnaire \"ncss-maturty\" was not found",
        "did you mean \"ncss-maturity\"?",
    ),
    (
        "a-date-in-quotes",
        "7:15",
        "assessed_on must be a date without quotes",
        "assessed_on = 2026-03-01",
    ),
    (
        "a-answer-wrong-type",
        "17:9",
        "must be text in quotes, not a whole number",
        "gov-b = \"",
    ),
    (
        "a-unknown-answer-key",
        "24:1",
        "unknown key `note` in the answer to `ops-b`",
        "did you mean `notes`?",
    ),
    (
        "truncated",
        "22:13",
        "this is not valid TOML",
        "every opening quote needs a closing one",
    ),
    (
        "unclosed-quote",
        "6:21",
        "this is not valid TOML",
        "every opening quote needs a closing one",
    ),
    (
        "duplicate-key",
        "19:1",
        "duplicate key",
        "each key may appear only once",
    ),
    (
        "empty",
        "1:1",
        "neither a questionnaire nor an answers file",
        "an answers file starts with questionnaire =",
    ),
    (
        "neither-kind",
        "1:1",
        "neither a questionnaire nor an answers file",
        "a questionnaire has [[stages]]",
    ),
    (
        "crlf-invalid-value",
        "17:9",
        "\"grown\" is not a valid answer to `gov-b`",
        "did you mean \"growing\"?",
    ),
    (
        "t-unknown-question",
        "7:12",
        "csirt-readiness 1.0.0 has no question \"org-designaton\"",
        "did you mean \"org-designation\"? Ids are never translated",
    ),
    (
        "t-indicator-options",
        "10:36",
        "question `org-designation` of csirt-readiness 1.0.0 is a yes/partly/no indicator",
        "translate its texts in [questions.org-designation]",
    ),
    (
        "t-text-not-in-questionnaire",
        "8:13",
        "has no text at [questions.gov-lead-authority.options.dynamic] next_step",
        "remove this line, or add the text to the questionnaire first",
    ),
    (
        "t-unknown-questionnaire",
        "2:14",
        "questionnaire \"csirt-readines\" was not found",
        "did you mean \"csirt-readiness\"?",
    ),
    (
        "t-major-version",
        "3:11",
        "this translates csirt-readiness 2.0.0, but the questionnaire is version 1.0.0",
        "a translation fits only its own major version",
    ),
    (
        "t-unknown-term",
        "7:11",
        "csirt-readiness 1.0.0 has no glossary term \"SIM4\"",
        "did you mean \"SIM3\"? Glossary entries are named by the term",
    ),
    (
        "t-unknown-key",
        "8:1",
        "unknown key `promt` in [questions.org-designation]",
        "did you mean `prompt`?",
    ),
    (
        "t-bad-language",
        "4:12",
        "language \"español\" is not a language code",
        "write the two-letter code of the language",
    ),
    (
        "t-same-language",
        "4:12",
        "csirt-readiness 1.0.0 is written in \"en\" already",
        "write the language this file translates the questionnaire into",
    ),
    (
        "t-duplicate-term",
        "11:8",
        "two glossary terms are translated as \"Comunidad\"",
        "each term needs its own translation",
    ),
    (
        "t-unclosed-quote",
        "8:51",
        "this is not valid TOML",
        "every opening quote needs a closing one",
    ),
    (
        "invalid-utf8",
        "6:18",
        "the file is not UTF-8 text",
        "save the file again as UTF-8",
    ),
];

#[test]
fn every_bad_file_names_the_place_and_the_fix() {
    assert!(CASES.len() >= 25);
    // Every case is run and every failure listed, so one broken message does not hide others.
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|&case| bad_file_failure(case))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n\n")
    );
}

/// What is wrong with the report of one bad file, if anything: every unmet expectation, with
/// the case's name and the report.
fn bad_file_failure((name, position, message, help): (&str, &str, &str, &str)) -> Option<String> {
    let path = PathBuf::from(format!("tests/fixtures/bad/{name}.toml"));
    let (stderr, unmet) = diagnostic_problems(&path, 1, position, message, help);
    (!unmet.is_empty()).then(|| format!("{name}: expected {}\n{stderr}", unmet.join(", ")))
}

#[test]
fn score_reports_bad_files_and_still_scores_the_good_ones() {
    let bad = std::path::PathBuf::from("tests/fixtures/bad/a-invalid-value.toml");
    let (json, _) = score_json([bad, fixture("weighted-answers.toml")], 1);
    assert_eq!(json["assessments"].as_array().map(Vec::len), Some(1));
    let error = &json["errors"][0];
    assert_eq!(error["source"], "tests/fixtures/bad/a-invalid-value.toml");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(17), Some(9))
    );
    assert_eq!(error["code"], "unknown-answer");
    assert_eq!(error["severity"], "error");
    assert_eq!(
        error["message"],
        "\"grown\" is not a valid answer to `gov-b`"
    );
    assert!(
        error["help"]
            .as_str()
            .unwrap_or("")
            .starts_with("did you mean \"growing\"? Valid answers: ")
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    for name in ["ok/bom.toml", "ok/crlf.toml"] {
        cyberassess()
            .args(["check"])
            .arg(fixture(name))
            .assert()
            .code(0);
    }
}

#[test]
fn a_missing_file_is_reported_plainly() {
    let out = cyberassess()
        .args(["check", "no/such/file.toml"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no/such/file.toml"), "{stderr}");
    assert!(stderr.contains("the file does not exist"), "{stderr}");
}

#[test]
fn files_over_4_mib_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.toml");
    let mut text = String::from(
        "questionnaire = \"ncss-maturity\"\n[assessment]\ncountry = \"X\"\nnotes = \"",
    );
    text.push_str(&"a".repeat(4 * 1024 * 1024));
    text.push_str("\"\n");
    std::fs::write(&big, text).expect("write");
    let out = cyberassess().arg("check").arg(&big).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("larger than 4 MiB"), "{stderr}");
}

#[test]
fn warnings_alone_pass_unless_strict() {
    let file = "tests/fixtures/bad/a-na-without-notes.toml";
    let stderr = assert_diagnostic(
        Path::new(file),
        0,
        "18:9",
        "is marked n/a without a reason",
        "say why in notes: ",
    );
    // The suggested fix is one line of TOML that can be pasted over the answer as it is.
    let fix = stderr
        .lines()
        .find_map(|line| line.split_once("say why in notes: ").map(|(_, fix)| fix))
        .unwrap_or_else(|| panic!("no fix suggested:\n{stderr}"));
    let table: toml::Table = toml::from_str(fix).unwrap_or_else(|e| panic!("{fix}: {e}"));
    let (_, answer) = table.iter().next().expect("one key");
    assert_eq!(answer["answer"].as_str(), Some("n/a"), "{fix}");
    assert!(answer.get("notes").is_some(), "{fix}");
    cyberassess()
        .args(["check", "--strict", file])
        .assert()
        .code(1);
}

#[test]
fn questionnaire_warnings_name_the_place_and_the_fix() {
    for (name, position, message, help) in [
        (
            "q-glossary-unused",
            "164:8",
            "glossary term \"SIM3\" is not used in any question",
            "remove this [[glossary]] entry",
        ),
        (
            "q-option-evidence-lowest",
            "46:12",
            "the evidence of the \"start\" option of question `gov-a` has no stage below it",
            "move it to the option above",
        ),
    ] {
        let path = PathBuf::from(format!("tests/fixtures/bad/{name}.toml"));
        let stderr = assert_diagnostic(&path, 0, position, message, help);
        assert!(stderr.contains("0 errors, 1 warning"), "{name}\n{stderr}");
        cyberassess()
            .args(["check", "--strict"])
            .arg(&path)
            .assert()
            .code(1);
    }
}

#[test]
fn the_new_questionnaire_keys_check_clean() {
    let out = cyberassess()
        .args(["check", "tests/fixtures/versions/mini-2.0.0.toml"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("0 errors, 0 warnings"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    cyberassess().args(["score"]).assert().code(2);
    cyberassess()
        .args(["score", "--format", "xml", "x.toml"])
        .assert()
        .code(2);
    cyberassess()
        .args(["questionnaires", "show", "nope"])
        .assert()
        .code(2);
    let out = cyberassess()
        .args(["questionnaires", "show", "ncss-maturity@1.5.0"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("ncss-maturity is built in as version 2.0.0 and 1.0.0, not 1.5.0"),
        "{stderr}"
    );
}

/// An answers file dated `assessed_on`, on the built-in questionnaire.
fn dated(date: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dated.toml");
    let text = format!(
        "questionnaire = \"ncss-maturity\"\n[assessment]\ncountry = \"X\"\nassessed_on = {date}\n"
    );
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

#[test]
fn an_impossible_date_is_not_suggested_as_its_own_fix() {
    let (_dir, path) = dated("2026-02-30");
    let stderr = check_fails_with(&path, &["2026-02 has 28 days", "assessed_on = 2026-02-28"]);
    let help = |stderr: &str| {
        stderr
            .lines()
            .filter(|l| l.starts_with("help:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(!help(&stderr).contains("2026-02-30"), "{stderr}");
    let (_dir, path) = dated("2024-02-30");
    check_fails_with(&path, &["2024-02 has 29 days", "assessed_on = 2024-02-29"]);
    let (_dir, path) = dated("2026-13-01");
    let stderr = check_fails_with(&path, &["there is no month 13"]);
    assert!(!help(&stderr).contains("2026-13-01"), "{stderr}");
}

#[test]
fn a_date_in_the_future_is_a_warning_in_every_command_that_reads_answers() {
    let today = jiff::Zoned::now().date();
    let far = today.checked_add(jiff::Span::new().days(30)).expect("date");
    let (_dir, path) = dated(&far.to_string());
    // A warning alone.
    assert_diagnostic(
        &path,
        0,
        "4:15",
        &format!("assessed_on {far} is 30 days after today"),
        &format!("for example assessed_on = {today}"),
    );
    cyberassess()
        .args(["check", "--strict"])
        .arg(&path)
        .assert()
        .code(1);
    let out = cyberassess()
        .arg("score")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}: assessed_on {far} is 30 days after today",
            path.display()
        )),
        "{stderr}"
    );
    // The other commands that read answers files say so too.
    let (_past_dir, past) = dated("2024-05-02");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let plan = out_dir.path().join("plan.md");
    let merged = out_dir.path().join("merged.toml");
    let runs: [Vec<&std::ffi::OsStr>; 4] = [
        vec!["compare".as_ref(), past.as_os_str(), path.as_os_str()],
        vec![
            "compare".as_ref(),
            path.parent().expect("folder").as_os_str(),
        ],
        vec![
            "plan".as_ref(),
            path.as_os_str(),
            "-o".as_ref(),
            plan.as_os_str(),
        ],
        vec![
            "merge".as_ref(),
            past.as_os_str(),
            path.as_os_str(),
            "-o".as_ref(),
            merged.as_os_str(),
        ],
    ];
    for args in runs {
        let out = cyberassess().args(&args).output().expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!(
                "{}: assessed_on {far} is 30 days after today",
                path.display()
            )),
            "{args:?}: {stderr}"
        );
    }
    // A few days ahead (a workshop dated in another time zone, or next week) is fine.
    let soon = today.checked_add(jiff::Span::new().days(3)).expect("date");
    let (_dir, path) = dated(&soon.to_string());
    let out = cyberassess()
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("after today"), "{stderr}");
}
