//! An assessment written out as an answers file: what `cyberassess merge` saves. Answers with
//! a respondents' record get an `[answers.ID]` section followed by one
//! `[[answers.ID.respondents]]` section per respondent; questions nobody answered get an empty
//! answer line, ready for `fill`.
//!
//! Returns text; writing it is the caller's job.

use std::fmt::Write;

use toml_edit::{Array, Value};

use crate::fill::response_text;
use crate::i18n::Locale;
use crate::model::{Answer, Assessment, QuestionRef, Questionnaire, Record, StageIndex};
use crate::t;

/// The answers file of `a`, on questionnaire `q` named as `reference` (a built-in id or a path
/// relative to where the file is written), its opening comment in `locale`.
pub fn answers_file(q: &Questionnaire, reference: &str, a: &Assessment, locale: Locale) -> String {
    let mut out = String::new();
    let header = t!(
        locale,
        "template-merged-header",
        title = one_line(&q.title),
        questionnaire = q.id_version(),
        respondents = a.records.respondents().len()
    );
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    let _ = writeln!(out, "questionnaire = {}", Value::from(reference));
    let _ = writeln!(
        out,
        "questionnaire_version = {}",
        Value::from(q.version.to_string())
    );
    out.push_str("\n[assessment]\n");
    let info = &a.info;
    let _ = writeln!(out, "country = {}", Value::from(info.country.as_str()));
    if let Some(date) = info.assessed_on {
        let _ = writeln!(out, "assessed_on = {date}");
    }
    let assessors: Array = info.assessors.iter().map(String::as_str).collect();
    let _ = writeln!(out, "assessors = {}", Value::Array(assessors));
    if let Some(status) = info.status {
        let _ = writeln!(out, "status = {}", Value::from(status.as_str()));
    }
    let stage = |s: StageIndex| Value::from(q.stages[s].id.as_str());
    let _ = writeln!(out, "target = {}", stage(a.overall_target));
    if let Some(marking) = &info.marking {
        let _ = writeln!(out, "marking = {}", Value::from(marking.as_str()));
    }
    let own_targets: Vec<(usize, StageIndex)> = a
        .targets
        .iter()
        .copied()
        .enumerate()
        .filter(|&(p, t)| p < q.pillars.len() && t != a.overall_target)
        .collect();
    if !own_targets.is_empty() {
        out.push_str("\n[targets]\n");
        for (p, t) in own_targets {
            let _ = writeln!(out, "{} = {}", q.pillars[p].id, stage(t));
        }
    }

    out.push_str("\n[answers]\n");
    let mut sections = String::new();
    for (r, question) in q.questions() {
        let answer = a.answers.get(&r);
        match a.records.get(&r) {
            Some(record) => section(&mut sections, q, r, answer, record),
            None => {
                let _ = writeln!(out, "{} = {}", question.id, answer_value(q, answer));
            }
        }
    }
    out.push_str(&sections);
    out
}

fn answer_value(q: &Questionnaire, answer: Option<&Answer>) -> Value {
    match answer {
        None => Value::from(""),
        Some(a) if a.evidence.is_empty() && a.notes.is_none() => {
            Value::from(response_text(q, a.response))
        }
        Some(a) => {
            let mut t = toml_edit::InlineTable::new();
            t.insert("answer", Value::from(response_text(q, a.response)));
            details(&mut t, &a.evidence, a.notes.as_deref());
            Value::InlineTable(t)
        }
    }
}

fn details(t: &mut toml_edit::InlineTable, evidence: &[String], notes: Option<&str>) {
    if !evidence.is_empty() {
        t.insert(
            "evidence",
            Value::Array(evidence.iter().map(String::as_str).collect()),
        );
    }
    if let Some(notes) = notes {
        t.insert("notes", Value::from(notes));
    }
}

fn section(
    out: &mut String,
    q: &Questionnaire,
    r: QuestionRef,
    answer: Option<&Answer>,
    record: &Record,
) {
    let id = &q.question(r).id;
    let _ = writeln!(out, "\n[answers.{id}]");
    let text = answer.map_or("", |a| response_text(q, a.response));
    let _ = writeln!(out, "answer = {}", Value::from(text));
    if record.disputed {
        out.push_str("disputed = true\n");
    }
    if let Some(a) = answer {
        lines(out, &a.evidence, a.notes.as_deref());
    }
    for respondent in &record.respondents {
        let _ = writeln!(out, "\n[[answers.{id}.respondents]]");
        let _ = writeln!(out, "name = {}", Value::from(respondent.name.as_str()));
        let text = respondent.response.map_or("", |r| response_text(q, r));
        let _ = writeln!(out, "answer = {}", Value::from(text));
        lines(out, &respondent.evidence, respondent.notes.as_deref());
    }
}

fn lines(out: &mut String, evidence: &[String], notes: Option<&str>) {
    if !evidence.is_empty() {
        let list: Array = evidence.iter().map(String::as_str).collect();
        let _ = writeln!(out, "evidence = {}", Value::Array(list));
    }
    if let Some(notes) = notes {
        let _ = writeln!(out, "notes = {}", Value::from(notes));
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::{Input, Rule, merge};
    use crate::model::Status;
    use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

    const GATED: &str = include_str!("../../tests/fixtures/gated.toml");
    const MINISTRY: &str = include_str!("../../tests/fixtures/merge/ministry.toml");
    const CERT: &str = include_str!("../../tests/fixtures/merge/cert.toml");

    fn load(text: &str, q: &Questionnaire) -> Assessment {
        let resolved = resolve_answers(&parse_answers(text).value.expect("parses"), q);
        let errors: Vec<_> = resolved
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(errors.is_empty(), "{errors:?}\n{text}");
        resolved.value.expect("resolves")
    }

    #[test]
    fn a_consensus_reads_back_with_every_record() {
        let q = parse_questionnaire(GATED).value.expect("parses");
        let (m, c) = (load(MINISTRY, &q), load(CERT, &q));
        let inputs = [
            Input {
                name: "Ministry of ICT",
                assessment: &m,
            },
            Input {
                name: "National \"CERT\"",
                assessment: &c,
            },
        ];
        let consensus = merge(&q, &inputs, Rule::None).unwrap();
        let mut a = m.clone();
        a.answers = consensus.answers.clone();
        a.records = consensus.records.clone();
        a.info.status = Some(Status::Consensus);
        a.info.assessors = consensus.respondents.clone();
        a.targets[1] = StageIndex::new(3);
        let text = answers_file(&q, "../gated.toml", &a, Locale::En);
        assert!(
            text.contains("[answers.c-choice]\nanswer = \"\"\ndisputed = true\n"),
            "{text}"
        );
        let back = load(&text, &q);
        assert_eq!(back, a, "{text}");
    }
}
