//! JSON Schemas of the two file formats, for editors: the TOML language server (Taplo) reads a
//! schema named on a file's first line (`#:schema PATH`), then flags unknown keys and wrong
//! values as they are typed and completes ids and answers.
//!
//! The schemas are built from the lists of keys the loader accepts ([`crate::parse`]) and from
//! the questionnaire itself, never from a second copy kept by hand; a test fails when a key the
//! loader accepts has no description here. Building a schema does no IO.

use serde_json::{Map, Value, json};

mod answers;
mod questionnaire;

pub use answers::answers_schema;
pub use questionnaire::questionnaire_schema;

/// The JSON Schema dialect written: draft 7, which Taplo and most editors understand.
const DIALECT: &str = "http://json-schema.org/draft-07/schema#";

/// An object with exactly the keys `keys` (others are refused, as the loader refuses them),
/// `required` among them, each described by `describe`. A key without a description is
/// accepted with any value, so a schema never refuses what the loader reads.
fn object(keys: &[&str], required: &[&str], describe: impl Fn(&str) -> Option<Value>) -> Value {
    let properties: Map<String, Value> = keys
        .iter()
        .map(|&key| (key.to_owned(), describe(key).unwrap_or_else(|| json!({}))))
        .collect();
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

/// Text in quotes, with what it is for.
fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

/// One of `values`, each with its own description (shown by editors as it is completed).
fn one_of(description: &str, values: &[(String, String)]) -> Value {
    let names: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
    let docs: Vec<&str> = values.iter().map(|(_, d)| d.as_str()).collect();
    json!({
        "type": "string",
        "description": description,
        "enum": names,
        "x-taplo": { "docs": { "enumValues": docs } },
    })
}

/// One text or a list of texts, as `opt_str_list` reads them.
fn text_or_list(description: &str) -> Value {
    json!({
        "description": description,
        "anyOf": [
            { "type": "string" },
            { "type": "array", "items": { "type": "string" } },
        ],
    })
}

/// A version written MAJOR.MINOR.PATCH.
fn version(description: &str) -> Value {
    json!({
        "type": "string",
        "description": description,
        "pattern": r"^\d+\.\d+\.\d+",
    })
}

/// An identifier: lowercase letters, digits and hyphens.
fn id(description: &str) -> Value {
    json!({ "type": "string", "description": description, "pattern": "^[a-z0-9-]+$" })
}

#[cfg(test)]
mod tests;
