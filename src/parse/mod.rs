//! Turning TOML text into validated questionnaires and assessments, with every problem reported.
//!
//! Parsing is pure: it takes `&str` and returns values and [`Diagnostic`]s. Reading files and
//! resolving which questionnaire an answers file refers to is [`crate::loader`]'s job.

mod answers;
mod fields;
mod questionnaire;

use std::ops::Range;

use toml::Spanned;
use toml::de::DeTable;

pub use answers::{
    AnswersFile, NOT_APPLICABLE, RawAnswer, into_assessment, parse_answers, resolve_answers,
};
pub use questionnaire::parse_questionnaire;

use crate::diagnostic::Diagnostic;
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

/// A file of either kind, parsed once.
#[derive(Debug, Clone)]
pub enum Document {
    /// A questionnaire.
    Questionnaire(Parsed<Questionnaire>),
    /// An answers file (not yet checked against its questionnaire).
    Answers(Parsed<AnswersFile>),
}

/// Parses a file of either kind, telling them apart by their top-level keys: a questionnaire has
/// `stages` or `pillars`; an answers file has `questionnaire`, `assessment` or `answers`.
pub fn parse_document(text: &str) -> Result<Document, Vec<Diagnostic>> {
    let root = parse_toml(text)?;
    let table = root.get_ref();
    let has = |k: &str| table.contains_key(k);
    if has("stages") || has("pillars") {
        Ok(Document::Questionnaire(
            questionnaire::questionnaire_from_table(table, text),
        ))
    } else if has("questionnaire") || has("answers") || has("assessment") {
        Ok(Document::Answers(answers::answers_from_table(table, text)))
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

/// Parses TOML syntax, turning every syntax error into a diagnostic.
pub(crate) fn parse_toml(text: &str) -> Result<Spanned<DeTable<'_>>, Vec<Diagnostic>> {
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(table);
    }
    Err(errors
        .iter()
        .map(|e| {
            let span: Range<usize> = e.span().unwrap_or(0..0);
            Diagnostic::error(
                span,
                format!("this is not valid TOML: {}", first_line(e.message())),
            )
            .with_help(syntax_help(e.message()))
        })
        .collect())
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s).trim_end_matches('.')
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
