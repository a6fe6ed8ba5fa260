//! `cyberassess questionnaires`: list the built-in questionnaires, or print one.

use crate::cli::{QuestionnairesAction, QuestionnairesArgs};
use crate::error::{Status, UsageError};
use cyberassess::builtin::{self, NotBuiltin};
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
    t.set_header([
        "Id",
        "Version",
        "Title",
        "Pillars",
        "Questions",
        "Method",
        "Languages",
    ]);
    for b in builtin::all() {
        let reference = b.id_version();
        let q = loader.questionnaire(&reference).map_err(|_| {
            anyhow::anyhow!("the built-in questionnaire {reference} does not load; this is a bug")
        })?;
        let languages: Vec<String> = loader
            .languages(&q)
            .iter()
            .map(|l| l.tag().to_owned())
            .collect();
        let q = &q.questionnaire;
        let newest = builtin::find(b.id).is_some_and(|n| n.version == b.version);
        let several = builtin::versions(b.id).len() > 1;
        let version = if newest && several {
            format!("{} (newest)", q.version)
        } else {
            q.version.to_string()
        };
        t.add_row([
            q.id.clone(),
            version,
            q.title.clone(),
            q.pillars.len().to_string(),
            q.question_count().to_string(),
            q.scoring.method.as_str().to_owned(),
            languages.join(", "),
        ]);
    }
    let text = format!(
        "{t}\n\nAn answers file is scored against the built-in version with the major version of \
         its questionnaire_version (1.x: 1.0.0), or the newest without one. Name a version with \
         ID@VERSION, for example ncss-maturity@1.0.0. Choose the language of the questions with \
         --lang in `template` and `fill`; answers files are the same in every language.\nPrint one with: cyberassess \
         questionnaires show ID > my-questionnaire.toml\n"
    );
    print(text.as_bytes())?;
    Ok(Status::Success)
}

fn show(reference: &str) -> anyhow::Result<Status> {
    match builtin::lookup(reference) {
        Ok(b) => {
            print(b.text.as_bytes())?;
            Ok(Status::Success)
        }
        Err(NotBuiltin::UnknownVersion {
            id,
            wanted,
            versions,
        }) => Err(UsageError::Invalid(format!(
            "{id} is built in as version {}, not {wanted}; for example: cyberassess \
             questionnaires show {id}@{}",
            versions.join(" and "),
            versions.last().copied().unwrap_or("1.0.0")
        ))
        .into()),
        Err(NotBuiltin::UnknownId) => {
            let ids: Vec<&str> = builtin::ids().collect();
            let hint = match closest(reference, ids.iter().copied()) {
                Some(best) => format!("did you mean \"{best}\"? "),
                None => String::new(),
            };
            Err(UsageError::Invalid(format!(
                "there is no built-in questionnaire \"{reference}\"; {hint}the built-in ones are: {}",
                ids.join(", ")
            ))
            .into())
        }
    }
}
