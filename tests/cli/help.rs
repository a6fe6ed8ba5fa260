//! What a user of the installed binary has instead of the repository: completions for every
//! shell, the manual pages, and the guide's pages.

use crate::util::cyberassess;

fn stdout(args: &[&str]) -> String {
    let out = cyberassess().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn completions_for_every_shell_name_the_commands_and_built_in_questionnaires() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&["completions", shell]);
        for word in ["score", "report", "schema", "fail-fast", "schema-out"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
        // clap's PowerShell and Elvish scripts complete commands and options only.
        if ["bash", "zsh", "fish"].contains(&shell) {
            for id in cyberassess::builtin::ids() {
                assert!(script.contains(id), "{shell} does not complete {id}");
            }
        }
    }
    cyberassess().args(["completions", "tcsh"]).assert().code(2);
}

/// Formats a manual page the way `man` does; `None` when no formatter is installed.
fn format_man_page(page: &std::path::Path) -> Option<(bool, String, String)> {
    let out = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .arg(page)
        .output()
        .ok()?;
    let text = std::process::Command::new("man")
        .args(["-l", "-P", "cat"])
        .env("MANWIDTH", "80")
        .arg(page)
        .output()
        .ok()?;
    Some((
        out.status.success() && text.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        String::from_utf8_lossy(&text.stdout).into_owned(),
    ))
}

#[test]
fn man_pages_are_written_and_read_by_man() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = cyberassess()
        .args(["man", "--all", "-o"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in [
        "cyberassess.1",
        "cyberassess-score.1",
        "cyberassess-schema-answers.1",
        "cyberassess-guide.1",
    ] {
        let page = dir.path().join(name);
        assert!(page.is_file(), "{name} missing");
        let Some((ok, warnings, text)) = format_man_page(&page) else {
            panic!("groff and man are needed to read the manual pages (see .ci/run)");
        };
        assert!(ok && warnings.is_empty(), "{name}: {warnings}");
        assert!(text.contains("cyberassess"), "{name}:\n{text}");
    }
    let main = std::fs::read_to_string(dir.path().join("cyberassess.1")).expect("read");
    assert_eq!(
        main,
        stdout(&["man"]),
        "the page on standard output is the same"
    );
    let (_, _, text) = format_man_page(&dir.path().join("cyberassess.1")).expect("formatted");
    assert!(text.contains("cyberassess guide"), "{text}");
    cyberassess().args(["man", "--all"]).assert().code(2);
}

#[test]
fn help_ends_with_what_the_installed_binary_offers() {
    let help = stdout(&["--help"]);
    assert!(!help.contains("README.md"), "{help}");
    assert!(help.contains("cyberassess guide"), "{help}");
    let contents = stdout(&["guide"]);
    for page in ["formats", "output", "method", "exit-codes"] {
        assert!(contents.contains(page), "{contents}");
    }
}

#[test]
fn guide_pages_are_the_readme_sections() {
    let readme = std::fs::read_to_string(crate::util::root().join("README.md")).expect("read");
    for (page, heading) in [
        ("formats", "## The formats"),
        ("output", "## Output formats"),
        ("method", "## Method"),
        ("exit-codes", "## Exit codes"),
    ] {
        let text = stdout(&["guide", page]);
        assert!(text.starts_with(heading), "{page}: {text}");
        assert!(readme.contains(&text), "{page} is not the README's text");
    }
}
