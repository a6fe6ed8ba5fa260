//! `fill`: refused without a terminal; in a real pseudo-terminal, every answer survives `kill -9`,
//! the next run resumes where it stopped, and Ctrl-C leaves with the saved message.

mod pty;
mod room;

use std::path::PathBuf;

use pty::{DOWN, ENTER, Fill};

use crate::util::{cyberassess, fixture, read};

/// `fill` started with `args` on a new answers file on `gated.toml`, in a temporary folder:
/// the folder (removed when dropped), the file and the session.
fn on_gated(args: &[&str]) -> (tempfile::TempDir, PathBuf, Fill) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let questionnaire = fixture("gated.toml");
    let q = questionnaire.to_str().expect("UTF-8 path");
    let mut all = vec!["--questionnaire", q];
    all.extend(args);
    let s = Fill::start(&path, &all);
    (dir, path, s)
}

#[test]
fn without_a_terminal_points_to_template() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let out = cyberassess().arg("fill").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "stdout stays clean");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cyberassess template ncss-maturity -o"),
        "{stderr}"
    );
    assert!(!path.exists(), "nothing written");

    let out = cyberassess()
        .arg("fill")
        .arg(&path)
        .args(["--from", "questionnaires/examples/exampleland-2026.toml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "cyberassess template ncss-maturity --from \
             questionnaires/examples/exampleland-2026.toml -o"
        ),
        "{stderr}"
    );
}

#[test]
fn a_file_with_problems_is_not_touched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let text = "questionnaire = \"ncss-maturity\"\n[assessment]\ncountry = \"X\"\n[answers]\ngov-lead-authority = \"great\"\n";
    std::fs::write(&path, text).unwrap();
    let mut s = Fill::start(&path, &[]);
    s.expect("is not a valid answer");
    s.expect("fix them in a text editor");
    assert_eq!(s.exit_code(), 1);
    assert_eq!(read(&path), text);
}

#[test]
fn every_answer_survives_kill_and_the_next_run_resumes() {
    let (dir, path, mut s) = on_gated(&["--quick"]);
    s.details("Testland", "Ministry of ICT");
    s.expect("Core 0/4 · 0/6 answered");
    s.expect("How far along is the plan?");
    s.send(&format!("{DOWN}{ENTER}"));
    s.expect("Core 1/4 · 1/6 answered");
    s.send(&format!("{DOWN}{ENTER}"));
    s.expect("Core 2/4 · 2/6 answered");
    s.send(ENTER);
    s.expect("Core 3/4 · 3/6 answered");
    s.kill();

    let text = read(&path);
    assert!(text.contains("c-choice = \"growing\"\n"), "{text}");
    assert!(text.contains("c-ind-2 = \"partly\"\n"), "{text}");
    assert!(text.contains("c-ind-3 = \"yes\"\n"), "{text}");
    assert!(!text.contains("c-ind-4"), "{text}");
    let out = cyberassess()
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("0 errors, 1 warning"), "{stderr}");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["answers.toml"], "no temporary file left behind");

    let mut s = Fill::start(&path, &["--quick"]);
    s.expect("3 of 6 answered; resuming at Core, question 4.");
    s.expect("Core 3/4 · 3/6 answered");
    s.expect("Does the lead publish yearly reviews?");
    s.ctrl_c();
    s.expect("Saved 3 of 6 answers to ");
    s.expect("Resume with: cyberassess fill ");
    assert_eq!(s.exit_code(), 130);
    assert_eq!(read(&path), text, "Ctrl-C changes nothing");
}

#[test]
fn finishing_prints_the_score_table_and_the_report_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let mut text = read(&fixture("gated-answers.toml"));
    text = text
        .replace(
            "questionnaire = \"gated.toml\"",
            "questionnaire = \"GATED\"",
        )
        .replace(
            "GATED",
            &fixture("gated.toml")
                .to_str()
                .expect("UTF-8 path")
                .replace('\\', "/"),
        );
    text = text.replace("e-ind-3 = \"yes\"\n", "");
    std::fs::write(&path, &text).unwrap();

    let mut s = Fill::start(&path, &[]);
    s.expect("5 of 6 answered; resuming at Extra, question 2.");
    s.expect("Is training budgeted?");
    s.send(ENTER);
    s.expect("Add evidence or notes?");
    s.send(&format!("{DOWN}{ENTER}"));
    s.expect("one link or document reference per line");
    s.send(&format!("https://example.org/budget-2026{ENTER}"));
    s.send(ENTER);
    s.expect("Notes");
    s.send(&format!("Line 14 of the 2026 budget.{ENTER}"));
    s.expect("All 6 questions are answered.");
    s.expect("Overall");
    s.expect("cyberassess report ");
    assert_eq!(s.exit_code(), 0);
    let saved = read(&path);
    assert!(
        saved.contains("e-ind-3.evidence = [\"https://example.org/budget-2026\"]"),
        "{saved}"
    );
    assert!(
        saved.starts_with(&text[..text.find("[answers]").unwrap()]),
        "the rest is kept"
    );
}

#[test]
fn from_an_older_file_offers_its_details_and_carries_its_answers_over() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["mini-1.0.0.toml", "mini-2.0.0.toml", "answers-1.0.0.toml"] {
        std::fs::copy(fixture("versions").join(name), dir.path().join(name)).expect("copy");
    }
    let old = dir.path().join("answers-1.0.0.toml");
    let path = dir.path().join("new.toml");
    let q = dir.path().join("mini-2.0.0.toml");
    let args = [
        "--questionnaire",
        q.to_str().expect("UTF-8 path"),
        "--from",
        old.to_str().expect("UTF-8 path"),
        "--quick",
    ];
    let mut s = Fill::start(&path, &args);
    s.expect("Carried over 3 answers from ");
    s.expect("Left unanswered (4):");
    s.expect("is assessed?");
    s.expect("Testland");
    s.send(ENTER);
    s.expect("separated by semicolons");
    s.send(ENTER);
    s.expect("year-month-day");
    s.send(ENTER);
    s.expect("Which stage do you aim for?");
    s.send(ENTER);
    s.expect("· 3/7 answered");
    s.expect("Carried over from mini-versions@1.0.0 `a-plan`: review.");
    s.ctrl_c();
    s.expect("Saved 3 of 7 answers to ");
    assert_eq!(s.exit_code(), 130);
    let text = read(&path);
    assert!(text.contains("country = \"Testland\""), "{text}");
    assert!(text.contains("marking = \"TLP:AMBER\""), "{text}");
    assert!(
        text.contains("a-lead.evidence = [\"Decree 4/2025\"]"),
        "{text}"
    );

    // --from starts a new file only.
    let mut s = Fill::start(&path, &args);
    s.expect("already exists; --from starts a new file");
    assert_eq!(s.exit_code(), 2);
}

#[test]
fn a_new_file_can_be_on_an_older_built_in_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let mut s = Fill::start(
        &path,
        &["--questionnaire", "ncss-maturity@1.0.0", "--quick"],
    );
    s.details("Testland", "");
    s.expect("· 0/43 answered");
    s.ctrl_c();
    assert_eq!(s.exit_code(), 130);
    let text = read(&path);
    assert!(
        text.contains("questionnaire = \"ncss-maturity\"\nquestionnaire_version = \"1.0.0\"\n"),
        "{text}"
    );
}

#[test]
fn whatever_the_screen_confirms_survives_kill_at_that_moment() {
    // A detail: killed the moment the country is confirmed.
    let (_dir, path, mut s) = on_gated(&[]);
    s.expect("is assessed?");
    s.send(&format!("Testland{ENTER}"));
    s.expect("Saved: Testland");
    let text = {
        s.kill();
        read(&path)
    };
    assert!(text.contains("country = \"Testland\"\n"), "{text}");

    // The next run asks the details still missing; an answer is killed at its confirmation.
    let mut s = Fill::start(&path, &[]);
    s.expect("are not all filled in yet");
    s.expect("separated by semicolons");
    s.send(&format!("Ministry of ICT{ENTER}"));
    s.expect("Saved: Ministry of ICT");
    s.expect("year-month-day");
    s.send(ENTER);
    s.expect("Saved: 20");
    s.expect("Which stage do you aim for?");
    s.send(ENTER);
    s.expect("Saved: target");
    s.expect("Core 0/4 · 0/6 answered");
    s.send(&format!("{DOWN}{ENTER}"));
    s.expect("Saved: Growing");
    let text = {
        s.kill();
        read(&path)
    };
    assert!(
        text.contains("assessors = [\"Ministry of ICT\"]\n"),
        "{text}"
    );
    assert!(text.contains("c-choice = \"growing\"\n"), "{text}");

    // An evidence line, killed at its confirmation, with the list not finished.
    let mut s = Fill::start(&path, &[]);
    s.expect("Core 1/4 · 1/6 answered");
    s.send(ENTER);
    s.expect("Saved: Yes");
    s.expect("Add evidence or notes?");
    s.send(&format!("{DOWN}{ENTER}"));
    s.expect("one link or document reference per line");
    s.send(&format!("https://example.org/lead{ENTER}"));
    s.expect("Saved: https://example.org/lead");
    let text = {
        s.kill();
        read(&path)
    };
    assert!(
        text.contains("c-ind-2.evidence = [\"https://example.org/lead\"]\n"),
        "{text}"
    );
    cyberassess().arg("check").arg(&path).assert().success();
}

#[test]
fn typing_a_date_replaces_today() {
    let (_dir, path, mut s) = on_gated(&[]);
    s.expect("is assessed?");
    s.send(&format!("Testland{ENTER}"));
    s.expect("separated by semicolons");
    s.send(ENTER);
    s.expect("year-month-day");
    s.send(&format!("2026-11-20{ENTER}"));
    let before = s.expect("Which stage do you aim for?");
    assert!(!before.contains("is not a date"), "{before}");
    assert!(before.contains("Saved: 2026-11-20"), "{before}");
    let text = {
        s.kill();
        read(&path)
    };
    assert!(text.contains("assessed_on = 2026-11-20\n"), "{text}");
}

/// Answers files are the same in every language: the same keys pressed in a Spanish and an
/// English session give files that score to the same bytes of JSON.
#[test]
fn a_file_filled_in_spanish_scores_as_the_same_answers_in_english() {
    let mut scores = Vec::new();
    for (lang, pillar, done, prompts) in [
        (
            "es",
            "Equipo 0/2 · 0/4 respondidas",
            "Respuestas guardadas en",
            [
                "¿En qué punto está el plan del CSIRT?",
                "¿Hay un responsable designado para la gestión de incidentes?",
                "¿Cada incidente recibe un número de caso?",
                "¿Las herramientas del equipo superan un ejercicio anual?",
            ],
        ),
        (
            "en",
            "Team 0/2 · 0/4 answered",
            "Answers saved in",
            [
                "How far along is the CSIRT's plan?",
                "Is a lead named for incident handling?",
                "Does every incident get a ticket?",
                "Do the team's tools pass a yearly exercise?",
            ],
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["mini.toml", "mini.es.toml"] {
            let from = fixture(&format!("translations/{name}"));
            std::fs::copy(from, dir.path().join(name)).expect("copy");
        }
        let path = dir.path().join("answers.toml");
        let q = dir.path().join("mini.toml");
        let q = q.to_str().expect("UTF-8 path");
        let mut s = Fill::start(&path, &["--questionnaire", q, "--quick", "--lang", lang]);
        s.details_in(lang, "Testland", "Ministry of ICT");
        s.expect(pillar);
        // The second option, the first, the second, the first.
        for (n, prompt) in prompts.iter().enumerate() {
            s.expect(prompt);
            let keys = if n % 2 == 0 {
                format!("{DOWN}{ENTER}")
            } else {
                ENTER.to_owned()
            };
            s.send(&keys);
        }
        s.expect(done);
        assert_eq!(s.exit_code(), 0);
        let text = read(&path);
        assert!(text.contains("t-plan = \"working\"\n"), "{text}");
        assert!(text.contains("o-ticketing = \"partly\"\n"), "{text}");
        let out = cyberassess()
            .args(["score", "-f", "json", "answers.toml"])
            .current_dir(dir.path())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        scores.push(out.stdout);
    }
    assert_eq!(
        String::from_utf8_lossy(&scores[0]),
        String::from_utf8_lossy(&scores[1])
    );
}
