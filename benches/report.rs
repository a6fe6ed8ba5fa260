//! Benchmark: rendering the PDF report of the shipped example (`exampleland-2026`).
//!
//! Loading and scoring happen once, outside the measurement, and the bundled fonts are parsed
//! before the first sample, so each sample is one `render::pdf::render` call.
//! Run with `cargo bench --bench report`.

use std::path::Path;

use cyberassess::loader::Loader;
use cyberassess::render::pdf::{self, PdfOptions};
use cyberassess::score::score;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 50)]
fn exampleland_2026(bencher: divan::Bencher) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = Loader::new()
        .assessment(&root.join("questionnaires/examples/exampleland-2026.toml"))
        .unwrap_or_else(|_| panic!("the shipped example loads"));
    let scored = score(&loaded.questionnaire.questionnaire, &loaded.assessment);
    let options = PdfOptions {
        top: 10,
        questionnaire_sha256: pdf::sha256_hex(loaded.questionnaire.source.text.as_bytes()),
        answers_sha256: pdf::sha256_hex(loaded.source.text.as_bytes()),
        ..PdfOptions::default()
    };
    pdf::preload_fonts().expect("bundled fonts parse");
    bencher.bench(|| {
        pdf::render(divan::black_box(&scored), &options)
            .expect("renders")
            .bytes
            .len()
    });
}
