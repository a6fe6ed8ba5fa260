//! `cyberassess schema`: write the JSON Schema of questionnaires, or of answers to one
//! questionnaire, for editors (the schemas themselves come from the pure `schema` module).

use cyberassess::schema::{answers_schema, questionnaire_schema};

use crate::cli::{SchemaArgs, SchemaKind};
use crate::error::Status;

use super::output::emit;
use super::template::load_questionnaire;

/// Runs `schema`.
pub(crate) fn run(args: &SchemaArgs) -> anyhow::Result<Status> {
    let (schema, output) = match &args.kind {
        SchemaKind::Questionnaire { output } => (questionnaire_schema(), output),
        SchemaKind::Answers {
            questionnaire,
            output,
        } => {
            let Some(loaded) = load_questionnaire(questionnaire)? else {
                return Ok(Status::Problems);
            };
            (answers_schema(&loaded.questionnaire), output)
        }
    };
    emit(output.as_deref(), &to_bytes(&schema)?)?;
    Ok(Status::Success)
}

/// A schema as pretty-printed JSON, ending with a line break.
pub(crate) fn to_bytes(schema: &serde_json::Value) -> anyhow::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(schema)?;
    bytes.push(b'\n');
    Ok(bytes)
}
