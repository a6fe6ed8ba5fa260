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
//!
//! Its words (instructions, labels, headers, sheet names, yes/partly/no and n/a) are those of
//! a [`WorkbookWords`], in the language of the questionnaire's texts it is given; the hidden
//! about sheet records that language, so `import` reads the answers back in it.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format, Formula,
    ProtectionOptions, Worksheet,
};

use super::{
    XlsxError, date_fill_format, fill_format, header_format, reproducible_workbook, row_height,
    text_format,
};
use crate::import::WorkbookWords;
use crate::model::workbook::{self as layout, col};
use crate::model::{Assessment, IndicatorAnswer, QuestionKind, Questionnaire, Response};
use crate::t;

/// Column widths of a pillar sheet, in characters.
const WIDTHS: [f64; 9] = [5.0, 40.0, 40.0, 28.0, 14.0, 36.0, 24.0, 24.0, 12.0];

/// The workbook for `q`, whose texts are in `words`' language. `reference` is how the answers
/// file made from it will name the questionnaire (a built-in id, or a path). `prefill`, when
/// given, supplies the details and answers already known (answers carried over from an older
/// assessment, say).
pub fn questionnaire_workbook(
    q: &Questionnaire,
    reference: &str,
    prefill: Option<&Assessment>,
    words: &WorkbookWords,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = reproducible_workbook(&q.title)?;
    let lists = answer_lists(q, words);
    let mut start = start_sheet(q, prefill, words)?;
    start.set_active(true);
    book.push_worksheet(start);
    // No pillar sheet may take the name of the start or the lists sheet.
    let mut taken = vec![words.start_sheet.clone(), words.lists_sheet.clone()];
    let mut list_row = 0;
    for (p, pillar) in q.pillars.iter().enumerate() {
        let name = layout::sheet_name(&pillar.name, &taken);
        let sheet = pillar_sheet(q, p, &name, &lists, &mut list_row, prefill, words)?;
        taken.push(name);
        book.push_worksheet(sheet);
    }
    book.push_worksheet(lists_sheet(&lists, words)?);
    book.push_worksheet(about_sheet(q, reference, words)?);
    Ok(book.save_to_buffer()?)
}

/// The answers each question takes, with what each means, in questionnaire order.
fn answer_lists(q: &Questionnaire, words: &WorkbookWords) -> Vec<Vec<(String, String)>> {
    let locale = words.locale;
    q.questions()
        .map(|(_, question)| {
            let mut list: Vec<(String, String)> = match &question.kind {
                QuestionKind::Choice { options } => options
                    .iter()
                    .map(|o| (q.stages[o.stage].name.clone(), o.text.clone()))
                    .collect(),
                QuestionKind::Indicator { stage, .. } => {
                    let stage = q.stages[*stage].name.as_str();
                    [
                        (
                            IndicatorAnswer::Yes,
                            t!(locale, "workbook-means-yes", stage = stage),
                        ),
                        (
                            IndicatorAnswer::Partly,
                            t!(locale, "workbook-means-partly", stage = stage),
                        ),
                        (
                            IndicatorAnswer::No,
                            t!(locale, "workbook-means-no", stage = stage),
                        ),
                    ]
                    .into_iter()
                    .map(|(a, means)| (words.indicator(a).to_owned(), means))
                    .collect()
                }
            };
            list.push((
                words.not_applicable.clone(),
                t!(locale, "workbook-means-not-applicable"),
            ));
            list
        })
        .collect()
}

fn start_sheet(
    q: &Questionnaire,
    prefill: Option<&Assessment>,
    words: &WorkbookWords,
) -> Result<Worksheet, XlsxError> {
    let locale = words.locale;
    let mut ws = Worksheet::new();
    ws.set_name(&words.start_sheet)?;
    let wrap = text_format();
    let title = Format::new().set_bold().set_font_size(14);
    ws.set_column_width(0, 28)?.set_column_width(1, 70)?;
    ws.write_string_with_format(0, 0, &q.title, &title)?;
    let questionnaire = t!(
        locale,
        "workbook-questionnaire",
        questionnaire = q.id_version()
    );
    ws.write_string_with_format(1, 0, questionnaire, &wrap)?;
    let steps = [
        t!(locale, "workbook-how"),
        t!(locale, "workbook-step-details"),
        t!(locale, "workbook-step-answers"),
        t!(
            locale,
            "workbook-step-not-applicable",
            na = words.not_applicable.as_str()
        ),
        t!(locale, "workbook-step-send"),
        t!(locale, "workbook-protected"),
    ];
    for (i, step) in steps.iter().enumerate() {
        ws.merge_range(2 + i as u32, 0, 2 + i as u32, 1, step, &wrap)?;
        ws.set_row_height(2 + i as u32, row_height([(step.as_str(), 98.0)]))?;
    }
    let label = Format::new()
        .set_bold()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let fill = fill_format();
    let info = prefill.map(|a| &a.info);
    let [country, date, assessors, target, marking] = &words.details;
    let row = layout::DETAIL_COUNTRY;
    ws.write_string_with_format(row, 0, country, &label)?;
    ws.write_string_with_format(row, 1, info.map_or("", |i| i.country.as_str()), &fill)?;

    let row = layout::DETAIL_DATE;
    ws.write_string_with_format(row, 0, date, &label)?;
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
        .set_error_message(t!(locale, "workbook-date-error"))?;
    ws.add_data_validation(row, 1, row, 1, &date_rule)?;

    let row = layout::DETAIL_ASSESSORS;
    ws.write_string_with_format(row, 0, assessors, &label)?;
    let assessors = info.map(|i| i.assessors.join("\n")).unwrap_or_default();
    ws.write_string_with_format(row, 1, &assessors, &fill)?;
    ws.write_string_with_format(row + 6, 0, t!(locale, "workbook-assessors-help"), &wrap)?;

    let row = layout::DETAIL_TARGET;
    ws.write_string_with_format(row, 0, target, &label)?;
    let target = prefill.map_or(q.default_target, |a| a.overall_target);
    ws.write_string_with_format(row, 1, &q.stages[target].name, &fill)?;
    let names: Vec<&str> = q.stages.iter().map(|s| s.name.as_str()).collect();
    let target_rule = DataValidation::new()
        .allow_list_strings(&names)?
        .set_error_message(t!(locale, "workbook-target-error"))?;
    ws.add_data_validation(row, 1, row, 1, &target_rule)?;

    let row = layout::DETAIL_MARKING;
    ws.write_string_with_format(row, 0, marking, &label)?;
    let marking = info.and_then(|i| i.marking.as_deref()).unwrap_or("");
    ws.write_string_with_format(row, 1, marking, &fill)?;

    let stages = t!(locale, "workbook-stages");
    ws.merge_range(row + 1, 0, row + 1, 1, &stages, &label)?;
    for (i, stage) in q.stages.iter().enumerate() {
        let r = row + 2 + i as u32;
        ws.write_string_with_format(r, 0, &stage.name, &wrap)?;
        ws.write_string_with_format(r, 1, &stage.summary, &wrap)?;
        ws.set_row_height(r, row_height([(stage.summary.as_str(), 70.0)]))?;
    }
    protect(&mut ws);
    print_setup_in(&mut ws, None, words)?;
    Ok(ws)
}

fn pillar_sheet(
    q: &Questionnaire,
    p: usize,
    name: &str,
    lists: &[Vec<(String, String)>],
    list_row: &mut u32,
    prefill: Option<&Assessment>,
    words: &WorkbookWords,
) -> Result<Worksheet, XlsxError> {
    let locale = words.locale;
    let pillar = &q.pillars[p];
    let mut ws = Worksheet::new();
    ws.set_name(name)?;
    let header = header_format();
    for (c, text) in words.headers.iter().enumerate() {
        ws.write_string_with_format(layout::HEADER_ROW, c as u16, text, &header)?;
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
        let answer_text = answer.map_or(String::new(), |a| response_label(q, a.response, words));
        ws.write_string_with_format(row, col::ANSWER, &answer_text, &fill)?;
        let lists = quoted_sheet(&words.lists_sheet);
        let range = format!("{lists}!$A${top}:$A${bottom}");
        let rule = DataValidation::new()
            .allow_list_formula(Formula::new(format!("={range}")))
            .set_error_style(DataValidationErrorStyle::Stop)
            .set_error_title(t!(locale, "workbook-not-an-answer"))?
            .set_error_message(t!(locale, "workbook-pick-an-answer"))?;
        ws.add_data_validation(row, col::ANSWER, row, col::ANSWER, &rule)?;
        let answer_cell = layout::cell_name(row, col::ANSWER);
        let meaning = list
            .iter()
            .find(|(label, _)| *label == answer_text)
            .map_or("", |(_, m)| m.as_str());
        let not_an_answer = t!(locale, "workbook-not-an-answer-meaning").replace('"', "\"\"");
        let formula = Formula::new(format!(
            "=IF({answer_cell}=\"\",\"\",IFERROR(VLOOKUP({answer_cell},{lists}!$A${top}:$B${bottom},\
             2,FALSE),\"{not_an_answer}\"))"
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
    print_setup_in(&mut ws, Some(layout::HEADER_ROW), words)?;
    ws.set_header(format!("&L{}&R&A", clean_header(&q.title)));
    Ok(ws)
}

/// The label shown in the answer cell for a response.
fn response_label(q: &Questionnaire, r: Response, words: &WorkbookWords) -> String {
    match r {
        Response::Stage(s) => q.stages[s].name.clone(),
        Response::Indicator(a) => words.indicator(a).to_owned(),
        Response::NotApplicable => words.not_applicable.clone(),
    }
}

/// A sheet's name as formulas write it: in single quotes, a quote in it doubled.
fn quoted_sheet(name: &str) -> String {
    format!("'{}'", name.replace('\'', "''"))
}

fn lists_sheet(
    lists: &[Vec<(String, String)>],
    words: &WorkbookWords,
) -> Result<Worksheet, XlsxError> {
    let mut ws = Worksheet::new();
    ws.set_name(&words.lists_sheet)?;
    for (row, (label, meaning)) in lists.iter().flatten().enumerate() {
        ws.write_string(row as u32, 0, label)?;
        ws.write_string(row as u32, 1, meaning)?;
    }
    ws.set_hidden(true);
    ws.protect();
    Ok(ws)
}

fn about_sheet(
    q: &Questionnaire,
    reference: &str,
    words: &WorkbookWords,
) -> Result<Worksheet, XlsxError> {
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
    if let Some(language) = &words.language {
        ws.write_string(layout::ABOUT_LANGUAGE, 0, "language")?;
        ws.write_string(layout::ABOUT_LANGUAGE, 1, language.tag())?;
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

/// Landscape, fitted to the page width, the header row repeated on every page, "Page 2 of 5"
/// in English in the footer.
pub(super) fn print_setup(ws: &mut Worksheet, header_row: Option<u32>) -> Result<(), XlsxError> {
    print_setup_in(ws, header_row, &WorkbookWords::english())
}

/// [`print_setup`], with the footer in `words`' language.
fn print_setup_in(
    ws: &mut Worksheet,
    header_row: Option<u32>,
    words: &WorkbookWords,
) -> Result<(), XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    if let Some(row) = header_row {
        ws.set_repeat_rows(row, row)?;
    }
    let footer = t!(
        words.locale,
        "workbook-print-footer",
        page = "&P",
        pages = "&N"
    );
    ws.set_footer(format!("&C{footer}"));
    Ok(())
}

/// A header text without the `&` codes of Excel headers.
fn clean_header(text: &str) -> String {
    text.replace('&', "&&")
}
