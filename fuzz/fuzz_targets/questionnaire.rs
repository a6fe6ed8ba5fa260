//! Loads any text as a questionnaire: parsing and its diagnostics must never panic, and a
//! questionnaire that loads must give a template that reads back and scores.

#![no_main]

use cyberassess::diagnostic::SourceFile;
use cyberassess::i18n::Locale;
use cyberassess::parse::{parse_answers, parse_document, parse_questionnaire, resolve_answers};
use cyberassess::score::score;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_document(text);
    let parsed = parse_questionnaire(text);
    let _ = SourceFile::new("fuzz.toml", text).render(&parsed.diagnostics, false, Locale::En);
    let Some(q) = parsed.value else {
        return;
    };
    let template = cyberassess::template::template(&q, "fuzz.toml");
    let file = parse_answers(&template);
    let file = file.value.expect("a template of a valid questionnaire reads back");
    let resolved = resolve_answers(&file, &q);
    let assessment = resolved
        .value
        .expect("a template of a valid questionnaire resolves against it");
    let _ = score(&q, &assessment);
});
