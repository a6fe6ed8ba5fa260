//! The PDFs print the same numbers as the table, by the same rule: a level just below a stage
//! reads as below it, on the cover, the pillar pages and the cohort's statistics.

use super::read::{all_text, read_pdf};
use super::temp;
use crate::numbers::near_a_boundary;
use crate::util::cyberassess;

#[test]
fn a_level_just_below_a_stage_reads_as_below_it_in_the_reports() {
    let (dir, [a, _]) = near_a_boundary();
    let out = temp();
    let pdf = out.path().join("a.pdf");
    let cohort = out.path().join("cohort.pdf");
    let run = cyberassess()
        .args(["report", "--quiet", "-o"])
        .arg(out.path())
        .arg("--cohort")
        .arg(&cohort)
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(a.exists());

    // Worked out in tests/cli/numbers.rs: Governance 2.95 → 2.9/4, gap 0.1; overall 2.9667 →
    // 2.9/4, Growing, 65%, gap 0.1.
    let pages = read_pdf(&std::fs::read(&pdf).expect("the report"));
    let cover = pages[0].text();
    assert!(cover.contains("2.9/4"), "{cover}");
    assert!(!cover.contains("3.0/4"), "{cover}");
    let text = all_text(&pages);
    assert!(text.contains("65%"), "{text}");
    assert!(
        !text.contains("Growing 3.0") && !text.contains("2.95"),
        "{text}"
    );

    // Cohort: both assessments at 2.95 in Governance, so the median is 2.95 → 2.9, Growing.
    let pages = read_pdf(&std::fs::read(&cohort).expect("the cohort report"));
    let text = all_text(&pages);
    assert!(
        text.contains("Median level 2.9 (Growing) · lowest 2.9 · highest 2.9"),
        "{text}"
    );
    assert!(!text.contains("Median level 3.0 (Growing)"), "{text}");
}
