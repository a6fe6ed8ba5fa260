//! The fonts a report embeds, as a reader's tools see them: both DejaVu Sans faces, embedded,
//! tagged as subsets and cut down to the glyphs the report shows, with glyph ids, widths and
//! Unicode map that agree with the font programs themselves.

use lopdf::{Document, Object};

use super::read::{FontInfo, font_info, resolve};
use super::{EXAMPLE, all_text, read_pdf, report, temp};
use crate::util::root;

/// A country name with accents, guillemets, the euro sign, arrows, a check mark, Greek and a
/// Chinese character the font lacks.
const NAME: &str = "Zürich «Ñandú» € → ← ✓ Ωμέγα 中";

/// The embedded font program of a Type0 font, decompressed.
fn program(doc: &Document, font: &lopdf::Dictionary) -> Vec<u8> {
    let descendant = font
        .get(b"DescendantFonts")
        .map(|o| resolve(doc, o))
        .and_then(Object::as_array)
        .expect("DescendantFonts")
        .first()
        .map(|o| resolve(doc, o))
        .expect("a descendant font")
        .as_dict()
        .expect("descendant dictionary");
    let descriptor = descendant
        .get(b"FontDescriptor")
        .map(|o| resolve(doc, o))
        .and_then(Object::as_dict)
        .expect("FontDescriptor");
    let stream = descriptor
        .get(b"FontFile2")
        .map(|o| resolve(doc, o))
        .and_then(Object::as_stream)
        .expect("a TrueType program in /FontFile2");
    stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone())
}

#[test]
fn both_faces_are_embedded_as_subsets_that_draw_the_text() {
    let dir = temp();
    let answers = dir.path().join("zurich.toml");
    let example = std::fs::read_to_string(root().join(EXAMPLE)).expect("example");
    std::fs::write(
        &answers,
        example.replace(
            "country = \"Exampleland\"",
            &format!("country = \"{NAME}\""),
        ),
    )
    .expect("write answers");
    let out = dir.path().join("zurich.pdf");
    let (bytes, stderr) = report(&[answers.to_str().expect("path")], &out);
    assert!(
        stderr.contains("'中' (U+4E2D) is not in the report font"),
        "{stderr}"
    );
    let text = all_text(&read_pdf(&bytes));
    assert!(text.contains(&NAME.replace('中', "\u{FFFD}")), "{text}");

    // pdffonts: the two faces, embedded (emb), subset (sub) and with a Unicode map (uni).
    let listing = std::process::Command::new("pdffonts")
        .arg(&out)
        .output()
        .expect("pdffonts runs: install poppler-utils (bash .ci/run does)");
    let listing = String::from_utf8_lossy(&listing.stdout);
    let mut names = Vec::new();
    for line in listing.lines().skip(2) {
        let columns: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            columns[columns.len() - 5..columns.len() - 2],
            ["yes"; 3],
            "{line}"
        );
        names.push(columns[0]);
    }
    names.sort_unstable();
    assert_eq!(
        names,
        ["DJVBLD+DejaVuSans-Bold", "DJVREG+DejaVuSans"],
        "{listing}"
    );

    let doc = Document::load_mem(&bytes).expect("lopdf parses the report");
    let fonts: Vec<&lopdf::Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0"))
        .collect();
    assert_eq!(fonts.len(), 2);
    for font in fonts {
        let program = program(&doc, font);
        // A whole face is over 700 KB; the glyphs of one report are a few dozen KB.
        assert!(program.len() < 60_000, "{} bytes embedded", program.len());
        let mut warnings = Vec::new();
        let parsed = printpdf::ParsedFont::from_bytes(&program, 0, &mut warnings)
            .expect("the embedded program is a font");
        let FontInfo {
            unicode, widths, ..
        } = font_info(&doc, font);
        assert!(unicode.len() > 40, "{} glyphs", unicode.len());
        for (code, text) in &unicode {
            // The program's own character map gives the glyph the content stream names, and
            // its advance is the width /W gives (thousandths of an em, truncated).
            let c = text.chars().next().expect("a character");
            assert_eq!(parsed.lookup_glyph_index(c.into()), Some(*code), "{c:?}");
            let advance = parsed.get_glyph_width(*code).expect("an advance");
            let thousandths = (f32::from(advance) * 1000.0 / f32::from(parsed.units_per_em)) as i64;
            assert_eq!(
                widths.get(code).map(|w| *w as i64),
                Some(thousandths),
                "{c:?}"
            );
        }
    }
}
