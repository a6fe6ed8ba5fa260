//! The schema of the questionnaire format, one description per key the loader accepts.

use serde_json::{Value, json};

use super::{DIALECT, id, object, one_of, text, version};
use crate::model::{Method, Overall};
use crate::parse::keys::{
    GLOSSARY_KEYS, OPTION_KEYS, PILLAR_KEYS, QUESTION_KEYS, QUESTION_KINDS,
    QUESTIONNAIRE_ROOT_KEYS, SCORING_KEYS, STAGE_KEYS,
};

/// The JSON Schema of a questionnaire file.
pub fn questionnaire_schema() -> Value {
    let mut schema = object(
        QUESTIONNAIRE_ROOT_KEYS,
        &[
            "id",
            "version",
            "title",
            "default_target",
            "stages",
            "pillars",
        ],
        root,
    );
    schema["$schema"] = json!(DIALECT);
    schema["title"] = json!("cyberassess questionnaire");
    schema
}

pub(super) fn root(key: &str) -> Option<Value> {
    Some(match key {
        "id" => id(
            "The questionnaire's id, written in answers files: lowercase letters, digits, hyphens",
        ),
        "version" => {
            version("MAJOR.MINOR.PATCH: raise MINOR for new questions, MAJOR for changed meanings")
        }
        "title" => text("The title shown in reports"),
        "summary" => text("What the questionnaire covers"),
        "language" => text("The language of its texts, such as \"en\" (default)"),
        "default_target" => {
            text("The stage id every pillar aims for unless an answers file says otherwise")
        }
        "scoring" => object(SCORING_KEYS, &[], scoring),
        "stages" => json!({
            "type": "array",
            "description": "The maturity stages, lowest first",
            "minItems": 2,
            "items": object(STAGE_KEYS, &["id", "name"], stage),
        }),
        "pillars" => json!({
            "type": "array",
            "description": "The pillars of the strategy, each with its questions",
            "minItems": 1,
            "items": object(PILLAR_KEYS, &["id", "name", "questions"], pillar),
        }),
        "glossary" => json!({
            "type": "array",
            "description": "Terms a reader may not know, each used in some question",
            "items": object(GLOSSARY_KEYS, &["term", "definition"], glossary),
        }),
        _ => return None,
    })
}

pub(super) fn scoring(key: &str) -> Option<Value> {
    let names = |all: &[&'static str], doc: fn(&str) -> &'static str| -> Vec<(String, String)> {
        all.iter()
            .map(|n| ((*n).to_owned(), doc(n).to_owned()))
            .collect()
    };
    Some(match key {
        "method" => one_of(
            "How a pillar's stage is worked out",
            &names(&Method::ALL.map(Method::as_str), |n| match n {
                "gated" => {
                    "A stage counts only when all its requirements, and those below, are met"
                }
                _ => "The weighted mean of the chosen stages",
            }),
        ),
        "overall" => one_of(
            "How the overall stage is worked out from the pillars",
            &names(&Overall::ALL.map(Overall::as_str), |n| match n {
                "minimum" => "The weakest pillar",
                _ => "The weighted mean of the pillars",
            }),
        ),
        _ => return None,
    })
}

pub(super) fn stage(key: &str) -> Option<Value> {
    Some(match key {
        "id" => id("The stage's id, written in answers and options"),
        "name" => text("The stage's name, shown in reports"),
        "summary" => text("What this stage means across the questionnaire"),
        _ => return None,
    })
}

pub(super) fn pillar(key: &str) -> Option<Value> {
    Some(match key {
        "id" => id("The pillar's id, written in [targets]"),
        "name" => text("The pillar's name, shown in reports"),
        "weight" => weight("The pillar's weight in the overall result (default 1)"),
        "summary" => text("What the pillar covers"),
        "questions" => json!({
            "type": "array",
            "description": "The pillar's questions",
            "minItems": 1,
            "items": object(QUESTION_KEYS, &["id", "prompt"], question),
        }),
        _ => return None,
    })
}

pub(super) fn question(key: &str) -> Option<Value> {
    Some(match key {
        "id" => id("The question's id, unique in the questionnaire, written in [answers]"),
        "kind" => one_of(
            "\"choice\" (the default) or \"indicator\" (yes / partly / no, gated questionnaires)",
            &QUESTION_KINDS
                .iter()
                .map(|k| {
                    let doc = if *k == "indicator" {
                        "Answered yes, partly or no; a requirement of one stage"
                    } else {
                        "Pick the option that describes the country best"
                    };
                    ((*k).to_owned(), doc.to_owned())
                })
                .collect::<Vec<_>>(),
        ),
        "prompt" => text("The question as asked"),
        "help" => text("Guidance for the people answering"),
        "evidence" => text("What evidence to cite"),
        "weight" => weight("The question's weight in its pillar (default 1)"),
        "options" => json!({
            "type": "array",
            "description": "For a choice question: one option per stage, in stage order",
            "items": object(OPTION_KEYS, &["stage", "text"], option),
        }),
        "stage" => text("For an indicator: the stage id it is a requirement of"),
        "next_step" => text("For an indicator: what to do when it is not met"),
        "replaces" => text(
            "The id of the question of the previous major version whose answer keeps its meaning \
             here (carried over by template --from)",
        ),
        _ => return None,
    })
}

pub(super) fn option(key: &str) -> Option<Value> {
    Some(match key {
        "stage" => text("The stage id this option describes"),
        "text" => text("What this stage looks like for this question"),
        "next_step" => text(
            "How to move up to the question's next option (optional only on its highest option)",
        ),
        "evidence" => text("What evidence shows this stage rather than the one below"),
        _ => return None,
    })
}

pub(super) fn glossary(key: &str) -> Option<Value> {
    Some(match key {
        "term" => text("The term, as it is written in the questions"),
        "definition" => text("What it means, in plain words"),
        _ => return None,
    })
}

fn weight(description: &str) -> Value {
    json!({
        "type": "number",
        "description": description,
        "minimum": crate::parse::keys::MIN_WEIGHT,
        "maximum": crate::parse::keys::MAX_WEIGHT,
    })
}
