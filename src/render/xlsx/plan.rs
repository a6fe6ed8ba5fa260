//! The action plan as a workbook: one row per step, the columns to fill coloured and typed
//! (dates as date cells, cost as a number, status from a dropdown), with filters on the header
//! row, the header frozen, and the print set up like the questionnaire workbook's. Its titles,
//! sheet name, status list and messages are in the language it is given.

use rust_xlsxwriter::{DataValidation, DataValidationRule, ExcelDateTime, Worksheet};

use super::template::print_setup;
use super::{
    XlsxError, date_fill_format, fill_format, header_format, reproducible_workbook, row_height,
    text_format,
};
use crate::i18n::Locale;
use crate::plan::{COLUMNS, Plan};
use crate::render::plan::{cells, column_titles, statuses};
use crate::t;

/// Column widths, in characters, by column of [`COLUMNS`].
const WIDTHS: [f64; 15] = [
    6.0, 18.0, 14.0, 40.0, 12.0, 12.0, 40.0, 40.0, 18.0, 18.0, 12.0, 12.0, 14.0, 13.0, 30.0,
];

/// Columns (0-based) of the start and due dates, the cost and the status.
const START: u16 = 10;
const DUE: u16 = 11;
const COST: u16 = 12;
const STATUS: u16 = 13;

/// The plan as `.xlsx` bytes, in `locale`'s words.
pub fn plan_workbook(plan: &Plan, locale: Locale) -> Result<Vec<u8>, XlsxError> {
    let title = t!(locale, "views-plan-title", country = plan.country.as_str());
    let mut book = reproducible_workbook(&title)?;
    let mut ws = Worksheet::new();
    ws.set_name(t!(locale, "views-plan-sheet"))?;
    let header = header_format();
    let statuses = statuses(locale);
    for (c, text) in column_titles(locale).iter().enumerate() {
        ws.write_string_with_format(0, c as u16, text, &header)?;
        ws.set_column_width(c as u16, WIDTHS[c])?;
    }
    let wrap = text_format();
    let number = text_format().set_align(rust_xlsxwriter::FormatAlign::Right);
    let fill = fill_format();
    let date = date_fill_format();
    let cost = fill_format().set_num_format("#,##0");
    for (i, step) in plan.steps.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_number_with_format(row, 0, step.rank as f64, &number)?;
        let cells = cells(step, locale);
        for (c, text) in cells.iter().enumerate().skip(1) {
            ws.write_string_with_format(row, c as u16, text, &wrap)?;
        }
        for c in 8..COLUMNS.len() as u16 {
            let format = match c {
                START | DUE => &date,
                COST => &cost,
                _ => &fill,
            };
            ws.write_blank(row, c, format)?;
        }
        ws.write_string_with_format(row, STATUS, &statuses[0], &fill)?;
        let height = row_height(cells.iter().zip(WIDTHS).map(|(t, w)| (t.as_str(), w)));
        ws.set_row_height(row, height)?;
    }
    let last = plan.steps.len().max(1) as u32;
    let status = DataValidation::new()
        .allow_list_strings(&statuses)?
        .set_error_message(t!(locale, "views-plan-pick-status"))?;
    ws.add_data_validation(1, STATUS, last, STATUS, &status)?;
    let dates = DataValidation::new()
        .allow_date(DataValidationRule::Between(
            ExcelDateTime::from_ymd(2000, 1, 1)?,
            ExcelDateTime::from_ymd(2100, 12, 31)?,
        ))
        .set_error_message(t!(locale, "views-plan-type-date"))?;
    ws.add_data_validation(1, START, last, DUE, &dates)?;
    ws.autofilter(0, 0, last, COLUMNS.len() as u16 - 1)?;
    ws.set_freeze_panes(1, 0)?;
    print_setup(&mut ws, Some(0))?;
    ws.set_header(format!(
        "&L{}&R{}",
        title.replace('&', "&&"),
        plan.questionnaire
    ));
    book.push_worksheet(ws);
    Ok(book.save_to_buffer()?)
}
