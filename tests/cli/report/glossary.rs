//! The Glossary annex after the pillar sections, and the evidence of the chosen stage, read
//! back from the PDF.

use super::read::read_pdf;
use crate::util::{cyberassess, fixture};

#[test]
fn the_report_has_a_glossary_annex_and_the_evidence_of_the_chosen_stage() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("v2.pdf");
    cyberassess()
        .args(["report", "--quiet"])
        .arg(fixture("versions/answers-2.0.0.toml"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let pages = read_pdf(&std::fs::read(&out).expect("pdf"));
    let texts: Vec<String> = pages.iter().map(|p| p.text()).collect();
    // Where a text first appears: (page, offset in the page), so that sections that follow on
    // the same page still read in order.
    let at = |needle: &str, last: bool| {
        let found = texts
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.find(needle).map(|o| (i, o)));
        if last { found.max() } else { found.min() }.unwrap_or_else(|| panic!("{needle}"))
    };
    let last_pillar = at("2.4 Does the team publish a report?", true);
    let annex = at("The terms used in the questions of Mini versions", false);
    let method = at("How the results were computed", false);
    assert!(
        last_pillar < annex && annex < method,
        "after the pillars, before the method: {last_pillar:?} {annex:?} {method:?}"
    );
    for text in [
        "Glossary",
        "drill",
        "A practice run of the response to an incident.",
        "Budget line",
    ] {
        assert!(texts[annex.0].contains(text), "{text}\n{}", texts[annex.0]);
    }
    assert!(texts[0].contains("Glossary"), "listed in the contents");
    let all = texts.join("\n");
    assert!(all.contains("Shown by"), "{all}");
    assert!(
        all.contains("A signed decision adopting the plan, not a draft."),
        "{all}"
    );

    // A questionnaire without a glossary has no annex.
    let plain = dir.path().join("plain.pdf");
    cyberassess()
        .args([
            "report",
            "--quiet",
            "questionnaires/examples/exampleland-2026.toml",
            "-o",
        ])
        .arg(&plain)
        .assert()
        .success();
    let pages = read_pdf(&std::fs::read(&plain).expect("pdf"));
    assert!(pages.iter().all(|p| !p.text().contains("Glossary")));
}

/// The cover's contents list the glossary too, in the room kept for them: the line under the
/// contents stays clear of its last entry.
#[test]
fn the_contents_on_the_cover_have_room_for_the_glossary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("n2.pdf");
    cyberassess()
        .args(["report", "--quiet"])
        .arg(
            crate::util::root()
                .join("questionnaires/examples/ncss-maturity-2.0/exampleland-2026.toml"),
        )
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let pages = read_pdf(&std::fs::read(&out).expect("pdf"));
    let cover = &pages[0];
    let y = |text: &str| {
        cover
            .runs
            .iter()
            .find(|r| r.text.starts_with(text))
            .unwrap_or_else(|| panic!("{text} on the cover: {}", cover.text()))
            .y
    };
    let (glossary, method, credit) = (y("Glossary"), y("Method and verification"), y("Produced"));
    assert!(glossary > method, "the glossary comes before the method");
    // Contents lines are 14 points apart; the credit line keeps a clear gap below the last.
    assert!(
        method - credit >= 20.0,
        "method at {method}, credit at {credit}"
    );
}
