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
        match width {
            Some(w) if self.too_wide(w) => {
                let widths = self.block_widths(w);
                self.rows
                    .iter()
                    .map(|row| block(&self.header, row, w, styled, widths))
                    .collect()
            }
            _ => format!("{}\n", self.grid_text(width, styled)),
        }
    }

    /// How [`Grid::render`] lays out rows like these, to write them a few at a time with
    /// [`Layout::rows`]. The layout depends only on which texts each column holds (their longest
    /// lines and words, and how they wrap), not on how often or in which row, so `self.rows`
    /// need only hold each distinct text of a column once, in any row: a table of any length is
    /// laid out from a sample the size of its distinct values.
    pub(crate) fn layout(&self, width: Option<u16>, styled: bool) -> Layout {
        let shape = match width {
            Some(w) if self.too_wide(w) => Shape::Blocks(self.block_widths(w)),
            _ => Shape::Columns(column_widths(&self.grid_text(width, false))),
        };
        Layout {
            header: self.header.clone(),
            width,
            styled,
            shape,
        }
    }

    /// Whether the grid cannot fit in `width` columns without breaking a word (or squeezing
    /// running text to a word or two a line), so it is shown as blocks instead.
    fn too_wide(&self, width: u16) -> bool {
        // Each column takes its padding (2) and a border (1), plus the table's last border; a
        // column of running text needs room for a few words a line to stay readable.
        let needed: usize = self
            .longest_words()
            .iter()
            .zip(self.longest_lines())
            .map(|(&word, line)| word.max(line.min(READABLE)) + 3)
            .sum::<usize>()
            + 1;
        needed > usize::from(width) && self.header.len() > 2
    }

    /// The grid as comfy-table lays it out, without its last line end.
    fn grid_text(&self, width: Option<u16>, styled: bool) -> String {
        let mut t = new_table(width, styled);
        t.set_header(self.header.clone());
        for row in &self.rows {
            t.add_row(row.clone());
        }
        keep_words_whole(&mut t, &self.longest_words());
        t.to_string()
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

    /// The widths every block shares: each row becomes a block with the row's first cell as
    /// its heading, then each other heading beside its value.
    fn block_widths(&self, width: u16) -> BlockWidths {
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
        BlockWidths {
            uniform: (keys + values + 7 <= usize::from(width)).then_some((keys, values)),
            keys,
        }
    }
}

/// How a grid is laid out (see [`Grid::layout`]): its rows can then be written a few at a time,
/// so a long table is never held whole in memory.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    header: Vec<String>,
    width: Option<u16>,
    styled: bool,
    shape: Shape,
}

#[derive(Debug, Clone)]
enum Shape {
    /// A grid: the width of each column, padding included.
    Columns(Vec<u16>),
    /// One block per row.
    Blocks(BlockWidths),
}

/// What the blocks of one table share.
#[derive(Debug, Clone, Copy)]
struct BlockWidths {
    /// The widths of the headings and values columns, when every block can have them.
    uniform: Option<(usize, usize)>,
    /// The longest heading of all blocks.
    keys: usize,
}

impl Layout {
    /// A grid whose columns are `widths` wide (padding included), as [`column_widths`] read
    /// them from a table laid out by comfy-table, with these headings, in at most `width`
    /// columns, coloured when `styled`.
    pub(crate) fn columns(
        header: Vec<String>,
        width: Option<u16>,
        styled: bool,
        widths: Vec<u16>,
    ) -> Self {
        Layout {
            header,
            width,
            styled,
            shape: Shape::Columns(widths),
        }
    }

    /// `rows` laid out, as the part of the whole table they make: `first` starts the table (its
    /// top border and header), `last` ends it (its bottom border). The parts of a table, in
    /// order, make what [`Grid::render`] gives for all its rows at once.
    pub(crate) fn rows(&self, rows: Vec<Vec<Cell>>, first: bool, last: bool) -> String {
        let widths = match &self.shape {
            Shape::Blocks(widths) => {
                let width = self.width.unwrap_or(u16::MAX);
                return rows
                    .iter()
                    .map(|row| block(&self.header, row, width, self.styled, *widths))
                    .collect();
            }
            Shape::Columns(widths) => widths,
        };
        if rows.is_empty() && !first {
            return String::new();
        }
        let mut t = new_table(self.width, self.styled);
        if first {
            t.set_header(self.header.clone());
        }
        t.add_rows(rows);
        for (i, &w) in widths.iter().enumerate() {
            if let Some(column) = t.column_mut(i) {
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
            }
        }
        let text = t.to_string();
        let lines: Vec<&str> = text.lines().collect();
        // Each part is a whole table: only the first keeps its top border, the last its bottom.
        let from = usize::from(!first);
        let to = lines.len() - usize::from(!last);
        let mut out = String::new();
        for line in lines.get(from..to).unwrap_or_default() {
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// The width of each column of a rendered table, padding included, read from its top border
/// (`┌────┬──┐`): the layout comfy-table chose.
pub(crate) fn column_widths(text: &str) -> Vec<u16> {
    let top: Vec<char> = text.lines().next().unwrap_or_default().chars().collect();
    let inner = top.get(1..top.len().saturating_sub(1)).unwrap_or_default();
    inner
        .split(|&c| c == '┬')
        .map(|segment| u16::try_from(segment.len()).unwrap_or(u16::MAX))
        .collect()
}

/// One row of a grid as a block of `width` columns: the row's first cell as the block's
/// heading, then each other heading of `header` beside its value (empty values left out).
fn block(header: &[String], row: &[Cell], width: u16, styled: bool, shared: BlockWidths) -> String {
    let Some((first, rest)) = row.split_first() else {
        return String::new();
    };
    let pairs: Vec<(&String, &Cell)> = header[1..]
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
    let mut t = new_table(Some(width), styled);
    t.set_header(vec![
        first.clone().add_attribute(Attribute::Bold),
        Cell::new(""),
    ]);
    for (key, value) in pairs {
        t.add_row(vec![Cell::new(key), value.clone()]);
    }
    match shared.uniform {
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
            let all_keys = shared.keys.max(keys);
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
    format!("{t}\n")
}

/// An empty table in the house style (condensed Unicode borders, cells wrapped to fit), at
/// most `width` wide when given, with colours and bold only when `styled`.
pub(crate) fn new_table(width: Option<u16>, styled: bool) -> comfy_table::Table {
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
mod tests;
