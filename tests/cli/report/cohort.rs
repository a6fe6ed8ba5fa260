//! The cohort report: many assessments side by side in one PDF, read back like the single
//! report: pages, the words on them, where those words sit, and that the file is reproducible.

use std::path::PathBuf;

use cyberassess::loader::{BatchOptions, Loader};
use cyberassess::render::pdf::{self, CohortOptions, FileHash, Paper};
use cyberassess::render::{Batch, CohortSort, cohort_groups};

use super::read::{Page, all_text, read_pdf};
use super::{assert_every_page, assert_inside_margins, cohort_pdf, pillar_names, temp};
use crate::util::{cyberassess, root, sha256sum};

const EXAMPLES: &str = "questionnaires/examples";
/// The shipped examples of ncss-maturity: the cohort the assertions below describe.
const NCSS_EXAMPLES: [&str; 3] = [
    "costa-esmeralda-2025.toml",
    "exampleland-2024.toml",
    "exampleland-2026.toml",
];
const COUNTRIES: [&str; 2] = ["República de Costa Esmeralda", "Exampleland"];

/// The cohort PDF of the shipped examples, rendered through the library.
fn render(options: &CohortOptions) -> Vec<u8> {
    let loaded = Loader::new().load_batch(
        &[root().join(EXAMPLES)],
        BatchOptions::default(),
        |_| {},
        || {},
    );
    assert!(loaded.failures.is_empty(), "{:?}", loaded.failures);
    let batch = Batch::score(&loaded);
    let report =
        pdf::render_cohort(&cohort_groups(&batch, CohortSort::Path), options).expect("renders");
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    report.bytes
}

/// What a reader checks in a cohort report of the shipped examples.
fn assert_cohort_report(pages: &[Page], marking: &str, landscape: (f32, f32)) {
    assert!(pages.len() >= 3, "{} pages", pages.len());
    assert_every_page(pages, marking, landscape);
    let text = all_text(pages);
    for country in COUNTRIES {
        assert!(text.contains(country), "{country} missing");
    }
    let questionnaire =
        std::fs::read_to_string(root().join("questionnaires/ncss-maturity-1.0.0.toml"))
            .expect("built-in questionnaire");
    for pillar in pillar_names(&questionnaire) {
        assert!(text.contains(&pillar), "{pillar} missing");
    }
    for word in [
        "Median",
        "Minimum",
        "Maximum",
        "Stages by pillar",
        "3 assessments",
    ] {
        assert!(text.contains(word), "{word} missing");
    }
    assert_inside_margins(pages);
}

#[test]
fn cohort_report_reads_back_with_every_country_and_pillar() {
    let options = CohortOptions {
        marking: Some("TLP:AMBER".into()),
        files: vec![FileHash {
            name: "answers/a.toml".into(),
            sha256: "f".repeat(64),
        }],
        ..CohortOptions::default()
    };
    let bytes = render(&options);
    let pages = read_pdf(&bytes);
    assert_cohort_report(&pages, "TLP:AMBER", (841.89, 595.28));
    let text = all_text(&pages);
    assert!(
        text.contains("a.toml") && !text.contains("answers/") && text.contains(&"f".repeat(64)),
        "file list on the method page, by file name"
    );
    assert_eq!(bytes, render(&options), "a second run gives the same bytes");
}

#[test]
fn cohort_report_on_letter_paper_takes_the_strictest_marking_of_the_files() {
    // The examples are marked TLP:GREEN and TLP:AMBER; with no --marking the stricter shows.
    let bytes = render(&CohortOptions {
        paper: Paper::Letter,
        ..CohortOptions::default()
    });
    assert_cohort_report(&read_pdf(&bytes), "TLP:AMBER", (792.0, 612.0));
}

#[test]
fn report_writes_a_cohort_pdf_for_a_folder() {
    let dir = temp();
    let examples = dir.path().join("examples");
    std::fs::create_dir(&examples).expect("folder");
    for name in NCSS_EXAMPLES {
        std::fs::copy(root().join(EXAMPLES).join(name), examples.join(name)).expect("copy");
    }
    let run = || {
        let cohort = cohort_pdf(
            cyberassess(),
            dir.path(),
            &examples,
            &["--marking", "TLP:AMBER"],
        );
        std::fs::read(&cohort).expect("the cohort PDF was written")
    };
    let bytes = run();
    assert_cohort_report(&read_pdf(&bytes), "TLP:AMBER", (841.89, 595.28));
    let reports: Vec<PathBuf> = std::fs::read_dir(dir.path().join("reports"))
        .expect("reports folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(
        reports.len(),
        3,
        "one PDF per assessment as well: {reports:?}"
    );
    assert_eq!(bytes, run(), "a second run gives the same bytes");

    // Every input is listed, by file name, with what sha256sum gives for it; the fingerprint of
    // them all is that of those fingerprints, sorted.
    let text = all_text(&read_pdf(&bytes));
    let sums = sha256sum(
        &[
            "questionnaires/ncss-maturity-1.0.0.toml",
            "questionnaires/examples/costa-esmeralda-2025.toml",
            "questionnaires/examples/exampleland-2024.toml",
            "questionnaires/examples/exampleland-2026.toml",
        ],
        b"",
    );
    let mut hashes = Vec::new();
    for (i, line) in sums.lines().enumerate() {
        let (hash, path) = line.split_once("  ").expect("sha256sum line");
        let name = if i == 0 {
            "<built-in ncss-maturity@1.0.0>"
        } else {
            assert!(!text.contains(path), "{path}: folders are not shown");
            path.rsplit('/').next().expect("file name")
        };
        assert!(
            text.contains(hash) && text.contains(name),
            "{name} {hash} not listed"
        );
        hashes.push(format!("{hash}\n"));
    }
    hashes.sort();
    let all = sha256sum(&[], hashes.concat().as_bytes());
    assert!(text.contains(&all[..64]), "fingerprint of them all missing");
}

#[test]
fn long_country_names_and_markings_stay_inside_the_cohort_pages() {
    let dir = temp();
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).expect("mkdir");
    let example = std::fs::read_to_string(root().join(EXAMPLES).join("exampleland-2026.toml"))
        .expect("example");
    let long = example
        .replace(
            "country = \"Exampleland\"",
            &format!("country = \"{}\"", "Exampleland".repeat(500)),
        )
        .replace(
            "marking = \"TLP:GREEN\"",
            &format!(
                "marking = \"TLP:GREEN {}\"",
                "for the steering committee ".repeat(9)
            ),
        );
    std::fs::write(inputs.join("long.toml"), long).expect("write");
    std::fs::write(inputs.join("short.toml"), example).expect("write");
    let cohort = cohort_pdf(cyberassess(), dir.path(), &inputs, &[]);
    let pages = read_pdf(&std::fs::read(&cohort).expect("the cohort PDF"));
    // The long name takes three lines of its cell, so the whole heat map stays on its page.
    let heat_map = pages
        .iter()
        .find(|p| super::first_body_text(p) == "Heat map")
        .expect("a heat map page");
    assert!(heat_map.text().contains("Maximum"), "{}", heat_map.text());
    assert_inside_margins(&pages);
    super::bbox::assert_words_inside(&super::bbox::words(&cohort), 62.0);
}
