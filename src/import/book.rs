//! A workbook as the importer sees it: sheets of typed cell values, whatever program saved it.
//! Built by [`crate::loader::read_workbook`] from `.xlsx` or `.ods`; tests build it by hand.

/// The value of one cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text.
    Text(String),
    /// A number (a date typed in a cell that is not formatted as a date arrives as one).
    Number(f64),
    /// A date, as `YYYY-MM-DD`.
    Date(String),
    /// TRUE or FALSE.
    Bool(bool),
    /// A formula error such as `#N/A`.
    Error(String),
}

impl Cell {
    /// The cell as trimmed text, `None` when it holds nothing but spaces.
    pub fn text(&self) -> Option<String> {
        let text = match self {
            Cell::Empty | Cell::Error(_) => return None,
            Cell::Text(t) => t.trim().to_owned(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.clone(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        };
        (!text.is_empty()).then_some(text)
    }
}

/// One sheet: its name and its cells by row and column (0-based).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// The sheet's name, as on its tab.
    pub name: String,
    /// Rows of cells from row 0 and column 0; rows may differ in length.
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// The cell at `row`, `col`; [`Cell::Empty`] outside the filled area.
    pub fn cell(&self, row: u32, col: u16) -> &Cell {
        self.rows
            .get(row as usize)
            .and_then(|r| r.get(usize::from(col)))
            .unwrap_or(&Cell::Empty)
    }

    /// The trimmed text of a cell, if any.
    pub fn text(&self, row: u32, col: u16) -> Option<String> {
        self.cell(row, col).text()
    }

    /// Sets a cell, growing the sheet as needed (for tests and readers).
    pub fn set(&mut self, row: u32, col: u16, cell: Cell) {
        let (r, c) = (row as usize, usize::from(col));
        if self.rows.len() <= r {
            self.rows.resize(r + 1, Vec::new());
        }
        let line = &mut self.rows[r];
        if line.len() <= c {
            line.resize(c + 1, Cell::Empty);
        }
        line[c] = cell;
    }
}

/// A workbook: its sheets in tab order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Book {
    /// The sheets.
    pub sheets: Vec<Sheet>,
}

impl Book {
    /// The sheet with this name.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name == name)
    }
}

/// The date of a spreadsheet day number (days since 1899-12-30, as Excel and LibreOffice count
/// them), as `YYYY-MM-DD`.
pub fn date_from_serial(days: f64) -> Option<String> {
    if !(1.0..2_958_466.0).contains(&days) {
        return None;
    }
    let date = jiff::civil::date(1899, 12, 30)
        .checked_add(jiff::Span::new().days(days.floor() as i64))
        .ok()?;
    Some(date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_are_dates_as_spreadsheets_count_them() {
        assert_eq!(date_from_serial(46095.0).as_deref(), Some("2026-03-14"));
        assert_eq!(date_from_serial(1.0).as_deref(), Some("1899-12-31"));
        assert_eq!(date_from_serial(-3.0), None);
    }
}
