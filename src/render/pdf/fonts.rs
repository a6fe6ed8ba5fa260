//! The bundled DejaVu Sans faces: parsed once per process, measured, and checked for glyphs.
//!
//! Owns the faces as the font files give them (the `subset` module cuts them down to what a
//! document shows, for embedding). It must not know about pages or layout.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::{FontId, ParsedFont};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::PdfError;

static REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Shown in place of a character the font lacks, so the gap is visible on paper.
pub(crate) const REPLACEMENT: char = '\u{FFFD}';

/// The two weights used in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    /// Body text.
    Regular,
    /// Headings, labels and emphasis.
    Bold,
}

impl Face {
    /// The PDF resource name. Fixed (not from `add_font`, whose ids come from a process-wide
    /// counter) so that output is reproducible; six capital letters, it is also the tag that
    /// marks the embedded subset (`DJVREG+DejaVuSans`).
    pub(crate) fn id(self) -> FontId {
        match self {
            Face::Regular => FontId("DJVREG".into()),
            Face::Bold => FontId("DJVBLD".into()),
        }
    }
}

/// Both faces.
#[derive(Debug)]
pub(crate) struct Fonts {
    pub(crate) regular: Font,
    pub(crate) bold: Font,
}

/// One face: the font as parsed, and the advance of each character ready to look up, because
/// measuring text is most of a report's layout and the parsed font keeps its character map and
/// advances in search trees.
#[derive(Debug)]
pub(crate) struct Font {
    /// The font as printpdf parsed it.
    pub(crate) parsed: ParsedFont,
    /// Advance in thousandths of an em of each character of the Basic Multilingual Plane, or
    /// [`Font::MISSING`] where the face has no glyph for it.
    bmp: Vec<i32>,
    /// Advance of glyph 0 (`.notdef`), which a missing character is measured with.
    notdef: i64,
}

impl Font {
    const MISSING: i32 = -1;

    fn new(parsed: ParsedFont) -> Font {
        let mut bmp = vec![Font::MISSING; 0x1_0000];
        for (&c, &gid) in &parsed.codepoint_to_glyph {
            if let Some(slot) = bmp.get_mut(c as usize)
                && gid != 0
            {
                *slot = i32::try_from(thousandths(&parsed, gid)).unwrap_or(Font::MISSING);
            }
        }
        let notdef = thousandths(&parsed, 0);
        Font {
            parsed,
            bmp,
            notdef,
        }
    }
}

impl Fonts {
    /// A face.
    pub(crate) fn get(&self, face: Face) -> &Font {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// The bundled fonts, parsed on first use and shared for the rest of the process.
pub(crate) fn fonts() -> Result<&'static Fonts, PdfError> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Some(Fonts {
                regular: Font::new(parse(REGULAR_TTF)?),
                bold: Font::new(parse(BOLD_TTF)?),
            })
        })
        .as_ref()
        .ok_or(PdfError::Font)
}

/// Parses a font file's first face, named with its PostScript name (printpdf leaves the name
/// empty, and the PDF's font dictionaries show it to readers).
fn parse(ttf: &[u8]) -> Option<ParsedFont> {
    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(ttf, 0, &mut warnings)?;
    font.font_name = Some(postscript_name(ttf)?);
    Some(font)
}

/// The PostScript name (name id 6) of a font file's first face, such as `DejaVuSans-Bold`.
fn postscript_name(ttf: &[u8]) -> Option<String> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::tables::{FontTableProvider, NameTable};

    let file = ReadScope::new(ttf).read::<FontData<'_>>().ok()?;
    let provider = file.table_provider(0).ok()?;
    let data = provider.read_table_data(allsorts::tag::NAME).ok()?;
    let name = ReadScope::new(&data).read::<NameTable<'_>>().ok()?;
    name.string_for_id(NameTable::POSTSCRIPT_NAME)
}

/// Width in points of `text` set in `font` at `size`, as a PDF viewer computes it: printpdf
/// writes each glyph's advance to /W truncated to thousandths of an em, and does no kerning.
pub(crate) fn text_width(font: &Font, text: &str, size: f32) -> f32 {
    points(text.chars().map(|c| advance(font, c)).sum(), size)
}

/// Advance of one character in thousandths of an em, as written to /W.
pub(crate) fn advance(font: &Font, c: char) -> i64 {
    match font.bmp.get(c as usize) {
        Some(&Font::MISSING) => font.notdef,
        Some(&a) => i64::from(a),
        None => thousandths(
            &font.parsed,
            font.parsed.lookup_glyph_index(u32::from(c)).unwrap_or(0),
        ),
    }
}

/// Advance of glyph `gid` in thousandths of an em, truncated as printpdf writes it to /W.
fn thousandths(font: &ParsedFont, gid: u16) -> i64 {
    let upm = f32::from(font.pdf_font_metrics.units_per_em.max(1));
    (f32::from(font.get_glyph_width(gid).unwrap_or(0)) * 1000.0 / upm) as i64
}

/// Thousandths of an em at `size`, in points: the sum of [`advance`]s is measured exactly as
/// [`text_width`] measures the whole text.
pub(crate) fn points(thousandths: i64, size: f32) -> f32 {
    thousandths as f32 / 1000.0 * size
}

fn has_glyph(font: &Font, c: char) -> bool {
    match font.bmp.get(c as usize) {
        Some(&a) => a != Font::MISSING,
        None => matches!(font.parsed.lookup_glyph_index(u32::from(c)), Some(g) if g != 0),
    }
}

/// Makes text safe to set: NFC-normalised, tabs and other control characters except newlines
/// turned into spaces, and every character the fonts lack replaced by U+FFFD and recorded in
/// `missing`. The replacement is visible on paper; the caller turns `missing` into warnings.
pub(crate) fn clean(fonts: &Fonts, text: &str, missing: &mut BTreeSet<char>) -> String {
    // Nearly all text is NFC already; the quick check saves composing it again.
    let normalized = match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => None,
        _ => Some(text.nfc().collect::<String>()),
    };
    normalized
        .as_deref()
        .unwrap_or(text)
        .chars()
        .map(|c| {
            if c == '\n' {
                c
            } else if c.is_control() {
                ' '
            } else if has_glyph(&fonts.regular, c) && has_glyph(&fonts.bold, c) {
                c
            } else {
                missing.insert(c);
                REPLACEMENT
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_advance_table_agrees_with_the_parsed_font_for_every_character() {
        let f = fonts().expect("bundled fonts parse");
        for font in [&f.regular, &f.bold] {
            let p = &font.parsed;
            let chars = (0..0x1_0000).chain([0x1_0000, 0x1_F600, 0x10_FFFF]);
            for c in chars.filter_map(char::from_u32) {
                let gid = p.lookup_glyph_index(u32::from(c));
                let width = p.get_glyph_width(gid.unwrap_or(0)).unwrap_or(0);
                let expected = (f32::from(width) * 1000.0 / f32::from(p.units_per_em)) as i64;
                assert_eq!(advance(font, c), expected, "{c:?}");
                assert_eq!(
                    has_glyph(font, c),
                    matches!(gid, Some(g) if g != 0),
                    "{c:?}"
                );
            }
            assert!(has_glyph(font, '€') && !has_glyph(font, '中'));
        }
    }

    #[test]
    fn measures_and_cleans() {
        let f = fonts().expect("bundled fonts parse");
        let w = text_width(&f.regular, "MMMM", 10.0);
        assert!((w - 4.0 * text_width(&f.regular, "M", 10.0)).abs() < 1e-3);
        assert!(
            text_width(&f.bold, "Governance", 10.0) > text_width(&f.regular, "Governance", 10.0)
        );
        let mut missing = BTreeSet::new();
        // "e" + combining acute becomes the single precomposed "é".
        assert_eq!(
            clean(f, "Caf\u{65}\u{301}\tok\n", &mut missing),
            "Café ok\n"
        );
        assert_eq!(clean(f, "a中b", &mut missing), "a\u{FFFD}b");
        assert_eq!(missing.into_iter().collect::<Vec<_>>(), vec!['中']);
    }
}
