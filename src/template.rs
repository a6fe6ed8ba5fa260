//! An answers file to fill in with any text editor: every question as a block of comments
//! (pillar, question, help, evidence to cite, every valid answer with what it means) above an
//! empty answer line.
//!
//! The text is built from a [`Questionnaire`] and returned; writing it is the caller's job. A
//! fresh template passes `check` with only the "unanswered" warning, and once the answer lines
//! are filled in it scores without any other edit. The questionnaire's glossary closes the file,
//! as comments. A template started from an older answers file ([`CarryOver`]) has its details
//! and carried-over answers already written.

use std::fmt::Write;

use toml_edit::Value;

use crate::carry::CarryOver;
use crate::fill::wrap;
use crate::model::{Answer, Pillar, Question, QuestionKind, Questionnaire};
use crate::parse::NOT_APPLICABLE;

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
    let mut out = String::new();
    instructions(&mut out, q, from);
    details(&mut out, q, reference, from);
    let mut number = 0;
    for (p, pillar) in q.pillars.iter().enumerate() {
        pillar_heading(&mut out, q, p, pillar);
        for (i, question) in pillar.questions.iter().enumerate() {
            number += 1;
            question_heading(&mut out, q, pillar, (number, i), question);
            answers_listed(&mut out, q, question);
            answer_line(&mut out, q, question, from);
        }
    }
    glossary(&mut out, q);
    out
}

/// The opening comments: what the file is and how to fill it in (and review what was carried
/// over).
fn instructions(out: &mut String, q: &Questionnaire, from: Option<&CarryOver<'_>>) {
    // The example answer in the instructions is one the first question accepts.
    let (first, example) = match q.questions().next() {
        Some((_, question)) if question.is_indicator() => (question.id.as_str(), "yes"),
        Some((_, question)) => (
            question.id.as_str(),
            q.stages.get(1).map_or("stage", |s| s.id.as_str()),
        ),
        None => ("question-id", "stage"),
    };
    comment(
        out,
        "",
        &format!(
            "Answers to {} ({}), to fill in with any text editor.",
            clean(&q.title),
            q.id_version()
        ),
    );
    out.push_str("#\n");
    for line in [
        "How to fill it in:".to_owned(),
        "- Under [assessment], write the country, the date and who answers.".to_owned(),
        format!(
            "- Each question below is a block of comments (lines starting with #) followed by its \
             answer line, such as {first} = \"\". Write one of the answers listed above it \
             between the quotes, for example {first} = \"{example}\". Leave the quotes empty \
             while you do not know the answer."
        ),
        format!(
            "- Answer \"{NOT_APPLICABLE}\" only when a question does not apply, and say why. To \
             add notes or evidence, replace \"\" with a table, for example: {first} = {{ answer \
             = \"{NOT_APPLICABLE}\", notes = \"Why it does not apply\", evidence = \
             [\"https://...\"] }}"
        ),
        "- Check the file with: cyberassess check FILE. Score it with: cyberassess score FILE."
            .to_owned(),
        "- Or answer the questions one by one in a terminal: cyberassess fill FILE.".to_owned(),
    ] {
        hanging(out, "", &line, "  ");
    }
    if let Some(from) = from {
        hanging(
            out,
            "",
            &format!(
                "- {} answers were carried over from answers to {}. Each has the note                  \"Carried over from ...: review.\" Check each against the answers listed above                  it (the question may be worded differently now), then delete that note line.                  `cyberassess fill FILE` shows them to you one by one.",
                from.carried.len(),
                from.from
            ),
            "  ",
        );
    }
}

/// The questionnaire it answers and the `[assessment]` table, each key with its comment.
fn details(out: &mut String, q: &Questionnaire, reference: &str, from: Option<&CarryOver<'_>>) {
    let stage_ids: Vec<&str> = q.stages.iter().map(|s| s.id.as_str()).collect();
    let _ = writeln!(out, "questionnaire = {}", Value::from(reference));
    let _ = writeln!(
        out,
        "questionnaire_version = {}",
        Value::from(q.version.to_string())
    );
    out.push_str("\n[assessment]\n");
    comment(
        out,
        "",
        "The country (or organisation) assessed, between the quotes.",
    );
    let _ = writeln!(
        out,
        "country = {}",
        Value::from(from.map_or("", |f| f.country.as_str()))
    );
    comment(
        out,
        "",
        "The date of the assessment, year-month-day: write it and remove the # at the start of \
         the next line.",
    );
    out.push_str("# assessed_on = YYYY-MM-DD\n");
    comment(
        out,
        "",
        "Who answers: names or organisations, each in quotes, separated by commas, for example \
         [\"Ministry of ICT\", \"National CERT\"].",
    );
    let assessors: toml_edit::Array = from
        .map(|f| f.assessors.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let _ = writeln!(out, "assessors = {}", Value::Array(assessors));
    comment(
        out,
        "",
        &format!(
            "The stage you aim for, used to show the gap and the next steps: {}.",
            quoted_list(&stage_ids)
        ),
    );
    let target = from.and_then(|f| f.target).unwrap_or(q.default_target);
    let _ = writeln!(out, "target = {}", Value::from(stage_ids[target.get()]));
    if let Some(marking) = from.and_then(|f| f.marking.as_deref()) {
        comment(out, "", "How the file and its reports may be shared.");
        let _ = writeln!(out, "marking = {}", Value::from(marking));
    }
    out.push_str("\n[answers]\n");
}

/// The banner that opens pillar `p`.
fn pillar_heading(out: &mut String, q: &Questionnaire, p: usize, pillar: &Pillar) {
    out.push('\n');
    let _ = writeln!(out, "# {}", "=".repeat(WIDTH - 2));
    comment(
        out,
        "",
        &format!(
            "Pillar {} of {}: {}",
            p + 1,
            q.pillars.len(),
            clean(&pillar.name)
        ),
    );
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
) {
    let total = q.question_count();
    out.push('\n');
    let _ = writeln!(out, "# {}", "-".repeat(WIDTH - 2));
    comment(
        out,
        "",
        &format!(
            "Question {number} of {total} ({}, question {} of {})",
            clean(&pillar.name),
            i + 1,
            pillar.questions.len()
        ),
    );
    comment(out, "", &clean(&question.prompt));
    if let Some(help) = &question.help {
        out.push_str("#\n");
        hanging(out, "", &format!("Help: {}", clean(help)), "  ");
    }
    if let Some(evidence) = &question.evidence {
        out.push_str("#\n");
        hanging(
            out,
            "",
            &format!("Evidence to cite: {}", clean(evidence)),
            "  ",
        );
    }
    out.push_str("#\n");
}

/// The answers a question accepts, as comments above its answer line.
fn answers_listed(out: &mut String, q: &Questionnaire, question: &Question) {
    match &question.kind {
        QuestionKind::Choice { options } => {
            comment(
                out,
                "",
                "Answers (the highest stage whose whole description holds):",
            );
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
                    let text = format!("Evidence for this stage: {}", clean(evidence));
                    hanging(out, &indent, &text, &indent);
                }
            }
            let head = format!("  {:<pad$} ", format!("\"{NOT_APPLICABLE}\""));
            hanging(
                out,
                &head,
                "Not applicable: say why in notes (see the top of the file)",
                "",
            );
        }
        QuestionKind::Indicator { stage, .. } => {
            comment(
                out,
                "",
                &format!(
                    "Needed to reach the {} stage. Answers: \"yes\" (fully in place), \
                     \"partly\" (started, or in place only in part), \"no\" (not in \
                     place), or \"{NOT_APPLICABLE}\" (say why in notes).",
                    clean(&q.stages[*stage].name)
                ),
            );
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
fn glossary(out: &mut String, q: &Questionnaire) {
    if q.glossary.is_empty() {
        return;
    }
    out.push('\n');
    let _ = writeln!(out, "# {}", "=".repeat(WIDTH - 2));
    comment(out, "", "Glossary: the terms used in the questions above.");
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
