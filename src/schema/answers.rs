//! The schema of answers files for one questionnaire: its question ids as the keys of
//! `[answers]`, each with the answers the loader accepts for it, and its pillar ids in
//! `[targets]`.

use serde_json::{Map, Value, json};

use super::{DIALECT, object, one_of, text, text_or_list, version};
use crate::model::{IndicatorAnswer, Question, QuestionKind, Questionnaire};
use crate::parse::NOT_APPLICABLE;
use crate::parse::keys::{ANSWER_KEYS, ANSWERS_ROOT_KEYS, ASSESSMENT_KEYS, RESPONDENT_KEYS};

/// The JSON Schema of answers files for `q`.
pub fn answers_schema(q: &Questionnaire) -> Value {
    let mut schema = object(ANSWERS_ROOT_KEYS, &["questionnaire", "assessment"], |k| {
        root(q, k)
    });
    schema["$schema"] = json!(DIALECT);
    schema["title"] = json!(format!("cyberassess answers to {} {}", q.id, q.version));
    schema
}

pub(super) fn root(q: &Questionnaire, key: &str) -> Option<Value> {
    Some(match key {
        "questionnaire" => text(&format!(
            "The questionnaire answered: \"{}\" if built in, or the path of its file, relative to this file",
            q.id
        )),
        "questionnaire_version" => version(&format!(
            "The version of {} the answers were written for ({} today)",
            q.id, q.version
        )),
        "assessment" => object(ASSESSMENT_KEYS, &["country"], |k| assessment(q, k)),
        "targets" => targets(q),
        "answers" => answers(q),
        _ => return None,
    })
}

pub(super) fn assessment(q: &Questionnaire, key: &str) -> Option<Value> {
    Some(match key {
        "country" => text("The country assessed"),
        "assessed_on" => json!({
            "type": "string",
            "format": "date",
            "description": "The date of the assessment, YEAR-MONTH-DAY without quotes",
        }),
        "assessors" => text_or_list("Who made the assessment"),
        "target" => stage_choice(
            q,
            "The stage every pillar aims for (else the questionnaire's default)",
        ),
        "marking" => text("A handling label shown on every page, such as TLP:AMBER"),
        "language" => json!({
            "type": "string",
            "description": "The language of the report, such as \"es\" (else the \
                            questionnaire's language)",
            "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        }),
        "status" => one_of(
            "How far the answers have been agreed",
            &crate::model::Status::ALL
                .iter()
                .map(|s| {
                    let doc = match s.as_str() {
                        "draft" => "Still being written",
                        "self-assessed" => "Answered by the country itself, not yet reviewed",
                        "consensus" => "Agreed by several respondents (written by merge)",
                        _ => "Reviewed and confirmed, for example at a validation workshop",
                    };
                    (s.as_str().to_owned(), doc.to_owned())
                })
                .collect::<Vec<_>>(),
        ),
        _ => return None,
    })
}

/// `[targets]`: a stage per pillar id.
fn targets(q: &Questionnaire) -> Value {
    let properties: Map<String, Value> = q
        .pillars
        .iter()
        .map(|p| {
            let about = format!("The stage {} aims for", p.name);
            (p.id.clone(), stage_choice(q, &about))
        })
        .collect();
    json!({
        "type": "object",
        "description": "Targets for single pillars, by pillar id",
        "properties": properties,
        "additionalProperties": false,
    })
}

/// Any stage of the questionnaire, by id or name (both are read).
fn stage_choice(q: &Questionnaire, description: &str) -> Value {
    let values: Vec<(String, String)> = q
        .stages
        .iter()
        .flat_map(|s| {
            let doc = format!("{}: {}", s.name, s.summary);
            let name = (s.name != s.id).then(|| (s.name.clone(), doc.clone()));
            std::iter::once((s.id.clone(), doc)).chain(name)
        })
        .collect();
    one_of(description, &values)
}

/// `[answers]`: one key per question, in the short form (`id = "formative"`) or the long one
/// (`[answers.id]` with answer, evidence and notes).
fn answers(q: &Questionnaire) -> Value {
    let properties: Map<String, Value> = q
        .questions()
        .map(|(_, question)| {
            let value = answer_values(q, question);
            let long = object(ANSWER_KEYS, &[], |k| long_form(&value, k));
            let schema = json!({
                "description": question.prompt,
                "anyOf": [value, long],
            });
            (question.id.clone(), schema)
        })
        .collect();
    json!({
        "type": "object",
        "description": format!("The answers, by question id ({} questions)", q.question_count()),
        "properties": properties,
        "additionalProperties": false,
    })
}

pub(super) fn long_form(value: &Value, key: &str) -> Option<Value> {
    Some(match key {
        "answer" => value.clone(),
        "evidence" => text_or_list("References to documents, laws, web pages"),
        "notes" => text("Why this answer; expected whenever the answer is n/a"),
        "disputed" => json!({
            "type": "boolean",
            "description": "The respondents differ and the workshop has not agreed an answer yet",
        }),
        "respondents" => json!({
            "type": "array",
            "description": "Each respondent's own answer, evidence and notes (written by merge)",
            "items": object(RESPONDENT_KEYS, &["name"], |k| respondent(value, k)),
        }),
        _ => return None,
    })
}

/// The keys of one respondent's record of a question.
pub(super) fn respondent(value: &Value, key: &str) -> Option<Value> {
    Some(match key {
        "name" => text("Who answered: a person or organisation"),
        "answer" => value.clone(),
        "evidence" => text_or_list("The evidence this respondent cited"),
        "notes" => text("This respondent's notes"),
        _ => return None,
    })
}

/// The answers accepted for `question`, each with what it means: the option's text for a
/// stage, and for an indicator yes / partly / no; then n/a and the empty answer.
fn answer_values(q: &Questionnaire, question: &Question) -> Value {
    let mut values: Vec<(String, String)> = match &question.kind {
        QuestionKind::Choice { options } => options
            .iter()
            .filter_map(|o| q.stage(o.stage).map(|stage| (stage, o)))
            .flat_map(|(stage, o)| {
                let doc = format!("{}: {}", stage.name, o.text);
                let name = (stage.name != stage.id).then(|| (stage.name.clone(), doc.clone()));
                std::iter::once((stage.id.clone(), doc)).chain(name)
            })
            .collect(),
        QuestionKind::Indicator { .. } => IndicatorAnswer::ALL
            .iter()
            .map(|a| {
                let doc = match a {
                    IndicatorAnswer::Yes => "Met",
                    IndicatorAnswer::Partly => {
                        "Partly met: half credit in the score, not met for the stage"
                    }
                    IndicatorAnswer::No => "Not met",
                };
                (a.as_str().to_owned(), doc.to_owned())
            })
            .collect(),
    };
    values.push((
        NOT_APPLICABLE.to_owned(),
        "Not applicable: left out of the score; say why in notes".to_owned(),
    ));
    values.push((
        String::new(),
        "Not answered yet: counts as the lowest stage".to_owned(),
    ));
    one_of(&question.prompt, &values)
}
