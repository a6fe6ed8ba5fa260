//! Laying a terminal table out in a given width without breaking a word: as a grid when every
//! column can be as wide as its longest word, otherwise as one small two-column block per row
//! (each heading beside its value), which fits any usable width.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Width};

/// The width under which a column of running text is laid out as blocks instead: narrower, it
/// would hold one or two words a line.
const READABLE: usize = 15;

/// A table to lay out: its headings and rows of (possibly styled) cells.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grid {
    /// Column headings.
    pub(crate) header: Vec<String>,
    /// Rows, each with one cell per heading.
    pub(crate) rows: Vec<Vec<Cell>>,
}

impl Grid {
    /// The table in at most `width` columns (`None`: no limit), coloured when `styled`.
    pub(crate) fn render(&self, width: Option<u16>, styled: bool) -> String {
        let longest = self.longest_words();
        // Each column takes its padding (2) and a border (1), plus the table's last border; a
        // column of running text needs room for a few words a line to stay readable.
        let needed: usize = longest
            .iter()
            .zip(self.longest_lines())
            .map(|(&word, line)| word.max(line.min(READABLE)) + 3)
            .sum::<usize>()
            + 1;
        match width {
            Some(w) if needed > usize::from(w) && self.header.len() > 2 => self.records(w, styled),
            _ => {
                let mut t = table(width, styled);
                t.set_header(self.header.clone());
                for row in &self.rows {
                    t.add_row(row.clone());
                }
                keep_words_whole(&mut t, &longest);
                format!("{t}\n")
            }
        }
    }

    /// The longest line of each column, in characters.
    fn longest_lines(&self) -> Vec<usize> {
        (0..self.header.len())
            .map(|c| {
                let cells = self.rows.iter().filter_map(|r| r.get(c)).map(Cell::content);
                std::iter::once(self.header[c].clone())
                    .chain(cells)
                    .flat_map(|text| text.lines().map(|l| l.chars().count()).collect::<Vec<_>>())
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    /// The longest word of each column, in characters.
    fn longest_words(&self) -> Vec<usize> {
        (0..self.header.len())
            .map(|c| {
                let cells = self.rows.iter().filter_map(|r| r.get(c)).map(Cell::content);
                std::iter::once(self.header[c].clone())
                    .chain(cells)
                    .map(|text| longest_word(&text))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    /// One block per row: the row's first cell as the block's heading, then each other heading
    /// beside its value (empty values left out).
    fn records(&self, width: u16, styled: bool) -> String {
        // Every block as wide as the widest, when that fits: a column that reads down the page.
        let widest = |cells: &mut dyn Iterator<Item = String>| {
            cells
                .flat_map(|c| c.lines().map(|l| l.chars().count()).collect::<Vec<_>>())
                .max()
                .unwrap_or(0)
        };
        let keys = widest(
            &mut self
                .rows
                .iter()
                .filter_map(|r| r.first().map(Cell::content))
                .chain(self.header[1..].iter().cloned()),
        );
        let values = widest(
            &mut self
                .rows
                .iter()
                .flat_map(|r| r.iter().skip(1).map(Cell::content)),
        );
        let uniform = (keys + values + 7 <= usize::from(width)).then_some((keys, values));
        let uniform_keys = keys;
        let mut out = String::new();
        for row in &self.rows {
            let Some((first, rest)) = row.split_first() else {
                continue;
            };
            let pairs: Vec<(&String, &Cell)> = self.header[1..]
                .iter()
                .zip(rest)
                .filter(|(_, cell)| !cell.content().trim().is_empty())
                .collect();
            let keys = std::iter::once(first.content())
                .chain(pairs.iter().map(|(k, _)| (*k).clone()))
                .map(|k| longest_word(&k))
                .max()
                .unwrap_or(0);
            let values = pairs
                .iter()
                .map(|(_, v)| longest_word(&v.content()))
                .max()
                .unwrap_or(0);
            let mut t = table(Some(width), styled);
            t.set_header(vec![
                first.clone().add_attribute(Attribute::Bold),
                Cell::new(""),
            ]);
            for (key, value) in pairs {
                t.add_row(vec![Cell::new(key), value.clone()]);
            }
            match uniform {
                Some((keys, values)) => {
                    for (i, w) in [keys, values].into_iter().enumerate() {
                        if let Some(column) = t.column_mut(i) {
                            let w = u16::try_from(w + 2).unwrap_or(u16::MAX);
                            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
                        }
                    }
                }
                None => {
                    // Too wide for one measure: every block takes the full width, its headings
                    // column as wide as in the other blocks when there is room for that.
                    keep_words_whole(&mut t, &[keys, values]);
                    let all_keys = uniform_keys.max(keys);
                    let width = usize::from(width);
                    if all_keys + values + 7 <= width {
                        let rest = width - all_keys - 5;
                        for (i, w) in [all_keys + 2, rest].into_iter().enumerate() {
                            if let Some(column) = t.column_mut(i) {
                                let w = u16::try_from(w).unwrap_or(u16::MAX);
                                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
                            }
                        }
                    }
                }
            }
            out.push_str(&format!("{t}\n"));
        }
        out
    }
}

fn table(width: Option<u16>, styled: bool) -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    t.load_style(UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width {
        t.set_width(w);
    }
    if styled {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t
}

/// No column narrower than its longest word (plus padding), so cells wrap between words only.
fn keep_words_whole(t: &mut comfy_table::Table, longest: &[usize]) {
    for (i, &w) in longest.iter().enumerate() {
        if let Some(column) = t.column_mut(i) {
            let w = u16::try_from(w + 2).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w)));
        }
    }
}

/// `text` wrapped between words to lines of at most `width` characters (`None`: as it is); a
/// word longer than the width stays whole on its own line.
pub(crate) fn wrap_words(text: &str, width: Option<u16>) -> String {
    let Some(width) = width.map(usize::from) else {
        return text.to_owned();
    };
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for word in line.split(' ') {
            let len = word.chars().count();
            if used > 0 && used + 1 + len > width {
                out.push('\n');
                used = 0;
            } else if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += len;
        }
    }
    out
}

/// The length in characters of the longest word of `text`.
pub(crate) fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        Grid {
            header: [
                "Country",
                "Assessed",
                "Governance and implementation",
                "Overall",
            ]
            .map(String::from)
            .to_vec(),
            rows: vec![
                [
                    "República de Costa Esmeralda",
                    "2025-10-08",
                    "Established 3.1",
                    "Formative 2.4",
                ]
                .map(Cell::new)
                .to_vec(),
            ],
        }
    }

    /// Every line at most `width` characters, and every word of the wide layout whole.
    fn fits(text: &str, width: usize) {
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| c.is_whitespace() || "│┆║╞╡╪═─┌┐└┘├┤┬┴┼".contains(c))
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let whole = words(&grid().render(None, false));
        for line in text.lines() {
            assert!(line.chars().count() <= width, "{line}\n{text}");
        }
        for word in words(text) {
            assert!(whole.contains(&word), "broken word {word:?}:\n{text}");
        }
    }

    #[test]
    fn headings_wrap_between_words() {
        let text = "República de Costa Esmeralda · assessed 2025-10-08 · ncss-maturity 1.0.0";
        assert_eq!(
            wrap_words(text, Some(30)),
            "República de Costa Esmeralda ·\nassessed 2025-10-08 ·\nncss-maturity 1.0.0"
        );
        assert_eq!(wrap_words(text, None), text);
    }

    #[test]
    fn a_grid_that_fits_stays_a_grid() {
        let text = grid().render(Some(80), false);
        assert!(
            text.lines()
                .next()
                .is_some_and(|l| l.matches('┬').count() == 3),
            "{text}"
        );
        fits(&text, 80);
    }

    #[test]
    fn a_grid_too_wide_becomes_blocks_of_whole_words() {
        let text = grid().render(Some(40), false);
        assert!(text.contains("Governance"), "{text}");
        assert!(
            text.lines()
                .next()
                .is_some_and(|l| l.matches('┬').count() == 1),
            "{text}"
        );
        fits(&text, 40);
    }
}
