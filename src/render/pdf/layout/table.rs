//! Tables: columns, rows, and a header that repeats on every page a table spans. Cells and
//! header titles wrap within their column; a row is split only when it is taller than a page.
//! Cells may have a background (the cohort heat map); their text is always printed.

use printpdf::Color;

use super::super::draw::{self, palette};
use super::super::wrap::wrap_at_most;
use super::{Flow, Style};

/// Horizontal alignment in a table cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    /// Flush left.
    Left,
    /// Flush right (numbers).
    Right,
}

/// One table column.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    /// Header text.
    pub(crate) title: String,
    /// Width in points.
    pub(crate) width: f32,
    /// Alignment of header and cells.
    pub(crate) align: Align,
}

/// One table row.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// One text per column.
    pub(crate) cells: Vec<String>,
    /// Set the row in bold (totals).
    pub(crate) bold: bool,
}

/// How a table's body is set: text size and line height, and cell backgrounds.
#[derive(Debug, Clone)]
pub(crate) struct TableLook {
    /// Font size of the cells.
    pub(crate) size: f32,
    /// Line height of the cells.
    pub(crate) leading: f32,
    /// Background of each cell, by row then column; missing entries are not filled.
    pub(crate) fills: Vec<Vec<Option<Color>>>,
    /// How many rows at the end are totals: kept together on one page, under a heavier rule.
    pub(crate) totals: usize,
}

impl Default for TableLook {
    fn default() -> Self {
        TableLook {
            size: 8.5,
            leading: 11.5,
            fills: Vec::new(),
            totals: 0,
        }
    }
}

const CELL_PAD_X: f32 = 4.0;
/// Most lines of a column title: the header repeats on every page a table spans, so it must
/// leave room for rows.
const HEADER_LINES: usize = 4;
const CELL_PAD_Y: f32 = 3.5;
/// White space left around a filled cell, so neighbouring fills read as separate cells.
const FILL_INSET: f32 = 0.75;

impl Flow<'_> {
    /// Each column's title, wrapped to the column.
    fn header_lines(&self, columns: &[Column]) -> Vec<Vec<String>> {
        let style = Style::label();
        let font = self.fonts.get(style.face);
        columns
            .iter()
            .map(|c| {
                wrap_at_most(
                    font,
                    &c.title,
                    style.size,
                    c.width - 2.0 * CELL_PAD_X,
                    HEADER_LINES,
                )
                .0
            })
            .collect()
    }

    /// Height of the header row of `columns`.
    pub(super) fn header_height(&self, columns: &[Column]) -> f32 {
        let lines = self
            .header_lines(columns)
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(1)
            .max(1);
        lines as f32 * Style::label().leading + 2.0 * CELL_PAD_Y
    }

    pub(super) fn table_header(&mut self, columns: &[Column]) {
        let style = Style::label();
        let h = self.header_height(columns);
        let (left, width) = (self.geometry.left(), self.geometry.text_width());
        draw::rect(&mut self.ops, left, self.y - h, width, h, palette::shade());
        let titles: Vec<Vec<String>> = columns
            .iter()
            .map(|c| {
                let title = self.clean(&c.title);
                self.lines_at_most(&title, &style, c.width - 2.0 * CELL_PAD_X, HEADER_LINES)
                    .0
            })
            .collect();
        let mut x = left;
        for (c, lines) in columns.iter().zip(&titles) {
            for (i, line) in lines.iter().enumerate() {
                let baseline =
                    self.y - CELL_PAD_Y - style.baseline_offset() - i as f32 * style.leading;
                self.cell_text(&style, x, c, baseline, line);
            }
            x += c.width;
        }
        self.y -= h;
    }

    fn cell_text(&mut self, style: &Style, x: f32, column: &Column, baseline: f32, text: &str) {
        let tx = match column.align {
            Align::Left => x + CELL_PAD_X,
            Align::Right => {
                x + column.width - CELL_PAD_X - self.measure(style.face, style.size, text)
            }
        };
        self.text_at(style, tx, baseline, text);
    }

    /// A table whose header repeats on every page it spans. Rows stay whole unless one is
    /// taller than a page, which is then split between lines.
    pub(crate) fn table(&mut self, columns: &[Column], rows: &[Row]) {
        self.table_with(columns, rows, &TableLook::default());
    }

    /// A table set in `look`: its text size, and a background behind some cells.
    pub(crate) fn table_with(&mut self, columns: &[Column], rows: &[Row], look: &TableLook) {
        let header_h = self.header_height(columns);
        let prepared: Vec<(Style, Vec<Vec<String>>)> = rows
            .iter()
            .map(|row| {
                let style = if row.bold {
                    Style::strong()
                } else {
                    Style::body()
                };
                let style = Style {
                    size: look.size,
                    leading: look.leading,
                    ..style
                };
                let cells = columns
                    .iter()
                    .zip(&row.cells)
                    .map(|(c, text)| self.lines(text, &style, c.width - 2.0 * CELL_PAD_X))
                    .collect();
                (style, cells)
            })
            .collect();
        let first_h = prepared.first().map_or(0.0, |(s, c)| row_height(s, c));
        self.ensure(header_h + first_h);
        self.table_header(columns);
        self.table = Some(columns.to_vec());
        let totals_from = prepared.len().saturating_sub(look.totals);
        for (r, (style, cells)) in prepared.iter().enumerate() {
            let h = row_height(style, cells);
            if r == totals_from && look.totals > 0 && r > 0 {
                let totals: f32 = prepared[r..].iter().map(|(s, c)| row_height(s, c)).sum();
                self.keep(totals, h);
                self.rule(palette::muted(), 1.0);
            }
            self.keep(h, style.leading + 2.0 * CELL_PAD_Y);
            if h <= self.remaining()
                && let Some(fills) = look.fills.get(r)
            {
                let mut x = self.geometry.left();
                for (c, fill) in columns.iter().zip(fills) {
                    if let Some(fill) = fill {
                        let (w, fh) = (c.width - 2.0 * FILL_INSET, h - 2.0 * FILL_INSET);
                        let y = self.y - h + FILL_INSET;
                        draw::rect(&mut self.ops, x + FILL_INSET, y, w, fh, fill.clone());
                    }
                    x += c.width;
                }
            }
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
            self.y -= CELL_PAD_Y;
            for i in 0..lines {
                if style.leading + CELL_PAD_Y > self.remaining() {
                    self.new_page();
                    self.y -= CELL_PAD_Y;
                }
                let baseline = self.y - style.baseline_offset();
                let mut x = self.geometry.left();
                for (c, lines) in columns.iter().zip(cells) {
                    if let Some(line) = lines.get(i) {
                        self.cell_text(style, x, c, baseline, line);
                    }
                    x += c.width;
                }
                self.y -= style.leading;
            }
            self.y -= CELL_PAD_Y;
            self.rule(palette::rule(), 0.5);
        }
        self.table = None;
    }
}

fn row_height(style: &Style, cells: &[Vec<String>]) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    lines as f32 * style.leading + 2.0 * CELL_PAD_Y
}
