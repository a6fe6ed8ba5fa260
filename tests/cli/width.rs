//! Tables fit the width they are given (`COLUMNS` when standard output is not a terminal): no
//! line longer, and no word broken in the middle.

use crate::util::cyberassess;

fn score_at(columns: &str, args: &[&str]) -> String {
    let out = cyberassess()
        .arg("score")
        .args(args)
        .env("COLUMNS", columns)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The words of a table: text between spaces and box-drawing characters.
fn words(text: &str) -> std::collections::HashSet<String> {
    text.split(|c: char| c.is_whitespace() || ('\u{2500}'..='\u{257f}').contains(&c))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn tables_fit_60_and_80_columns_without_breaking_words() {
    let cases: [&[&str]; 3] = [
        &["questionnaires/examples/"],
        &["questionnaires/examples/", "--detail"],
        &[
            "--explain",
            "questionnaires/examples/costa-esmeralda-2025.toml",
        ],
    ];
    for args in cases {
        // Wide enough that nothing wraps: every word as it is written.
        let whole = words(&score_at("1000", args));
        for width in [60, 80] {
            let text = score_at(&width.to_string(), args);
            for line in text.lines() {
                assert!(
                    line.chars().count() <= width,
                    "{args:?} at {width}: {line}\n{text}"
                );
            }
            for word in words(&text) {
                assert!(
                    whole.contains(&word),
                    "{args:?} at {width}: broken word {word:?}\n{text}"
                );
            }
        }
    }
}

#[test]
fn the_cohort_is_a_grid_when_it_fits_and_blocks_when_not() {
    // The three 1.0 examples: one cohort.
    let cohort = [
        "questionnaires/examples/costa-esmeralda-2025.toml",
        "questionnaires/examples/exampleland-2024.toml",
        "questionnaires/examples/exampleland-2026.toml",
    ];
    let wide = score_at("200", &cohort);
    let header = wide.lines().nth(2).expect("header");
    assert!(
        header.contains("Country") && header.contains("Overall"),
        "{wide}"
    );
    let narrow = score_at("80", &cohort);
    // One block per assessment and per statistic, each pillar on its own line.
    assert_eq!(narrow.matches("Governance and").count(), 6, "{narrow}");
    assert!(narrow.contains("Median"), "{narrow}");
}
