//! Word wrapping for prompts and comment blocks, by characters (no hyphenation).

/// Wraps `text` into lines of at most `width` characters, breaking at spaces; a word longer than
/// the width gets a line of its own. Line breaks in `text` are kept; runs of spaces are not. A
/// no-break space (French puts one before `:` and `?`) joins its neighbours, as it should.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(10);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        let mut len = 0;
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            let n = word.chars().count();
            if len > 0 && len + 1 + n > width {
                lines.push(std::mem::take(&mut line));
                len = 0;
            }
            if len > 0 {
                line.push(' ');
                len += 1;
            }
            line.push_str(word);
            len += n;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Whether a line may break at `c`: any space but a no-break one.
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces_and_keeps_line_breaks() {
        assert_eq!(
            wrap("Le cadre légal existe   déjà, mais\nsans décret", 14),
            ["Le cadre légal", "existe déjà,", "mais", "sans décret"]
        );
        assert_eq!(
            wrap("https://example.org/a-very-long-link x", 10),
            ["https://example.org/a-very-long-link", "x"]
        );
        assert!(wrap("", 20).is_empty());
        // A no-break space keeps "exemple :" together.
        assert_eq!(
            wrap("par exemple\u{a0}: gov = \"\"", 12),
            ["par", "exemple\u{a0}:", "gov = \"\""]
        );
    }
}
