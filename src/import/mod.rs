//! Filled questionnaire workbooks → answers: the cells of a workbook made by
//! [`crate::render::xlsx::questionnaire_workbook`] and filled in Excel or LibreOffice, read back
//! into the details and answers of an answers file, every problem located by sheet and cell.
//!
//! Pure: takes a [`Book`] (cell values) and returns values; reading the file is the loader's
//! job, writing the answers file the application's. Answers are matched to questions by the id
//! in each row's hidden column, never by position, so rows moved by hand cannot carry an answer
//! to another question. Sheet names, labels and answers are read in the language the workbook
//! records ([`Identity::language`], [`WorkbookWords`]); English answers are read in any workbook.

mod book;
mod problem;
#[cfg(test)]
mod tests;
mod words;

pub use book::{Book, Cell, Sheet, date_from_serial};
pub use problem::{ImportProblem, ProblemKind};
pub use words::WorkbookWords;

use std::collections::HashMap;

use crate::fill::{AnswersDoc, Detail, Details};
use crate::i18n::Locale;
use crate::model::workbook::{self as layout, col};
use crate::model::{Answer, IndicatorAnswer, QuestionKind, QuestionRef, Questionnaire, Response};
use crate::parse::NOT_APPLICABLE;

/// Which questionnaire a workbook was made for, from its hidden about sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// Questionnaire id.
    pub id: String,
    /// Questionnaire version.
    pub version: String,
    /// How the answers file names the questionnaire (a built-in id, or a path relative to where
    /// the template was written).
    pub reference: String,
    /// The language of the workbook's texts and words (a tag such as `es`), when they are not
    /// the questionnaire's own texts with English words.
    pub language: Option<String>,
}

impl Identity {
    /// `id@version`.
    pub fn id_version(&self) -> String {
        format!("{}@{}", self.id, self.version)
    }
}

/// The answers read from a workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The assessment details.
    pub details: Details,
    /// The answers, in questionnaire order.
    pub answers: Vec<(QuestionRef, Answer)>,
}

/// Which questionnaire `book` was made for.
pub fn identify(book: &Book) -> Result<Identity, ImportProblem> {
    let problem = |kind| ImportProblem {
        sheet: None,
        cell: None,
        kind,
    };
    let about = book
        .sheet(layout::ABOUT_SHEET)
        .ok_or_else(|| problem(ProblemKind::NotATemplate))?;
    let value = |row| about.text(row, 1);
    let layout_version = value(layout::ABOUT_LAYOUT).unwrap_or_default();
    if layout_version != layout::LAYOUT_VERSION {
        return Err(problem(ProblemKind::UnknownLayout(layout_version)));
    }
    match (
        value(layout::ABOUT_ID),
        value(layout::ABOUT_VERSION),
        value(layout::ABOUT_REFERENCE),
    ) {
        (Some(id), Some(version), Some(reference)) => Ok(Identity {
            id,
            version,
            reference,
            language: value(layout::ABOUT_LANGUAGE),
        }),
        _ => Err(problem(ProblemKind::NotATemplate)),
    }
}

/// The details and answers of `book`, a workbook for `q` in `words`' language: `q` gives its
/// texts in the language the workbook records (the same questionnaire, so the answers are the
/// same whatever the language). Every problem found, when any.
pub fn read(
    book: &Book,
    q: &Questionnaire,
    words: &WorkbookWords,
) -> Result<Imported, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    let details = details(book, q, words, &mut problems);
    let mut answers = Vec::new();
    let mut seen: HashMap<QuestionRef, (String, String)> = HashMap::new();
    let skip = [
        words.start_sheet.as_str(),
        layout::ABOUT_SHEET,
        words.lists_sheet.as_str(),
    ];
    for sheet in book
        .sheets
        .iter()
        .filter(|s| !skip.contains(&s.name.as_str()))
    {
        for row in (layout::HEADER_ROW + 1)..sheet.rows.len() as u32 {
            let at = |c| ImportProblem {
                sheet: Some(sheet.name.clone()),
                cell: Some(layout::cell_name(row, c)),
                kind: ProblemKind::NoQuestionId,
            };
            let answer = sheet.cell(row, col::ANSWER);
            let evidence: Vec<String> = sheet
                .text(row, col::EVIDENCE)
                .map(|t| {
                    t.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            let notes = sheet.text(row, col::NOTES);
            let filled = answer.text().is_some() || !evidence.is_empty() || notes.is_some();
            let Some(id) = sheet.text(row, col::ID) else {
                if filled {
                    problems.push(at(col::ANSWER));
                }
                continue;
            };
            let Some(r) = q.find_question(&id) else {
                problems.push(ImportProblem {
                    kind: ProblemKind::UnknownQuestion(id),
                    ..at(col::ID)
                });
                continue;
            };
            let Some(written) = answer.text() else {
                if filled {
                    problems.push(ImportProblem {
                        kind: ProblemKind::NotesWithoutAnswer,
                        ..at(col::ANSWER)
                    });
                }
                continue;
            };
            let here = layout::cell_name(row, col::ANSWER);
            if let Some((first_sheet, first_cell)) = seen.get(&r) {
                problems.push(ImportProblem {
                    kind: ProblemKind::Duplicate {
                        id,
                        first: Box::new((first_sheet.clone(), first_cell.clone())),
                    },
                    ..at(col::ANSWER)
                });
                continue;
            }
            seen.insert(r, (sheet.name.clone(), here));
            match response(q, r, &written, words) {
                Ok(response) => answers.push((
                    r,
                    Answer {
                        response,
                        evidence,
                        notes,
                    },
                )),
                Err(kind) => problems.push(ImportProblem {
                    kind,
                    ..at(col::ANSWER)
                }),
            }
        }
    }
    match details {
        Some(details) if problems.is_empty() => {
            answers.sort_by_key(|(r, _)| *r);
            Ok(Imported { details, answers })
        }
        _ => Err(problems),
    }
}

/// The text of the answers file for `imported`; `reference` names the questionnaire, and its
/// opening comment is in `locale`.
pub fn answers_text(
    q: &Questionnaire,
    reference: &str,
    imported: &Imported,
    locale: Locale,
) -> String {
    let mut doc = AnswersDoc::new(q, reference, locale);
    let d = &imported.details;
    // A new document has a plain [assessment] and [answers] section, which `set_detail`,
    // `set_marking` and `set` always accept.
    for detail in [
        Detail::Country(d.country.clone()),
        Detail::Assessors(d.assessors.clone()),
        Detail::AssessedOn(d.assessed_on.clone()),
        Detail::Target(d.target.clone()),
    ] {
        let _ = doc.set_detail(&detail);
    }
    if let Some(marking) = &d.marking {
        let _ = doc.set_marking(marking);
    }
    for (r, answer) in &imported.answers {
        let _ = doc.set(q, *r, answer);
    }
    doc.text()
}

/// The response written in an answer cell, matched without regard to case or surrounding
/// spaces: a stage name (in the workbook's language) or id among the question's options,
/// yes / partly / no for an indicator, or n/a, in the workbook's words or in English (the words
/// of answers files).
fn response(
    q: &Questionnaire,
    r: QuestionRef,
    written: &str,
    words: &WorkbookWords,
) -> Result<Response, ProblemKind> {
    let question = q.question(r);
    let indicators = [
        IndicatorAnswer::Yes,
        IndicatorAnswer::Partly,
        IndicatorAnswer::No,
    ];
    let mut choices: Vec<(String, Response)> = match &question.kind {
        QuestionKind::Choice { options } => options
            .iter()
            .map(|o| (q.stages[o.stage].name.clone(), Response::Stage(o.stage)))
            .collect(),
        QuestionKind::Indicator { .. } => indicators
            .into_iter()
            .map(|a| (words.indicator(a).to_owned(), Response::Indicator(a)))
            .collect(),
    };
    choices.push((words.not_applicable.clone(), Response::NotApplicable));
    let key = written.trim().to_lowercase();
    let by_id = |resp: &Response| match resp {
        Response::Stage(s) => q.stages[*s].id == key,
        Response::Indicator(a) => a.as_str() == key,
        Response::NotApplicable => NOT_APPLICABLE == key,
    };
    if let Some((_, resp)) = choices
        .iter()
        .find(|(label, resp)| label.to_lowercase() == key || by_id(resp))
    {
        return Ok(*resp);
    }
    let suggestion = choices
        .iter()
        .map(|(label, _)| {
            (
                strsim::normalized_levenshtein(&label.to_lowercase(), &key),
                label,
            )
        })
        .filter(|(sim, _)| *sim >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, label)| label.clone());
    Err(ProblemKind::NotAnAnswer {
        written: written.to_owned(),
        suggestion,
        answers: choices.into_iter().map(|(label, _)| label).collect(),
    })
}

/// The assessment details of the start sheet; problems are added to `problems`.
fn details(
    book: &Book,
    q: &Questionnaire,
    words: &WorkbookWords,
    problems: &mut Vec<ImportProblem>,
) -> Option<Details> {
    let Some(start) = book.sheet(&words.start_sheet) else {
        problems.push(ImportProblem {
            sheet: None,
            cell: None,
            kind: ProblemKind::NotATemplate,
        });
        return None;
    };
    // Each detail is found by its label in column A, so a row added above does not move it.
    let [country, date, assessors, target, marking] = &words.details;
    let find = |(row, label): (u32, &String)| {
        (0..start.rows.len() as u32)
            .find(|r| start.text(*r, 0).as_ref() == Some(label))
            .unwrap_or(row)
    };
    let problem = |row: u32, kind| ImportProblem {
        sheet: Some(start.name.clone()),
        cell: Some(layout::cell_name(row, 1)),
        kind,
    };
    let before = problems.len();
    let country_row = find((layout::DETAIL_COUNTRY, country));
    let country = start.text(country_row, 1).unwrap_or_default();
    if country.is_empty() {
        problems.push(problem(country_row, ProblemKind::MissingDetail("country")));
    }
    let date_row = find((layout::DETAIL_DATE, date));
    let assessed_on = match start.cell(date_row, 1) {
        Cell::Date(d) => Some(d.clone()),
        Cell::Number(n) => date_from_serial(*n),
        Cell::Empty => {
            problems.push(problem(date_row, ProblemKind::MissingDetail("date")));
            Some(String::new())
        }
        other => other
            .text()
            .filter(|t| t.parse::<jiff::civil::Date>().is_ok() && t.len() == 10),
    };
    let assessed_on = match assessed_on {
        Some(d) => d,
        None => {
            let written = start.text(date_row, 1).unwrap_or_default();
            problems.push(problem(date_row, ProblemKind::NotADate(written)));
            String::new()
        }
    };
    let assessors = start
        .text(find((layout::DETAIL_ASSESSORS, assessors)), 1)
        .map(|t| {
            t.split(['\n', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let target_row = find((layout::DETAIL_TARGET, target));
    let target = match start.text(target_row, 1) {
        None => q.stages[q.default_target].id.clone(),
        Some(written) => {
            let key = written.to_lowercase();
            match q
                .stages
                .iter()
                .find(|s| s.name.to_lowercase() == key || s.id == key)
            {
                Some(stage) => stage.id.clone(),
                None => {
                    let stages = q.stages.iter().map(|s| s.name.clone()).collect();
                    problems.push(problem(
                        target_row,
                        ProblemKind::NotAStage { written, stages },
                    ));
                    String::new()
                }
            }
        }
    };
    let marking = start.text(find((layout::DETAIL_MARKING, marking)), 1);
    (problems.len() == before).then_some(Details {
        country,
        assessors,
        assessed_on,
        target,
        marking,
    })
}
