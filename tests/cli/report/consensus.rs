//! The report of a consensus, read back with `pdftotext`: the counts in the Summary, the legend
//! of the respondents' numbers, the strip of who answered what and the agreed answer.

use std::path::{Path, PathBuf};

use super::read::read_pdf;
use super::{assert_inside_margins, report, temp};
use crate::util::{cyberassess, fixture, pdf_lines as text};

/// Merges `files` into `dir/consensus.toml` and returns its path.
fn merge(files: &[PathBuf], dir: &Path) -> PathBuf {
    merge_by(files, dir, "lowest")
}

/// Merges `files` into `dir/consensus.toml` with `--rule rule` and returns its path.
fn merge_by(files: &[PathBuf], dir: &Path, rule: &str) -> PathBuf {
    let merged = dir.join("consensus.toml");
    cyberassess()
        .arg("merge")
        .args(files)
        .arg("-o")
        .arg(&merged)
        .args(["--force", "--rule", rule])
        .assert()
        .code(0);
    merged
}

fn three() -> Vec<PathBuf> {
    ["ministry", "cert", "regulator"]
        .iter()
        .map(|f| fixture(&format!("merge/{f}.toml")))
        .collect()
}

/// The lines of `text` from the one that starts with `from`, `n` of them.
fn lines_from<'t>(text: &'t str, from: &str, n: usize) -> Vec<&'t str> {
    text.lines()
        .skip_while(|l| !l.starts_with(from))
        .take(n)
        .collect()
}

#[test]
fn a_consensus_report_shows_who_answered_what_and_the_agreed_answers() {
    let dir = temp();
    let merged = merge(&three(), dir.path());
    let pdf = dir.path().join("c.pdf");
    report(&[merged.to_str().expect("path")], &pdf);
    let text = text(&pdf);
    // The three respondents differ on c-choice, c-ind-3, c-ind-4 (n/a against no) and e-choice;
    // the merge leaves all four disputed.
    let flat = text.replace('\n', " ");
    assert!(
        flat.contains(
            "The 3 respondents answered 4 questions differently; 4 of them remain disputed"
        ),
        "{text}"
    );
    // The legend, in the order of the merge.
    let legend = lines_from(&text, "This assessment is the consensus of 3", 12).join("\n");
    for line in ["1 Ministry of ICT", "2 National CERT", "3 regulator"] {
        assert!(legend.contains(line), "{line} in {legend}");
    }
    // c-choice: ministry "working" (1), CERT "growing" (2), regulator "leading" (3); the lowest,
    // Growing, counts for now.
    let strip = lines_from(&text, "Who answered what", 5);
    assert_eq!(strip[1], "Start Growing Working Leading", "{strip:?}");
    assert_eq!(strip[2], "2 1 3", "{strip:?}");
    assert!(
        strip[3].starts_with("Still disputed: counted as Growing for now, the lowest answer"),
        "{strip:?}"
    );
    // c-ind-3: yes (1), partly (2), no (3): the lowest, No.
    assert!(
        text.contains("No Partly Yes\n3 2 1\nStill disputed: counted as No"),
        "{text}"
    );
    // c-ind-4: n/a (1) against no (2 and 3): an n/a column, and No counts.
    assert!(
        text.contains("No Partly Yes n/a\n2, 3 1\nStill disputed: counted as No"),
        "{text}"
    );
    // Questions the respondents agree on have no strip: 4 strips, no more.
    assert_eq!(text.matches("Who answered what").count(), 4, "{text}");
    assert_inside_margins(&read_pdf(&std::fs::read(&pdf).expect("pdf")));
}

#[test]
fn a_settled_question_shows_its_agreed_answer_and_the_counts_follow() {
    let dir = temp();
    let merged = merge(&three(), dir.path());
    // The workshop agrees on "working" for c-choice.
    let toml = std::fs::read_to_string(&merged).expect("consensus");
    let settled = toml.replacen(
        "[answers.c-choice]\nanswer = \"growing\"\ndisputed = true\n",
        "[answers.c-choice]\nanswer = \"working\"\n",
        1,
    );
    assert_ne!(
        settled, toml,
        "the consensus file changed its layout:\n{toml}"
    );
    std::fs::write(&merged, settled).expect("written");
    let pdf = dir.path().join("c.pdf");
    report(&[merged.to_str().expect("path")], &pdf);
    let text = text(&pdf);
    let flat = text.replace('\n', " ");
    assert!(
        flat.contains("4 questions differently; 3 of them remain"),
        "{text}"
    );
    assert!(
        flat.contains("They answered 4 questions differently, and 3 are still"),
        "{text}"
    );
    let strip = lines_from(&text, "Who answered what", 4);
    assert_eq!(strip[2], "2 1 3", "{strip:?}");
    assert_eq!(strip[3], "Agreed answer: Working.", "{strip:?}");
}

#[test]
fn a_report_without_respondents_has_no_consensus_parts() {
    let dir = temp();
    let pdf = dir.path().join("m.pdf");
    report(&[three()[0].to_str().expect("path")], &pdf);
    let text = text(&pdf);
    assert!(!text.contains("Who answered what"), "{text}");
    assert!(!text.contains("respondents"), "{text}");
}

#[test]
fn twenty_five_respondents_with_accented_names_stay_legible() {
    let dir = temp();
    let stages = ["start", "growing", "working", "leading"];
    let names: Vec<String> = (1..=25)
        .map(|i| format!("Ministère n°{i} de l'Économie et des Télécoms"))
        .collect();
    let files: Vec<PathBuf> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let path = dir.path().join(format!("r{}.toml", i + 1));
            // Respondent i+1 answers stage i mod 4: 1, 5, … on Start; 2, 6, … on Growing.
            let toml = format!(
                "questionnaire = {:?}\n\n[assessment]\ncountry = \"Gatedonia\"\n\
                 assessed_on = 2026-03-04\nassessors = [{name:?}]\n\n[answers]\n\
                 c-choice = {:?}\nc-ind-2 = \"yes\"\n",
                fixture("gated.toml").to_str().expect("path"),
                stages[i % 4]
            );
            std::fs::write(&path, toml).expect("written");
            path
        })
        .collect();
    let merged = merge(&files, dir.path());
    let pdf = dir.path().join("c.pdf");
    report(&[merged.to_str().expect("path")], &pdf);
    let text = text(&pdf);
    let flat = text.replace('\n', " ");
    assert!(flat.contains("Consensus of 25 respondents"), "{text}");
    assert!(
        flat.contains(
            "The 25 respondents answered 1 question differently; 1 of them remains disputed"
        ),
        "{text}"
    );
    for (i, name) in names.iter().enumerate() {
        assert!(
            text.contains(&format!("{} {name}", i + 1)),
            "{name} in {text}"
        );
    }
    // The strip: every respondent's number once, in the column of their answer; the columns
    // wrap within their width and stay apart.
    let strip = lines_from(&text, "Who answered what", 6);
    assert_eq!(strip[1], "Start Growing Working Leading", "{strip:?}");
    let rows: Vec<&str> = strip[2..]
        .iter()
        .copied()
        .take_while(|l| !l.starts_with("Still disputed"))
        .collect();
    assert_eq!(
        rows,
        ["1, 5, 9, 13, 17, 21, 25 2, 6, 10, 14, 18, 22 3, 7, 11, 15, 19, 23 4, 8, 12, 16, 20, 24"],
        "{strip:?}"
    );
    let mut numbers: Vec<u32> = rows
        .join(" ")
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=25).collect::<Vec<_>>(), "{strip:?}");
    let strip = strip.join("\n");
    assert!(
        strip.contains("Still disputed: counted as Start"),
        "{strip}"
    );
    assert_inside_margins(&read_pdf(&std::fs::read(&pdf).expect("pdf")));
}

#[test]
fn the_markdown_report_says_which_provisional_answer_counts_under_each_rule() {
    let dir = temp();
    let markdown = |rule: &str| {
        let merged = merge_by(&three(), dir.path(), rule);
        let out = dir.path().join(format!("{rule}.md"));
        cyberassess()
            .arg("report")
            .arg(&merged)
            .args(["--format", "markdown", "--quiet", "-o"])
            .arg(&out)
            .assert()
            .code(0);
        std::fs::read_to_string(&out).expect("markdown")
    };
    // c-choice: working (1), growing (2), leading (3).
    let strip = "| Start | Growing | Working | Leading |\n|---|---|---|---|\n|  | 2 | 1 | 3 |";
    let lowest = markdown("lowest");
    assert!(lowest.contains(strip), "{lowest}");
    assert!(lowest.contains("- **1** Ministry of ICT"), "{lowest}");
    assert!(
        lowest.contains("**Still disputed: counted as Growing for now, the lowest answer given,"),
        "{lowest}"
    );
    // The lower median of growing, working, leading is working.
    let median = markdown("median");
    assert!(
        median.contains("counted as Working for now, the lower median of the answers given,"),
        "{median}"
    );
    let none = markdown("none");
    assert!(none.contains(strip), "{none}");
    assert!(
        none.contains("**Still disputed: left unanswered until the workshop settles it"),
        "{none}"
    );
}
