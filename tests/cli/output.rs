//! Every command writes through one output path: a closed pipe is success, any other write
//! error (a full disk) is exit 1 with a message, and `-o` never replaces a device, a pipe or a
//! link, nor anything in a folder.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};

use cyberassess::import::WorkbookWords;
use cyberassess::loader::Loader;
use cyberassess::render::xlsx::questionnaire_workbook;

use crate::util::{fixture, root};

const EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";

/// One command line of the tests, and what it writes when it succeeds.
struct Case {
    args: Vec<String>,
    /// It prints on standard output.
    stdout: bool,
    /// It prints on standard error.
    stderr: bool,
}

/// Every command, with arguments that succeed, its inputs and outputs in `dir`.
fn commands(dir: &Path) -> Vec<Case> {
    let case = |args: &[&str], stdout: bool, stderr: bool| Case {
        args: args.iter().map(|a| (*a).to_owned()).collect(),
        stdout,
        stderr,
    };
    let file = |name: &str| dir.join(name).display().to_string();
    let (pdf, consensus, plan) = (file("x.pdf"), file("consensus.toml"), file("plan.csv"));
    let (workbook, folder) = (filled_workbook(dir), dir.display().to_string());
    let two = ["score", EXAMPLE, "tests/fixtures/weighted-answers.toml"];
    let (old, new) = (
        "tests/fixtures/compare/old.toml",
        "tests/fixtures/compare/new.toml",
    );
    let (ministry, cert) = (
        "tests/fixtures/merge/ministry.toml",
        "tests/fixtures/merge/cert.toml",
    );
    vec![
        case(
            &["check", EXAMPLE, "questionnaires/ncss-maturity.toml"],
            true,
            true,
        ),
        case(&["score", EXAMPLE], true, false),
        case(
            &["score", EXAMPLE, "--explain", "--format", "table"],
            true,
            false,
        ),
        case(&["score", EXAMPLE, "--format", "json"], true, false),
        case(&["score", EXAMPLE, "--format", "csv"], true, false),
        case(&["score", EXAMPLE, "--format", "markdown"], true, false),
        case(&two, true, true),
        case(&[two[0], two[1], two[2], "--format", "json"], true, true),
        case(&["report", EXAMPLE, "-o", &pdf], true, true),
        case(&["template", "ncss-maturity"], true, false),
        case(&["questionnaires"], true, false),
        case(&["questionnaires", "show", "ncss-maturity"], true, false),
        case(&["compare", old, new], true, false),
        case(&["compare", old, new, "--format", "json"], true, false),
        case(
            &["merge", ministry, cert, "-o", &consensus, "--force"],
            true,
            true,
        ),
        case(&["plan", EXAMPLE, "-o", &plan, "--force"], false, true),
        case(
            &["import", &workbook, "-o", &folder, "--force"],
            false,
            true,
        ),
        case(&["schema", "questionnaire"], true, false),
        case(
            &["schema", "answers", "--questionnaire", "ncss-maturity"],
            true,
            false,
        ),
        case(&["guide"], true, false),
        case(&["guide", "method"], true, false),
        case(&["completions", "bash"], true, false),
        case(&["man"], true, false),
    ]
}

/// A workbook of the shipped example, as `template --format xlsx` writes one and a person fills
/// it in, saved in `dir`.
fn filled_workbook(dir: &Path) -> String {
    let loaded = Loader::new()
        .assessment(&root().join(EXAMPLE))
        .expect("the example loads");
    let bytes = questionnaire_workbook(
        &loaded.questionnaire.questionnaire,
        "ncss-maturity",
        Some(&loaded.assessment),
        &WorkbookWords::english(),
    )
    .expect("workbook");
    let path = dir.join("exampleland.xlsx");
    std::fs::write(&path, bytes).expect("write");
    path.display().to_string()
}

/// Runs the binary with the given standard output and error; returns the exit code and what
/// it wrote on standard error (when that was captured).
fn run(args: &[String], stdout: Stdio, stderr: Stdio) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cyberassess"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A pipe whose reading end is already closed: every write to it fails with "broken pipe",
/// as with `| head -1` once `head` has its line.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    Stdio::from(writer)
}

fn dev_full() -> Stdio {
    Stdio::from(
        File::options()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full"),
    )
}

/// Runs every case of [`commands`] through `check`, which returns what is wrong with one run
/// (if anything), and fails with every case that went wrong, not only the first.
fn for_every_command(check: impl Fn(&Case) -> Option<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = commands(dir.path());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| check(case).map(|what| format!("{:?}: {what}", case.args)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} command lines failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn a_closed_standard_output_is_success_for_every_command() {
    for_every_command(|case| {
        let (code, stderr) = run(&case.args, closed_pipe(), Stdio::piped());
        (code != Some(0) || stderr.contains("panicked"))
            .then(|| format!("exit {code:?}, expected 0\n{stderr}"))
    });
}

#[test]
fn a_full_standard_output_is_exit_1_with_a_message_for_every_command() {
    for_every_command(|case| {
        let (code, stderr) = run(&case.args, dev_full(), Stdio::piped());
        // A command that prints nothing on standard output does not notice that it is full.
        let (expected, message) = if case.stdout {
            (
                1,
                "error: could not write to standard output: No space left on device",
            )
        } else {
            (0, "")
        };
        (code != Some(expected) || !stderr.contains(message) || stderr.contains("panicked"))
            .then(|| format!("exit {code:?}, expected {expected} and {message:?}\n{stderr}"))
    });
}

#[test]
fn a_full_standard_error_is_exit_1_and_a_closed_one_is_not() {
    for_every_command(|case| {
        let (code, _) = run(&case.args, Stdio::null(), dev_full());
        let expected = if case.stderr { 1 } else { 0 };
        if code != Some(expected) {
            return Some(format!(
                "full standard error: exit {code:?}, expected {expected}"
            ));
        }
        let (code, _) = run(&case.args, Stdio::null(), closed_pipe());
        (code != Some(0)).then(|| format!("closed standard error: exit {code:?}, expected 0"))
    });
    // An error message that cannot be shown still fails the run.
    let bad = fixture("bad/q-weight-zero.toml").display().to_string();
    let (code, _) = run(&["check".into(), bad], Stdio::null(), dev_full());
    assert_eq!(code, Some(1));
}

fn is_char_device(path: &str) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

fn score_to(output: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cyberassess"))
        .args(["score", EXAMPLE, "--format", "csv", "-o"])
        .arg(output)
        .current_dir(root())
        .output()
        .expect("runs")
}

#[test]
fn output_into_a_named_pipe_then_devices_is_written_into_them_not_over_them() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.csv");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let (send, receive) = std::sync::mpsc::channel();
    let reader = fifo.clone();
    std::thread::spawn(move || {
        let _ = send.send(std::fs::read_to_string(reader));
    });
    let out = score_to(&fifo);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let is_fifo = std::fs::symlink_metadata(&fifo).is_ok_and(|m| m.file_type().is_fifo());
    assert!(is_fifo, "the named pipe was replaced by a file");
    let read = receive
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the reader of the pipe got the output")
        .expect("read");
    assert!(
        read.starts_with("source,country,assessed_on,pillar"),
        "{read}"
    );

    // Only now that a pipe is known to be written into, never replaced: the real devices.
    assert!(is_char_device("/dev/null"));
    let out = score_to(Path::new("/dev/null"));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(is_char_device("/dev/null"), "/dev/null must stay a device");
    let out = score_to(Path::new("/dev/full"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("could not write /dev/full"), "{stderr}");
    assert!(is_char_device("/dev/full"), "/dev/full must stay a device");
}

#[test]
fn output_through_a_symbolic_link_replaces_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("real")).expect("mkdir");
    let target = dir.path().join("real/scores.csv");
    std::fs::write(&target, "old\n").expect("write");
    let link = dir.path().join("scores.csv");
    std::os::unix::fs::symlink("real/scores.csv", &link).expect("link");
    let out = score_to(&link);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .expect("target")
            .starts_with("source,")
    );
    let entries = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(entries, 2, "nothing but the link and its folder");

    // A link to a file that does not exist yet creates that file.
    let dangling = dir.path().join("new.csv");
    std::os::unix::fs::symlink("real/new.csv", &dangling).expect("link");
    assert_eq!(score_to(&dangling).status.code(), Some(0));
    assert!(
        std::fs::symlink_metadata(&dangling)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(dir.path().join("real/new.csv").is_file());
}

#[test]
fn output_onto_a_folder_is_one_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = score_to(dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "error: {} is a folder; give the name of a file to write, such as {}\n",
            dir.path().display(),
            dir.path().join("scores.csv").display()
        )
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0);
}

/// Runs `fill` on a complete answers file in a pseudo-terminal (it needs one for its input and
/// its messages), with standard output `stdout`: `full` (/dev/full) or `closed` (a pipe nobody
/// reads). Returns the exit code and what the terminal showed.
fn fill_with_stdout(stdout: &str) -> (i32, String) {
    use rexpect::process::WaitStatus;
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = dir.path().join("answers.toml");
    std::fs::copy(root().join(EXAMPLE), &answers).expect("copy");
    // A named pipe opened for reading and writing, then for writing, and its reading end
    // closed: every write fails with "broken pipe" as with `| head -1` once `head` is gone.
    let script = r#"stty cols 100 rows 40 || exit 99
case "$1" in
  full) exec 1>/dev/full ;;
  closed) mkfifo "$2/pipe" && exec 4<>"$2/pipe" 1>"$2/pipe" 4<&- ;;
esac
shift 2
exec "$0" "$@""#;
    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_cyberassess"))
        .arg(stdout)
        .arg(dir.path())
        .arg("fill")
        .arg(&answers)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut s = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawns in a pty");
    let shown = s.exp_eof().expect("fill ends by itself");
    let code = match s.process().wait().expect("waits") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}\n{shown}"),
    };
    (code, shown)
}

#[test]
fn fill_s_final_table_on_a_closed_or_full_standard_output() {
    let (code, shown) = fill_with_stdout("closed");
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("are already answered"), "{shown}");
    assert!(shown.contains("Answers saved in"), "{shown}");
    assert!(!shown.contains("panicked"), "{shown}");

    let (code, shown) = fill_with_stdout("full");
    assert_eq!(code, 1, "{shown}");
    assert!(
        shown.contains("error: could not write to standard output: No space left on device"),
        "{shown}"
    );
    assert!(!shown.contains("panicked"), "{shown}");
    // Standard error must be a terminal for `fill`, so it cannot be a full disk or a closed
    // pipe: fill refuses to start then (see `fill::without_a_terminal_points_to_template`).
}

/// `-o -` is standard output for the commands that write there without `-o`, and refused with
/// a clear message by those whose output is always a file: never a file named `-`.
#[test]
fn a_lone_dash_is_standard_output_or_refused_never_a_file_named_dash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = crate::util::root().join("questionnaires/examples/exampleland-2026.toml");
    let example = example.to_str().expect("UTF-8 path");
    let run = |args: &[&str]| {
        let out = crate::util::cyberassess()
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stdout, _) = run(&["score", example, "-f", "csv", "-o", "-"]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.starts_with("source,country,assessed_on,pillar"),
        "{stdout}"
    );
    let (code, stdout, _) = run(&["template", "ncss-maturity", "-o", "-"]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("questionnaire = \"ncss-maturity\""),
        "{stdout}"
    );
    let (code, stdout, _) = run(&["schema", "questionnaire", "-o", "-"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("\"$schema\""), "{stdout}");
    let (code, stdout, _) = run(&["man", "-o", "-"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains(".TH"), "{stdout}");
    for args in [
        vec!["report", example, "-o", "-"],
        vec!["plan", example, "-o", "-"],
        vec!["man", "--all", "-o", "-"],
    ] {
        let (code, _, stderr) = run(&args);
        assert_eq!(code, Some(2), "{args:?}");
        assert!(
            stderr.contains("-o - would mean standard output"),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains("give a file name with -o"),
            "{args:?}: {stderr}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("reads").collect();
    assert!(left.is_empty(), "files written: {left:?}");
}
