//! Tables: columns, rows, and a header that repeats on every page a table spans. Cells wrap
//! within their column; a row is split only when it is taller than a page.

use super::super::draw::{self, palette};
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

const CELL_PAD_X: f32 = 4.0;
pub(super) const CELL_PAD_Y: f32 = 3.5;

impl Flow<'_> {
    pub(super) fn table_header(&mut self, columns: &[Column]) {
        let style = Style::label();
        let h = style.leading + 2.0 * CELL_PAD_Y;
        let (left, width) = (self.geometry.left(), self.geometry.text_width());
        draw::rect(&mut self.ops, left, self.y - h, width, h, palette::shade());
        let baseline = self.y - CELL_PAD_Y - style.baseline_offset();
        let mut x = left;
        for c in columns {
            let title = self.clean(&c.title);
            self.cell_text(&style, x, c, baseline, &title);
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
        let header_h = Style::label().leading + 2.0 * CELL_PAD_Y;
        let prepared: Vec<(Style, Vec<Vec<String>>)> = rows
            .iter()
            .map(|row| {
                let style = if row.bold {
                    Style::strong()
                } else {
                    Style::body()
                };
                let style = Style {
                    size: 8.5,
                    leading: 11.5,
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
        for (style, cells) in &prepared {
            let h = row_height(style, cells);
            self.keep(h, style.leading + 2.0 * CELL_PAD_Y);
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
