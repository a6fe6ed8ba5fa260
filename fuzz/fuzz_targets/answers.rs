//! Loads any text as an answers file, checked against the built-in questionnaire and a gated
//! one: parsing, resolving, scoring and the diagnostics must never panic.

#![no_main]

use std::sync::LazyLock;

use cyberassess::diagnostic::SourceFile;
use cyberassess::i18n::Locale;
use cyberassess::model::Questionnaire;
use cyberassess::parse::{Document, parse_answers, parse_document, parse_questionnaire, resolve_answers};
use cyberassess::score::score;
use libfuzzer_sys::fuzz_target;

static QUESTIONNAIRES: LazyLock<Vec<Questionnaire>> = LazyLock::new(|| {
    let builtin = cyberassess::builtin::find("ncss-maturity").expect("built in").text;
    let gated = include_str!("../../tests/fixtures/gated.toml");
    [builtin, gated]
        .into_iter()
        .map(|text| parse_questionnaire(text).value.expect("questionnaire loads"))
        .collect()
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let source = SourceFile::new("fuzz.toml", text);
    if let Ok(Document::Answers(draft)) = parse_document(text) {
        let _ = source.render(&draft.diagnostics, false, Locale::Es);
    }
    let parsed = parse_answers(text);
    let _ = source.render(&parsed.diagnostics, false, Locale::Fr);
    let Some(file) = parsed.value else {
        return;
    };
    for q in QUESTIONNAIRES.iter() {
        let resolved = resolve_answers(&file, q);
        let _ = source.render(&resolved.diagnostics, false, Locale::Pt);
        if let Some(assessment) = resolved.value {
            let scored = score(q, &assessment);
            let _ = scored.next_steps();
        }
    }
});
