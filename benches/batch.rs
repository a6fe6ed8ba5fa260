//! Batch scoring against its floor: reading and parsing the same files into `toml::Table` and
//! nothing else. Goal: scoring takes at most 1.3× the floor. Both run on all cores.
//!
//! `cargo bench --bench batch` (1,000 files; set CYBERASSESS_BENCH_FILES for more).

use std::ops::ControlFlow;
use std::path::PathBuf;

use rayon::prelude::*;

use cyberassess::loader::{BatchOptions, Loader};
use cyberassess::render::{Csv, Entry, Json, Render, RenderOptions};
use cyberassess::{builtin, corpus, parse, score};

fn main() {
    divan::main();
}

fn corpus_dir() -> &'static (tempfile::TempDir, Vec<PathBuf>) {
    static DIR: std::sync::OnceLock<(tempfile::TempDir, Vec<PathBuf>)> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let count = std::env::var("CYBERASSESS_BENCH_FILES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1000);
        let q = parse::parse_questionnaire(builtin::BUILTINS[0].text)
            .value
            .expect("built-in");
        let dir = tempfile::tempdir().expect("temp dir");
        let mut paths = Vec::new();
        for f in corpus::generate(&q, count, 2026) {
            let path = dir.path().join(&f.name);
            std::fs::write(&path, f.text).expect("write");
            paths.push(path);
        }
        paths.sort();
        (dir, paths)
    })
}

/// The floor: read every file and parse it into a `toml::Table`.
#[divan::bench(sample_count = 10)]
fn floor_read_and_parse() -> usize {
    corpus_dir()
        .1
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("read");
            text.parse::<toml::Table>().expect("parse").len()
        })
        .sum()
}

/// Where the time goes, part 1: reading the files through the loader (size cap, UTF-8 check).
#[divan::bench(sample_count = 10)]
fn part_read() -> usize {
    let loader = Loader::new();
    corpus_dir()
        .1
        .par_iter()
        .map(|p| loader.read(p).map_or(0, |s| s.text.len()))
        .sum()
}

/// Where the time goes, part 0: finding the files in the folder.
#[divan::bench(sample_count = 10)]
fn part_expand() -> usize {
    cyberassess::loader::expand(&[corpus_dir().0.path().to_path_buf()])
        .files
        .len()
}

/// Where the time goes, part 3: the loader's whole batch (find, read, parse, check against the
/// questionnaire), without scoring.
#[divan::bench(sample_count = 10)]
fn part_load_batch() -> usize {
    let loader = Loader::new();
    let dir = corpus_dir().0.path().to_path_buf();
    loader
        .load_batch(&[dir], BatchOptions::default(), |_| {}, || {})
        .assessments
        .len()
}

/// Where the time goes, part 2: reading and parsing into the validated answers model.
#[divan::bench(sample_count = 10)]
fn part_read_and_parse_answers() -> usize {
    corpus_dir()
        .1
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("read");
            parse::parse_answers(&text)
                .value
                .map_or(0, |a| a.answers.len())
        })
        .sum()
}

/// What `cyberassess score --format FORMAT FOLDER` does, minus writing to standard output:
/// files loaded, scored and rendered a chunk at a time on all cores, pieces taken in path order.
fn score_streamed(renderer: &dyn Render, details: bool) -> usize {
    let (dir, _) = corpus_dir();
    let loader = Loader::new();
    let options = RenderOptions::default();
    let mut batch = BatchOptions::default();
    batch.keep_evidence = details;
    let mut written = 0;
    loader.stream_batch(
        &[dir.path().to_path_buf()],
        batch,
        |_| {},
        || {},
        |a| {
            let entry = Entry::new(
                &a.source.name,
                score::score(&a.questionnaire.questionnaire, &a.assessment),
            );
            let mut bytes = Vec::new();
            renderer
                .assessment(&entry, &options, &mut bytes)
                .expect("renders");
            bytes
        },
        |bytes| {
            written += bytes.len();
            ControlFlow::Continue(())
        },
    );
    written
}

/// What `cyberassess score --format csv FOLDER` does, minus writing to standard output.
#[divan::bench(sample_count = 10)]
fn score_to_csv() -> usize {
    score_streamed(&Csv, false)
}

/// What `cyberassess score --format json FOLDER` does, minus writing to standard output.
#[divan::bench(sample_count = 10)]
fn score_to_json() -> usize {
    score_streamed(&Json, true)
}
