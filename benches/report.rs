//! Benchmark: rendering the PDF report of the shipped example (`exampleland-2026`), as it is and
//! with a country name of many thousand characters without a space.
//!
//! Loading and scoring happen once, outside the measurement, and the bundled fonts are parsed
//! before the first sample, so each sample is one `render::pdf::render` call.
//! Run with `cargo bench --bench report`.
//!
//! Text layout (wrapping, measuring, shortening with an ellipsis) must take time in proportion to
//! the text: `long_country` with 100,000 characters should take about 10 times as long as with
//! 10,000, not 100 times.

use std::path::Path;

use cyberassess::loader::{LoadedAssessment, Loader};
use cyberassess::model::Assessment;
use cyberassess::render::pdf::{self, PdfOptions};
use cyberassess::score::score;

fn main() {
    divan::main();
}

fn example() -> LoadedAssessment {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Loader::new()
        .assessment(&root.join("questionnaires/examples/exampleland-2026.toml"))
        .unwrap_or_else(|_| panic!("the shipped example loads"))
}

fn options(loaded: &LoadedAssessment) -> PdfOptions {
    PdfOptions {
        top: 10,
        questionnaire_sha256: pdf::sha256_hex(loaded.questionnaire.source.text.as_bytes()),
        answers_sha256: pdf::sha256_hex(loaded.source.text.as_bytes()),
        ..PdfOptions::default()
    }
}

/// Renders `assessment` against the example's questionnaire in every sample.
fn bench_render(bencher: divan::Bencher, loaded: &LoadedAssessment, assessment: &Assessment) {
    let scored = score(&loaded.questionnaire.questionnaire, assessment);
    let options = options(loaded);
    pdf::preload_fonts().expect("bundled fonts parse");
    bencher.bench(|| {
        pdf::render(divan::black_box(&scored), &options)
            .expect("renders")
            .bytes
            .len()
    });
}

#[divan::bench(sample_count = 50)]
fn exampleland_2026(bencher: divan::Bencher) {
    let loaded = example();
    bench_render(bencher, &loaded, &loaded.assessment);
}

/// The example with a country name of `chars` characters and no space: it is shown on the
/// cover, in the summary and in every page's header, each time wrapped or shortened.
#[divan::bench(sample_count = 10, args = [5_000, 20_000, 100_000, 1_000_000])]
fn long_country(bencher: divan::Bencher, chars: usize) {
    let loaded = example();
    let mut assessment = loaded.assessment.clone();
    assessment.info.country = "Exampleland".repeat(chars / 11 + 1)[..chars].to_owned();
    bench_render(bencher, &loaded, &assessment);
}
