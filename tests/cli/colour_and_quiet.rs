//! `--color` and `--quiet`, which every command takes: colours follow the flag first, then
//! NO_COLOR and CLICOLOR_FORCE; quiet leaves out notes and summaries, never a problem.

use std::process::Output;

use crate::util::{cyberassess, fixture};

const EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";
const ESC: char = '\u{1b}';

/// Runs the binary with standard output and error piped, and only the given colour variables
/// set.
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = cyberassess();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE");
    for (key, value) in env {
        cmd.env(key, value);
    }
    cmd.args(args).output().expect("runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn piped_output_has_no_colour_unless_asked() {
    let plain = run(&["score", EXAMPLE], &[]);
    assert!(!stdout(&plain).contains(ESC), "{}", stdout(&plain));
    let always = run(&["score", EXAMPLE, "--color", "always"], &[]);
    assert_eq!(always.status.code(), Some(0));
    assert!(stdout(&always).contains(ESC), "{}", stdout(&always));
    // The same words are there, coloured.
    assert!(stdout(&always).contains("Governance"));
}

#[test]
fn color_always_also_colours_the_problems_on_standard_error() {
    let bad = fixture("bad/a-invalid-value.toml");
    let bad = bad.to_str().expect("UTF-8 path");
    let plain = run(&["check", bad], &[]);
    assert_eq!(plain.status.code(), Some(1));
    assert!(!stderr(&plain).contains(ESC), "{}", stderr(&plain));
    let always = run(&["check", "--color", "always", bad], &[]);
    assert_eq!(always.status.code(), Some(1));
    assert!(stderr(&always).contains(ESC), "{}", stderr(&always));
}

#[test]
fn clicolor_force_colours_a_pipe_and_no_color_wins_over_it() {
    let forced = run(&["score", EXAMPLE], &[("CLICOLOR_FORCE", "1")]);
    assert!(stdout(&forced).contains(ESC), "{}", stdout(&forced));
    let both = run(
        &["score", EXAMPLE],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(!stdout(&both).contains(ESC), "{}", stdout(&both));
}

#[test]
fn the_flag_wins_over_the_environment() {
    let never = run(
        &["score", EXAMPLE, "--color", "never"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!stdout(&never).contains(ESC), "{}", stdout(&never));
    let always = run(&["score", EXAMPLE, "--color=always"], &[("NO_COLOR", "1")]);
    assert!(stdout(&always).contains(ESC), "{}", stdout(&always));
}

#[test]
fn a_file_written_with_o_never_has_colours() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("scores.txt");
    let out = run(
        &[
            "score",
            EXAMPLE,
            "--color",
            "always",
            "-o",
            path.to_str().expect("UTF-8"),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.contains("Governance") && !text.contains(ESC), "{text}");
}

#[test]
fn quiet_leaves_out_the_summary_but_not_the_warnings() {
    let loud = run(&["score", "questionnaires/examples/", "-f", "csv"], &[]);
    assert!(
        stderr(&loud).contains("Scored 7 of 7 files."),
        "{}",
        stderr(&loud)
    );
    for args in [
        ["score", "-q", "questionnaires/examples/", "-f", "csv"],
        ["-q", "score", "questionnaires/examples/", "-f", "csv"],
        ["score", "--quiet", "questionnaires/examples/", "-f", "csv"],
    ] {
        let quiet = run(&args, &[]);
        assert_eq!(quiet.status.code(), Some(0));
        let err = stderr(&quiet);
        assert!(!err.contains("Scored"), "{args:?}: {err}");
        // Warnings are about the data, not notes: they stay.
        assert!(err.contains("warning: "), "{args:?}: {err}");
        assert_eq!(stdout(&quiet), stdout(&loud), "{args:?}");
    }
}

#[test]
fn quiet_silences_notes_of_every_kind_of_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let at = |name: &str| dir.path().join(name).display().to_string();
    let (answers, pdf, plan) = (at("a.toml"), at("a.pdf"), at("plan.csv"));
    let cases: [&[&str]; 5] = [
        &["check", EXAMPLE],
        &["template", "ncss-maturity", "-o", &answers],
        &["report", EXAMPLE, "-o", &pdf],
        &["plan", EXAMPLE, "-o", &plan],
        &["man", "--all", "-o", &at("man")],
    ];
    for args in cases {
        let loud = run(args, &[]);
        assert_eq!(loud.status.code(), Some(0), "{args:?}: {}", stderr(&loud));
        assert!(!stderr(&loud).is_empty(), "{args:?} says what it did");
        let mut quiet_args = args.to_vec();
        quiet_args.push("--quiet");
        // A second run must be allowed to replace what the first wrote.
        if args[0] != "check" && args[0] != "man" && args[0] != "report" {
            quiet_args.push("--force");
        }
        let quiet = run(&quiet_args, &[]);
        assert_eq!(
            quiet.status.code(),
            Some(0),
            "{quiet_args:?}: {}",
            stderr(&quiet)
        );
        assert_eq!(stderr(&quiet), "", "{quiet_args:?}");
    }
    // report's score table is a courtesy: quiet leaves it out too.
    assert!(stdout(&run(&["report", EXAMPLE, "-o", &pdf, "-q"], &[])).is_empty());
}

#[test]
fn quiet_never_silences_an_error() {
    let bad = fixture("bad/a-invalid-value.toml");
    let out = run(&["check", "-q", bad.to_str().expect("UTF-8")], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error"), "{}", stderr(&out));
    let missing = run(&["score", "-q", "no-such-file.toml"], &[]);
    assert_ne!(missing.status.code(), Some(0));
    assert!(
        stderr(&missing).contains("no-such-file.toml"),
        "{}",
        stderr(&missing)
    );
    let usage = run(&["score", "-q", "--color", "sometimes", EXAMPLE], &[]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(stderr(&usage).contains("sometimes"), "{}", stderr(&usage));
}
