//! An answers file to fill in with any text editor: every question as a block of comments
//! (pillar, question, help, evidence to cite, every valid answer with what it means) above an
//! empty answer line.
//!
//! The text is built from a [`Questionnaire`] and returned; writing it is the caller's job. A
//! fresh template passes `check` with only the "unanswered" warning, and once the answer lines
//! are filled in it scores without any other edit. The questionnaire's glossary closes the file,
//! as comments. A template started from an older answers file ([`CarryOver`]) has its details
//! and carried-over answers already written.
//!
//! The comments are in the language of the questionnaire's texts (a translated questionnaire
//! gives a template in that language throughout); the keys and answer values are the same in
//! every language.

use std::fmt::Write;

use toml_edit::Value;

use crate::carry::CarryOver;
use crate::fill::wrap;
use crate::i18n::{Language, Locale};
use crate::model::{Answer, Pillar, Question, QuestionKind, Questionnaire};
use crate::parse::NOT_APPLICABLE;
use crate::t;

/// Width of the comment blocks, `# ` included.
const WIDTH: usize = 98;

/// The template for `q`; `reference` is how the file names its questionnaire (a built-in id, or
/// a path relative to where the template is written).
pub fn template(q: &Questionnaire, reference: &str) -> String {
    template_from(q, reference, None)
}

/// [`template`], started from an older answers file when `from` is given: its country,
/// assessors, target and marking, and its carried-over answers, each with a first notes line
/// asking for review.
pub fn template_from(q: &Questionnaire, reference: &str, from: Option<&CarryOver<'_>>) -> String {
    let locale = locale_of(q);
    let mut out = String::new();
    instructions(&mut out, q, from, locale);
    details(&mut out, q, reference, from, locale);
    let mut number = 0;
    for (p, pillar) in q.pillars.iter().enumerate() {
        pillar_heading(&mut out, q, p, pillar, locale);
        for (i, question) in pillar.questions.iter().enumerate() {
            number += 1;
            question_heading(&mut out, q, pillar, (number, i), question, locale);
            answers_listed(&mut out, q, question, locale);
            answer_line(&mut out, q, question, from);
        }
    }
    glossary(&mut out, q, locale);
    out
}

/// The language of a template's comments (and of the review notes of answers carried over into
/// it): that of the questionnaire's texts, when the interface speaks it, else English.
pub fn locale_of(q: &Questionnaire) -> Locale {
    q.language
        .parse::<Language>()
        .ok()
        .as_ref()
        .and_then(Locale::for_language)
        .unwrap_or_default()
}

/// The opening comments: what the file is and how to fill it in (and review what was carried
/// over).
fn instructions(out: &mut String, q: &Questionnaire, from: Option<&CarryOver<'_>>, locale: Locale) {
    // The example answer in the instructions is one the first question accepts.
    let (first, example) = match q.questions().next() {
        Some((_, question)) if question.is_indicator() => (question.id.as_str(), "yes"),
        Some((_, question)) => (
            question.id.as_str(),
            q.stages.get(1).map_or("stage", |s| s.id.as_str()),
        ),
        None => ("question-id", "stage"),
    };
    let title = t!(
        locale,
        "template-title",
        title = clean(&q.title),
        questionnaire = q.id_version()
    );
    comment(out, "", &title);
    out.push_str("#\n");
    for line in [
        t!(locale, "template-how"),
        t!(locale, "template-how-assessment"),
        t!(
            locale,
            "template-how-answer",
            first = first,
            example = example
        ),
        t!(
            locale,
            "template-how-not-applicable",
            first = first,
            na = NOT_APPLICABLE
        ),
        t!(locale, "template-how-check"),
        t!(locale, "template-how-fill"),
    ] {
        hanging(out, "", &line, "  ");
    }
    if let Some(from) = from {
        let line = t!(
            locale,
            "template-carried",
            count = from.carried.len(),
            from = from.from.as_str()
        );
        hanging(out, "", &line, "  ");
    }
}

/// The questionnaire it answers and the `[assessment]` table, each key with its comment.
fn details(
    out: &mut String,
    q: &Questionnaire,
    reference: &str,
    from: Option<&CarryOver<'_>>,
    locale: Locale,
) {
    let stage_ids: Vec<&str> = q.stages.iter().map(|s| s.id.as_str()).collect();
    let _ = writeln!(out, "questionnaire = {}", Value::from(reference));
    let _ = writeln!(
        out,
        "questionnaire_version = {}",
        Value::from(q.version.to_string())
    );
    out.push_str("\n[assessment]\n");
    comment(out, "", &t!(locale, "template-country"));
    let _ = writeln!(
        out,
        "country = {}",
        Value::from(from.map_or("", |f| f.country.as_str()))
    );
    comment(out, "", &t!(locale, "template-date"));
    out.push_str("# assessed_on = YYYY-MM-DD\n");
    comment(out, "", &t!(locale, "template-assessors"));
    let assessors: toml_edit::Array = from
        .map(|f| f.assessors.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let _ = writeln!(out, "assessors = {}", Value::Array(assessors));
    let stages = quoted_list(&stage_ids);
    comment(out, "", &t!(locale, "template-target", stages = stages));
    let target = from.and_then(|f| f.target).unwrap_or(q.default_target);
    let _ = writeln!(out, "target = {}", Value::from(stage_ids[target.get()]));
    if let Some(marking) = from.and_then(|f| f.marking.as_deref()) {
        comment(out, "", &t!(locale, "template-marking"));
        let _ = writeln!(out, "marking = {}", Value::from(marking));
    }
    out.push_str("\n[answers]\n");
}

/// The banner that opens pillar `p`.
fn pillar_heading(out: &mut String, q: &Questionnaire, p: usize, pillar: &Pillar, locale: Locale) {
    out.push('\n');
    let _ = writeln!(out, "# {}", "=".repeat(WIDTH - 2));
    let heading = t!(
        locale,
        "template-pillar",
        number = p + 1,
        total = q.pillars.len(),
        name = clean(&pillar.name)
    );
    comment(out, "", &heading);
    if !pillar.summary.trim().is_empty() {
        comment(out, "", &clean(&pillar.summary));
    }
    let _ = writeln!(out, "# {}", "=".repeat(WIDTH - 2));
}

/// The banner and text of one question: `number` counts through the questionnaire, `i` within
/// its pillar.
fn question_heading(
    out: &mut String,
    q: &Questionnaire,
    pillar: &Pillar,
    (number, i): (usize, usize),
    question: &Question,
    locale: Locale,
) {
    let total = q.question_count();
    out.push('\n');
    let _ = writeln!(out, "# {}", "-".repeat(WIDTH - 2));
    let heading = t!(
        locale,
        "template-question",
        number = number,
        total = total,
        pillar = clean(&pillar.name),
        index = i + 1,
        count = pillar.questions.len()
    );
    comment(out, "", &heading);
    comment(out, "", &clean(&question.prompt));
    if let Some(help) = &question.help {
        out.push_str("#\n");
        hanging(
            out,
            "",
            &t!(locale, "template-help", text = clean(help)),
            "  ",
        );
    }
    if let Some(evidence) = &question.evidence {
        out.push_str("#\n");
        let text = t!(locale, "template-evidence", text = clean(evidence));
        hanging(out, "", &text, "  ");
    }
    out.push_str("#\n");
}

/// The answers a question accepts, as comments above its answer line.
fn answers_listed(out: &mut String, q: &Questionnaire, question: &Question, locale: Locale) {
    match &question.kind {
        QuestionKind::Choice { options } => {
            comment(out, "", &t!(locale, "template-choice-answers"));
            let ids: Vec<&str> = options
                .iter()
                .map(|o| q.stages[o.stage].id.as_str())
                .collect();
            let pad = ids
                .iter()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
                .max(3)
                + 2;
            for (o, id) in options.iter().zip(&ids) {
                let head = format!("  {:<pad$} ", format!("\"{id}\""));
                let text = format!("{}: {}", clean(&q.stages[o.stage].name), clean(&o.text));
                let indent = " ".repeat(head.chars().count());
                hanging(out, &head, &text, &indent);
                if let Some(evidence) = &o.evidence {
                    let text = t!(locale, "template-option-evidence", text = clean(evidence));
                    hanging(out, &indent, &text, &indent);
                }
            }
            let head = format!("  {:<pad$} ", format!("\"{NOT_APPLICABLE}\""));
            hanging(out, &head, &t!(locale, "template-not-applicable"), "");
        }
        QuestionKind::Indicator { stage, .. } => {
            let text = t!(
                locale,
                "template-indicator",
                stage = clean(&q.stages[*stage].name),
                na = NOT_APPLICABLE
            );
            comment(out, "", &text);
        }
    }
}

/// The answer line: empty quotes, or the answer carried over from the older file.
fn answer_line(
    out: &mut String,
    q: &Questionnaire,
    question: &Question,
    from: Option<&CarryOver<'_>>,
) {
    let carried = from.and_then(|f| {
        let r = q.find_question(&question.id)?;
        f.answers.iter().find(|(a, _)| *a == r).map(|(_, a)| a)
    });
    match carried {
        Some(answer) => {
            let _ = writeln!(out, "{} = {}", key(&question.id), inline(q, answer));
        }
        None => {
            let _ = writeln!(out, "{} = \"\"", key(&question.id));
        }
    }
}

/// The glossary as comments at the end of the file.
fn glossary(out: &mut String, q: &Questionnaire, locale: Locale) {
    if q.glossary.is_empty() {
        return;
    }
    out.push('\n');
    let _ = writeln!(out, "# {}", "=".repeat(WIDTH - 2));
    comment(out, "", &t!(locale, "template-glossary"));
    let _ = writeln!(out, "# {}", "=".repeat(WIDTH - 2));
    for entry in &q.glossary {
        out.push_str("#\n");
        hanging(
            out,
            "",
            &format!("{}: {}", clean(&entry.term), clean(&entry.definition)),
            "  ",
        );
    }
}

/// A carried-over answer as an inline table: `{ answer = "...", evidence = [...], notes = "..." }`.
fn inline(q: &Questionnaire, answer: &Answer) -> String {
    let mut t = toml_edit::InlineTable::new();
    t.insert(
        "answer",
        Value::from(crate::fill::response_text(q, answer.response)),
    );
    if !answer.evidence.is_empty() {
        let evidence: toml_edit::Array = answer.evidence.iter().map(String::as_str).collect();
        t.insert("evidence", Value::Array(evidence));
    }
    t.fmt();
    let text = t.to_string();
    // Notes on one line, with `\n` for line breaks, so the answer stays one line under its
    // comment block (toml_edit would write a multi-line string).
    match &answer.notes {
        Some(notes) => {
            let open = text.trim_end().trim_end_matches('}').trim_end();
            format!("{open}, notes = {} }}", one_line_string(notes))
        }
        None => text,
    }
}

/// `s` as a TOML basic string on one line: quotes, backslashes and control characters escaped.
fn one_line_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `text` as comment lines, wrapped, each line starting with `# ` and `lead`.
fn comment(out: &mut String, lead: &str, text: &str) {
    hanging(out, lead, text, lead);
}

/// Like [`comment`], with `first` before the first line and `rest` before the others.
fn hanging(out: &mut String, first: &str, text: &str, rest: &str) {
    let indent = first.chars().count().max(rest.chars().count());
    for (i, line) in wrap(text, WIDTH - 2 - indent).iter().enumerate() {
        let lead = if i == 0 { first } else { rest };
        let line = format!("# {lead}{line}");
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// Text safe inside a comment: TOML comments may not hold control characters.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn quoted_list(ids: &[&str]) -> String {
    ids.iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The question id as a TOML key (ids are `[a-z0-9-]+`, so bare keys; quoted otherwise).
fn key(id: &str) -> String {
    if !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        id.to_owned()
    } else {
        Value::from(id).to_string()
    }
}

#[cfg(test)]
mod tests;
