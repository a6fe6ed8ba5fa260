//! Excel workbooks: the questionnaire to fill in ([`questionnaire_workbook`]) and the action
//! plan ([`plan_workbook`]). Both return the bytes of an `.xlsx` file that Excel and LibreOffice
//! Calc open as they are; writing them is the caller's job.
//!
//! The workbooks are reproducible: the same input gives the same bytes (fixed document dates).

mod plan;
mod template;

pub use plan::plan_workbook;
pub use template::questionnaire_workbook;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatBorder, Workbook};

/// Why a workbook could not be built (a limit of the file format, such as a text too long for a
/// cell).
#[derive(Debug, thiserror::Error)]
#[error("the workbook could not be built: {0}")]
pub struct XlsxError(#[from] rust_xlsxwriter::XlsxError);

/// Fill colour of the cells to fill in.
const TO_FILL: u32 = 0xFFF2CC;
/// Fill colour of header rows.
const HEADER: u32 = 0xD9E2F3;

/// A workbook whose document dates are fixed, so the same input gives the same bytes.
fn reproducible_workbook(title: &str) -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author("cyberassess")
            .set_creation_datetime(&epoch),
    );
    Ok(book)
}

/// Header cells: bold, wrapped, shaded, with a border below.
fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top)
        .set_background_color(HEADER)
        .set_border_bottom(FormatBorder::Thin)
}

/// Text cells: wrapped, aligned to the top, locked.
fn text_format() -> Format {
    Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top)
}

/// Cells to fill in: wrapped, coloured, unlocked.
fn fill_format() -> Format {
    text_format()
        .set_unlocked()
        .set_background_color(TO_FILL)
        .set_border(FormatBorder::Thin)
        .set_border_color(0xBFBFBF)
}

/// Date cells to fill in.
fn date_fill_format() -> Format {
    fill_format().set_num_format("yyyy-mm-dd")
}

/// Height in points of a row whose cells hold `texts` in columns of `widths` characters, wrapped:
/// spreadsheet programs do not grow rows to fit wrapped text written by another program, so the
/// height is set from an estimate of the wrapped lines.
fn row_height<'t>(cells: impl IntoIterator<Item = (&'t str, f64)>) -> f64 {
    let lines = cells
        .into_iter()
        .map(|(text, width)| {
            let per_line = width.max(1.0);
            text.split('\n')
                .map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0))
                .sum::<f64>()
        })
        .fold(1.0, f64::max);
    (lines * 12.75 + 3.0).min(409.0)
}
