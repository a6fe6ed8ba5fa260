//! Batches written as they are read give what the whole batch loaded at once gives, byte for
//! byte and in the same order: `--latest` (read twice: once to choose, once to score the chosen
//! files), `compare FOLDER` in JSON and CSV (a chunk of pairs at a time) and as a table or in
//! Markdown (a summary line kept per pair, the summary written in parts, each comparison after
//! it with `--detail`), the Markdown cohort table (a part at a time), and the cohort report of
//! `report FOLDER --cohort` (a record kept per file). The corpus is large enough to span several chunks, and laid out in
//! one folder per year, so a country's two files are far apart in path order.

use std::path::Path;

use cyberassess::compare::compare;
use cyberassess::loader::{BatchOptions, Loader};
use cyberassess::render::compare::{
    CompareOptions, Compared, Comparisons, RenderComparisons, Single,
};
use cyberassess::render::pdf::{CohortOptions, FileHash, render_cohort, sha256_hex};
use cyberassess::render::{Batch, CohortSort, Csv, Json, Markdown, Table, cohort_groups};
use cyberassess::{builtin, corpus, parse, select};

use crate::util::cyberassess;

/// `corpus/` under a temporary folder: 270 countries assessed in 2022, 2024 and 2026,
/// one folder per year; one country twice on its latest date (a tie), one assessed once, one
/// file without a country, one undated, and one that does not load.
fn corpus() -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("corpus");
    let q = parse::parse_questionnaire(builtin::BUILTINS[0].text)
        .value
        .expect("built-in parses");
    for file in corpus::generate_years(&q, 810, 3, 7) {
        // "isla-nandu-12-2024.toml" goes to y2024/isla-nandu-12.toml.
        let (stem, year) = file
            .name
            .trim_end_matches(".toml")
            .rsplit_once('-')
            .expect("year");
        let path = dir.join(format!("y{year}")).join(format!("{stem}.toml"));
        std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
        std::fs::write(path, &file.text).expect("write");
    }
    let first = std::fs::read_dir(dir.join("y2026"))
        .expect("y2026")
        .map(|e| e.expect("entry").path())
        .min()
        .expect("a file");
    let text = std::fs::read_to_string(&first).expect("read");
    // The same country and date under a later name: a tie, the later one kept.
    std::fs::write(dir.join("y2026").join("zz-draft.toml"), &text).expect("write");
    let country = text
        .lines()
        .find(|l| l.starts_with("country = "))
        .expect("a country line")
        .to_owned();
    std::fs::write(
        dir.join("nameless.toml"),
        text.replacen(&country, "country = \"\"", 1),
    )
    .expect("write");
    std::fs::write(
        dir.join("y2024").join("solitaria.toml"),
        text.replacen(&country, "country = \"Solitaria\"", 1),
    )
    .expect("write");
    let undated: String = text
        .lines()
        .filter(|l| !l.starts_with("assessed_on"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.join("y2020-undated.toml"), undated).expect("write");
    std::fs::write(
        dir.join("broken.toml"),
        "questionnaire = \"ncss-maturity\"\n[answers]\nno-such-question = \"x\"\n",
    )
    .expect("write");
    root
}

/// Runs `cyberassess` in `root` with `args`; returns standard output, which must be from a run
/// that exits 1 (the broken file).
fn run_in(root: &Path, args: &[&str]) -> Vec<u8> {
    run_with_status(root, args, 1)
}

/// Runs `cyberassess` in `root` with `args`, expecting exit status `status`; returns standard
/// output.
fn run_with_status(root: &Path, args: &[&str], status: i32) -> Vec<u8> {
    let out = cyberassess()
        .current_dir(root)
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(status),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// What `compare -f FORMAT corpus` gave when it loaded the whole folder, compared every pair
/// and rendered the set at once.
fn compared_whole(root: &Path, render: &dyn RenderComparisons) -> Vec<u8> {
    compared_whole_with(root, render, false)
}

/// [`compared_whole`], with each comparison after the summary when `detail`.
fn compared_whole_with(root: &Path, render: &dyn RenderComparisons, detail: bool) -> Vec<u8> {
    let loader = Loader::new();
    let dir = [root.join("corpus")];
    let loaded = loader.load_batch(&dir, BatchOptions::default(), |_| {}, || {});
    let pairs = select::pairs(&loaded.candidates());
    let batch = Batch::score(&loaded);
    let entry = |i: usize| &batch.assessments[i];
    let set = Comparisons {
        comparisons: pairs
            .pairs
            .iter()
            .map(|p| Compared {
                old_source: entry(p.previous).source,
                new_source: entry(p.latest).source,
                comparison: compare(&entry(p.previous).scored, &entry(p.latest).scored)
                    .expect("compares"),
            })
            .collect(),
        single: pairs
            .single
            .iter()
            .map(|&i| Single {
                source: entry(i).source,
                scored: &entry(i).scored,
            })
            .collect(),
        without_country: pairs
            .without_country
            .iter()
            .map(|&i| entry(i).source)
            .collect(),
        errors: batch.errors.clone(),
    };
    let options = CompareOptions {
        top: 5,
        detail,
        each: detail,
        styled: false,
        locale: cyberassess::i18n::Locale::En,
    };
    render.render_comparisons(&set, &options).expect("renders")
}

#[test]
fn compare_folder_json_and_csv_written_pair_by_pair_are_the_whole_set() {
    let root = corpus();
    let dir = root.path().join("corpus");
    let dir = dir.to_str().expect("UTF-8 path");
    let json = run_in(root.path(), &["compare", "-f", "json", dir]);
    let expected = compared_whole(root.path(), &Json);
    let doc: serde_json::Value = serde_json::from_slice(&expected).expect("JSON");
    assert!(
        doc["comparisons"].as_array().map_or(0, Vec::len) > 256,
        "several chunks of pairs"
    );
    assert_eq!(doc["single"].as_array().map(Vec::len), Some(1));
    assert!(json == expected, "JSON differs from the whole set");
    let doc: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    let source = |v: &serde_json::Value| v.as_str().unwrap_or_default().replace(dir, "");
    assert_eq!(source(&doc["errors"][0]["source"]), "/broken.toml");
    assert_eq!(source(&doc["without_country"][0]), "/nameless.toml");
    // The first pair: the earliest country in path order of its latest file, 2024 → 2026.
    let first = &doc["comparisons"][0];
    assert!(
        source(&first["old"]["source"]).starts_with("/y2024/"),
        "{first}"
    );
    assert!(
        source(&first["new"]["source"]).starts_with("/y2026/"),
        "{first}"
    );
    let csv = run_in(root.path(), &["compare", "-f", "csv", dir]);
    assert!(
        csv == compared_whole(root.path(), &Csv),
        "CSV differs from the whole set"
    );
}

/// The files `--latest` keeps, by the rule applied to the whole batch loaded at once.
fn latest_whole(root: &Path) -> Vec<String> {
    let loaded = Loader::new().load_batch(
        &[root.join("corpus")],
        BatchOptions::default(),
        |_| {},
        || {},
    );
    let latest = select::latest(&loaded.candidates());
    latest
        .keep
        .iter()
        .map(|&i| {
            let path = Path::new(&loaded.assessments[i].source.name);
            let relative = path.strip_prefix(root).expect("under the root");
            relative.to_string_lossy().into_owned()
        })
        .collect()
}

#[test]
fn latest_read_twice_gives_what_scoring_only_the_latest_files_gives() {
    let root = corpus();
    let kept = latest_whole(root.path());
    assert!(kept.len() > 256, "several chunks");
    assert!(kept.contains(&"corpus/y2026/zz-draft.toml".to_owned()));
    // The same files, alone in a folder of the same name elsewhere, with the broken one.
    let alone = tempfile::tempdir().expect("temp dir");
    for name in kept
        .iter()
        .map(String::as_str)
        .chain(["corpus/broken.toml"])
    {
        let to = alone.path().join(name);
        std::fs::create_dir_all(to.parent().expect("folder")).expect("folder");
        std::fs::copy(root.path().join(name), to).expect("copy");
    }
    for format in ["json", "csv", "markdown"] {
        let latest = run_in(root.path(), &["score", "--latest", "-f", format, "corpus"]);
        let only = run_in(alone.path(), &["score", "-f", format, "corpus"]);
        assert!(latest == only, "{format} differs");
    }
    // The Markdown cohort table has every kept file's row, then the statistics.
    let markdown = run_in(
        root.path(),
        &["score", "--latest", "-f", "markdown", "corpus"],
    );
    let text = String::from_utf8(markdown).expect("UTF-8");
    assert!(
        text.contains(&format!("— {} assessments", kept.len())),
        "{}",
        &text[..200.min(text.len())]
    );
    assert!(text.contains("| *Median* |"), "statistics");
}

#[test]
fn compare_folder_table_and_markdown_written_in_parts_are_the_whole_set() {
    let root = corpus();
    let dir = root.path().join("corpus");
    let dir = dir.to_str().expect("UTF-8 path");
    for detail in [false, true] {
        let flags: &[&str] = if detail { &["--detail"] } else { &[] };
        for (width, columns) in [(100, "100"), (300, "300")] {
            let out = cyberassess()
                .current_dir(root.path())
                .env("COLUMNS", columns)
                .args(["compare", "-f", "table"])
                .args(flags)
                .arg(dir)
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(1), "the broken file");
            let table = Table { width: Some(width) };
            let expected = compared_whole_with(root.path(), &table, detail);
            let text = String::from_utf8_lossy(&expected);
            assert!(text.matches("┆ → ").count() > 256, "several parts of rows");
            assert!(text.contains("Solitaria ("), "the country assessed once");
            assert!(text.contains("nameless.toml"), "the file without a country");
            assert!(
                out.stdout == expected,
                "table at {width} columns (detail: {detail}) differs from the whole set"
            );
        }
        let args: Vec<&str> = ["compare", "-f", "markdown"]
            .into_iter()
            .chain(flags.iter().copied())
            .chain([dir])
            .collect();
        let markdown = run_in(root.path(), &args);
        let expected = compared_whole_with(root.path(), &Markdown, detail);
        assert_eq!(
            String::from_utf8_lossy(&expected).matches("\n### ").count() > 256,
            detail,
            "each comparison after the summary with --detail"
        );
        assert!(
            markdown == expected,
            "Markdown (detail: {detail}) differs from the whole set"
        );
    }
}

/// A temporary folder with `corpus/` holding the files `make` generates from the first built-in
/// questionnaire.
fn written(
    make: impl Fn(&cyberassess::model::Questionnaire) -> Vec<corpus::CorpusFile>,
) -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("corpus");
    std::fs::create_dir_all(&dir).expect("folder");
    let q = parse::parse_questionnaire(builtin::BUILTINS[0].text)
        .value
        .expect("built-in parses");
    for file in make(&q) {
        std::fs::write(dir.join(&file.name), &file.text).expect("write");
    }
    root
}

#[test]
fn compare_folder_of_one_pair_shows_it_alone_as_the_whole_set_does() {
    let root = written(|q| corpus::generate_years(q, 2, 2, 5));
    let dir = root.path().join("corpus");
    let dir = dir.to_str().expect("UTF-8 path");
    let table = Table { width: Some(100) };
    for (format, render) in [
        ("table", &table as &dyn RenderComparisons),
        ("markdown", &Markdown),
    ] {
        let streamed = run_with_status(root.path(), &["compare", "-f", format, dir], 0);
        let text = String::from_utf8_lossy(&streamed);
        assert!(
            !text.contains("change in level since"),
            "{format}: no summary for one pair\n{text}"
        );
        assert!(
            streamed == compared_whole(root.path(), render),
            "{format}: {text}"
        );
    }
}

#[test]
fn compare_folder_with_nothing_to_pair_writes_the_same_empty_lists() {
    let root = written(|q| corpus::generate(q, 3, 11));
    let dir = root.path().join("corpus");
    let dir = dir.to_str().expect("UTF-8 path");
    let table = Table { width: Some(100) };
    for (format, render) in [
        ("json", &Json as &dyn RenderComparisons),
        ("csv", &Csv),
        ("table", &table),
        ("markdown", &Markdown),
    ] {
        let streamed = run_with_status(root.path(), &["compare", "-f", format, dir], 0);
        assert!(streamed == compared_whole(root.path(), render), "{format}");
    }
    let json = run_with_status(root.path(), &["compare", "-f", "json", dir], 0);
    let text = String::from_utf8(json).expect("UTF-8");
    assert!(
        text.contains("\"comparisons\": [],\n  \"single\": [\n    {"),
        "{text}"
    );
    assert!(text.ends_with("\"errors\": []\n}\n"), "{text}");
}

/// The cohort report of a folder, gathered one record per file while each file's own report is
/// written a chunk at a time, is byte for byte the cohort report of the whole batch loaded at
/// once.
#[test]
fn cohort_report_made_in_parts_is_the_cohort_report_made_whole() {
    let root = corpus();
    let dir = root.path().join("corpus");
    let cohort = root.path().join("cohort.pdf");
    let dir_arg = dir.to_str().expect("UTF-8 path");
    let out = root.path().join("out");
    run_in(
        root.path(),
        &[
            "report",
            "--quiet",
            "-f",
            "markdown",
            dir_arg,
            "-o",
            out.to_str().expect("UTF-8 path"),
            "--cohort",
            cohort.to_str().expect("UTF-8 path"),
        ],
    );
    let parts = std::fs::read(&cohort).expect("the cohort report was written");

    // The files' text is kept for their fingerprints, as `report` keeps it.
    let mut keep = BatchOptions::default();
    keep.keep_text = true;
    let loaded = Loader::new().load_batch(&[dir], keep, |_| {}, || {});
    assert!(loaded.assessments.len() > 2 * 256, "several chunks");
    let mut files: Vec<FileHash> = Vec::new();
    for a in &loaded.assessments {
        let q = &a.questionnaire.source;
        if !files.iter().any(|f| f.name == q.name) {
            files.push(FileHash {
                name: q.name.clone(),
                sha256: sha256_hex(q.text.as_bytes()),
            });
        }
    }
    files.extend(loaded.assessments.iter().map(|a| FileHash {
        name: a.source.name.clone(),
        sha256: sha256_hex(a.source.text.as_bytes()),
    }));
    let options = CohortOptions {
        files,
        ..CohortOptions::default()
    };
    let batch = Batch::score(&loaded);
    let whole = render_cohort(&cohort_groups(&batch, CohortSort::Path), &options)
        .expect("renders")
        .bytes;
    assert!(
        parts == whole,
        "the cohort report differs from the whole batch's"
    );
    let reports = std::fs::read_dir(out.join("y2026"))
        .expect("reports")
        .count();
    assert!(reports > 256, "{reports} reports in y2026");
}
