//! `compare FOLDER` against `score FOLDER` on the same corpus: several assessments per country
//! over the years (`corpus::generate_years`). Goal: comparing takes at most 1.5× scoring in the
//! same format (`compare_to_csv` against `score_to_csv`, `compare_to_json` against
//! `score_to_json`).
//!
//! `cargo bench --bench compare` (1,000 files, 5 per country; set CYBERASSESS_BENCH_FILES for
//! more).

use std::path::PathBuf;

use cyberassess::compare::compare;
use cyberassess::loader::{BatchOptions, Loader};
use cyberassess::render::compare::{CompareOptions, Compared, Comparisons, RenderComparisons};
use cyberassess::render::{Batch, Csv, Json, Render, RenderOptions};
use cyberassess::{builtin, corpus, parse, select};

fn main() {
    divan::main();
}

/// Assessments per country in the corpus.
const YEARS: usize = 5;

fn corpus_dir() -> &'static tempfile::TempDir {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let count = std::env::var("CYBERASSESS_BENCH_FILES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1000);
        let q = parse::parse_questionnaire(builtin::BUILTINS[0].text)
            .value
            .expect("built-in");
        let dir = tempfile::tempdir().expect("temp dir");
        for f in corpus::generate_years(&q, count, YEARS, 2026) {
            std::fs::write(dir.path().join(&f.name), f.text).expect("write");
        }
        dir
    })
}

fn folder() -> Vec<PathBuf> {
    vec![corpus_dir().path().to_path_buf()]
}

/// What `cyberassess score --format FORMAT FOLDER` does, minus writing to standard output, on
/// the same path as [`compare_to`] (the whole batch loaded, then rendered): the baseline.
/// JSON keeps evidence and notes and lists every next step, as the command does.
fn score_to(render: &dyn Render, json: bool) -> usize {
    let loader = Loader::new();
    let mut batch_options = BatchOptions::default();
    batch_options.keep_evidence = json;
    let loaded = loader.load_batch(&folder(), batch_options, |_| {}, || {});
    let batch = Batch::score(&loaded);
    let mut options = RenderOptions::default();
    if json {
        options.top = usize::MAX;
    }
    render
        .render(&batch, &options)
        .map_or(0, |bytes| bytes.len())
}

/// `score --format csv FOLDER`: the baseline of `compare_to_csv`.
#[divan::bench(sample_count = 10)]
fn score_to_csv() -> usize {
    score_to(&Csv, false)
}

/// `score --format json FOLDER`: the baseline of `compare_to_json`.
#[divan::bench(sample_count = 10)]
fn score_to_json() -> usize {
    score_to(&Json, true)
}

/// What `cyberassess compare --format FORMAT FOLDER` does, minus writing: load, pair each
/// country's previous and latest, score, compare, render.
fn compare_to(render: &dyn RenderComparisons) -> usize {
    let loader = Loader::new();
    let loaded = loader.load_batch(&folder(), BatchOptions::default(), |_| {}, || {});
    let pairs = select::pairs(&loaded.candidates());
    let batch = Batch::score(&loaded);
    let entry = |i: usize| &batch.assessments[i];
    let set = Comparisons {
        comparisons: pairs
            .pairs
            .iter()
            .filter_map(|p| {
                let (old, new) = (entry(p.previous), entry(p.latest));
                Some(Compared {
                    old_source: old.source,
                    new_source: new.source,
                    comparison: compare(&old.scored, &new.scored).ok()?,
                })
            })
            .collect(),
        ..Comparisons::default()
    };
    let options = CompareOptions {
        top: 5,
        detail: false,
        each: false,
        styled: false,
        locale: cyberassess::i18n::Locale::En,
    };
    render
        .render_comparisons(&set, &options)
        .expect("renders")
        .len()
}

/// `compare --format csv FOLDER`.
#[divan::bench(sample_count = 10)]
fn compare_to_csv() -> usize {
    compare_to(&Csv)
}

/// `compare --format json FOLDER`: every question and next step of every comparison.
#[divan::bench(sample_count = 10)]
fn compare_to_json() -> usize {
    compare_to(&Json)
}
