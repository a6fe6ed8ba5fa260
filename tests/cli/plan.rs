//! `plan`: the ranked next steps as an action plan, in XLSX, CSV and Markdown.

use calamine::{Data, Reader, Xlsx};

use crate::util::{cyberassess, read, score_json};

const EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";

fn plan(args: &[&str], output: &std::path::Path) -> String {
    let out = cyberassess()
        .arg("plan")
        .arg(EXAMPLE)
        .args(args)
        .arg("-o")
        .arg(output)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

/// The next steps `score --format json` ranks: (rank, question id, action).
fn ranked() -> Vec<(u64, String, String)> {
    let (json, _) = score_json(["--top", "1000", EXAMPLE], 0);
    json["assessments"][0]["next_steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            (
                s["rank"].as_u64().expect("rank"),
                s["question"].as_str().expect("question").to_owned(),
                s["action"].as_str().expect("action").to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_csv_plan_holds_every_ranked_step_with_the_columns_to_fill() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.csv");
    let said = plan(&[], &path);
    let expected = ranked();
    assert!(
        said.contains(&format!(
            "with {} next steps of Exampleland",
            expected.len()
        )),
        "{said}"
    );
    let mut reader = csv::Reader::from_path(&path).expect("csv");
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header,
        [
            "Rank",
            "Pillar",
            "Question id",
            "Question",
            "From",
            "To",
            "Action",
            "Done when",
            "Lead agency",
            "Supporting agencies",
            "Start",
            "Due date",
            "Estimated cost",
            "Status",
            "Comments"
        ]
    );
    let rows: Vec<(u64, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            assert!(r.iter().skip(8).all(str::is_empty));
            assert!(!r[7].is_empty(), "done when");
            (
                r[0].parse().expect("rank"),
                r[2].to_owned(),
                r[6].to_owned(),
            )
        })
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn top_and_by_pillar_choose_and_order_the_steps() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.md");
    plan(&["--top", "6", "--by", "pillar"], &path);
    let text = read(&path);
    assert!(text.starts_with("# Action plan: Exampleland\n"));
    let ranks: Vec<u64> = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Rank"))
        .map(|l| {
            l[2..]
                .split(' ')
                .next()
                .expect("rank")
                .parse()
                .expect("number")
        })
        .collect();
    let mut sorted = ranks.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, [1, 2, 3, 4, 5, 6]);
    // Pillar by pillar: the pillar column never comes back to one left before.
    let pillars: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Rank"))
        .map(|l| l.split(" | ").nth(1).expect("pillar").to_owned())
        .collect();
    let mut seen: Vec<&String> = Vec::new();
    for p in &pillars {
        if seen.last() != Some(&p) {
            assert!(!seen.contains(&p), "{pillars:?}");
            seen.push(p);
        }
    }
}

#[test]
fn the_workbook_plan_has_typed_columns_filters_and_a_frozen_header() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.xlsx");
    plan(&["--top", "5"], &path);
    let mut book: Xlsx<_> = calamine::open_workbook(&path).expect("opens");
    let range = book.worksheet_range("Action plan").expect("sheet");
    assert_eq!(
        range.get_value((0, 13)),
        Some(&Data::String("Status".into()))
    );
    assert_eq!(range.get_value((1, 0)), Some(&Data::Float(1.0)));
    assert_eq!(
        range.get_value((5, 13)),
        Some(&Data::String("not started".into()))
    );
    assert_eq!(range.height(), 6);
    // Filters, frozen header and the status dropdown, as the file says them.
    let xml = sheet_xml(&path);
    assert!(xml.contains("<autoFilter ref=\"A1:O6\""), "filters");
    assert!(xml.contains("state=\"frozen\""), "frozen");
    assert!(
        xml.contains("\"not started,in progress,done,blocked\""),
        "status list"
    );
    assert!(xml.contains("type=\"date\""), "date cells");
}

#[test]
fn a_plan_never_replaces_a_filled_plan_and_needs_a_known_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.csv");
    std::fs::write(&path, "filled in by the task force").expect("write");
    let out = cyberassess()
        .args(["plan", EXAMPLE, "-o"])
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("add --force to replace it"));
    assert_eq!(read(&path), "filled in by the task force");
    let other = dir.path().join("plan.txt");
    let out = cyberassess()
        .args(["plan", EXAMPLE, "-o"])
        .arg(&other)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("end it in .xlsx, .csv or .md"));
}

/// The XML of the first sheet, read with `unzip -p` as anyone inspecting the file would.
fn sheet_xml(path: &std::path::Path) -> String {
    let out = std::process::Command::new("unzip")
        .arg("-p")
        .arg(path)
        .arg("xl/worksheets/sheet1.xml")
        .output()
        .expect("unzip runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
