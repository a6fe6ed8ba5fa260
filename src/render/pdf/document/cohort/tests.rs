//! The cohort document laid out from the shipped examples and from fixtures, read back from
//! the page operations: what is said, on which page, and where.

use std::path::PathBuf;

use printpdf::{Op, PdfFontHandle, TextItem};

use super::super::super::fonts::{Face, fonts, text_width};
use super::super::super::{CohortOptions, FileHash, Paper, render_cohort};
use super::*;
use crate::loader::{BatchOptions, LoadedBatch, Loader};
use crate::render::{Batch, CohortSort, cohort_groups};

/// One line of text on a page: where it starts, how wide it is.
#[derive(Debug)]
struct Run {
    x: f32,
    y: f32,
    width: f32,
    text: String,
}

fn runs(ops: &[Op]) -> Vec<Run> {
    let f = fonts().expect("fonts");
    let (mut face, mut size, mut pos) = (Face::Regular, 0.0, (0.0, 0.0));
    let mut out = Vec::new();
    for op in ops {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(id),
                size: s,
            } => {
                face = if *id == Face::Bold.id() {
                    Face::Bold
                } else {
                    Face::Regular
                };
                size = s.0;
            }
            Op::SetTextCursor { pos: p } => pos = (p.x.0, p.y.0),
            Op::ShowText { items } => {
                for item in items {
                    if let TextItem::Text(t) = item {
                        out.push(Run {
                            x: pos.0,
                            y: pos.1,
                            width: text_width(f.get(face), t, size),
                            text: t.clone(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn text(page: &[Run]) -> String {
    page.iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn load(paths: &[&str]) -> LoadedBatch {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
    let loaded = Loader::new().load_batch(&paths, BatchOptions::default(), |_| {}, || {});
    assert!(loaded.failures.is_empty(), "{:?}", loaded.failures);
    loaded
}

fn landscape(paper: Paper) -> Geometry {
    let p = Geometry::for_paper(paper);
    Geometry {
        width: p.height,
        height: p.width,
        ..p
    }
}

fn layout(batch: &Batch<'_>, options: &CohortOptions) -> (Geometry, Vec<Vec<Run>>) {
    let groups = cohort_groups(batch, CohortSort::Path);
    let g = landscape(options.paper);
    let (pages, missing) = build(fonts().expect("fonts"), &groups, options, g);
    assert!(missing.is_empty(), "{missing:?}");
    (g, pages.iter().map(|p| runs(p)).collect())
}

/// Every line inside the side margins, and inside the text area unless it is the running
/// header or footer.
fn assert_inside(g: Geometry, pages: &[Vec<Run>]) {
    for (n, page) in pages.iter().enumerate() {
        for r in page {
            assert!(r.x >= g.left() - 0.01, "page {}: {r:?}", n + 1);
            assert!(r.x + r.width <= g.right() + 0.01, "page {}: {r:?}", n + 1);
            let running = (r.y - (g.height - 40.0)).abs() < 0.5 || (r.y - 38.0).abs() < 0.5;
            assert!(
                running || (r.y >= g.bottom && r.y <= g.height - g.top),
                "page {}: {r:?}",
                n + 1
            );
        }
    }
}

#[test]
fn shipped_examples_show_every_country_pillar_and_statistic() {
    let loaded = load(&["questionnaires/examples"]);
    let batch = Batch::score(&loaded);
    let (g, pages) = layout(&batch, &CohortOptions::default());
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let all: String = pages.iter().map(|p| text(p)).collect::<Vec<_>>().join(" ");
    let all = all.split_whitespace().collect::<Vec<_>>().join(" ");
    for country in ["República de Costa Esmeralda", "Exampleland"] {
        assert!(all.contains(country), "{country} missing");
    }
    let q = batch.assessments[0].scored.questionnaire;
    for p in &q.pillars {
        assert!(all.contains(&p.name), "{} missing", p.name);
    }
    for word in [
        "Median",
        "Minimum",
        "Maximum",
        "Stages by pillar",
        "ncss-maturity@1.0.0",
    ] {
        assert!(all.contains(word), "{word} missing");
    }
    // Each cell prints the stage name and the level, as the terminal cohort table does.
    let costa = batch
        .assessments
        .iter()
        .find(|e| e.scored.assessment.info.country.starts_with("República"))
        .expect("Costa Esmeralda");
    let p = &costa.scored.pillars[0];
    let cell = format!("{} {}", q.stages[p.stage].name, fmt_level_value(p.level));
    assert!(all.contains(&cell), "{cell} missing");
    // The files are TLP:GREEN and TLP:AMBER: the more restrictive marks every page.
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let t = text(page);
        assert!(t.contains("TLP:AMBER"), "page {}: {t}", i + 1);
        assert!(t.contains(&format!("page {} of {count}", i + 1)), "{t}");
    }
    assert_inside(g, &pages);
}

#[test]
fn distribution_counts_and_shares_are_printed() {
    let loaded = load(&["questionnaires/examples"]);
    let batch = Batch::score(&loaded);
    let (_, pages) = layout(&batch, &CohortOptions::default());
    let all: String = pages.iter().map(|p| text(p)).collect::<Vec<_>>().join(" ");
    let groups = cohort_groups(&batch, CohortSort::Path);
    let group = Group::new(&groups[0], 0, 1, Locale::En);
    let stats = group.stats(0);
    assert!(
        all.contains(&format!("Median level {}", fmt_level_value(stats.median))),
        "{all}"
    );
    let at_stage = |s: StageIndex| {
        group
            .cohort
            .records
            .iter()
            .filter(|e| e.row.levels[0].1 == s)
            .count()
    };
    let s = group.cell(&group.cohort.records[0], 0).1;
    let n = at_stage(s);
    let share = (n as f64 * 100.0 / 3.0).round();
    assert!(all.contains(&format!("{n} ({share:.0}%)")), "{all}");
    assert!(
        all.contains("0 (0%)"),
        "stages nobody reached are printed too"
    );
}

#[test]
fn several_questionnaires_get_a_section_each() {
    let loaded = load(&[
        "questionnaires/examples/costa-esmeralda-2025.toml",
        "questionnaires/examples/exampleland-2024.toml",
        "questionnaires/examples/exampleland-2026.toml",
        "tests/fixtures/weighted-answers.toml",
        "tests/fixtures/gated-answers.toml",
    ]);
    let batch = Batch::score(&loaded);
    let options = CohortOptions {
        paper: Paper::Letter,
        marking: Some("TLP:RED".into()),
        ..CohortOptions::default()
    };
    let (g, pages) = layout(&batch, &options);
    let all: String = pages.iter().map(|p| text(p)).collect::<Vec<_>>().join(" ");
    for id in [
        "ncss-maturity@1.0.0",
        "mini-weighted@1.2.0",
        "mini-gated@1.0.0",
    ] {
        assert!(all.contains(id), "{id} missing");
    }
    assert!(all.contains("Group 3 of 3"));
    assert!(pages.iter().all(|p| text(p).contains("TLP:RED")));
    assert!(g.width > g.height, "landscape");
    assert_inside(g, &pages);
}

#[test]
fn many_pillars_shrink_the_heat_map_to_fit() {
    // Twelve pillars with long names, two assessments.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut q = String::from(
        "id = \"wide\"\nversion = \"1.0.0\"\ntitle = \"Wide questionnaire\"\n\
         default_target = \"b\"\n[scoring]\nmethod = \"weighted-mean\"\n\
         overall = \"weighted-mean\"\n",
    );
    for (id, name) in [("a", "Initial"), ("b", "Established"), ("c", "Optimised")] {
        q.push_str(&format!(
            "[[stages]]\nid = \"{id}\"\nname = \"{name}\"\nsummary = \"s\"\n"
        ));
    }
    for p in 0..12 {
        q.push_str(&format!(
            "[[pillars]]\nid = \"p{p}\"\nname = \"Pillar number {p} with a rather long name\"\n\
             summary = \"s\"\n[[pillars.questions]]\nid = \"q{p}\"\nprompt = \"Question {p}?\"\n"
        ));
        for (stage, step) in [
            ("a", "\nnext_step = \"x\""),
            ("b", "\nnext_step = \"y\""),
            ("c", ""),
        ] {
            q.push_str(&format!(
                "[[pillars.questions.options]]\nstage = \"{stage}\"\ntext = \"t\"{step}\n"
            ));
        }
    }
    std::fs::write(dir.path().join("wide.toml"), &q).expect("write");
    let answers = |country: &str, stage: &str| {
        let mut a = format!(
            "questionnaire = \"wide.toml\"\nquestionnaire_version = \"1.0.0\"\n\
             [assessment]\ncountry = \"{country}\"\nassessed_on = 2026-01-01\n[answers]\n"
        );
        for p in 0..12 {
            a.push_str(&format!("q{p} = \"{stage}\"\n"));
        }
        a
    };
    std::fs::write(dir.path().join("x.toml"), answers("Côte-des-Palmes", "c")).expect("write");
    std::fs::write(dir.path().join("y.toml"), answers("Isla Ñandú", "b")).expect("write");
    let paths = [dir.path().join("x.toml"), dir.path().join("y.toml")];
    let loaded = Loader::new().load_batch(&paths, BatchOptions::default(), |_| {}, || {});
    assert!(loaded.failures.is_empty(), "{:?}", loaded.failures);
    let batch = Batch::score(&loaded);
    let (g, pages) = layout(&batch, &CohortOptions::default());
    let all: String = pages.iter().map(|p| text(p)).collect::<Vec<_>>().join(" ");
    let all = all.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        all.contains("Pillar number 11 with a rather long name"),
        "{all}"
    );
    assert!(all.contains("Optimised"));
    assert_inside(g, &pages);
}

#[test]
fn same_inputs_give_identical_bytes_and_options_change_the_id() {
    let loaded = load(&["questionnaires/examples"]);
    let batch = Batch::score(&loaded);
    let groups = cohort_groups(&batch, CohortSort::Path);
    let file = |sha256: &str| FileHash {
        name: "a.toml".to_owned(),
        sha256: sha256.repeat(64),
    };
    let options = CohortOptions {
        files: vec![file("0")],
        ..CohortOptions::default()
    };
    let a = render_cohort(&groups, &options).expect("renders");
    let b = render_cohort(&groups, &options).expect("renders");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert_eq!(a.bytes, b.bytes);
    assert!(a.bytes.len() < 150 * 1024, "{} bytes", a.bytes.len());
    let other = CohortOptions {
        files: vec![file("1")],
        ..options
    };
    assert_ne!(
        render_cohort(&groups, &other).expect("renders").bytes,
        a.bytes
    );
}

#[test]
fn marking_given_shared_ranked_or_listed() {
    let loaded = load(&["questionnaires/examples"]);
    let batch = Batch::score(&loaded);
    let groups = cohort_groups(&batch, CohortSort::Path);
    let given = CohortOptions {
        marking: Some("OFFICIAL".into()),
        ..CohortOptions::default()
    };
    assert_eq!(marking(&groups, &given).as_deref(), Some("OFFICIAL"));
    assert_eq!(
        marking(&groups, &CohortOptions::default()).as_deref(),
        Some("TLP:AMBER")
    );
    assert!(render_cohort(&[], &CohortOptions::default()).is_ok());
}

#[test]
fn files_are_named_by_the_shortest_end_of_their_path_that_tells_them_apart() {
    let names = notes::short_names(&[
        "<built-in ncss-maturity@1.0.0>",
        "/home/ana/member-states/2025/exampleland.toml",
        "member-states/2026/exampleland.toml",
        "./member-states/costa.toml",
        "C:\\Users\\ana\\palmes.toml",
    ]);
    assert_eq!(
        names,
        [
            "<built-in ncss-maturity@1.0.0>",
            "2025/exampleland.toml",
            "2026/exampleland.toml",
            "costa.toml",
            "palmes.toml"
        ]
    );
}
