//! Editing an answers file in place: one answer at a time, keeping every comment, blank line and
//! layout choice of a file that was written or edited by hand (a template, for example).
//!
//! Short answers are written as `id = "formative"`. An answer with evidence or notes is written as
//! dotted keys right where the short line was (`id.answer = ...`, `id.evidence = [...]`,
//! `id.notes = ...`): the same table as an `[answers.id]` section, but it stays under the comment
//! block that describes the question, and needs no new section at the end of the file. An answer
//! already written as an `[answers.id]` section or an inline table is updated where it is.
//!
//! This module only edits text; it never reads or writes files.

use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, Value};

use super::details::{Detail, DetailKey};
use crate::i18n::Locale;
use crate::model::{Answer, QuestionRef, Questionnaire, Response};
use crate::parse::NOT_APPLICABLE;
use crate::t;

/// An answers file being edited.
#[derive(Debug, Clone, Default)]
pub struct AnswersDoc {
    doc: DocumentMut,
}

/// Why an answers file could not be edited.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswersDocError {
    /// The text is not TOML.
    #[error("the answers file is not valid TOML: {0}")]
    Syntax(String),
    /// `answers` (or one answer) is written in a way this tool cannot edit safely.
    #[error("{0}")]
    Layout(String),
}

/// The `[assessment]` details of an older answers file, offered when a new one is started
/// from it (`fill --from`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    /// Country or organisation assessed.
    pub country: String,
    /// Who answers.
    pub assessors: Vec<String>,
    /// Date of the assessment, `YYYY-MM-DD`.
    pub assessed_on: String,
    /// Target stage id.
    pub target: String,
    /// Handling label, such as `TLP:AMBER` (written only when there is one).
    pub marking: Option<String>,
}

impl AnswersDoc {
    /// Reads an existing answers file.
    pub fn parse(text: &str) -> Result<Self, AnswersDocError> {
        text.parse::<DocumentMut>()
            .map(|doc| AnswersDoc { doc })
            .map_err(|e| AnswersDocError::Syntax(e.message().to_owned()))
    }

    /// A new answers file for questionnaire `q`, referred to as `reference` (built-in id or path
    /// relative to the answers file), with an empty `[assessment]` for the details to come and
    /// an empty `[answers]`. It can be saved once it has a country. Its opening comment is in
    /// `locale`; the keys and values are the same in every language.
    pub fn new(q: &Questionnaire, reference: &str, locale: Locale) -> Self {
        let header = t!(
            locale,
            "fill-file-header",
            title = one_line(&q.title),
            questionnaire = q.id_version()
        );
        let mut text = String::new();
        for line in header.lines() {
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
        text.push_str(&format!(
            "questionnaire = {reference}\n\
             questionnaire_version = {version}\n\
             \n\
             [assessment]\n\
             \n\
             [answers]\n",
            reference = Value::from(reference),
            version = Value::from(q.version.to_string()),
        ));
        Self::parse(&text).unwrap_or_else(|_| AnswersDoc {
            doc: DocumentMut::new(),
        })
    }

    /// The details the file does not give yet: a missing key, or an empty country.
    pub fn missing_details(&self) -> Vec<DetailKey> {
        let assessment = self.doc.get("assessment").and_then(Item::as_table_like);
        DetailKey::ALL
            .into_iter()
            .filter(|d| match assessment.and_then(|t| t.get(d.key())) {
                None => true,
                Some(item) => {
                    *d == DetailKey::Country && item.as_str().is_none_or(|c| c.trim().is_empty())
                }
            })
            .collect()
    }

    /// Whether `[answers]` holds any answer (an empty one of a template does not count).
    pub fn has_answers(&self) -> bool {
        let answers = self.doc.get("answers").and_then(Item::as_table_like);
        answers.is_some_and(|t| {
            t.iter().any(|(_, item)| match item.as_str() {
                Some(text) => !text.trim().is_empty(),
                None => true,
            })
        })
    }

    /// Writes one `[assessment]` detail, keeping the comments around it (a template's, say).
    pub fn set_detail(&mut self, detail: &Detail) -> Result<(), AnswersDocError> {
        let t = self.assessment()?;
        match detail {
            Detail::Country(country) => {
                set_keeping_decor(t, "country", Value::from(country.as_str()));
            }
            Detail::Assessors(assessors) => {
                let list: Array = assessors.iter().map(String::as_str).collect();
                set_keeping_decor(t, "assessors", Value::Array(list));
            }
            Detail::AssessedOn(date) => {
                let date = date
                    .parse::<toml_edit::Datetime>()
                    .map_err(|e| AnswersDocError::Layout(format!("the date is not valid: {e}")))?;
                if !t.contains_key("assessed_on") {
                    place_date_at_placeholder(t);
                }
                set_keeping_decor(t, "assessed_on", Value::from(date));
            }
            Detail::Target(target) => {
                set_keeping_decor(t, "target", Value::from(target.as_str()));
            }
        }
        Ok(())
    }

    /// Writes the handling label (`marking`) under `[assessment]`.
    pub fn set_marking(&mut self, marking: &str) -> Result<(), AnswersDocError> {
        let t = self.assessment()?;
        set_keeping_decor(t, "marking", Value::from(marking));
        Ok(())
    }

    /// The `[assessment]` section, made when the file has none.
    fn assessment(&mut self) -> Result<&mut Table, AnswersDocError> {
        let root = self.doc.as_table_mut();
        if !root.contains_key("assessment") {
            root.insert("assessment", Item::Table(Table::new()));
        }
        let Some(Item::Table(t)) = root.get_mut("assessment") else {
            return Err(AnswersDocError::Layout(
                "`assessment` is not written as an [assessment] section; change it to one and \
                 try again"
                    .into(),
            ));
        };
        t.set_implicit(false);
        Ok(t)
    }

    /// The file's text.
    pub fn text(&self) -> String {
        self.doc.to_string()
    }

    /// Writes the answer to question `r` of `q`, in short form when it has no evidence and no
    /// notes, else in long form; a question answered for the first time is placed after the
    /// answers to the questions before it.
    pub fn set(
        &mut self,
        q: &Questionnaire,
        r: QuestionRef,
        answer: &Answer,
    ) -> Result<(), AnswersDocError> {
        let id = q.question(r).id.as_str();
        let value = response_text(q, answer.response);
        let mut long = !answer.evidence.is_empty() || answer.notes.is_some();
        let answers = self.answers_table()?;
        match answers.get_key_value_mut(id) {
            Some((mut key, item)) => {
                // A respondents' record or a disputed mark is kept: the answer stays a table.
                long |= has_record(item);
                let was_dotted = matches!(item, Item::Table(t) if t.is_dotted());
                let old_suffix = match item {
                    Item::Value(v) => v.decor().suffix().cloned(),
                    _ => None,
                };
                update(item, id, value, answer, long)?;
                let is_dotted = matches!(item, Item::Table(t) if t.is_dotted());
                // A comment above the question's line belongs to its key; a dotted table prints
                // its children's keys instead, so the comment moves with the first line.
                if is_dotted && !was_dotted {
                    let prefix = key.leaf_decor().prefix().cloned();
                    if let Item::Table(t) = item {
                        if let (Some(mut first), Some(prefix)) = (t.key_mut("answer"), prefix) {
                            first.leaf_decor_mut().set_prefix(prefix);
                        }
                        if let (Some(suffix), Some(Item::Value(v))) =
                            (old_suffix, t.get_mut("answer"))
                        {
                            v.decor_mut().set_suffix(suffix);
                        }
                    }
                } else if was_dotted && !is_dotted {
                    key.leaf_decor_mut().clear();
                }
                Ok(())
            }
            None => {
                answers.insert(id, new_item(value, answer, long));
                order_like(answers, q, id);
                Ok(())
            }
        }
    }

    fn answers_table(&mut self) -> Result<&mut Table, AnswersDocError> {
        let root = self.doc.as_table_mut();
        if !root.contains_key("answers") {
            root.insert("answers", Item::Table(Table::new()));
        }
        match root.get_mut("answers") {
            Some(Item::Table(t)) => {
                t.set_implicit(false);
                Ok(t)
            }
            _ => Err(AnswersDocError::Layout(
                "`answers` is not written as an [answers] section; change it to one \
                 ([answers] on its own line, then one answer per line) and try again"
                    .into(),
            )),
        }
    }
}

/// A template shows the date as a commented-out line (`# assessed_on = YYYY-MM-DD`) in the
/// comments above the next key. Puts an (empty for now) `assessed_on` where that line was, so the
/// date is written in its place instead of at the end of the section.
fn place_date_at_placeholder(t: &mut Table) {
    let keys: Vec<String> = t.iter().map(|(k, _)| k.to_owned()).collect();
    for (i, name) in keys.iter().enumerate() {
        let Some(mut key) = t.key_mut(name) else {
            continue;
        };
        let prefix = key
            .leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_owned();
        let Some(at) = prefix.find("# assessed_on") else {
            continue;
        };
        let end = prefix[at..].find('\n').map_or(prefix.len(), |e| at + e + 1);
        key.leaf_decor_mut().set_prefix(prefix[end..].to_owned());
        let mut date = toml_edit::Key::new("assessed_on");
        date.leaf_decor_mut().set_prefix(prefix[..at].to_owned());
        t.insert_formatted(&date, toml_edit::value(""));
        for later in &keys[i..] {
            if let Some((k, item)) = t.remove_entry(later) {
                t.insert_formatted(&k, item);
            }
        }
        return;
    }
}

/// The text written for a response.
pub fn response_text(q: &Questionnaire, response: Response) -> &str {
    match response {
        Response::Stage(s) => &q.stages[s].id,
        Response::Indicator(a) => a.as_str(),
        Response::NotApplicable => NOT_APPLICABLE,
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn evidence_array(answer: &Answer) -> Array {
    answer.evidence.iter().map(String::as_str).collect()
}

fn new_item(value: &str, answer: &Answer, long: bool) -> Item {
    if !long {
        return toml_edit::value(value);
    }
    let mut t = Table::new();
    t.set_dotted(true);
    fill_table(&mut t, value, answer);
    Item::Table(t)
}

fn fill_table(t: &mut Table, value: &str, answer: &Answer) {
    set_keeping_decor(t, "answer", Value::from(value));
    if answer.evidence.is_empty() {
        t.remove("evidence");
    } else {
        set_keeping_decor(t, "evidence", Value::Array(evidence_array(answer)));
    }
    match &answer.notes {
        Some(notes) => set_keeping_decor(t, "notes", Value::from(notes.as_str())),
        None => {
            t.remove("notes");
        }
    }
}

fn set_keeping_decor(t: &mut Table, key: &str, mut new: Value) {
    match t.get_mut(key) {
        Some(Item::Value(old)) => {
            *new.decor_mut() = old.decor().clone();
            *old = new;
        }
        _ => {
            t.insert(key, Item::Value(new));
        }
    }
}

fn update(
    item: &mut Item,
    id: &str,
    value: &str,
    answer: &Answer,
    long: bool,
) -> Result<(), AnswersDocError> {
    match item {
        Item::Value(Value::InlineTable(inline)) if long => {
            let mut t = Table::new();
            for (k, v) in inline.iter() {
                t.insert(k, Item::Value(v.clone()));
            }
            fill_table(&mut t, value, answer);
            let decor = inline.decor().clone();
            let mut updated: InlineTable = t.into_inline_table();
            *updated.decor_mut() = decor;
            *inline = updated;
        }
        Item::Value(old) => {
            if long {
                *item = new_item(value, answer, true);
            } else {
                let mut new = Value::from(value);
                *new.decor_mut() = old.decor().clone();
                *old = new;
            }
        }
        Item::Table(t) if t.is_dotted() && !long => *item = toml_edit::value(value),
        Item::Table(t) => fill_table(t, value, answer),
        Item::None | Item::ArrayOfTables(_) => {
            return Err(AnswersDocError::Layout(format!(
                "the answer to `{id}` is written as [[answers.{id}]]; write it as \
                 {id} = \"...\" and try again"
            )));
        }
    }
    Ok(())
}

/// Whether an answer holds more than its answer, evidence and notes (the respondents' record of
/// a consensus, its disputed mark), which a short answer line would drop.
fn has_record(item: &Item) -> bool {
    let own = |k: &str| matches!(k, "answer" | "evidence" | "notes");
    match item {
        Item::Table(t) => t.iter().any(|(k, _)| !own(k)),
        Item::Value(Value::InlineTable(t)) => t.iter().any(|(k, _)| !own(k)),
        _ => false,
    }
}

/// Moves the newly inserted `id` before the answers to later questions, so a file filled in any
/// order still reads in questionnaire order. Entries that are not questions keep their place.
fn order_like(answers: &mut Table, q: &Questionnaire, id: &str) {
    let Some(new_at) = q.find_question(id) else {
        return;
    };
    let later: Vec<String> = answers
        .iter()
        .map(|(k, _)| k.to_owned())
        .filter(|k| k != id && q.find_question(k).is_some_and(|r| r > new_at))
        .collect();
    for key in later {
        if let Some((key, item)) = answers.remove_entry(&key) {
            answers.insert_formatted(&key, item);
        }
    }
}

#[cfg(test)]
mod tests;
mod workshop;
