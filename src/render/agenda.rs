//! The agenda of a workshop — one row per disputed question: pillar, question, each
//! respondent's answer (under a short name), the spread in stages and the provisional answer —
//! as a terminal table, Markdown, CSV or JSON. The table and Markdown are in the words of the
//! language asked for; stages are named by their ids, as the answers file the workshop settles
//! writes them; CSV and JSON never change with the language.

use comfy_table::Cell;
use serde::Serialize;

use crate::fill::response_text;
use crate::i18n::Locale;
use crate::merge::{Consensus, Dispute, short_names};
use crate::model::{Questionnaire, Response};
use crate::render::RenderError;
use crate::render::fit::new_table;
use crate::t;

/// The formats of the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaFormat {
    /// A table for reading in a terminal; `None` fits the terminal, else the width to wrap to.
    Table(Option<u16>),
    /// A Markdown table.
    Markdown,
    /// CSV, one row per disputed question.
    Csv,
    /// JSON, for other programs.
    Json,
}

/// The agenda of `consensus` in `format`; the table and Markdown in `locale`'s words.
pub fn agenda(
    q: &Questionnaire,
    consensus: &Consensus,
    format: AgendaFormat,
    locale: Locale,
) -> Result<Vec<u8>, RenderError> {
    let rows = consensus.agenda();
    let short = short_names(&consensus.respondents);
    match format {
        AgendaFormat::Table(width) => Ok(table(q, &short, &rows, width, locale)),
        AgendaFormat::Markdown => Ok(markdown(q, &short, &rows, locale)),
        AgendaFormat::Csv => csv(q, &short, &rows),
        AgendaFormat::Json => json(q, consensus, &short, &rows),
    }
}

/// The line shown when the respondents agree everywhere.
fn none_disputed(locale: Locale) -> Vec<u8> {
    format!("{}\n", t!(locale, "views-agenda-none")).into_bytes()
}

fn header(short: &[String], locale: Locale) -> Vec<String> {
    let mut h = vec![
        t!(locale, "views-column-pillar"),
        t!(locale, "views-column-question"),
    ];
    h.extend(short.iter().cloned());
    h.push(t!(locale, "views-agenda-spread"));
    h.push(t!(locale, "views-agenda-provisional"));
    h
}

/// An answer as the agenda shows it: a stage by its id (as the answers file writes it), an
/// indicator's answer and n/a in words.
fn answer_words(q: &Questionnaire, a: Response, locale: Locale) -> String {
    match a {
        Response::Stage(_) => response_text(q, a).to_owned(),
        Response::Indicator(i) => t!(locale, "answer-indicator", value = i.as_str()),
        Response::NotApplicable => t!(locale, "answer-not-applicable"),
    }
}

fn cells(q: &Questionnaire, d: &Dispute, locale: Locale) -> Vec<String> {
    let mut row = vec![
        q.pillars[d.question.pillar].name.clone(),
        q.question(d.question).id.clone(),
    ];
    row.extend(
        d.answers
            .iter()
            .map(|&a| a.map_or("-".to_owned(), |a| answer_words(q, a, locale))),
    );
    row.push(d.spread.to_string());
    row.push(d.provisional.map_or_else(
        || t!(locale, "answer-unanswered"),
        |a| answer_words(q, a, locale),
    ));
    row
}

fn table(
    q: &Questionnaire,
    short: &[String],
    rows: &[Dispute],
    width: Option<u16>,
    locale: Locale,
) -> Vec<u8> {
    if rows.is_empty() {
        return none_disputed(locale);
    }
    let mut t = new_table(width, false);
    t.set_header(header(short, locale).into_iter().map(Cell::new));
    for d in rows {
        t.add_row(cells(q, d, locale));
    }
    let title = t!(locale, "views-agenda-title", count = rows.len());
    format!("{title}\n{t}\n").into_bytes()
}

fn markdown(q: &Questionnaire, short: &[String], rows: &[Dispute], locale: Locale) -> Vec<u8> {
    if rows.is_empty() {
        return none_disputed(locale);
    }
    let escape = |s: &str| s.replace('|', "\\|");
    let line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let h = header(short, locale);
    let title = t!(locale, "views-agenda-heading", count = rows.len());
    let mut out = format!("## {title}\n\n");
    out.push_str(&line(h.clone()));
    out.push_str(&format!("|{}\n", "---|".repeat(h.len())));
    for d in rows {
        out.push_str(&line(cells(q, d, locale)));
    }
    out.into_bytes()
}

fn csv(q: &Questionnaire, short: &[String], rows: &[Dispute]) -> Result<Vec<u8>, RenderError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut h: Vec<String> = vec!["pillar".into(), "question".into()];
    h.extend(short.iter().cloned());
    h.extend(["spread".into(), "provisional".into()]);
    w.write_record(&h)?;
    for d in rows {
        let mut row = vec![
            q.pillars[d.question.pillar].id.clone(),
            q.question(d.question).id.clone(),
        ];
        row.extend(
            d.answers
                .iter()
                .map(|a| a.map_or(String::new(), |a| response_text(q, a).to_owned())),
        );
        row.push(d.spread.to_string());
        row.push(
            d.provisional
                .map_or(String::new(), |a| response_text(q, a).to_owned()),
        );
        w.write_record(&row)?;
    }
    w.into_inner()
        .map_err(|e| RenderError::Csv(e.into_error().into()))
}

#[derive(Serialize)]
struct AgendaJson<'a> {
    respondents: Vec<RespondentJson<'a>>,
    disputed: Vec<DisputeJson<'a>>,
}

#[derive(Serialize)]
struct RespondentJson<'a> {
    name: &'a str,
    short: &'a str,
}

#[derive(Serialize)]
struct DisputeJson<'a> {
    pillar: &'a str,
    question: &'a str,
    answers: Vec<Option<&'a str>>,
    spread: usize,
    not_applicable: bool,
    provisional: Option<&'a str>,
}

fn json(
    q: &Questionnaire,
    consensus: &Consensus,
    short: &[String],
    rows: &[Dispute],
) -> Result<Vec<u8>, RenderError> {
    let doc = AgendaJson {
        respondents: consensus
            .respondents
            .iter()
            .zip(short)
            .map(|(name, short)| RespondentJson { name, short })
            .collect(),
        disputed: rows
            .iter()
            .map(|d| DisputeJson {
                pillar: &q.pillars[d.question.pillar].id,
                question: &q.question(d.question).id,
                answers: d
                    .answers
                    .iter()
                    .map(|a| a.map(|a| response_text(q, a)))
                    .collect(),
                spread: d.spread,
                not_applicable: d.not_applicable,
                provisional: d.provisional.map(|a| response_text(q, a)),
            })
            .collect(),
    };
    let mut out = serde_json::to_vec_pretty(&doc).map_err(RenderError::Json)?;
    out.push(b'\n');
    Ok(out)
}
