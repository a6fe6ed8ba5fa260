//! What is read: only regular files, only under names that can be shown, and only questionnaire
//! references that are a built-in id or a `*.toml` file, never echoed when they are not one.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::util::{answers_beside_weighted, cyberassess, score_json};

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success());
}

#[test]
fn a_named_pipe_on_the_command_line_is_an_error_naming_it_not_a_wait() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("answers.toml");
    mkfifo(&fifo);
    for command in ["check", "score", "report"] {
        let out = cyberassess()
            .arg(command)
            .arg(&fifo)
            .args(["-o"].iter().filter(|_| command == "report"))
            .args(
                [dir.path().join("out.pdf")]
                    .iter()
                    .filter(|_| command == "report"),
            )
            .timeout(Duration::from_secs(30))
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {stderr}");
        assert!(
            stderr.contains(&fifo.display().to_string())
                && stderr.contains("this is a named pipe, not a regular file"),
            "{command}: {stderr}"
        );
    }
}

#[test]
fn special_files_and_names_that_are_not_utf8_in_a_folder_are_reported_counted_not_scored() {
    use std::os::unix::ffi::OsStrExt;
    let (dir, good) = answers_beside_weighted(
        "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"Alpha\"\n[answers]\n",
    );
    mkfifo(&dir.path().join("pipe.toml"));
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
    std::fs::copy(&good, dir.path().join(odd)).expect("copy under a name that is not UTF-8");
    let out = cyberassess()
        .args(["score", "--format", "csv"])
        .arg(dir.path())
        .timeout(Duration::from_secs(30))
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    // Only a.toml is scored: 2 pillars and the overall row.
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    assert!(!stdout.contains("caf"), "{stdout}");
    assert!(
        stderr.contains("pipe.toml") && stderr.contains("a named pipe"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the file name is not UTF-8 text"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 places in folders could not be read"),
        "{stderr}"
    );
}

/// An answers file from anywhere can name any path as its questionnaire: only `*.toml` files
/// are read, and a file that is not a questionnaire is never shown.
#[test]
fn a_questionnaire_reference_that_is_not_a_questionnaire_is_never_echoed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "TOKEN=hunter2-very-secret\n").expect("write");
    let secret_toml = dir.path().join("secret.toml");
    std::fs::write(&secret_toml, "TOKEN = \"hunter2-very-secret\"\n").expect("write");
    let not_toml = dir.path().join("broken.toml");
    std::fs::write(&not_toml, "TOKEN=hunter2-very-secret [\n").expect("write");
    let fifo = dir.path().join("pipe.toml");
    mkfifo(&fifo);
    let cases = [
        (
            "/etc/passwd",
            "only a built-in id or the path of a .toml file",
        ),
        (
            "/proc/self/environ",
            "only a built-in id or the path of a .toml file",
        ),
        (
            "secret.txt",
            "only a built-in id or the path of a .toml file",
        ),
        ("secret.toml", "is not a questionnaire"),
        ("broken.toml", "is not a questionnaire"),
        ("pipe.toml", "not a regular file"),
    ];
    for (reference, expected) in cases {
        let answers = dir.path().join("answers.toml");
        std::fs::write(
            &answers,
            format!("questionnaire = \"{reference}\"\n[answers]\n"),
        )
        .expect("write");
        for command in ["check", "score"] {
            let out = cyberassess()
                .arg(command)
                .arg(&answers)
                .timeout(Duration::from_secs(30))
                .output()
                .expect("runs");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{reference}: {stderr}");
            assert!(stderr.contains(expected), "{reference}: {stderr}");
            for leak in ["hunter2", "root:", "PATH="] {
                assert!(
                    !stderr.contains(leak),
                    "{reference} leaked {leak}: {stderr}"
                );
                assert!(!String::from_utf8_lossy(&out.stdout).contains(leak));
            }
        }
    }
    let (json, _) = score_json([dir.path().join("answers.toml")], 1);
    assert!(!json.to_string().contains("hunter2"));
}
