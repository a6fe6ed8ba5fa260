//! `fill`: refused without a terminal; in a real pseudo-terminal, every answer survives `kill -9`,
//! the next run resumes where it stopped, and Ctrl-C leaves with the saved message.

use std::path::Path;
use std::process::Command;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::{PtySession, spawn_command};

use crate::util::{cyberassess, fixture, read};

/// Enough for a debug build on a busy machine; a passing run takes well under a second.
const TIMEOUT_MS: u64 = 10_000;
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";

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
    let (mut s, _) = spawn_fill(&path, &[]);
    s.exp_string("is not a valid answer")
        .expect("the problem is shown");
    s.exp_string("fix them in a text editor")
        .expect("and what to do");
    assert_eq!(exit_code(&s), 1);
    assert_eq!(read(&path), text);
}

/// Starts `cyberassess fill FILE ARGS...` in a 100×40 pseudo-terminal, with colours off.
fn spawn_fill(path: &Path, args: &[&str]) -> (PtySession, ()) {
    let bin = assert_cmd::cargo::cargo_bin("cyberassess");
    let mut cmd = Command::new("sh");
    // `stty` gives the pseudo-terminal a size, as a terminal window has; `exec` keeps the pid.
    cmd.arg("-c")
        .arg("stty cols 100 rows 40 && exec \"$0\" \"$@\"")
        .arg(bin)
        .arg("fill")
        .arg(path)
        .args(args)
        .current_dir(crate::util::root())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    (
        spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawns in a pty"),
        (),
    )
}

fn exit_code(s: &PtySession) -> i32 {
    match s.process().wait().expect("waits") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

fn send(s: &mut PtySession, keys: &str) {
    s.send(keys).expect("sends keys");
    s.flush().expect("flushes");
}

#[test]
fn every_answer_survives_kill_and_the_next_run_resumes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let questionnaire = fixture("gated.toml");
    let q = questionnaire.to_str().expect("UTF-8 path");

    let (mut s, _) = spawn_fill(&path, &["--questionnaire", q, "--quick"]);
    s.exp_string("is assessed?").expect("asks the country");
    send(&mut s, &format!("Testland{ENTER}"));
    s.exp_string("separated by semicolons")
        .expect("asks who answers");
    send(&mut s, &format!("Ministry of ICT{ENTER}"));
    s.exp_string("year-month-day").expect("asks the date");
    send(&mut s, ENTER);
    s.exp_string("Which stage do you aim for?")
        .expect("asks the target");
    send(&mut s, ENTER);
    s.exp_string("Core - question 1/6").expect("first question");
    s.exp_string("How far along is the plan?")
        .expect("its prompt");
    send(&mut s, &format!("{DOWN}{ENTER}"));
    s.exp_string("Core - question 2/6")
        .expect("second question");
    send(&mut s, &format!("{DOWN}{ENTER}"));
    s.exp_string("Core - question 3/6").expect("third question");
    send(&mut s, ENTER);
    s.exp_string("Core - question 4/6")
        .expect("fourth question");
    s.process_mut().kill(Signal::SIGKILL).expect("kill -9");

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

    let (mut s, _) = spawn_fill(&path, &["--quick"]);
    s.exp_string("3 of 6 answered; resuming at Core, question 4.")
        .expect("says where it resumes");
    s.exp_string("Core - question 4/6")
        .expect("resumes at the fourth question");
    s.exp_string("Does the lead publish yearly reviews?")
        .expect("its prompt");
    s.send_control('c').expect("Ctrl-C");
    s.exp_string("Saved 3 of 6 answers to ")
        .expect("says what was saved");
    s.exp_string("Resume with: cyberassess fill ")
        .expect("and how to go on");
    assert_eq!(exit_code(&s), 130);
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

    let (mut s, _) = spawn_fill(&path, &[]);
    s.exp_string("5 of 6 answered; resuming at Extra, question 2.")
        .expect("resumes");
    s.exp_string("Is training budgeted?")
        .expect("the last question");
    send(&mut s, ENTER);
    s.exp_string("Add evidence or notes?")
        .expect("offers evidence and notes");
    send(&mut s, &format!("{DOWN}{ENTER}"));
    s.exp_string("one link or document reference per line")
        .expect("asks for evidence");
    send(&mut s, &format!("https://example.org/budget-2026{ENTER}"));
    send(&mut s, ENTER);
    s.exp_string("Notes").expect("asks for notes");
    send(&mut s, &format!("Line 14 of the 2026 budget.{ENTER}"));
    s.exp_string("All 6 questions are answered.")
        .expect("says it is complete");
    s.exp_string("Overall").expect("score table");
    s.exp_string("cyberassess report ").expect("report command");
    assert_eq!(exit_code(&s), 0);
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
    let (mut s, _) = spawn_fill(&path, &args);
    s.exp_string("Carried over 3 answers from ")
        .expect("lists what is carried over");
    s.exp_string("Left unanswered (4):")
        .expect("and what is not");
    s.exp_string("is assessed?").expect("asks the country");
    s.exp_string("Testland").expect("offering the old one");
    send(&mut s, ENTER);
    s.exp_string("separated by semicolons")
        .expect("asks who answers");
    send(&mut s, ENTER);
    s.exp_string("year-month-day").expect("asks the date");
    send(&mut s, ENTER);
    s.exp_string("Which stage do you aim for?")
        .expect("asks the target");
    send(&mut s, ENTER);
    s.exp_string("Plans - question 1/7")
        .expect("first question");
    s.exp_string("Carried over from mini-versions@1.0.0 `a-plan`: review.")
        .expect("says it is carried over");
    s.send_control('c').expect("Ctrl-C");
    s.exp_string("Saved 3 of 7 answers to ")
        .expect("says what was saved");
    assert_eq!(exit_code(&s), 130);
    let text = read(&path);
    assert!(text.contains("country = \"Testland\""), "{text}");
    assert!(text.contains("marking = \"TLP:AMBER\""), "{text}");
    assert!(
        text.contains("a-lead.evidence = [\"Decree 4/2025\"]"),
        "{text}"
    );

    // --from starts a new file only.
    let (mut s, _) = spawn_fill(&path, &args);
    s.exp_string("already exists; --from starts a new file")
        .expect("refuses an existing file");
    assert_eq!(exit_code(&s), 2);
}

#[test]
fn a_new_file_can_be_on_an_older_built_in_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let (mut s, _) = spawn_fill(
        &path,
        &["--questionnaire", "ncss-maturity@1.0.0", "--quick"],
    );
    s.exp_string("is assessed?").expect("asks the country");
    send(&mut s, &format!("Testland{ENTER}"));
    s.exp_string("separated by semicolons")
        .expect("asks who answers");
    send(&mut s, ENTER);
    s.exp_string("year-month-day").expect("asks the date");
    send(&mut s, ENTER);
    s.exp_string("Which stage do you aim for?")
        .expect("asks the target");
    send(&mut s, ENTER);
    s.exp_string("question 1/43").expect("first question");
    s.send_control('c').expect("Ctrl-C");
    assert_eq!(exit_code(&s), 130);
    let text = read(&path);
    assert!(
        text.contains("questionnaire = \"ncss-maturity\"\nquestionnaire_version = \"1.0.0\"\n"),
        "{text}"
    );
}

/// Kills the session with `kill -9` and returns the answers file as it was left.
fn kill_and_read(s: &mut PtySession, path: &Path) -> String {
    s.process_mut().kill(Signal::SIGKILL).expect("kill -9");
    let _ = s.process().wait();
    read(path)
}

#[test]
fn whatever_the_screen_confirms_survives_kill_at_that_moment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let questionnaire = fixture("gated.toml");
    let q = questionnaire.to_str().expect("UTF-8 path");

    // A detail: killed the moment the country is confirmed.
    let (mut s, _) = spawn_fill(&path, &["--questionnaire", q]);
    s.exp_string("is assessed?").expect("asks the country");
    send(&mut s, &format!("Testland{ENTER}"));
    s.exp_string("Saved: Testland")
        .expect("confirms the country");
    let text = kill_and_read(&mut s, &path);
    assert!(text.contains("country = \"Testland\"\n"), "{text}");

    // The next run asks the details still missing; an answer is killed at its confirmation.
    let (mut s, _) = spawn_fill(&path, &[]);
    s.exp_string("are not all filled in yet")
        .expect("says the details are incomplete");
    s.exp_string("separated by semicolons")
        .expect("asks who answers");
    send(&mut s, &format!("Ministry of ICT{ENTER}"));
    s.exp_string("Saved: Ministry of ICT").expect("confirms");
    s.exp_string("year-month-day").expect("asks the date");
    send(&mut s, ENTER);
    s.exp_string("Saved: 20").expect("confirms today's date");
    s.exp_string("Which stage do you aim for?")
        .expect("asks the target");
    send(&mut s, ENTER);
    s.exp_string("Saved: target").expect("confirms the target");
    s.exp_string("Core - question 1/6").expect("first question");
    send(&mut s, &format!("{DOWN}{ENTER}"));
    s.exp_string("Saved: Growing").expect("confirms the answer");
    let text = kill_and_read(&mut s, &path);
    assert!(
        text.contains("assessors = [\"Ministry of ICT\"]\n"),
        "{text}"
    );
    assert!(text.contains("c-choice = \"growing\"\n"), "{text}");

    // An evidence line, killed at its confirmation, with the list not finished.
    let (mut s, _) = spawn_fill(&path, &[]);
    s.exp_string("Core - question 2/6").expect("resumes");
    send(&mut s, ENTER);
    s.exp_string("Saved: Yes").expect("confirms the answer");
    s.exp_string("Add evidence or notes?")
        .expect("offers evidence and notes");
    send(&mut s, &format!("{DOWN}{ENTER}"));
    s.exp_string("one link or document reference per line")
        .expect("asks for evidence");
    send(&mut s, &format!("https://example.org/lead{ENTER}"));
    s.exp_string("Saved: https://example.org/lead")
        .expect("confirms the line");
    let text = kill_and_read(&mut s, &path);
    assert!(
        text.contains("c-ind-2.evidence = [\"https://example.org/lead\"]\n"),
        "{text}"
    );
    let out = cyberassess()
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn typing_a_date_replaces_today() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let questionnaire = fixture("gated.toml");
    let q = questionnaire.to_str().expect("UTF-8 path");

    let (mut s, _) = spawn_fill(&path, &["--questionnaire", q]);
    s.exp_string("is assessed?").expect("asks the country");
    send(&mut s, &format!("Testland{ENTER}"));
    s.exp_string("separated by semicolons")
        .expect("asks who answers");
    send(&mut s, ENTER);
    s.exp_string("year-month-day").expect("asks the date");
    send(&mut s, &format!("2026-11-20{ENTER}"));
    let (before, _) = s
        .exp_string("Which stage do you aim for?")
        .map(|before| (before, ()))
        .expect("takes the date typed and asks the target");
    assert!(!before.contains("is not a date"), "{before}");
    assert!(before.contains("Saved: 2026-11-20"), "{before}");
    let text = kill_and_read(&mut s, &path);
    assert!(text.contains("assessed_on = 2026-11-20\n"), "{text}");
}

/// Answers files are the same in every language: the same keys pressed in a Spanish and an
/// English session give files that score to the same bytes of JSON.
#[test]
fn a_file_filled_in_spanish_scores_as_the_same_answers_in_english() {
    let mut scores = Vec::new();
    for (lang, prompts) in [
        (
            "es",
            // The pseudo-terminal is read byte by byte, so only the plain letters are matched.
            [
                "Equipo - question 1/4",
                "Hay un responsable designado para la gesti",
                "Cada incidente recibe un n",
                "Las herramientas del equipo superan un ejercicio anual?",
            ],
        ),
        (
            "en",
            [
                "Team - question 1/4",
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
        let (mut s, _) = spawn_fill(&path, &["--questionnaire", q, "--quick", "--lang", lang]);
        s.exp_string("is assessed?").expect("asks the country");
        send(&mut s, &format!("Testland{ENTER}"));
        s.exp_string("separated by semicolons")
            .expect("asks who answers");
        send(&mut s, &format!("Ministry of ICT{ENTER}"));
        s.exp_string("year-month-day").expect("asks the date");
        send(&mut s, ENTER);
        s.exp_string("Which stage do you aim for?")
            .expect("asks the target");
        send(&mut s, ENTER);
        // The second option, the first, the second, the first.
        for (n, prompt) in prompts.iter().enumerate() {
            s.exp_string(prompt)
                .expect("the question in the language asked");
            let keys = if n % 2 == 0 {
                format!("{DOWN}{ENTER}")
            } else {
                ENTER.to_owned()
            };
            send(&mut s, &keys);
        }
        s.exp_string("Answers saved in").expect("finishes");
        assert_eq!(exit_code(&s), 0);
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
