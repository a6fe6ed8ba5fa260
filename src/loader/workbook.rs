//! Reading a filled workbook (`.xlsx` from Excel or LibreOffice, `.ods` from LibreOffice) into
//! the cell values [`crate::import`] works on. Formulas arrive as the values they last showed;
//! dates as dates, whatever format the program saved them in.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Ods, Reader, Xlsx};

use crate::import::{Book, Cell, Sheet, date_from_serial};

/// Workbooks larger than this are refused: a filled questionnaire is well under 1 MB.
pub const MAX_WORKBOOK_SIZE: u64 = 32 * 1024 * 1024;

/// Why a workbook could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WorkbookError {
    /// The file could not be read.
    #[error("could not read the file: {0}")]
    Io(#[from] std::io::Error),
    /// The file is too large to be a filled questionnaire.
    #[error("the file is larger than {} MB, too large for a filled questionnaire", MAX_WORKBOOK_SIZE / 1024 / 1024)]
    TooLarge,
    /// The file is not a workbook this tool reads.
    #[error(
        "this is not an .xlsx or .ods workbook ({0}); save it from your spreadsheet program as Excel (.xlsx) or OpenDocument (.ods)"
    )]
    Format(String),
}

impl WorkbookError {
    /// What went wrong and how to fix it, in `locale` (the `Display` text is the English one).
    pub fn words(&self, locale: crate::i18n::Locale) -> String {
        match self {
            WorkbookError::Io(e) => {
                crate::t!(
                    locale,
                    "diagnostics-import-unreadable",
                    detail = e.to_string()
                )
            }
            WorkbookError::TooLarge => crate::t!(
                locale,
                "diagnostics-import-too-large",
                size = MAX_WORKBOOK_SIZE / 1024 / 1024
            ),
            WorkbookError::Format(detail) => crate::t!(
                locale,
                "diagnostics-import-not-a-workbook",
                detail = detail.as_str()
            ),
        }
    }
}

/// Reads the workbook at `path`: `.ods` by its name, anything else as `.xlsx`.
pub fn read_workbook(path: &Path) -> Result<Book, WorkbookError> {
    if std::fs::metadata(path)?.len() > MAX_WORKBOOK_SIZE {
        return Err(WorkbookError::TooLarge);
    }
    let bytes = std::fs::read(path)?;
    let ods = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ods"));
    if ods {
        let mut wb: Ods<_> =
            Ods::new(Cursor::new(bytes)).map_err(|e| WorkbookError::Format(e.to_string()))?;
        sheets(&mut wb)
    } else {
        let mut wb: Xlsx<_> =
            Xlsx::new(Cursor::new(bytes)).map_err(|e| WorkbookError::Format(e.to_string()))?;
        sheets(&mut wb)
    }
}

fn sheets<R: Reader<Cursor<Vec<u8>>>>(wb: &mut R) -> Result<Book, WorkbookError>
where
    R::Error: std::fmt::Display,
{
    let mut book = Book::default();
    for name in wb.sheet_names() {
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| WorkbookError::Format(e.to_string()))?;
        let mut sheet = Sheet {
            name,
            rows: Vec::new(),
        };
        if let Some((top, left)) = range.start() {
            for (r, row) in range.rows().enumerate() {
                for (c, data) in row.iter().enumerate() {
                    let cell = cell(data);
                    if cell != Cell::Empty {
                        let col = u16::try_from(left as usize + c).unwrap_or(u16::MAX);
                        sheet.set(top + r as u32, col, cell);
                    }
                }
            }
        }
        book.sheets.push(sheet);
    }
    Ok(book)
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => match date_from_serial(d.as_f64()) {
            Some(date) => Cell::Date(date),
            None => Cell::Number(d.as_f64()),
        },
        Data::DateTimeIso(s) => Cell::Date(s.chars().take(10).collect()),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}
