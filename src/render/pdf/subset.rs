//! Embedding only what a document shows: each face cut down to the glyphs of the characters on
//! its pages, so a report carries some 30 KB of font per face instead of the whole 700 KB.
//!
//! printpdf embeds a registered font program as it is given. Each face is therefore subset here,
//! with allsorts (the library printpdf itself reads fonts with), and the subset is registered
//! in its place: its character map sends each character to the subset's renumbered glyph, its
//! advances are the subset's, and its name carries the `XXXXXX+` tag of a subset (ISO 32000-1,
//! 9.6.4). The glyph ids printpdf writes into the content streams, the `/W` widths and the
//! ToUnicode map then all number the glyphs of the program embedded. This module must not
//! measure or lay out text: that is `fonts` and the layout, on the whole faces.

use std::collections::{BTreeMap, BTreeSet};

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use printpdf::{Op, ParsedFont, PdfFontHandle, TextItem};

use super::PdfError;
use super::fonts::Face;

/// Every character `face` shows on `pages`.
pub(super) fn characters(pages: &[Vec<Op>], face: Face) -> BTreeSet<char> {
    let id = face.id();
    let mut seen = Seen::default();
    for ops in pages {
        let mut current = false;
        for op in ops {
            match op {
                Op::SetFont { font, .. } => {
                    current = matches!(font, PdfFontHandle::External(f) if *f == id);
                }
                Op::ShowText { items } if current => {
                    for item in items {
                        if let TextItem::Text(text) = item {
                            seen.add(text);
                        }
                    }
                }
                Op::MoveToNextLineShowText { text }
                | Op::SetSpacingMoveAndShowText { text, .. }
                    if current =>
                {
                    seen.add(text);
                }
                _ => {}
            }
        }
    }
    seen.into_set()
}

/// The characters seen so far: a bit for each of the Basic Multilingual Plane, a set for the
/// rest. A report shows a few hundred thousand characters from an alphabet of a hundred or so.
struct Seen {
    bmp: Vec<u64>,
    rest: BTreeSet<char>,
}

impl Default for Seen {
    fn default() -> Self {
        Self {
            bmp: vec![0; 0x1_0000 / 64],
            rest: BTreeSet::new(),
        }
    }
}

impl Seen {
    fn add(&mut self, text: &str) {
        for c in text.chars() {
            let code = u32::from(c) as usize;
            match self.bmp.get_mut(code / 64) {
                Some(word) => *word |= 1 << (code % 64),
                None => {
                    self.rest.insert(c);
                }
            }
        }
    }

    fn into_set(self) -> BTreeSet<char> {
        let mut set = self.rest;
        for (i, &word) in self.bmp.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let code = i * 64 + bits.trailing_zeros() as usize;
                // Surrogate code points never get a bit: they are not characters.
                set.extend(u32::try_from(code).ok().and_then(char::from_u32));
                bits &= bits - 1;
            }
        }
        set
    }
}

/// `font` cut down to the glyphs of `chars`, named as a subset of `face`.
///
/// A character the font lacks stays unmapped, and printpdf draws it as glyph 0 (`.notdef`), as
/// it would with the whole font; `fonts::clean` has already replaced those in report text.
pub(super) fn subset(
    font: &ParsedFont,
    face: Face,
    chars: &BTreeSet<char>,
) -> Result<ParsedFont, PdfError> {
    let old: BTreeMap<char, u16> = chars
        .iter()
        .filter_map(|&c| Some((c, font.lookup_glyph_index(u32::from(c))?)))
        .filter(|&(_, gid)| gid != 0)
        .collect();
    // allsorts wants `.notdef` first and no glyph twice, and numbers each glyph of the subset by
    // its place in this list: ascending, so a binary search finds the new id.
    let kept: BTreeSet<u16> = old.values().copied().collect();
    let ids: Vec<u16> = std::iter::once(0).chain(kept).collect();
    let program =
        subset_program(&font.original_bytes, font.font_index, &ids).map_err(|reason| {
            PdfError::Subset {
                font: face.id().0,
                reason,
            }
        })?;

    let mut warnings = Vec::new();
    let mut sub =
        ParsedFont::from_bytes(&program, 0, &mut warnings).ok_or_else(|| PdfError::Subset {
            font: face.id().0,
            reason: "the subset does not read back".into(),
        })?;
    sub.codepoint_to_glyph = old
        .iter()
        .filter_map(|(&c, gid)| {
            let new = u16::try_from(ids.binary_search(gid).ok()?).ok()?;
            Some((u32::from(c), new))
        })
        .collect();
    sub.font_name = Some(format!(
        "{}+{}",
        face.id().0,
        font.font_name.as_deref().unwrap_or_default()
    ));
    // The font descriptor describes the face: its bounding box, and the weight that gives
    // /StemV from the OS/2 table, which the subset leaves out.
    sub.pdf_font_metrics = font.pdf_font_metrics.clone();
    sub.font_metrics = font.font_metrics.clone();
    Ok(sub)
}

/// The TrueType program of face `index` of `ttf` with only the glyphs `ids` (`.notdef` first),
/// renumbered from 0 in that order, with a Unicode character map for them.
fn subset_program(ttf: &[u8], index: u32, ids: &[u16]) -> Result<Vec<u8>, String> {
    let file = ReadScope::new(ttf)
        .read::<FontData<'_>>()
        .map_err(|e| e.to_string())?;
    let provider = file
        .table_provider(index as usize)
        .map_err(|e| e.to_string())?;
    allsorts::subset::subset(&provider, ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::fonts::fonts;
    use printpdf::Pt;

    fn text(face: Face, s: &str) -> Vec<Op> {
        vec![
            Op::SetFont {
                font: PdfFontHandle::External(face.id()),
                size: Pt(10.0),
            },
            Op::ShowText {
                items: vec![TextItem::Text(s.into())],
            },
        ]
    }

    #[test]
    fn characters_are_counted_for_the_face_that_shows_them() {
        let pages = vec![
            [text(Face::Regular, "Añ€"), text(Face::Bold, "B«")].concat(),
            text(Face::Regular, "→A"),
        ];
        let set = |s: &str| s.chars().collect::<BTreeSet<_>>();
        assert_eq!(characters(&pages, Face::Regular), set("Añ€→"));
        assert_eq!(characters(&pages, Face::Bold), set("B«"));
        // Text before any font is chosen belongs to no face.
        let orphan = vec![Op::ShowText {
            items: vec![TextItem::Text("x".into())],
        }];
        assert!(characters(&[orphan], Face::Regular).is_empty());
        // Either side of each word of the plane's bits, its last character and beyond it.
        let edges = "\0?@\u{7F}\u{80}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{1F600}\u{10FFFF}";
        let pages = vec![text(Face::Bold, edges), text(Face::Bold, "@\u{1F600}")];
        assert_eq!(characters(&pages, Face::Bold), set(edges));
    }

    #[test]
    fn a_subset_maps_each_character_to_a_glyph_of_the_same_shape_and_width() {
        let fonts = fonts().expect("bundled fonts parse");
        for face in [Face::Regular, Face::Bold] {
            let full = &fonts.get(face).parsed;
            let chars: BTreeSet<char> = "Zürich «Ñandú» € → – “x” Ωμέγα 0123 \u{FFFD}"
                .chars()
                .collect();
            let sub = subset(full, face, &chars).expect("subset");
            assert!(sub.original_bytes.len() * 10 < full.original_bytes.len());
            // Glyph 0 (.notdef), then one glyph per distinct character, numbered from 1.
            let mut new_ids: Vec<u16> = chars
                .iter()
                .map(|&c| sub.lookup_glyph_index(c.into()).expect("mapped"))
                .collect();
            new_ids.sort_unstable();
            new_ids.dedup();
            assert_eq!(new_ids, (1..=new_ids.len() as u16).collect::<Vec<_>>());
            for &c in &chars {
                let new = sub.lookup_glyph_index(c.into()).expect("mapped");
                let old = full.lookup_glyph_index(c.into()).expect("in the face");
                assert_eq!(sub.get_glyph_width(new), full.get_glyph_width(old), "{c:?}");
            }
            // The program's own character map agrees: what a reader extracting the font sees.
            let mut warnings = Vec::new();
            let reread = ParsedFont::from_bytes(&sub.original_bytes, 0, &mut warnings)
                .expect("the subset reads back");
            for &c in &chars {
                assert_eq!(
                    reread.lookup_glyph_index(c.into()),
                    sub.lookup_glyph_index(c.into()),
                    "{c:?}"
                );
            }
            let name = sub.font_name.as_deref().unwrap_or_default();
            assert_eq!(
                name,
                match face {
                    Face::Regular => "DJVREG+DejaVuSans",
                    Face::Bold => "DJVBLD+DejaVuSans-Bold",
                }
            );
            assert_eq!(sub.pdf_font_metrics, full.pdf_font_metrics);
        }
    }

    #[test]
    fn characters_the_face_lacks_stay_unmapped_without_failing() {
        let fonts = fonts().expect("bundled fonts parse");
        let chars: BTreeSet<char> = "a中\u{10FFFF}".chars().collect();
        let sub = subset(&fonts.regular.parsed, Face::Regular, &chars).expect("subset");
        assert_eq!(sub.lookup_glyph_index('a'.into()), Some(1));
        assert_eq!(sub.lookup_glyph_index('中'.into()), None);
        assert_eq!(sub.lookup_glyph_index(0x10FFFF), None);
        // Nothing shown at all: a subset of `.notdef` alone.
        let empty = subset(&fonts.bold.parsed, Face::Bold, &BTreeSet::new()).expect("subset");
        assert!(empty.codepoint_to_glyph.is_empty());
    }
}
