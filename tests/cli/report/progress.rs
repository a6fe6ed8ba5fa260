//! `report NEW --baseline OLD`: the "Progress since" section, the baseline on the cover and in
//! the verification block, read back from the PDF with poppler's `pdftotext`, and the errors.

use std::path::Path;

use super::{report, temp};
use crate::util::{cyberassess, fixture, pdf_lines as pdftotext, sha256sum};

fn progress_report(new: &str, old: &str, out: &Path) -> (Vec<u8>, String) {
    let (new, old) = (fixture(new), fixture(old));
    let args = [
        new.to_str().expect("path"),
        "--baseline",
        old.to_str().expect("path"),
    ];
    report(&args, out)
}

#[test]
fn progress_section_reads_back_with_hand_computed_changes() {
    let dir = temp();
    let out = dir.path().join("progress.pdf");
    progress_report("compare/new.toml", "compare/old.toml", &out);
    let text = pdftotext(&out);
    let lines: Vec<&str> = text.lines().collect();
    let has_line = |line: &str| lines.contains(&line);
    // The cover names the baseline.
    assert!(has_line("Baseline Assessed 2024-03-01"), "{text}");
    assert!(text.contains("old.toml"));
    assert!(text.contains("Progress since 2024-03-01"));
    assert!(text.contains("Level by pillar, before and now"));
    // By hand, from the fixtures: Governance (2·2 + 1·2 + 1·1)/4 = 1.75 → (2·4 + 1·2 + 1·1)/4
    // = 2.75, shown 1.7 → 2.7 (rounded down), up 1.0; score (1.75 − 1)/3 = 25% → (2.75 − 1)/3
    // = 58%, up 33 pts. Operations (3 + 1 + 2)/3 = 2 → (2 + 2)/2 = 2 (ops-b now n/a): no
    // change. Overall (2·1.75 + 2)/3 = 1.83 → (2·2.75 + 2)/3 = 2.5: 1.8 → 2.5, up 0.7; score
    // 27.8% (shown 27) → 50%, up 23 pts.
    assert!(has_line("Governance 1.7/4 → 2.7/4"), "{text}");
    assert!(has_line("Operations 2.0/4 → 2.0/4"), "{text}");
    assert!(
        has_line("Governance Start 1.7/4 Growing 2.7/4 up 1.0 up 33 pts Working: not met"),
        "{text}"
    );
    assert!(
        has_line("Operations Growing 2.0/4 Growing 2.0/4 no change no change Leading: not met"),
        "{text}"
    );
    assert!(
        has_line("Overall Start 1.8/4 Growing 2.5/4 up 0.7 up 23 pts Working: not met"),
        "{text}"
    );
    assert!(text.contains("the overall level went from 1.8/4 to 2.5/4 (up 0.7)"));
    // The questions that moved, each with its answers before and now.
    for row in [
        "gov-a Governance Growing Leading up 2 stages",
        "ops-a Operations Working Growing down 1 stage",
        "gov-c Governance unanswered Start newly answered",
        "ops-b Operations Start n/a newly n/a",
    ] {
        assert!(has_line(row), "{row} missing:\n{text}");
    }
    assert!(text.contains("Questions: 1 improved, 1 declined, 1 newly answered, 1 newly n/a"));
    // gov-a's step (Growing → Working) is done: it is at Leading now.
    assert!(text.contains("Next steps done since 2024-03-01 (1)"));
    assert!(
        has_line("Governance gov-a Growing → Working Give it a mandate."),
        "{text}"
    );
    // The verification block lists the baseline's fingerprint beside the other two.
    let old = fixture("compare/old.toml");
    let hash = &sha256sum(&[old.to_str().expect("path")], b"")[..64];
    assert!(has_line(&format!("Baseline {hash}")), "{text}");
    assert!(text.contains("fingerprints of the three files"));
    // The section sits after the summary, before the priorities.
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(at("Level by pillar, before and now") > at("is at the Growing stage overall"));
    assert!(at("Change by pillar") < text.rfind("Priorities").expect("Priorities"));
}

#[test]
fn a_report_with_a_baseline_is_reproducible() {
    let dir = temp();
    let (a, _) = progress_report(
        "compare/new.toml",
        "compare/old.toml",
        &dir.path().join("a.pdf"),
    );
    let (b, _) = progress_report(
        "compare/new.toml",
        "compare/old.toml",
        &dir.path().join("b.pdf"),
    );
    assert!(a == b, "two runs with the same baseline differ");
    let new = fixture("compare/new.toml");
    let (plain, _) = report(&[new.to_str().expect("path")], &dir.path().join("c.pdf"));
    assert!(a != plain, "the baseline must change the report");
}

#[test]
fn another_major_version_without_links_says_what_is_not_comparable() {
    let dir = temp();
    let out = dir.path().join("major.pdf");
    progress_report("compare/new-2.0.toml", "compare/old.toml", &out);
    let text = pdftotext(&out).replace('\n', " ");
    for said in [
        "another major version",
        "0 of the 6 questions now are matched to one before, the others are not comparable",
        "Pillars only in 2.0.0 (not comparable): Response.",
        "Pillars only in 1.2.0 (not comparable): Operations.",
    ] {
        assert!(text.contains(said), "{said} missing:\n{text}");
    }
}

#[test]
fn the_markdown_report_has_the_same_section() {
    let dir = temp();
    let out = dir.path().join("progress.md");
    let (new, old) = (fixture("compare/new.toml"), fixture("compare/old.toml"));
    let status = cyberassess()
        .args(["report", "-q", "-f", "markdown", "--baseline"])
        .arg(&old)
        .arg(&new)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(status.status.success());
    let md = std::fs::read_to_string(&out).expect("written");
    assert!(md.contains("## Progress since 2024-03-01"), "{md}");
    assert!(
        md.contains("| Governance | 1.7/4 | 2.7/4 | Working |"),
        "{md}"
    );
    assert!(
        md.contains("| gov-a | Governance | Growing | Leading | up 2 stages |"),
        "{md}"
    );
}

fn fails(args: &[&std::ffi::OsStr]) -> String {
    let out = cyberassess()
        .arg("report")
        .args(args)
        .arg("-q")
        .arg("-o")
        .arg(temp().path().join("x.pdf"))
        .output()
        .expect("runs");
    assert!(!out.status.success(), "should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn baseline_errors_say_what_is_wrong() {
    let new = fixture("compare/new.toml");
    let missing = fixture("compare/missing.toml");
    let stderr = fails(&[new.as_os_str(), "--baseline".as_ref(), missing.as_os_str()]);
    assert!(stderr.contains("the file does not exist"), "{stderr}");
    assert!(stderr.contains("missing.toml"), "{stderr}");
    // Another questionnaire altogether.
    let other = fixture("versions/answers-1.0.0.toml");
    let stderr = fails(&[new.as_os_str(), "--baseline".as_ref(), other.as_os_str()]);
    assert!(
        stderr.contains("cannot be compared: the assessments answer different questionnaires"),
        "{stderr}"
    );
    // Several answers files: the baseline would be ambiguous.
    let old = fixture("compare/old.toml");
    let stderr = fails(&[
        new.as_os_str(),
        other.as_os_str(),
        "--baseline".as_ref(),
        old.as_os_str(),
    ]);
    assert!(stderr.contains("give one answers file"), "{stderr}");
    let folder = fixture("compare");
    let stderr = fails(&[folder.as_os_str(), "--baseline".as_ref(), old.as_os_str()]);
    assert!(stderr.contains("give one answers file"), "{stderr}");
}
