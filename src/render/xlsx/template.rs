//! The questionnaire as a workbook to fill in with Excel or LibreOffice Calc.
//!
//! One sheet per pillar (each pillar is read and answered on its own, often by a different
//! team, and a sheet tab per pillar is how a respondent finds their part), after a start sheet
//! with the instructions and the assessment details. Each question is a row: the texts to read
//! are locked, the cells to fill are coloured and unlocked, the answer is a dropdown of the
//! answers that question takes, and a formula shows what the chosen answer means. The question
//! id sits in a hidden column of each row and the sheets are protected against sorting and
//! deleting rows, so an answer cannot move to another question; the importer matches answers by
//! that id, never by position.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format, Formula,
    ProtectionOptions, Worksheet,
};

use super::{
    XlsxError, date_fill_format, fill_format, header_format, reproducible_workbook, row_height,
    text_format,
};
use crate::model::workbook::{self as layout, col};
use crate::model::{Assessment, IndicatorAnswer, QuestionKind, Questionnaire, Response};

/// Column widths of a pillar sheet, in characters.
const WIDTHS: [f64; 9] = [5.0, 40.0, 40.0, 28.0, 14.0, 36.0, 24.0, 24.0, 12.0];

/// The workbook for `q`. `reference` is how the answers file made from it will name the
/// questionnaire (a built-in id, or a path). `prefill`, when given, supplies the details and
/// answers already known (answers carried over from an older assessment, say).
pub fn questionnaire_workbook(
    q: &Questionnaire,
    reference: &str,
    prefill: Option<&Assessment>,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = reproducible_workbook(&q.title)?;
    let lists = answer_lists(q);
    let mut start = start_sheet(q, prefill)?;
    start.set_active(true);
    book.push_worksheet(start);
    let mut taken = Vec::new();
    let mut list_row = 0;
    for (p, pillar) in q.pillars.iter().enumerate() {
        let name = layout::sheet_name(&pillar.name, &taken);
        let sheet = pillar_sheet(q, p, &name, &lists, &mut list_row, prefill)?;
        taken.push(name);
        book.push_worksheet(sheet);
    }
    book.push_worksheet(lists_sheet(&lists)?);
    book.push_worksheet(about_sheet(q, reference)?);
    Ok(book.save_to_buffer()?)
}

/// The answers each question takes, with what each means, in questionnaire order.
fn answer_lists(q: &Questionnaire) -> Vec<Vec<(String, String)>> {
    q.questions()
        .map(|(_, question)| {
            let mut list: Vec<(String, String)> = match &question.kind {
                QuestionKind::Choice { options } => options
                    .iter()
                    .map(|o| (q.stages[o.stage].name.clone(), o.text.clone()))
                    .collect(),
                QuestionKind::Indicator { stage, .. } => {
                    let stage = &q.stages[*stage].name;
                    [
                        (IndicatorAnswer::Yes, "Met: counts towards"),
                        (
                            IndicatorAnswer::Partly,
                            "Half met: half credit, not enough for",
                        ),
                        (IndicatorAnswer::No, "Not met: nothing towards"),
                    ]
                    .into_iter()
                    .map(|(a, what)| (a.as_str().to_owned(), format!("{what} {stage}.")))
                    .collect()
                }
            };
            list.push((
                layout::NOT_APPLICABLE.to_owned(),
                "Does not apply: left out of the score. Say why in Notes.".to_owned(),
            ));
            list
        })
        .collect()
}

fn start_sheet(q: &Questionnaire, prefill: Option<&Assessment>) -> Result<Worksheet, XlsxError> {
    let mut ws = Worksheet::new();
    ws.set_name(layout::START_SHEET)?;
    let wrap = text_format();
    let title = Format::new().set_bold().set_font_size(14);
    ws.set_column_width(0, 28)?.set_column_width(1, 70)?;
    ws.write_string_with_format(0, 0, &q.title, &title)?;
    ws.write_string_with_format(1, 0, format!("Questionnaire {}", q.id_version()), &wrap)?;
    let steps = [
        "How to fill it in:",
        "1. Fill in the coloured cells below: the country, the date, who answers and the target.",
        "2. Each pillar has its own sheet (the tabs at the bottom). For each question, pick your \
         answer in the coloured Answer cell (the arrow shows the list); the next column says \
         what it means. Pick the highest stage whose whole description holds.",
        "3. Answer n/a only when a question does not apply, and say why in Notes. Write sources \
         in the evidence column, one per line.",
        "4. Save the file as it is (.xlsx or .ods) and send it back. It is read with: \
         cyberassess import FILE",
        "The sheets are protected so that rows cannot be sorted or deleted; only the coloured \
         cells can be changed.",
    ];
    for (i, step) in steps.iter().enumerate() {
        ws.merge_range(2 + i as u32, 0, 2 + i as u32, 1, step, &wrap)?;
        ws.set_row_height(2 + i as u32, row_height([(*step, 98.0)]))?;
    }
    let label = Format::new()
        .set_bold()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let fill = fill_format();
    let info = prefill.map(|a| &a.info);
    let (row, text) = layout::DETAIL_COUNTRY;
    ws.write_string_with_format(row, 0, text, &label)?;
    ws.write_string_with_format(row, 1, info.map_or("", |i| i.country.as_str()), &fill)?;

    let (row, text) = layout::DETAIL_DATE;
    ws.write_string_with_format(row, 0, text, &label)?;
    match info.and_then(|i| i.assessed_on) {
        Some(d) => {
            let date = ExcelDateTime::from_ymd(d.year, d.month, d.day)?;
            ws.write_datetime_with_format(row, 1, &date, &date_fill_format())?;
        }
        None => {
            ws.write_blank(row, 1, &date_fill_format())?;
        }
    }
    let date_rule = DataValidation::new()
        .allow_date(DataValidationRule::Between(
            ExcelDateTime::from_ymd(1990, 1, 1)?,
            ExcelDateTime::from_ymd(2100, 12, 31)?,
        ))
        .set_error_message("Type a date, such as 2026-03-14.")?;
    ws.add_data_validation(row, 1, row, 1, &date_rule)?;

    let (row, text) = layout::DETAIL_ASSESSORS;
    ws.write_string_with_format(row, 0, text, &label)?;
    let assessors = info.map(|i| i.assessors.join("\n")).unwrap_or_default();
    ws.write_string_with_format(row, 1, &assessors, &fill)?;
    ws.write_string_with_format(
        row + 6,
        0,
        "Who answers: one name or organisation per line \
        (Alt+Enter in Excel, Ctrl+Enter in LibreOffice starts a new line), or separated by \
        semicolons.",
        &wrap,
    )?;

    let (row, text) = layout::DETAIL_TARGET;
    ws.write_string_with_format(row, 0, text, &label)?;
    let target = prefill.map_or(q.default_target, |a| a.overall_target);
    ws.write_string_with_format(row, 1, &q.stages[target].name, &fill)?;
    let names: Vec<&str> = q.stages.iter().map(|s| s.name.as_str()).collect();
    let target_rule = DataValidation::new()
        .allow_list_strings(&names)?
        .set_error_message("Pick a stage from the list.")?;
    ws.add_data_validation(row, 1, row, 1, &target_rule)?;

    let (row, text) = layout::DETAIL_MARKING;
    ws.write_string_with_format(row, 0, text, &label)?;
    let marking = info.and_then(|i| i.marking.as_deref()).unwrap_or("");
    ws.write_string_with_format(row, 1, marking, &fill)?;

    ws.merge_range(row + 1, 0, row + 1, 1, "Stages, lowest first:", &label)?;
    for (i, stage) in q.stages.iter().enumerate() {
        let r = row + 2 + i as u32;
        ws.write_string_with_format(r, 0, &stage.name, &wrap)?;
        ws.write_string_with_format(r, 1, &stage.summary, &wrap)?;
        ws.set_row_height(r, row_height([(stage.summary.as_str(), 70.0)]))?;
    }
    protect(&mut ws);
    print_setup(&mut ws, None)?;
    Ok(ws)
}

fn pillar_sheet(
    q: &Questionnaire,
    p: usize,
    name: &str,
    lists: &[Vec<(String, String)>],
    list_row: &mut u32,
    prefill: Option<&Assessment>,
) -> Result<Worksheet, XlsxError> {
    let pillar = &q.pillars[p];
    let mut ws = Worksheet::new();
    ws.set_name(name)?;
    let header = header_format();
    for (c, text) in layout::HEADERS.iter().enumerate() {
        ws.write_string_with_format(layout::HEADER_ROW, c as u16, *text, &header)?;
    }
    for (c, width) in WIDTHS.iter().enumerate() {
        ws.set_column_width(c as u16, *width)?;
    }
    ws.set_column_hidden(col::ID)?;
    ws.set_freeze_panes(layout::HEADER_ROW + 1, 0)?;
    let wrap = text_format();
    let fill = fill_format();
    let first_index: usize = q.pillars[..p].iter().map(|x| x.questions.len()).sum();
    for (i, question) in pillar.questions.iter().enumerate() {
        let row = layout::HEADER_ROW + 1 + i as u32;
        let list = &lists[first_index + i];
        let (top, bottom) = (*list_row + 1, *list_row + list.len() as u32);
        *list_row += list.len() as u32;
        ws.write_string_with_format(row, col::NUMBER, format!("{}.{}", p + 1, i + 1), &wrap)?;
        ws.write_string_with_format(row, col::QUESTION, &question.prompt, &wrap)?;
        ws.write_string_with_format(
            row,
            col::HELP,
            question.help.as_deref().unwrap_or(""),
            &wrap,
        )?;
        let cite = question.evidence.as_deref().unwrap_or("");
        ws.write_string_with_format(row, col::EVIDENCE_TO_CITE, cite, &wrap)?;
        let answer = prefill.and_then(|a| {
            let r = q.find_question(&question.id)?;
            a.answers.get(&r)
        });
        let answer_text = answer.map_or(String::new(), |a| response_label(q, a.response));
        ws.write_string_with_format(row, col::ANSWER, &answer_text, &fill)?;
        let range = format!("'{}'!$A${top}:$A${bottom}", layout::LISTS_SHEET);
        let rule = DataValidation::new()
            .allow_list_formula(Formula::new(format!("={range}")))
            .set_error_style(DataValidationErrorStyle::Stop)
            .set_error_title("Not an answer")?
            .set_error_message("Pick an answer from the list.")?;
        ws.add_data_validation(row, col::ANSWER, row, col::ANSWER, &rule)?;
        let answer_cell = layout::cell_name(row, col::ANSWER);
        let meaning = list
            .iter()
            .find(|(label, _)| *label == answer_text)
            .map_or("", |(_, m)| m.as_str());
        let formula = Formula::new(format!(
            "=IF({answer_cell}=\"\",\"\",IFERROR(VLOOKUP({answer_cell},'{}'!$A${top}:$B${bottom},\
             2,FALSE),\"Not an answer: pick one from the list.\"))",
            layout::LISTS_SHEET
        ))
        // An empty cached result would be shown as 0 by a program that does not recalculate on
        // opening; a space shows nothing.
        .set_result(if meaning.is_empty() { " " } else { meaning });
        ws.write_formula_with_format(row, col::MEANING, formula, &wrap)?;
        let evidence = answer.map(|a| a.evidence.join("\n")).unwrap_or_default();
        ws.write_string_with_format(row, col::EVIDENCE, &evidence, &fill)?;
        let notes = answer.and_then(|a| a.notes.as_deref()).unwrap_or("");
        ws.write_string_with_format(row, col::NOTES, notes, &fill)?;
        let longest_meaning = list.iter().map(|(_, m)| m.as_str()).max_by_key(|m| m.len());
        let height = row_height([
            (question.prompt.as_str(), WIDTHS[1]),
            (question.help.as_deref().unwrap_or(""), WIDTHS[2]),
            (cite, WIDTHS[3]),
            (longest_meaning.unwrap_or(""), WIDTHS[5]),
            (evidence.as_str(), WIDTHS[6]),
            (notes, WIDTHS[7]),
        ]);
        ws.set_row_height(row, height)?;
        ws.write_string(row, col::ID, &question.id)?;
    }
    protect(&mut ws);
    print_setup(&mut ws, Some(layout::HEADER_ROW))?;
    ws.set_header(format!("&L{}&R&A", clean_header(&q.title)));
    Ok(ws)
}

/// The label shown in the answer cell for a response.
fn response_label(q: &Questionnaire, r: Response) -> String {
    match r {
        Response::Stage(s) => q.stages[s].name.clone(),
        Response::Indicator(a) => a.as_str().to_owned(),
        Response::NotApplicable => layout::NOT_APPLICABLE.to_owned(),
    }
}

fn lists_sheet(lists: &[Vec<(String, String)>]) -> Result<Worksheet, XlsxError> {
    let mut ws = Worksheet::new();
    ws.set_name(layout::LISTS_SHEET)?;
    for (row, (label, meaning)) in lists.iter().flatten().enumerate() {
        ws.write_string(row as u32, 0, label)?;
        ws.write_string(row as u32, 1, meaning)?;
    }
    ws.set_hidden(true);
    ws.protect();
    Ok(ws)
}

fn about_sheet(q: &Questionnaire, reference: &str) -> Result<Worksheet, XlsxError> {
    let mut ws = Worksheet::new();
    ws.set_name(layout::ABOUT_SHEET)?;
    for (row, label, value) in [
        (layout::ABOUT_ID, "questionnaire", q.id.clone()),
        (
            layout::ABOUT_VERSION,
            "questionnaire_version",
            q.version.to_string(),
        ),
        (layout::ABOUT_REFERENCE, "reference", reference.to_owned()),
        (
            layout::ABOUT_LAYOUT,
            "layout",
            layout::LAYOUT_VERSION.to_owned(),
        ),
    ] {
        ws.write_string(row, 0, label)?;
        ws.write_string(row, 1, value)?;
    }
    ws.set_hidden(true);
    ws.protect();
    Ok(ws)
}

/// Protection without a password: only unlocked cells can change, and rows cannot be sorted,
/// inserted or deleted; column widths can still be changed.
fn protect(ws: &mut Worksheet) {
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    ws.protect_with_options(&options);
}

/// Landscape, fitted to the page width, the header row repeated on every page.
pub(super) fn print_setup(ws: &mut Worksheet, header_row: Option<u32>) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    if let Some(row) = header_row {
        ws.set_repeat_rows(row, row)?;
    }
    ws.set_footer("&CPage &P of &N");
    Ok(())
}

/// A header text without the `&` codes of Excel headers.
fn clean_header(text: &str) -> String {
    text.replace('&', "&&")
}
