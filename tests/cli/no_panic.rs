//! No input makes the tool panic: every truncation and thousands of random corruptions of the
//! fixtures are loaded, and each one that loads is resolved, scored and rendered as a table,
//! JSON, CSV, Markdown and PDF.

use cyberassess::diagnostic::SourceFile;
use cyberassess::i18n::Locale;
use cyberassess::model::{Assessment, Questionnaire};
use cyberassess::parse::{parse_answers, parse_questionnaire, resolve_answers};
use cyberassess::render::pdf::{self, PdfOptions};
use cyberassess::render::{Batch, Csv, Entry, Json, Markdown, Render, RenderOptions, Table};
use cyberassess::score::score;

use crate::util::{fixture, read};

/// Scores `a` and renders it in every format; the PDF must be produced.
fn render_everything(q: &Questionnaire, a: &Assessment) {
    let batch = Batch {
        assessments: vec![Entry::new("fuzzed.toml", score(q, a))],
        errors: Vec::new(),
    };
    let _ = batch.assessments[0].scored.next_steps();
    for explain in [false, true] {
        let mut options = RenderOptions::default();
        options.explain = explain;
        options.styled = explain;
        let _ = Table { width: Some(100) }.render(&batch, &options);
        let _ = Json.render(&batch, &options);
        let _ = Csv.render(&batch, &options);
        let _ = Markdown.render(&batch, &options);
    }
    let options = PdfOptions {
        top: 5,
        ..PdfOptions::default()
    };
    let report = pdf::render(&batch.assessments[0].scored, &options).expect("a PDF");
    assert!(report.bytes.starts_with(b"%PDF-"));
}

/// Loads `text` as a questionnaire; when it loads, resolves `answers` and the questionnaire's
/// own template against it and renders what resolves. Returns how many assessments rendered.
fn questionnaire(text: &str, answers: &str) -> usize {
    let parsed = parse_questionnaire(text);
    let _ = SourceFile::new("q.toml", text).render(&parsed.diagnostics, false, Locale::Fr);
    let Some(q) = parsed.value else { return 0 };
    let template = cyberassess::template::template(&q, "q.toml");
    let mut rendered = 0;
    for text in [answers, template.as_str()] {
        rendered += answers_against(text, std::slice::from_ref(&q));
    }
    rendered
}

/// Loads `text` as answers and resolves it against each questionnaire, rendering what resolves.
fn answers_against(text: &str, questionnaires: &[Questionnaire]) -> usize {
    let parsed = parse_answers(text);
    let source = SourceFile::new("a.toml", text);
    let _ = source.render(&parsed.diagnostics, false, Locale::Es);
    let Some(file) = parsed.value else { return 0 };
    let mut rendered = 0;
    for q in questionnaires {
        let resolved = resolve_answers(&file, q);
        let _ = source.render(&resolved.diagnostics, false, Locale::Pt);
        if let Some(a) = resolved.value {
            render_everything(q, &a);
            rendered += 1;
        }
    }
    rendered
}

/// The same bytes with three of them replaced by TOML punctuation, `count` times, reproducibly.
fn corruptions(text: &[u8], count: usize) -> impl Iterator<Item = Vec<u8>> + '_ {
    let mut state = 0x2545_f491_u32;
    (0..count).map(move |_| {
        let mut bytes = text.to_vec();
        for _ in 0..3 {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let i = state as usize % bytes.len();
            bytes[i] = b"=\"[]{}.,#\n a1"[(state >> 8) as usize % 13];
        }
        bytes
    })
}

#[test]
fn no_panic_on_any_prefix_or_corruption_from_loading_to_rendering() {
    let questionnaire_text = read(&fixture("gated.toml"));
    let answers_text = read(&fixture("gated-answers.toml"));
    let gated = parse_questionnaire(&questionnaire_text)
        .value
        .expect("loads");
    let builtin = cyberassess::builtin::find("ncss-maturity").expect("built in");
    let ncss = parse_questionnaire(builtin.text).value.expect("loads");
    let both = [gated, ncss];

    let mut rendered = 0;
    let q = questionnaire_text.as_bytes();
    for end in 0..=q.len() {
        if let Ok(s) = std::str::from_utf8(&q[..end]) {
            rendered += questionnaire(s, &answers_text);
        }
    }
    for bytes in corruptions(q, 500) {
        if let Ok(s) = std::str::from_utf8(&bytes) {
            rendered += questionnaire(s, &answers_text);
        }
    }
    let a = answers_text.as_bytes();
    for end in 0..=a.len() {
        if let Ok(s) = std::str::from_utf8(&a[..end]) {
            rendered += answers_against(s, &both);
        }
    }
    for bytes in corruptions(a, 300) {
        if let Ok(s) = std::str::from_utf8(&bytes) {
            rendered += answers_against(s, &both);
        }
    }
    // Many variants load, so the rendering is exercised, not only the parsing.
    assert!(rendered > 50, "only {rendered} variants loaded");
}
