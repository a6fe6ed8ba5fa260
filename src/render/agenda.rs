//! The agenda of a workshop — one row per disputed question: pillar, question, each
//! respondent's answer (under a short name), the spread in stages and the provisional answer —
//! as a terminal table, Markdown, CSV or JSON.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, ContentArrangement};
use serde::Serialize;

use crate::fill::response_text;
use crate::merge::{Consensus, Dispute, short_names};
use crate::model::{Questionnaire, Response};
use crate::render::RenderError;
use crate::words::plural;

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

/// The agenda of `consensus` in `format`.
pub fn agenda(
    q: &Questionnaire,
    consensus: &Consensus,
    format: AgendaFormat,
) -> Result<Vec<u8>, RenderError> {
    let rows = consensus.agenda();
    let short = short_names(&consensus.respondents);
    match format {
        AgendaFormat::Table(width) => Ok(table(q, &short, &rows, width)),
        AgendaFormat::Markdown => Ok(markdown(q, &short, &rows)),
        AgendaFormat::Csv => csv(q, &short, &rows),
        AgendaFormat::Json => json(q, consensus, &short, &rows),
    }
}

const NONE_DISPUTED: &str =
    "No disputed questions: the respondents agree on every question they answered.\n";

fn header(short: &[String]) -> Vec<String> {
    let mut h = vec!["Pillar".to_owned(), "Question".to_owned()];
    h.extend(short.iter().cloned());
    h.push("Spread".to_owned());
    h.push("Provisional".to_owned());
    h
}

fn answer(q: &Questionnaire, a: Option<Response>) -> String {
    a.map_or("-".to_owned(), |a| response_text(q, a).to_owned())
}

fn cells(q: &Questionnaire, d: &Dispute) -> Vec<String> {
    let mut row = vec![
        q.pillars[d.question.pillar].name.clone(),
        q.question(d.question).id.clone(),
    ];
    row.extend(d.answers.iter().map(|&a| answer(q, a)));
    row.push(d.spread.to_string());
    row.push(
        d.provisional
            .map_or("unanswered".to_owned(), |a| response_text(q, a).to_owned()),
    );
    row
}

fn table(q: &Questionnaire, short: &[String], rows: &[Dispute], width: Option<u16>) -> Vec<u8> {
    if rows.is_empty() {
        return NONE_DISPUTED.as_bytes().to_vec();
    }
    let mut t = comfy_table::Table::new();
    t.load_style(UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.force_no_tty();
    t.set_header(header(short).into_iter().map(Cell::new));
    if let Some(w) = width {
        t.set_width(w);
    }
    for d in rows {
        t.add_row(cells(q, d));
    }
    format!(
        "Agenda: {}, widest spread first\n{t}\n",
        plural(rows.len(), "disputed question")
    )
    .into_bytes()
}

fn markdown(q: &Questionnaire, short: &[String], rows: &[Dispute]) -> Vec<u8> {
    if rows.is_empty() {
        return NONE_DISPUTED.as_bytes().to_vec();
    }
    let escape = |s: &str| s.replace('|', "\\|");
    let line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let h = header(short);
    let mut out = format!("## Agenda: {} disputed questions\n\n", rows.len());
    out.push_str(&line(h.clone()));
    out.push_str(&format!("|{}\n", "---|".repeat(h.len())));
    for d in rows {
        out.push_str(&line(cells(q, d)));
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
