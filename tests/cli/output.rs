//! Every command writes through one output path: a closed pipe is success, any other write
//! error (a full disk) is exit 1 with a message, and `-o` never replaces a device, a pipe or a
//! link, nor anything in a folder.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::{fixture, root};

const EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";

/// Each command with arguments that print on standard output, and whether it also prints on
/// standard error when it succeeds.
fn commands(dir: &Path) -> Vec<(Vec<String>, bool)> {
    let s = |v: &[&str]| v.iter().map(|a| (*a).to_owned()).collect::<Vec<String>>();
    let pdf = dir.join("x.pdf").display().to_string();
    let two = ["score", EXAMPLE, "tests/fixtures/weighted-answers.toml"];
    vec![
        (
            s(&["check", EXAMPLE, "questionnaires/ncss-maturity.toml"]),
            true,
        ),
        (s(&["score", EXAMPLE]), false),
        (
            s(&["score", EXAMPLE, "--explain", "--format", "table"]),
            false,
        ),
        (s(&["score", EXAMPLE, "--format", "json"]), false),
        (s(&["score", EXAMPLE, "--format", "csv"]), false),
        (s(&["score", EXAMPLE, "--format", "markdown"]), false),
        (s(&two), true),
        (s(&[two[0], two[1], two[2], "--format", "json"]), true),
        (s(&["report", EXAMPLE, "-o", &pdf]), true),
        (s(&["template", "ncss-maturity"]), false),
        (s(&["questionnaires"]), false),
        (s(&["questionnaires", "show", "ncss-maturity"]), false),
    ]
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

#[test]
fn a_closed_standard_output_is_success_for_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (args, _) in commands(dir.path()) {
        let (code, stderr) = run(&args, closed_pipe(), Stdio::piped());
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_full_standard_output_is_exit_1_with_a_message_for_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (args, _) in commands(dir.path()) {
        let (code, stderr) = run(&args, dev_full(), Stdio::piped());
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("error: could not write to standard output: No space left on device"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_full_standard_error_is_exit_1_and_a_closed_one_is_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (args, writes_stderr) in commands(dir.path()) {
        let (code, _) = run(&args, Stdio::null(), dev_full());
        let expected = if writes_stderr { 1 } else { 0 };
        assert_eq!(code, Some(expected), "{args:?}");
        let (code, _) = run(&args, Stdio::null(), closed_pipe());
        assert_eq!(code, Some(0), "{args:?}");
    }
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
