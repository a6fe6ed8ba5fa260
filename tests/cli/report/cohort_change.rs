//! The cohort report's Change page, read back with `pdftotext -layout`: two countries assessed
//! twice and one assessed once, on the small weighted questionnaire whose levels are worked out
//! by hand in the fixtures' comments; and no Change page when no country repeats.

use std::path::Path;

use super::cohort_pdf;
use super::temp;
use crate::util::{cyberassess, fixture, pdf_lines};

/// Testland in 2023: every question at Working (3), so gov, ops and overall are all 3.0.
const TESTLAND_2023: &str = r#"questionnaire = "../weighted.toml"
[assessment]
country = "Testland"
assessed_on = 2023-05-01
[answers]
gov-a = "working"
gov-b = "working"
gov-c = "working"
ops-a = "working"
ops-b = "working"
ops-c = "working"
"#;

/// Testland in 2025: gov (2·2 + 1·3 + 1·3) / 4 = 2.5; ops (1 + 3 + 3) / 3 = 2.333 (shown 2.3);
/// overall (2·2.5 + 2.333) / 3 = 2.444 (shown 2.4).
const TESTLAND_2025: &str = r#"questionnaire = "../weighted.toml"
[assessment]
country = " testland"
assessed_on = 2025-05-01
[answers]
gov-a = "growing"
gov-b = "working"
gov-c = "working"
ops-a = "start"
ops-b = "working"
ops-c = "working"
"#;

/// Sololand, assessed once.
const SOLOLAND_2025: &str = r#"questionnaire = "../weighted.toml"
[assessment]
country = "Sololand"
assessed_on = 2025-01-01
[answers]
gov-a = "leading"
gov-b = "leading"
gov-c = "leading"
ops-a = "leading"
ops-b = "leading"
ops-c = "leading"
"#;

/// A folder `answers/` beside a copy of the weighted questionnaire, holding `files`.
fn folder(dir: &Path, files: &[(&str, String)]) -> std::path::PathBuf {
    std::fs::copy(fixture("weighted.toml"), dir.join("weighted.toml")).expect("copy");
    let answers = dir.join("answers");
    std::fs::create_dir(&answers).expect("folder");
    for (name, text) in files {
        std::fs::write(answers.join(name), text).expect("write");
    }
    answers
}

/// The fixture pair of Fictiland (2024 and 2026).
fn fictiland() -> Vec<(&'static str, String)> {
    ["old", "new"]
        .iter()
        .map(|f| {
            let name = if *f == "old" {
                "fictiland-2024.toml"
            } else {
                "fictiland-2026.toml"
            };
            let text =
                std::fs::read_to_string(fixture(&format!("compare/{f}.toml"))).expect("read");
            (name, text)
        })
        .collect()
}

/// Writes the cohort PDF of `answers` and reads it back, runs of spaces made one.
fn cohort_text(dir: &Path, answers: &Path) -> String {
    pdf_lines(&cohort_pdf(cyberassess(), dir, answers, &[]))
}

#[test]
fn cohort_report_shows_each_repeated_countrys_change_with_hand_computed_deltas() {
    let dir = temp();
    let mut files = fictiland();
    files.push(("testland-2023.toml", TESTLAND_2023.to_owned()));
    files.push(("testland-2025.toml", TESTLAND_2025.to_owned()));
    files.push(("sololand-2025.toml", SOLOLAND_2025.to_owned()));
    let answers = folder(dir.path(), &files);
    let text = cohort_text(dir.path(), &answers);

    let page = text
        .split_once("\nChange since the previous assessment\n")
        .map(|(_, rest)| rest)
        .expect("a Change page");
    assert!(
        page.starts_with("2 countries of this group have more than one assessment."),
        "{page}"
    );
    // Fictiland: gov 1.75 → 2.75, ops 2 → 2, overall 1.8333 → 2.5 (worked out in the fixtures),
    // shown rounded down to one decimal; each change is the difference of the shown values.
    assert!(
        page.contains(
            "Fictiland 2024-03-01 → 2026-03-01 1.7 → 2.7 (+1.0) 2.0 → 2.0 (0.0) 1.8 → 2.5 (+0.7)"
        ),
        "{page}"
    );
    // Testland: gov 3 → 2.5, ops 3 → 2.333, overall 3 → 2.444; the latest names the country
    // with other spacing and case and is still paired.
    assert!(
        page.contains(
            "testland 2023-05-01 → 2025-05-01 3.0 → 2.5 (−0.5) 3.0 → 2.3 (−0.7) 3.0 → 2.4 (−0.6)"
        ),
        "{page}"
    );
    assert!(
        page.contains("Change shading: up (+) down (−) unchanged (0.0)"),
        "{page}"
    );
    assert!(
        page.contains("Assessed once, so not shown: Sololand."),
        "{page}"
    );
    assert!(!page.contains("Sololand 2025-01-01"), "{page}");
    // The heat map counts all five assessments, and says which countries count twice.
    let heat_map = text
        .split_once("\nHeat map\n")
        .map(|(_, rest)| rest)
        .expect("a heat map");
    let lead: String = heat_map
        .lines()
        .take_while(|l| !l.starts_with("Country"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(lead.starts_with("5 assessments against"), "{lead}");
    assert!(
        lead.contains(
            "Every assessment counts here, so Fictiland (2 assessments) and Testland \
             (2 assessments) count more than once (see the Change page); to count each country \
             once, make the report with --latest."
        ),
        "{lead}"
    );
    assert!(
        text.contains("Change since the previous assessment"),
        "the table of contents lists the Change page"
    );
}

#[test]
fn cohort_report_without_repeated_countries_has_no_change_page() {
    let dir = temp();
    let mut files = fictiland();
    files.truncate(1);
    files.push(("testland-2025.toml", TESTLAND_2025.to_owned()));
    files.push(("sololand-2025.toml", SOLOLAND_2025.to_owned()));
    let answers = folder(dir.path(), &files);
    let text = cohort_text(dir.path(), &answers);
    assert!(text.contains("3 assessments against"), "{text}");
    assert!(!text.contains("Change since"), "{text}");
    assert!(!text.contains("more than once"), "{text}");
}
