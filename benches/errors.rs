//! Files with very many problems: checking them and turning every problem into a message and a
//! JSON error entry. The time should grow in step with the number of problems (twice the
//! problems, about twice the time), never with its square.
//!
//! `cargo bench --bench errors`

use std::path::PathBuf;

use cyberassess::i18n::Locale;
use cyberassess::loader::Loader;
use cyberassess::render::ErrorEntry;

fn main() {
    divan::main();
}

/// An answers file to the built-in questionnaire with `n` answers to questions it does not
/// have, in a temporary folder kept for the whole run.
fn file_with_unknown_keys(n: usize) -> PathBuf {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"));
    let path = dir.path().join(format!("unknown-{n}.toml"));
    if !path.exists() {
        let mut text = String::from(
            "questionnaire = \"ncss-maturity\"\n[assessment]\ncountry = \"X\"\n[answers]\n",
        );
        for i in 0..n {
            text.push_str(&format!("not-a-question-{i} = \"formative\"\n"));
        }
        std::fs::write(&path, text).expect("write");
    }
    path
}

/// Checks the file, renders its problems for standard error and lists them all for JSON.
#[divan::bench(args = [10_000, 20_000, 40_000], sample_count = 5)]
fn unknown_answer_keys(bencher: divan::Bencher, n: usize) {
    let path = file_with_unknown_keys(n);
    bencher.bench(|| {
        let reports = Loader::new().check(&path).expect_err("the file has errors");
        let shown: usize = reports
            .iter()
            .map(|r| r.file.render(&r.diagnostics, false, Locale::En).len())
            .sum();
        let entries: usize = reports
            .iter()
            .map(|r| ErrorEntry::from_report(r).len())
            .sum();
        assert_eq!(entries, n);
        shown
    });
}
