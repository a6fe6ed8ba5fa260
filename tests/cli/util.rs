//! Helpers shared by the end-to-end tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The variables that choose the interface's language, taken away from the environment the
/// tests run in: the interface speaks English unless a test asks for another language.
pub(crate) const LANGUAGE_VARIABLES: [&str; 4] =
    ["CYBERASSESS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The `cyberassess` binary, run from the repository root with colours off, in English.
pub(crate) fn cyberassess() -> Command {
    let mut cmd = Command::cargo_bin("cyberassess").expect("binary builds");
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS");
    for name in LANGUAGE_VARIABLES {
        cmd.env_remove(name);
    }
    cmd
}

/// The repository root.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under `tests/fixtures/`.
pub(crate) fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Reads a file as text.
pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Runs `check` on `path`, asserts it finds problems (exit 1) and that its report mentions
/// every expected text; returns the report.
pub(crate) fn check_fails_with(path: &Path, expected: &[&str]) -> String {
    let out = cyberassess().arg("check").arg(path).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for text in expected {
        assert!(stderr.contains(text), "{text}\n{stderr}");
    }
    stderr
}

/// Runs `check` on `path` and lists what its report lacks: the exit code `code`, the place
/// `path:position` (`line:column`), the `message` and the fix `help`, and no panic. Returns the
/// report and the unmet expectations (none when all is well).
pub(crate) fn diagnostic_problems(
    path: &Path,
    code: i32,
    position: &str,
    message: &str,
    help: &str,
) -> (String, Vec<String>) {
    let out = cyberassess().arg("check").arg(path).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let place = format!("{}:{position}", path.display());
    let expectations = [
        (
            out.status.code() == Some(code),
            format!("exit code {code}, not {:?}", out.status.code()),
        ),
        (stderr.contains(&place), format!("place {place}")),
        (stderr.contains(message), format!("message {message:?}")),
        (stderr.contains(help), format!("fix {help:?}")),
        (!stderr.contains("panicked"), "no panic".to_owned()),
    ];
    let unmet = expectations
        .into_iter()
        .filter(|(met, _)| !met)
        .map(|(_, what)| what)
        .collect();
    (stderr, unmet)
}

/// Runs `check` on `path` and asserts that it exits with `code` and reports one problem at
/// `position` (`line:column`) with `message` and the fix `help`; returns the report.
pub(crate) fn assert_diagnostic(
    path: &Path,
    code: i32,
    position: &str,
    message: &str,
    help: &str,
) -> String {
    let (stderr, unmet) = diagnostic_problems(path, code, position, message, help);
    assert!(
        unmet.is_empty(),
        "{}: expected {}\n{stderr}",
        path.display(),
        unmet.join(", ")
    );
    stderr
}

/// A temporary folder holding a copy of `tests/fixtures/weighted.toml` and an answers file
/// `a.toml` with `text` (which refers to it as `questionnaire = "weighted.toml"`).
pub(crate) fn answers_beside_weighted(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture("weighted.toml"), dir.path().join("weighted.toml")).expect("copy");
    let path = dir.path().join("a.toml");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

/// What `sha256sum` prints for `input` (the lines `HASH  NAME`, or `HASH  -` for standard
/// input): the reports' fingerprints are checked against the tool a reader would use.
pub(crate) fn sha256sum(args: &[&str], input: &[u8]) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("sha256sum")
        .args(args)
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sha256sum runs (coreutils)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    let out = child.wait_with_output().expect("sha256sum ends");
    assert!(out.status.success(), "sha256sum failed");
    String::from_utf8(out.stdout).expect("text")
}

/// Runs `cyberassess score --format json` with `args`, asserts its exit status, and returns the
/// JSON it printed and what it said on standard error.
pub(crate) fn score_json<I, S>(args: I, status: i32) -> (serde_json::Value, String)
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = cyberassess()
        .args(["score", "--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(status), "{stderr}");
    let json = serde_json::from_slice(&out.stdout).expect("JSON on standard output");
    (json, stderr)
}

/// The cells of the first row of a terminal or Markdown table whose first cell is `first`,
/// trimmed (and without Markdown's bold), to check a snapshot's numbers one by one.
pub(crate) fn row(table: &str, first: &str) -> Vec<String> {
    table
        .lines()
        .map(|line| {
            line.split(['│', '┆', '|'])
                .map(|c| c.trim().trim_matches('*').to_owned())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.first().is_some_and(|c| c == first))
        .unwrap_or_else(|| panic!("no row {first} in\n{table}"))
}

/// The text of `pdf` as `pdftotext -layout` reads it, with runs of spaces made one (so a row of
/// a table reads as one line of words) and blank lines left out.
pub(crate) fn pdf_lines(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs: install poppler-utils (bash .ci/run does)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The rows of the README's table of what each option does, the one whose header starts with
/// `header`: (option, cells by column).
pub(crate) fn readme_table(header: &str) -> Vec<(String, Vec<String>)> {
    let readme = read(&root().join("README.md"));
    let start = readme
        .find(header)
        .unwrap_or_else(|| panic!("the README has no table starting {header}"));
    let end = readme[start..]
        .find("\n\n")
        .map_or(readme.len(), |n| start + n);
    readme[start..end]
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<String> = l
                .trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_owned())
                .collect();
            (cells[0].trim_matches('`').to_owned(), cells[1..].to_vec())
        })
        .collect()
}
