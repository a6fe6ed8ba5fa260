//! The README's table of what each `compare` option does for two files, for folders and in each
//! format: every cell that says "usage error" is one (exit 2), every other cell runs, and what
//! each option does is checked where it shows.

use std::path::Path;

use crate::compare::{compare_in, repository};
use crate::util::{fixture, readme_table};

/// The inputs of a column, run in the git repository of `repository()` (which holds
/// `answers/a.toml` in two revisions): two files or folders, plain or with a side from git.
fn inputs(option: &str, folders: bool) -> Vec<String> {
    let path = |name: &str| fixture(name).to_string_lossy().into_owned();
    let from_git = "HEAD~1:answers/a.toml".to_owned();
    match (option == "REV:PATH", folders) {
        (false, false) => vec![path("compare/old.toml"), path("compare/new.toml")],
        (false, true) => vec![path("compare")],
        (true, false) => vec![from_git, "answers/a.toml".to_owned()],
        (true, true) => vec![from_git, path("compare")],
    }
}

/// The arguments that give an option.
fn option_args(option: &str) -> Vec<&'static str> {
    match option {
        "--top N" => vec!["--top", "2"],
        "--detail" => vec!["--detail"],
        "--fail-fast" => vec!["--fail-fast"],
        "REV:PATH" => Vec::new(),
        other => panic!("the test does not know {other}: add it here"),
    }
}

/// The columns: folders or not, and the formats each stands for.
const COLUMNS: [(bool, &[&str]); 4] = [
    (false, &["table", "markdown"]),
    (true, &["table", "markdown"]),
    (false, &["json"]),
    (false, &["csv"]),
];

#[test]
fn every_cell_of_the_readme_table_is_what_the_command_does() {
    let repo = repository();
    let rows = readme_table("| option | two files, `table` or `markdown` |");
    let options: Vec<&str> = rows.iter().map(|(o, _)| o.as_str()).collect();
    assert_eq!(options, ["--top N", "--detail", "--fail-fast", "REV:PATH"]);
    for (option, cells) in &rows {
        assert_eq!(cells.len(), COLUMNS.len(), "{option}");
        for (cell, (folders, formats)) in cells.iter().zip(COLUMNS) {
            for format in formats {
                let inputs = inputs(option, folders);
                let mut args: Vec<&str> = inputs.iter().map(String::as_str).collect();
                args.extend(["--format", format]);
                args.extend(option_args(option));
                if cell.starts_with("usage error") {
                    let (out, err) = compare_in(repo.path(), &args, 2);
                    let name = option.split(' ').next().unwrap_or(option);
                    assert!(err.contains(name), "{args:?}: {err}");
                    if name.starts_with("--") {
                        assert!(err.contains("help: leave out"), "{args:?}: {err}");
                    }
                    assert!(out.is_empty(), "{args:?}");
                } else {
                    compare_in(repo.path(), &args, 0);
                }
            }
        }
    }
}

fn run(args: &[&str], status: i32) -> (String, String) {
    compare_in(Path::new("."), args, status)
}

#[test]
fn top_on_folders_shows_each_comparison_with_that_many_questions() {
    let folder = fixture("compare");
    let folder = folder.to_str().expect("UTF-8 path");
    for format in ["table", "markdown"] {
        let (plain, _) = run(&[folder, "-f", format], 0);
        assert!(!plain.contains("Most improved"), "{plain}");
        let (top, _) = run(&[folder, "-f", format, "--top", "1"], 0);
        // The summary first, then Fictiland's comparison with one question in each list.
        assert!(top.starts_with(&plain[..plain.len().min(120)]), "{top}");
        assert!(top.contains("Most improved (1)"), "{top}");
        assert!(top.contains("Areas of concern (1)"), "{top}");
        assert!(top.contains("still open (1 of 4)"), "{top}");
        // --detail lists every question that moved instead of the two lists.
        let (detail, _) = run(&[folder, "-f", format, "--detail", "--top", "1"], 0);
        assert!(!detail.contains("Most improved"), "{detail}");
        assert!(detail.contains("still open (1 of 4)"), "{detail}");
    }
}

#[test]
fn fail_fast_on_two_files_does_not_read_the_second_when_the_first_fails() {
    let first = fixture("bad/a-invalid-value.toml");
    let second = fixture("bad/a-unknown-question.toml");
    let files = [first.to_str(), second.to_str()].map(|p| p.expect("UTF-8 path"));
    let (_, both) = run(&files, 1);
    assert!(both.contains("a-invalid-value.toml"), "{both}");
    assert!(both.contains("a-unknown-question.toml"), "{both}");
    let (_, first_only) = run(&[files[0], files[1], "--fail-fast"], 1);
    assert!(first_only.contains("a-invalid-value.toml"), "{first_only}");
    assert!(
        !first_only.contains("a-unknown-question.toml"),
        "{first_only}"
    );
}
