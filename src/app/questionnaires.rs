//! `cyberassess questionnaires`: list the built-in questionnaires, or print one.

use crate::cli::{QuestionnairesAction, QuestionnairesArgs};
use crate::error::{Status, UsageError};
use cyberassess::builtin;
use cyberassess::diagnostic::closest;
use cyberassess::loader::Loader;

use super::output::print;

/// Runs `questionnaires`.
pub(crate) fn run(args: &QuestionnairesArgs) -> anyhow::Result<Status> {
    match &args.action {
        None | Some(QuestionnairesAction::List) => list(),
        Some(QuestionnairesAction::Show { id }) => show(id),
    }
}

fn list() -> anyhow::Result<Status> {
    let loader = Loader::new();
    let mut t = comfy_table::Table::new();
    t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    t.set_header(["Id", "Version", "Title", "Pillars", "Questions", "Method"]);
    for id in builtin::ids() {
        let q = loader.questionnaire(id).map_err(|_| {
            anyhow::anyhow!("the built-in questionnaire {id} does not load; this is a bug")
        })?;
        let q = &q.questionnaire;
        t.add_row([
            q.id.clone(),
            q.version.to_string(),
            q.title.clone(),
            q.pillars.len().to_string(),
            q.question_count().to_string(),
            q.scoring.method.as_str().to_owned(),
        ]);
    }
    let text = format!(
        "{t}\n\nPrint one with: cyberassess questionnaires show ID > my-questionnaire.toml\n"
    );
    print(text.as_bytes())?;
    Ok(Status::Success)
}

fn show(id: &str) -> anyhow::Result<Status> {
    match builtin::find(id) {
        Some(b) => {
            print(b.text.as_bytes())?;
            Ok(Status::Success)
        }
        None => {
            let ids: Vec<&str> = builtin::ids().collect();
            let hint = match closest(id, ids.iter().copied()) {
                Some(best) => format!("did you mean \"{best}\"? "),
                None => String::new(),
            };
            Err(UsageError::Invalid(format!(
                "there is no built-in questionnaire \"{id}\"; {hint}the built-in ones are: {}",
                ids.join(", ")
            ))
            .into())
        }
    }
}
