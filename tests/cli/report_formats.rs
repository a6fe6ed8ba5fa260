//! `report --format docx` and `--format markdown`: the Word report opened by LibreOffice
//! Writer, the word processor a user has, and read back from the PDF Writer makes of it; its
//! package (named styles, fixed dates, the same bytes each time); and the Markdown report.
//!
//! Writer starts once for this whole file (it is slow to start): the first test that needs it
//! converts every Word report, and the others read the result. In CI (the `CI` variable set)
//! these tests fail when LibreOffice is missing; elsewhere they are skipped with a notice.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::office::{convert, libreoffice, pdf_text};
use crate::util::{cyberassess, read, root};

const EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";
const ACCENTED: &str = "questionnaires/examples/costa-esmeralda-2025.toml";

/// Writes the report of `answers` in `format` to `out` and returns where it went.
fn report(answers: &Path, format: &str, out: &Path) -> PathBuf {
    cyberassess()
        .args(["report", "--quiet", "--format", format])
        .arg(answers)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
    out.to_path_buf()
}

/// The text of each Word report as Writer prints it, whitespace collapsed: the example, the
/// accented Costa Esmeralda, and the example renamed "São Tomé e Príncipe".
struct Converted {
    example: String,
    accented: String,
    renamed: String,
    _dir: tempfile::TempDir,
}

/// Converts the Word reports once; `None` where LibreOffice is missing outside CI.
fn converted() -> Option<&'static Converted> {
    static CONVERTED: OnceLock<Option<Converted>> = OnceLock::new();
    CONVERTED
        .get_or_init(|| {
            if !libreoffice() {
                return None;
            }
            let dir = tempfile::tempdir().expect("temp dir");
            let d = dir.path();
            let renamed = d.join("sao-tome.toml");
            let text = read(&root().join(EXAMPLE)).replace(
                "country = \"Exampleland\"",
                "country = \"São Tomé e Príncipe\"",
            );
            assert!(text.contains("São Tomé"), "the example names its country");
            std::fs::write(&renamed, text).expect("write");
            let files = [
                report(&root().join(EXAMPLE), "docx", &d.join("example.docx")),
                report(&root().join(ACCENTED), "docx", &d.join("accented.docx")),
                report(&renamed, "docx", &d.join("renamed.docx")),
            ];
            let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
            convert(d, "pdf", &files);
            let text = |name: &str| {
                let text = pdf_text(&d.join(name));
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            };
            Some(Converted {
                example: text("example.pdf"),
                accented: text("accented.pdf"),
                renamed: text("renamed.pdf"),
                _dir: dir,
            })
        })
        .as_ref()
}

/// What `score --format json` says of `answers`.
fn scored(answers: &str) -> serde_json::Value {
    let out = cyberassess()
        .args(["score", "--format", "json", "--top", "100", answers])
        .output()
        .expect("runs");
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_word_report_shows_the_country_pillars_stages_and_next_steps_in_writer() {
    let Some(c) = converted() else { return };
    let text = &c.example;
    let json = scored(EXAMPLE);
    let a = &json["assessments"][0];
    for needle in [
        "Exampleland",
        "SELF-ASSESSMENT REPORT",
        "TLP:GREEN",
        "Summary",
        "Priorities",
    ] {
        assert!(text.contains(needle), "{needle} in {text}");
    }
    // Every pillar with its stage, as the score gives them.
    for p in a["pillars"].as_array().expect("pillars") {
        let name = p["name"].as_str().expect("name");
        assert!(text.contains(name), "{name}");
    }
    let stages: Vec<&str> = a["pillars"]
        .as_array()
        .expect("pillars")
        .iter()
        .map(|p| p["stage"].as_str().expect("stage"))
        .collect();
    assert!(stages.contains(&"formative") && stages.contains(&"established"));
    for stage in ["Formative", "Established", "Strategic"] {
        assert!(text.contains(stage), "{stage}");
    }
    // The ten most urgent next steps, each with its action.
    let steps = a["next_steps"].as_array().expect("steps");
    assert!(steps.len() >= 10);
    for step in &steps[..10] {
        let action = collapse(step["action"].as_str().expect("action"));
        assert!(text.contains(&action), "{action}");
    }
    // Every page says where it is.
    assert!(text.contains("page 1 of"), "{text}");
    assert!(text.contains("Method") && text.contains("Verification"));
}

#[test]
fn accented_names_survive_the_word_report() {
    let Some(c) = converted() else { return };
    assert!(c.accented.contains("República de Costa Esmeralda"));
    assert!(
        c.accented
            .contains("Cámara de Comercio e Industria de Costa Esmeralda")
    );
    assert!(c.accented.contains("Draft: 11 of 43 questions unanswered"));
    assert!(c.renamed.contains("São Tomé e Príncipe"), "{}", c.renamed);
}

/// The parts of a Word package, by name, with their dates.
fn parts(docx: &[u8]) -> Vec<(String, String, (u16, u8, u8))> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a ZIP package");
    (0..archive.len())
        .map(|i| {
            let mut part = archive.by_index(i).expect("part");
            let mut text = String::new();
            part.read_to_string(&mut text).expect("XML text");
            let date = part
                .last_modified()
                .map_or((0, 0, 0), |d| (d.year(), d.month(), d.day()));
            (part.name().to_owned(), text, date)
        })
        .collect()
}

#[test]
fn the_word_report_is_the_same_bytes_each_time_with_fixed_dates_and_named_styles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = std::fs::read(report(
        &root().join(EXAMPLE),
        "docx",
        &dir.path().join("a.docx"),
    ))
    .expect("a");
    // A second later, the clock has moved: nothing in the package may follow it.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let b = std::fs::read(report(
        &root().join(EXAMPLE),
        "docx",
        &dir.path().join("b.docx"),
    ))
    .expect("b");
    assert!(a == b, "two renders differ");
    let parts = parts(&a);
    for (name, _, date) in &parts {
        assert_eq!(*date, (1980, 1, 1), "{name} is dated by the clock");
    }
    let part = |name: &str| {
        parts
            .iter()
            .find(|p| p.0 == name)
            .map(|p| p.1.clone())
            .unwrap_or_else(|| panic!("{name}"))
    };
    let styles = part("word/styles.xml");
    for (id, name) in [
        ("Title", "Title"),
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("Caption", "caption"),
        ("ReportTable", "Report Table"),
    ] {
        assert!(
            styles.contains(&format!("w:styleId=\"{id}\"")),
            "style {id} is defined"
        );
        assert!(styles.contains(&format!("w:val=\"{name}\"")), "{name}");
    }
    let document = part("word/document.xml");
    for used in [
        "<w:pStyle w:val=\"Title\" />",
        "<w:pStyle w:val=\"Heading1\" />",
        "<w:pStyle w:val=\"Heading2\" />",
        "<w:pStyle w:val=\"Caption\" />",
        "<w:tblStyle w:val=\"ReportTable\" />",
    ] {
        assert!(document.contains(used), "{used} in the document");
    }
    let core = part("docProps/core.xml");
    assert!(core.contains("<dc:title>Exampleland: National Cyber Security Strategy Maturity"));
    assert!(core.contains("2026-03-19T00:00:00Z"), "{core}");
}

#[test]
fn the_markdown_report_has_every_section_and_gets_its_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = cyberassess()
        .args(["report", "--quiet", "-f", "markdown", EXAMPLE, "-o"])
        .arg(dir.path().join("brief"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("brief.md (a report in this format is a .md file)"),
        "{stderr}"
    );
    let md = read(&dir.path().join("brief.md"));
    let at = |needle: &str| md.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(md.starts_with("**TLP:GREEN**\n\n# Exampleland\n"));
    assert!(at("## Summary") < at("## Priorities"));
    assert!(at("## Priorities") < at("## 1. Governance and implementation"));
    assert!(at("## 5. Legislation and regulation") < at("## Method"));
    assert!(md.contains("| **Overall** | **Formative** | **2.7/5** | **44%** |"));
    assert!(md.contains("- Answers: `"), "the fingerprints close it");
}
