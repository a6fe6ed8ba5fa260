//! Turning TOML text into validated questionnaires and assessments, with every problem reported.
//!
//! Parsing is pure: it takes `&str` and returns values and [`Diagnostic`]s. Reading files and
//! resolving which questionnaire an answers file refers to is [`crate::loader`]'s job.

mod answers;
mod fields;
mod questionnaire;
mod resolve;
mod translation;

use std::ops::Range;

use toml::Spanned;
use toml::de::DeTable;

pub use answers::{
    AnswersDraft, AnswersFile, FUTURE_DAYS_ALLOWED, NOT_APPLICABLE, RawAnswer, RawRespondent,
    days_in_the_future, future_date_warning, parse_answers,
};
pub use questionnaire::parse_questionnaire;
pub use translation::{
    GlossaryMiss, Place, TranslationFile, check_translation, glossary_misses, parse_translation,
};

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

use crate::diagnostic::{Code, Diagnostic, LineIndex};
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
    /// A translation of a questionnaire (not yet checked against it).
    Translation(Parsed<TranslationFile>),
}

/// Parses a file of any kind, telling them apart by their top-level keys: a translation has
/// `translates`; a questionnaire has `stages` or `pillars`; an answers file has `questionnaire`,
/// `assessment` or `answers`.
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
    if translation::is_translation(table) {
        Ok(Document::Translation(translation::translation_from_table(
            table, text,
        )))
    } else if has("stages") || has("pillars") {
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
        Err(vec![Code::UnknownDocument.error(0..text.len().min(1))])
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
            let d = Code::NotToml
                .error(span)
                .with("detail", first_line(e.message()));
            match line.trim_start().strip_prefix("assessed_on") {
                Some(rest) => date_hint(d, rest.trim_start().trim_start_matches('=')),
                None => d.with("hint", syntax_hint(e.message())),
            }
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

/// `d` with how to write `assessed_on` as its help, the user's own date rewritten when it can
/// be read without doubt (`27/11/2026` → `2026-11-27`).
pub(crate) fn date_hint(d: Diagnostic, written: &str) -> Diagnostic {
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
        Some((_, m, _)) if !(1..=12).contains(&m) => d.with("hint", "month").with("month", m),
        Some((y, m, day)) => match civil_date(y, m, day) {
            Some(date) => d.with("hint", "rewrite").with("date", date.to_string()),
            // A day past the end of its month (2026-02-30): name the month's last day, never
            // the same impossible date again.
            None => match civil_date(y, m, 1).map(|first| first.last_of_month()) {
                Some(last) => d
                    .with("hint", "last-day")
                    .with("yearmonth", format!("{y:04}-{m:02}"))
                    .with("days", i32::from(last.day()))
                    .with("date", last.to_string()),
                None => d.with("hint", "example"),
            },
        },
        None => d.with("hint", "example"),
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

/// Which plain-words hint fits a TOML mistake (`hint` of [`Code::NotToml`]).
fn syntax_hint(message: &str) -> &'static str {
    let m = message.to_lowercase();
    if m.contains("duplicate") {
        "duplicate"
    } else if m.contains("string") || m.contains("quote") {
        "quotes"
    } else {
        "syntax"
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
