//! Turning TOML text into validated questionnaires and assessments, with every problem reported.
//!
//! Parsing is pure: it takes `&str` and returns values and [`Diagnostic`]s. Reading files and
//! resolving which questionnaire an answers file refers to is [`crate::loader`]'s job.

mod answers;
mod fields;
mod questionnaire;
mod resolve;

use std::ops::Range;

use toml::Spanned;
use toml::de::DeTable;

pub use answers::{
    AnswersDraft, AnswersFile, FUTURE_DAYS_ALLOWED, NOT_APPLICABLE, RawAnswer, RawRespondent,
    days_in_the_future, future_date_warning, parse_answers,
};
pub use questionnaire::parse_questionnaire;

/// The keys the loader accepts in each table, which the JSON Schemas are built from.
pub(crate) mod keys {
    pub(crate) use super::answers::{
        ANSWER_KEYS, ASSESSMENT_KEYS, RESPONDENT_KEYS, ROOT_KEYS as ANSWERS_ROOT_KEYS,
    };
    pub(crate) use super::questionnaire::{
        GLOSSARY_KEYS, OPTION_KEYS, PILLAR_KEYS, QUESTION_KEYS, QUESTION_KINDS,
        ROOT_KEYS as QUESTIONNAIRE_ROOT_KEYS, SCORING_KEYS, STAGE_KEYS,
    };
    pub(crate) use super::questionnaire::{MAX_WEIGHT, MIN_WEIGHT};
}
pub use resolve::{into_assessment, resolve_answers};

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::model::Questionnaire;

/// A parse result: the value when there were no errors, and every diagnostic found.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    /// The value, present only when no diagnostic is an error.
    pub value: Option<T>,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Parsed<T> {
    fn finish(value: Option<T>, mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
        let value = if diagnostics.iter().any(Diagnostic::is_error) {
            None
        } else {
            value
        };
        Parsed { value, diagnostics }
    }
}

/// A file of either kind, parsed once; an answers file borrows from the text (`'a`).
#[derive(Debug, Clone)]
pub enum Document<'a> {
    /// A questionnaire.
    Questionnaire(Parsed<Questionnaire>),
    /// An answers file (not yet checked against its questionnaire), read as far as possible.
    Answers(AnswersDraft<'a>),
}

/// Parses a file of either kind, telling them apart by their top-level keys: a questionnaire has
/// `stages` or `pillars`; an answers file has `questionnaire`, `assessment` or `answers`.
pub fn parse_document(text: &str) -> Result<Document<'_>, Vec<Diagnostic>> {
    parse_document_with(text, true)
}

/// [`parse_document`], keeping the evidence and notes of answers only when `keep_evidence` is true
/// (a batch that prints scores alone skips copying them).
pub fn parse_document_with(
    text: &str,
    keep_evidence: bool,
) -> Result<Document<'_>, Vec<Diagnostic>> {
    let root = parse_toml(text)?;
    let table = root.get_ref();
    let has = |k: &str| table.contains_key(k);
    if has("stages") || has("pillars") {
        Ok(Document::Questionnaire(
            questionnaire::questionnaire_from_table(table, text),
        ))
    } else if has("questionnaire") || has("answers") || has("assessment") {
        Ok(Document::Answers(answers::draft_from_table(
            table,
            text,
            keep_evidence,
        )))
    } else {
        Err(vec![
            Diagnostic::error(
                0..text.len().min(1),
                "this is neither a questionnaire nor an answers file",
            )
            .with_help(
                "a questionnaire has [[stages]] and [[pillars]] sections; an answers file starts \
                 with questionnaire = \"ID\" and has [assessment] and [answers] sections",
            ),
        ])
    }
}

/// Where the value at `path` (such as `["assessment", "country"]`) is written in a TOML text,
/// to point a message at it; `None` when the text is not TOML or has no such value.
pub fn value_span(text: &str, path: &[&str]) -> Option<Range<usize>> {
    let root = parse_toml(text).ok()?;
    let (last, tables) = path.split_last()?;
    let mut table = root.get_ref();
    for key in tables {
        table = table.get(*key)?.get_ref().as_table()?;
    }
    table.get(*last).map(|v| v.span())
}

/// Parses TOML syntax, turning every syntax error into a diagnostic.
pub(crate) fn parse_toml(text: &str) -> Result<Spanned<DeTable<'_>>, Vec<Diagnostic>> {
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(table);
    }
    let lines = LineIndex::new(text);
    Err(errors
        .iter()
        .map(|e| {
            let span: Range<usize> = e.span().unwrap_or(0..0);
            let line = lines.position(text, span.start).line;
            let (start, end) = (lines.start_of(line), lines.end_of(text, line));
            // The date hint reads only the start of the line, however long the line is.
            let line = head(&text[start..end], 256);
            let help = match line.trim_start().strip_prefix("assessed_on") {
                Some(rest) => date_help(rest.trim_start().trim_start_matches('=')),
                None => syntax_help(e.message()),
            };
            Diagnostic::error(
                span,
                format!("this is not valid TOML: {}", first_line(e.message())),
            )
            .with_help(help)
        })
        .collect())
}

/// At most the first `max` bytes of `s`, cut at a character boundary.
fn head(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s).trim_end_matches('.')
}

/// How to write `assessed_on`, with the user's own date rewritten when it can be read without
/// doubt (`27/11/2026` → `2026-11-27`).
pub(crate) fn date_help(written: &str) -> String {
    let parts: Vec<u32> = written
        .trim()
        .trim_matches('"')
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    let iso = match parts.as_slice() {
        [y, m, d] if *y > 31 => Some((*y, *m, *d)),
        [d, m, y] if *y > 31 && *d > 12 => Some((*y, *m, *d)),
        [m, d, y] if *y > 31 && *d > 12 => Some((*y, *m, *d)),
        _ => None,
    };
    match iso {
        Some((_, m, _)) if !(1..=12).contains(&m) => {
            format!("there is no month {m}: the month is the middle part, from 01 to 12")
        }
        Some((y, m, d)) => match civil_date(y, m, d) {
            Some(date) => {
                format!("write the date as YEAR-MONTH-DAY, without quotes: assessed_on = {date}")
            }
            // A day past the end of its month (2026-02-30): name the month's last day, never
            // the same impossible date again.
            None => match civil_date(y, m, 1).map(|first| first.last_of_month()) {
                Some(last) => format!(
                    "{y:04}-{m:02} has {} days; for its last day write assessed_on = {last}",
                    last.day()
                ),
                None => "write the date as YEAR-MONTH-DAY, without quotes, for example \
                         assessed_on = 2026-11-27"
                    .to_owned(),
            },
        },
        None => "write the date as YEAR-MONTH-DAY, without quotes, for example \
                 assessed_on = 2026-11-27"
            .to_owned(),
    }
}

/// The calendar date, if it exists (not 2026-02-30).
fn civil_date(year: u32, month: u32, day: u32) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// A plain-words hint for the usual TOML mistakes.
fn syntax_help(message: &str) -> String {
    let m = message.to_lowercase();
    if m.contains("duplicate") {
        "each key may appear only once in a table; remove or rename the second one".into()
    } else if m.contains("string") || m.contains("quote") {
        "text values go in double quotes, and every opening quote needs a closing one".into()
    } else {
        "check this line: keys look like name = \"value\", sections like [name] or [[name]], \
         and text goes in double quotes"
            .into()
    }
}

/// Whether `id` has the form of an identifier: lowercase letters, digits and hyphens.
pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Suggested identifier for a mistyped one (lowercased, spaces and underscores as hyphens).
pub(crate) fn suggest_id(id: &str) -> String {
    let s: String = id
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '-'
            }
        })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}
