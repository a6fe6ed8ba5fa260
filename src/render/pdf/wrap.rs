//! Line breaking: splits text into lines that fit a width, breaking words that are wider than a
//! line (URLs, long identifiers) at a sensible character rather than letting them overflow.
//!
//! Pure functions of a font and a width; they know nothing about pages.

use printpdf::ParsedFont;

use super::fonts::text_width;

/// Characters after which a long word may be broken without a hyphen.
const BREAK_AFTER: &[char] = &[
    '/', '-', '.', '_', '?', '&', '=', '#', ':', ',', ';', '+', '~',
];

/// Splits `text` into lines no wider than `width` points at `size`. Explicit newlines start a
/// new line; an empty input line becomes an empty output line. Runs of spaces collapse.
pub(crate) fn wrap(font: &ParsedFont, text: &str, size: f32, width: f32) -> Vec<String> {
    let space = text_width(font, " ", size);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        let mut any = false;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            any = true;
            let word_width = text_width(font, word, size);
            let gap = if line.is_empty() { 0.0 } else { space };
            if line_width + gap + word_width <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_width += gap + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line = word.to_owned();
                line_width = word_width;
                continue;
            }
            let mut pieces = break_word(font, word, size, width);
            let last = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
            line_width = text_width(font, &last, size);
            line = last;
        }
        if !line.is_empty() || !any {
            lines.push(line);
        }
    }
    lines
}

/// Breaks one word wider than `width` into pieces that fit, preferring to break just after a
/// URL-like separator in the second half of the piece, otherwise between any two characters.
fn break_word(font: &ParsedFont, word: &str, size: f32, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece: Vec<char> = Vec::new();
    let mut piece_width = 0.0;
    for c in word.chars() {
        let w = text_width(font, c.encode_utf8(&mut [0; 4]), size);
        if piece_width + w > width && !piece.is_empty() {
            let cut = piece
                .iter()
                .rposition(|c| BREAK_AFTER.contains(c))
                .map(|i| i + 1)
                .filter(|&i| i >= piece.len() / 2 && i < piece.len())
                .unwrap_or(piece.len());
            let rest = piece.split_off(cut);
            pieces.push(piece.iter().collect());
            piece = rest;
            piece_width = text_width(font, &piece.iter().collect::<String>(), size);
        }
        piece.push(c);
        piece_width += w;
    }
    pieces.push(piece.into_iter().collect());
    pieces
}

#[cfg(test)]
mod tests {
    use super::super::fonts::fonts;
    use super::*;

    fn regular() -> &'static ParsedFont {
        &fonts().expect("fonts").regular
    }

    #[test]
    fn wraps_words_within_width() {
        let text = "The national cyber security strategy was adopted in 2022 and is reviewed \
                    every three years by the lead authority.";
        let lines = wrap(regular(), text, 10.0, 150.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(text_width(regular(), line, 10.0) <= 150.0, "{line:?}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn keeps_explicit_line_breaks_and_blank_lines() {
        let lines = wrap(regular(), "one\n\ntwo  three", 10.0, 300.0);
        assert_eq!(lines, ["one", "", "two three"]);
        assert_eq!(wrap(regular(), "", 10.0, 300.0), [""]);
    }

    #[test]
    fn breaks_long_urls_after_separators() {
        let url = format!(
            "https://example.ex/{}/report.pdf?download=true",
            "segment-".repeat(30)
        );
        let lines = wrap(regular(), &format!("See {url} now"), 9.0, 200.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(text_width(regular(), line, 9.0) <= 200.0, "{line:?}");
        }
        assert!(lines[1].ends_with(['/', '-']), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("See{url}now"));
    }

    #[test]
    fn breaks_words_without_separators_anywhere() {
        let word = "x".repeat(200);
        let lines = wrap(regular(), &word, 10.0, 50.0);
        assert!(lines.iter().all(|l| text_width(regular(), l, 10.0) <= 50.0));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn width_is_additive_per_glyph() {
        let a = text_width(regular(), "São Tomé", 10.0);
        let b = text_width(regular(), "São ", 10.0) + text_width(regular(), "Tomé", 10.0);
        assert!((a - b).abs() < 1e-4);
    }
}
