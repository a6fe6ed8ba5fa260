//! `cyberassess questionnaires`: list the built-in questionnaires, or print one.

use crate::cli::{QuestionnairesAction, QuestionnairesArgs};
use crate::error::{Status, UsageError};
use cyberassess::builtin::{self, NotBuiltin};
use cyberassess::diagnostic::closest;
use cyberassess::loader::Loader;
use cyberassess::t;

use super::language;
use super::output::print;

/// Runs `questionnaires`.
pub(crate) fn run(args: &QuestionnairesArgs) -> anyhow::Result<Status> {
    match &args.action {
        None | Some(QuestionnairesAction::List) => list(),
        Some(QuestionnairesAction::Show { id }) => show(id),
    }
}

fn list() -> anyhow::Result<Status> {
    let locale = language::interface();
    let loader = Loader::new();
    let mut table = comfy_table::Table::new();
    table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_header([
        t!(locale, "app-questionnaires-id"),
        t!(locale, "app-questionnaires-version"),
        t!(locale, "app-questionnaires-title"),
        t!(locale, "app-questionnaires-pillars"),
        t!(locale, "app-questionnaires-questions"),
        t!(locale, "app-questionnaires-method"),
        t!(locale, "app-questionnaires-languages"),
    ]);
    for b in builtin::all() {
        let reference = b.id_version();
        let loaded = loader.questionnaire(&reference).map_err(|_| {
            anyhow::anyhow!(t!(
                locale,
                "app-questionnaires-broken",
                questionnaire = reference.as_str()
            ))
        })?;
        let languages: Vec<String> = loader
            .languages(&loaded)
            .iter()
            .map(|l| l.tag().to_owned())
            .collect();
        // The title in the interface's language when the questionnaire is translated into it.
        let title = loaded.texts_in(locale).title.clone();
        let q = &loaded.questionnaire;
        let newest = builtin::find(b.id).is_some_and(|n| n.version == b.version);
        let several = builtin::versions(b.id).len() > 1;
        let version = if newest && several {
            t!(
                locale,
                "app-questionnaires-newest",
                version = q.version.to_string()
            )
        } else {
            q.version.to_string()
        };
        table.add_row([
            q.id.clone(),
            version,
            title,
            q.pillars.len().to_string(),
            q.question_count().to_string(),
            q.scoring.method.as_str().to_owned(),
            languages.join(", "),
        ]);
    }
    let text = format!(
        "{table}\n\n{}\n{}\n",
        t!(locale, "app-questionnaires-about"),
        t!(locale, "app-questionnaires-print")
    );
    print(text.as_bytes())?;
    Ok(Status::Success)
}

fn show(reference: &str) -> anyhow::Result<Status> {
    let locale = language::interface();
    match builtin::lookup(reference) {
        Ok(b) => {
            print(b.text.as_bytes())?;
            Ok(Status::Success)
        }
        Err(NotBuiltin::UnknownVersion {
            id,
            wanted,
            versions,
        }) => {
            // "1.0.0 and 2.0.0": each further version joined with the same word.
            let listed = versions
                .iter()
                .map(|v| (*v).to_owned())
                .reduce(|first, second| {
                    t!(locale, "app-summary-and", first = first, second = second)
                });
            Err(UsageError::Invalid(t!(
                locale,
                "app-questionnaires-unknown-version",
                id = id,
                versions = listed.unwrap_or_default(),
                wanted = wanted,
                example = versions.last().copied().unwrap_or("1.0.0")
            ))
            .into())
        }
        Err(NotBuiltin::UnknownId) => {
            let ids: Vec<&str> = builtin::ids().collect();
            let hint = match closest(reference, ids.iter().copied()) {
                Some(best) => t!(locale, "app-questionnaires-did-you-mean", name = best),
                None => String::new(),
            };
            Err(UsageError::Invalid(t!(
                locale,
                "app-questionnaires-unknown",
                name = reference,
                hint = hint,
                ids = ids.join(", ")
            ))
            .into())
        }
    }
}
