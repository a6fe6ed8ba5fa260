//! Benchmarks: `import` of a filled 65-question workbook, and `plan` in its three formats.
//!
//! The workbook is the ncss-maturity template filled with the answers, evidence and notes of the
//! shipped example (`exampleland-2026`), written once before measuring. Each `import` sample
//! reads it from disk, finds its questionnaire, reads every cell and makes the answers file's
//! text (all that `cyberassess import` does but writing it). Each `plan` sample ranks the next
//! steps of the scored example and renders them. Run with `cargo bench --bench office`.

use std::path::Path;

use cyberassess::i18n::Locale;
use cyberassess::import;
use cyberassess::loader::{Loader, read_workbook};
use cyberassess::plan::{Grouping, plan};
use cyberassess::render::plan::{plan_csv, plan_markdown};
use cyberassess::render::xlsx::{plan_workbook, questionnaire_workbook};
use cyberassess::score::score;

fn main() {
    divan::main();
}

fn example() -> cyberassess::loader::LoadedAssessment {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Loader::new()
        .assessment(&root.join("questionnaires/examples/exampleland-2026.toml"))
        .unwrap_or_else(|_| panic!("the shipped example loads"))
}

#[divan::bench(sample_count = 50)]
fn import_filled_workbook(bencher: divan::Bencher) {
    let loaded = example();
    let q = &loaded.questionnaire.questionnaire;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("exampleland-2026.xlsx");
    let english = import::WorkbookWords::english();
    let bytes = questionnaire_workbook(q, "ncss-maturity", Some(&loaded.assessment), &english)
        .expect("workbook");
    std::fs::write(&path, bytes).expect("write");
    bencher.bench(|| {
        let book = read_workbook(divan::black_box(&path)).expect("reads");
        let identity = import::identify(&book).expect("a template");
        let q = Loader::new()
            .questionnaire(&identity.id_version())
            .unwrap_or_else(|_| panic!("built in"));
        let imported = import::read(&book, &q.questionnaire, &english).expect("imports");
        import::answers_text(
            &q.questionnaire,
            &identity.reference,
            &imported,
            cyberassess::i18n::Locale::En,
        )
        .len()
    });
}

#[divan::bench(args = ["xlsx", "csv", "md"], sample_count = 50)]
fn plan_of_the_example(bencher: divan::Bencher, format: &str) {
    let loaded = example();
    let scored = score(&loaded.questionnaire.questionnaire, &loaded.assessment);
    bencher.bench(|| {
        let p = plan(divan::black_box(&scored), None, Grouping::Pillar);
        match format {
            "xlsx" => plan_workbook(&p, Locale::En).expect("renders").len(),
            "csv" => plan_csv(&p).expect("renders").len(),
            _ => plan_markdown(&p, Locale::En).len(),
        }
    });
}
