//! The Word package checked part by part.

use std::io::Read;

use super::*;
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};
use crate::render::pdf::Paper;
use crate::report::{Extras, Options};

/// Every part of the package, by name.
fn parts(docx: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).expect("a ZIP package");
    (0..archive.len())
        .map(|i| {
            let mut part = archive.by_index(i).expect("part");
            let mut bytes = Vec::new();
            part.read_to_end(&mut bytes).expect("read");
            (part.name().to_owned(), bytes)
        })
        .collect()
}

#[test]
fn control_characters_in_answers_never_reach_the_xml() {
    let q = parse_questionnaire(include_str!("../../../tests/fixtures/weighted.toml"))
        .value
        .expect("questionnaire");
    let text = include_str!("../../../tests/fixtures/weighted-answers.toml")
        .replace("Fictiland", "Fic\\u0001tiland")
        .replace(
            "The country has no sector regulators yet.",
            "Bell \\u0007, & <tag> \\\"quoted\\\"",
        );
    let file = parse_answers(&text).value.expect("answers");
    let a = resolve_answers(&file, &q).value.expect("resolves");
    assert!(
        a.info.country.contains('\u{1}'),
        "the file holds a control character"
    );
    let s = crate::score::score(&q, &a);
    let doc = Document::build(&s, &Options::default(), &Extras::default());
    let docx = render_docx(&doc, Paper::A4).expect("renders");
    let parts = parts(&docx);
    for (name, bytes) in &parts {
        let bad = bytes
            .iter()
            .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'));
        assert!(!bad, "{name} holds a control character");
    }
    let part = |name: &str| {
        parts
            .iter()
            .find(|p| p.0 == name)
            .map(|p| String::from_utf8_lossy(&p.1).into_owned())
            .unwrap_or_else(|| panic!("{name}"))
    };
    let document = part("word/document.xml");
    assert!(
        document.contains("Fic\u{FFFD}tiland"),
        "shown as a replacement mark"
    );
    assert!(document.contains("Bell \u{FFFD}, &amp; &lt;tag&gt;"));
    let core = part("docProps/core.xml");
    assert!(core.contains("<dc:title>Fic\u{FFFD}tiland: Mini weighted questionnaire</dc:title>"));
}
