//! Line breaking and shortening: splits text into lines that fit a width, breaking words that
//! are wider than a line (URLs, long identifiers) at a sensible character rather than letting
//! them overflow, and shortens text that must stay on a few lines with an ellipsis.
//!
//! Pure functions of a font and a width; they know nothing about pages. Each takes time in
//! proportion to the text (every character is measured once or twice), so an answers file with
//! a name of a million characters still gets its report at once.

use super::fonts::{Font, advance, points, text_width};

/// Characters after which a long word may be broken without a hyphen.
const BREAK_AFTER: &[char] = &[
    '/', '-', '.', '_', '?', '&', '=', '#', ':', ',', ';', '+', '~',
];

/// Marks text that was shortened.
pub(crate) const ELLIPSIS: &str = "…";

/// Splits `text` into lines no wider than `width` points at `size`. Explicit newlines start a
/// new line; an empty input line becomes an empty output line. Runs of spaces collapse.
pub(crate) fn wrap(font: &Font, text: &str, size: f32, width: f32) -> Vec<String> {
    wrap_at_most(font, text, size, width, usize::MAX).0
}

/// [`wrap`], keeping at most `max` lines: when the text needs more, the last line kept ends
/// with an ellipsis, and the flag returned is true. Stops measuring once `max` lines are full,
/// so a huge text costs no more than the lines shown.
pub(crate) fn wrap_at_most(
    font: &Font,
    text: &str,
    size: f32,
    width: f32,
    max: usize,
) -> (Vec<String>, bool) {
    let max = max.max(1);
    let space = text_width(font, " ", size);
    let mut lines = Vec::new();
    let mut more = false;
    'paragraphs: for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        let mut any = false;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            if lines.len() >= max {
                more = true;
                break 'paragraphs;
            }
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
            let budget = max.saturating_sub(lines.len()).saturating_add(1);
            let mut pieces = break_word(font, word, size, width, budget);
            let last = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
            line_width = text_width(font, &last, size);
            line = last;
        }
        if lines.len() >= max && (!line.is_empty() || !any) {
            more = true;
            break;
        }
        if !line.is_empty() || !any {
            lines.push(line);
        }
    }
    if lines.len() > max {
        lines.truncate(max);
        more = true;
    }
    if more && let Some(last) = lines.last_mut() {
        *last = with_ellipsis(font, last, size, width);
    }
    (lines, more)
}

/// Breaks one word wider than `width` into pieces that fit, preferring to break just after a
/// URL-like separator in the second half of the piece, otherwise between any two characters.
/// Stops after `max` full pieces: the rest of the word would not be shown.
fn break_word(font: &Font, word: &str, size: f32, width: f32, max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece: Vec<(char, i64)> = Vec::new();
    let mut piece_width = 0;
    for c in word.chars() {
        let w = advance(font, c);
        if points(piece_width + w, size) > width && !piece.is_empty() {
            let cut = piece
                .iter()
                .rposition(|(c, _)| BREAK_AFTER.contains(c))
                .map(|i| i + 1)
                .filter(|&i| i >= piece.len() / 2 && i < piece.len())
                .unwrap_or(piece.len());
            let rest = piece.split_off(cut);
            pieces.push(piece.iter().map(|(c, _)| c).collect());
            if pieces.len() >= max {
                return pieces;
            }
            piece = rest;
            piece_width = piece.iter().map(|(_, w)| w).sum();
        }
        piece.push((c, w));
        piece_width += w;
    }
    pieces.push(piece.into_iter().map(|(c, _)| c).collect());
    pieces
}

/// `text` when it fits `width`, otherwise its longest start that fits with an ellipsis after it.
pub(crate) fn fit(font: &Font, text: &str, size: f32, width: f32) -> String {
    if text_width(font, text, size) <= width {
        text.to_owned()
    } else {
        with_ellipsis(font, text, size, width)
    }
}

/// The longest start of `text` that fits `width` with an ellipsis after it, and the ellipsis
/// (nothing when not even the ellipsis fits). Spaces before the ellipsis are dropped.
pub(crate) fn with_ellipsis(font: &Font, text: &str, size: f32, width: f32) -> String {
    let ellipsis: i64 = ELLIPSIS.chars().map(|c| advance(font, c)).sum();
    if points(ellipsis, size) > width {
        return String::new();
    }
    let mut used = ellipsis;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let w = advance(font, c);
        if points(used + w, size) > width {
            break;
        }
        used += w;
        end = i + c.len_utf8();
    }
    format!("{}{ELLIPSIS}", text[..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::super::fonts::fonts;
    use super::*;

    fn regular() -> &'static Font {
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
    fn fit_keeps_the_longest_start_that_fits_with_an_ellipsis() {
        let f = regular();
        assert_eq!(fit(f, "Exampleland", 9.0, 200.0), "Exampleland");
        let long = "SãoToméPríncipe".repeat(50);
        let short = fit(f, &long, 9.0, 200.0);
        assert!(
            short.ends_with(ELLIPSIS) && short.starts_with("SãoTomé"),
            "{short}"
        );
        assert!(text_width(f, &short, 9.0) <= 200.0);
        // One more character would not fit.
        let kept = short.chars().count() - 1;
        let longer: String = long.chars().take(kept + 1).collect::<String>() + ELLIPSIS;
        assert!(text_width(f, &longer, 9.0) > 200.0);
        assert_eq!(fit(f, &long, 9.0, 1.0), "");
    }

    #[test]
    fn wrap_at_most_stops_with_an_ellipsis() {
        let f = regular();
        let text = "word ".repeat(400);
        let (all, shortened) = wrap_at_most(f, &text, 10.0, 150.0, usize::MAX);
        assert!(!shortened && all.len() > 3);
        let (two, shortened) = wrap_at_most(f, &text, 10.0, 150.0, 2);
        assert!(shortened);
        assert_eq!(two.len(), 2);
        assert_eq!(two[0], all[0]);
        assert!(two[1].ends_with(ELLIPSIS), "{two:?}");
        assert!(text_width(f, &two[1], 10.0) <= 150.0);
        // Exactly as many lines as allowed: nothing is shortened.
        let (exact, shortened) = wrap_at_most(f, "one\ntwo", 10.0, 150.0, 2);
        assert_eq!(
            (exact, shortened),
            (vec!["one".to_owned(), "two".to_owned()], false)
        );
        let (cut, shortened) = wrap_at_most(f, "one\ntwo\nthree", 10.0, 150.0, 2);
        assert_eq!(
            (cut, shortened),
            (vec!["one".to_owned(), "two…".to_owned()], true)
        );
    }

    #[test]
    fn a_word_of_a_million_characters_is_broken_and_shortened() {
        let f = regular();
        let word = "x".repeat(1_000_000);
        let (lines, shortened) = wrap_at_most(f, &word, 10.0, 400.0, 3);
        assert!(shortened && lines.len() == 3);
        let short = fit(f, &word, 10.0, 400.0);
        assert!(short.ends_with(ELLIPSIS) && text_width(f, &short, 10.0) <= 400.0);
    }

    #[test]
    fn width_is_additive_per_glyph() {
        let a = text_width(regular(), "São Tomé", 10.0);
        let b = text_width(regular(), "São ", 10.0) + text_width(regular(), "Tomé", 10.0);
        assert!((a - b).abs() < 1e-4);
    }
}
