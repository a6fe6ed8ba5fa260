//! The README's table of what each `score` option does for one assessment, several, and each
//! format: every cell that says "usage error" is one (exit 2), every other cell runs, and what
//! each option does is checked where it shows.

use std::process::Output;

use crate::util::{cyberassess, readme_table};

const ONE: &str = "questionnaires/examples/exampleland-2026.toml";
/// Three assessments on `ncss-maturity` 1.0.0 (and more on other questionnaires).
const SEVERAL: &str = "questionnaires/examples/";

fn score(args: &[&str]) -> Output {
    cyberassess()
        .arg("score")
        .args(args)
        .output()
        .expect("runs")
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The arguments that give an option, and those that choose each column.
fn option_args(option: &str) -> Vec<&'static str> {
    match option {
        "--top N" => vec!["--top", "2"],
        "--explain" => vec!["--explain"],
        "--detail" => vec!["--detail"],
        "--sort" => vec!["--sort", "overall"],
        other => panic!("the test does not know {other}: add it here"),
    }
}

const COLUMNS: [(&str, &str); 5] = [
    (ONE, "table"),
    (SEVERAL, "table"),
    (SEVERAL, "markdown"),
    (ONE, "json"),
    (ONE, "csv"),
];

#[test]
fn every_cell_of_the_readme_table_is_what_the_command_does() {
    let rows = readme_table("| option | `table`, one assessment |");
    let options: Vec<&str> = rows.iter().map(|(o, _)| o.as_str()).collect();
    assert_eq!(options, ["--top N", "--explain", "--detail", "--sort"]);
    for (option, cells) in &rows {
        assert_eq!(cells.len(), COLUMNS.len(), "{option}");
        for (cell, (input, format)) in cells.iter().zip(COLUMNS) {
            let mut args = vec![input, "--format", format];
            args.extend(option_args(option));
            let out = score(&args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            if cell.starts_with("usage error") {
                assert_eq!(out.status.code(), Some(2), "{args:?}: {cell}\n{stderr}");
                let name = option.split(' ').next().unwrap_or(option);
                assert!(stderr.contains(name), "{args:?}: {stderr}");
                assert!(stderr.contains("help: leave out"), "{args:?}: {stderr}");
                assert!(out.stdout.is_empty(), "{args:?}");
            } else {
                assert_eq!(out.status.code(), Some(0), "{args:?}: {cell}\n{stderr}");
            }
        }
    }
}

#[test]
fn top_and_explain_on_several_assessments_show_each_assessment_s_table() {
    let plain = text(&score(&[SEVERAL]));
    assert!(
        plain.contains("ncss-maturity 1.0.0 — 3 assessments"),
        "{plain}"
    );
    // The one csirt-readiness assessment in the folder is a cohort of one: its own table.
    assert_eq!(plain.matches("Next steps (").count(), 1, "{plain}");
    let top = text(&score(&[SEVERAL, "--top", "2"]));
    assert!(top.contains("ncss-maturity 1.0.0 — 3 assessments"), "{top}");
    // Every one of the 7 assessments now shows its own table, each with 2 next steps.
    assert_eq!(top.matches("Next steps (2 of").count(), 7, "{top}");
    assert_eq!(top, text(&score(&[SEVERAL, "--detail", "--top", "2"])));
    let explain = text(&score(&[SEVERAL, "--explain"]));
    assert!(
        explain.contains("ncss-maturity 1.0.0 — 3 assessments"),
        "{explain}"
    );
    assert!(explain.contains("Counts as"), "{explain}");
}

#[test]
fn markdown_of_several_assessments_has_the_cohort_table_as_the_table_does() {
    let md = text(&score(&[SEVERAL, "-f", "markdown"]));
    assert!(md.starts_with("## ncss-maturity 1.0.0 — 3 assessments\n\n| Country | Assessed |"));
    // Worked out from the three files: Exampleland 2026 is at 2.7 overall, Costa Esmeralda
    // 2025 at 1.8, Exampleland 2024 at 2.3; the median is 2.3.
    assert!(md.contains("| Exampleland | 2026-03-19 |"), "{md}");
    assert!(md.contains("**Formative 2.7** |"), "{md}");
    assert!(md.contains("| *Median* |  |"), "{md}");
    // Only the csirt-readiness assessment, a cohort of one, has its own section.
    assert_eq!(md.matches("### Next steps").count(), 1, "{md}");
    let detail = text(&score(&[SEVERAL, "-f", "markdown", "--detail"]));
    assert!(detail.starts_with(&md[..200]), "{detail}");
    assert_eq!(detail.matches("### Next steps").count(), 7, "{detail}");
    // Sorted by overall level, highest first: 2.7, 2.3, 1.8.
    let sorted = text(&score(&[SEVERAL, "-f", "markdown", "--sort", "overall"]));
    let at = |name: &str| sorted.find(name).expect(name);
    assert!(at("| Exampleland | 2026-03-19") < at("| Exampleland | 2024-03-14"));
    assert!(at("| Exampleland | 2024-03-14") < at("| República de Costa Esmeralda"));
}

#[test]
fn json_keeps_every_next_step_unless_top_asks_for_fewer() {
    let steps = |args: &[&str]| {
        let mut all = vec![ONE, "-f", "json"];
        all.extend(args);
        let json: serde_json::Value = serde_json::from_slice(&score(&all).stdout).expect("JSON");
        json["assessments"][0]["next_steps"]
            .as_array()
            .map_or(0, Vec::len)
    };
    let every = steps(&[]);
    assert!(every > 5, "the example has more than 5 next steps: {every}");
    assert_eq!(steps(&["--top", "1"]), 1);
    assert_eq!(steps(&["--top", "0"]), 0);
}
