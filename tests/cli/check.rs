//! `check` and `questionnaires` on good input.

use crate::util::{answers_beside_weighted, check_fails_with, cyberassess, fixture, score_json};

#[test]
fn good_files_pass_and_say_what_they_are() {
    let out = cyberassess()
        .args([
            "check",
            "tests/fixtures/weighted.toml",
            "tests/fixtures/gated-answers.toml",
        ])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "questionnaire mini-weighted 1.2.0 (2 pillars, 6 questions, 4 stages, weighted-mean)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("answers mini-gated 1.0.0 for Gatedonia (6 of 6 questions answered)"),
        "{stdout}"
    );
}

#[test]
fn all_problems_of_a_file_are_reported_in_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("many.toml");
    let text = std::fs::read_to_string("tests/fixtures/weighted-answers.toml")
        .expect("read")
        .replace(
            "questionnaire = \"weighted.toml\"",
            &format!(
                "questionnaire = {:?}",
                crate::util::fixture("weighted.toml").display().to_string()
            ),
        )
        .replace("gov-a = \"leading\"", "gov-aa = \"leading\"")
        .replace("gov-b = \"growing\"", "gov-b = \"grown\"")
        .replace("ops = \"leading\"", "opps = \"leading\"");
    std::fs::write(&path, text).expect("write");
    check_fails_with(
        &path,
        &[
            "`gov-aa` is not a question",
            "\"grown\" is not a valid answer",
            "`opps` in [targets]",
            "3 errors",
        ],
    );
}

#[test]
fn questionnaires_lists_and_shows_the_built_ins() {
    let out = cyberassess().arg("questionnaires").output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(stdout.contains("ncss-maturity"), "{stdout}");
    let shown = cyberassess()
        .args(["questionnaires", "show", "ncss-maturity"])
        .output()
        .expect("runs");
    assert!(shown.status.success());
    let text = String::from_utf8(shown.stdout).expect("UTF-8");
    assert_eq!(
        text,
        cyberassess::builtin::find("ncss-maturity")
            .expect("built in")
            .text
    );
}

#[test]
fn problems_in_assessment_and_targets_do_not_hide_the_others() {
    let (_dir, path) = answers_beside_weighted(
        "questionnaire = \"weighted.toml\"\n[assessment]\ncontry = \"X\"\nassessed_on = \"27/11/2026\"\n\
         [targets]\ngovv = \"strategc\"\n[answers]\ngov-a = \"Leading\"\ngov-b = \"grown\"\n",
    );
    let stderr = check_fails_with(
        &path,
        &[
            "did you mean `country`?",
            "assessed_on = 2026-11-27",
            "`govv` in [targets] is not a pillar",
            "\"strategc\" is not a stage",
            "\"grown\" is not a valid answer",
        ],
    );
    assert!(
        !stderr.contains("\"Leading\" is not"),
        "stage names are accepted in any case\n{stderr}"
    );
}

#[test]
fn stage_names_and_ids_are_accepted_in_any_letter_case() {
    let (_dir, path) = answers_beside_weighted(
        "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"X\"\ntarget = \"WORKING\"\n\
         [answers]\ngov-a = \"Leading\"\ngov-b = \"growing\"\ngov-c = \"Start\"\n",
    );
    let (json, _) = score_json([&path], 0);
    // (2·4 + 2 + 1) / 4 = 2.75, as with lowercase ids
    assert_eq!(json["assessments"][0]["pillars"][0]["level"], 2.75);
    assert_eq!(json["assessments"][0]["overall"]["target"], "working");
}

#[test]
fn check_takes_folders_and_checks_both_kinds_in_sorted_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("mkdir");
    std::fs::copy(crate::util::fixture("gated.toml"), sub.join("gated.toml")).expect("copy");
    let answers = std::fs::read_to_string(crate::util::fixture("gated-answers.toml"))
        .expect("read")
        .replace("\"gated.toml\"", "\"sub/gated.toml\"");
    std::fs::write(dir.path().join("a-answers.toml"), answers).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not TOML").expect("write");
    let out = cyberassess()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    let answers_at = stdout.find("answers mini-gated").expect("answers checked");
    let questionnaire_at = stdout
        .find("is questionnaire mini-gated")
        .expect("questionnaire");
    assert!(answers_at < questionnaire_at, "sorted by path: {stdout}");
    assert!(stderr.contains("checked 2 files: 0 errors"), "{stderr}");
}

/// The same handling of unreadable entries as the batch loader: a symbolic-link loop is an
/// error with its place, and the rest of the folder is still checked.
#[cfg(unix)]
#[test]
fn check_reports_what_it_cannot_search_and_checks_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        crate::util::fixture("gated.toml"),
        dir.path().join("gated.toml"),
    )
    .expect("copy");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("link");
    let out = cyberassess()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stdout.contains("is questionnaire mini-gated"), "{stdout}");
    assert!(stderr.contains("loops back"), "{stderr}");
    assert!(stderr.contains("checked 1 file: 1 error"), "{stderr}");
}

#[test]
fn thousands_of_problems_show_fifty_and_count_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("many.toml");
    let mut text = String::from(
        "questionnaire = \"ncss-maturity\"\n[assessment]\ncountry = \"X\"\n[answers]\n",
    );
    for i in 0..1200 {
        text.push_str(&format!("not-a-question-{i} = \"formative\"\n"));
    }
    std::fs::write(&path, &text).expect("write");
    let stderr = check_fails_with(
        &path,
        &[&format!(
            "... and 1150 more problems in {} (1150 errors), not shown.\nFix the ones above and \
             check the file again to see the rest.",
            path.display()
        )],
    );
    assert_eq!(
        stderr.matches("is not a question of").count(),
        50,
        "{stderr}"
    );
    assert!(stderr.contains("`not-a-question-49` is not"), "{stderr}");
    assert!(!stderr.contains("`not-a-question-50` is not"), "{stderr}");
    assert!(stderr.contains("checked 1 file: 1200 errors"), "{stderr}");

    // JSON carries every one of them, each with its own line.
    let (json, _) = score_json([&path], 1);
    let errors = json["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1200);
    assert_eq!(errors[1199]["line"], 1204);
    assert_eq!(errors[1199]["column"], 1);
}

#[test]
fn an_unclosed_multi_line_string_does_not_flood_the_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("unclosed.toml");
    // Notes meant as a multi-line string but opened with one quote: every line after it is
    // read as a broken line of TOML.
    let mut text = String::from(
        "questionnaire = \"ncss-maturity\"\n[assessment]\ncountry = \"X\"\n[answers]\n\
         [answers.gov-lead-authority]\nanswer = \"formative\"\nnotes = \"The notes start here,\n",
    );
    for i in 0..400 {
        text.push_str(&format!(
            "and go on for line {i}, with \"quotes\", commas = and more.\n"
        ));
    }
    text.push_str("\"\"\"\n");
    std::fs::write(&path, &text).expect("write");
    let out = cyberassess()
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("error:").count(), 50, "{stderr}");
    assert!(stderr.contains("... and 352 more problems in"), "{stderr}");
    assert!(stderr.contains("checked 1 file: 402 errors"), "{stderr}");
}

/// The English words of the commands' own summary and warning lines.
const ENGLISH_SUMMARY_WORDS: [&str; 9] = [
    "warning:",
    "help:",
    "questions are unanswered",
    "the results are a draft",
    "Scored",
    " files",
    "failed",
    "see above",
    "checked",
];

/// The lines of standard error a command writes itself: the diagnostics of a bad file (their
/// place, source line and fix) are left out.
fn own_lines(stderr: &str) -> Vec<&str> {
    let diagnostic = ["error", "  -->", "   |", "17 |", "help: did you mean"];
    stderr
        .lines()
        .filter(|l| !l.is_empty() && !diagnostic.iter().any(|d| l.starts_with(d)))
        .collect()
}

#[test]
fn summaries_and_result_warnings_speak_the_language_asked() {
    for (lang, words) in [
        (
            "es",
            [
                "11 de 43 preguntas están sin respuesta",
                "Puntuados 7 de 8 archivos; 1 falló (ver arriba).",
                "verificados",
            ],
        ),
        (
            "fr",
            [
                "11 questions sur 43 sont sans réponse",
                "Scores calculés pour 7 sur 8 fichiers\u{a0}; 1 en échec (voir ci-dessus).",
                "fichiers vérifiés",
            ],
        ),
        (
            "pt",
            [
                "11 de 43 perguntas estão sem resposta",
                "Pontuados 7 de 8 arquivos; 1 falhou (veja acima).",
                "arquivos verificados",
            ],
        ),
    ] {
        let run = |command: &str| {
            let out = cyberassess()
                .args(["--lang", lang, command, "questionnaires/examples"])
                .arg(fixture("bad/a-invalid-value.toml"))
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(1), "{lang} {command}");
            String::from_utf8_lossy(&out.stderr).into_owned()
        };
        let stderr = format!("{}{}", run("score"), run("check"));
        for word in words {
            assert!(stderr.contains(word), "{lang}: {word}\n{stderr}");
        }
        let score = run("score");
        for line in own_lines(&score) {
            for word in ENGLISH_SUMMARY_WORDS {
                assert!(!line.contains(word), "{lang}: {word:?} in {line:?}");
            }
        }
        let check = run("check");
        let last = check.lines().last().unwrap_or_default();
        for word in ENGLISH_SUMMARY_WORDS {
            assert!(!last.contains(word), "{lang}: {word:?} in {last:?}");
        }
    }
}
