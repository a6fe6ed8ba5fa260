//! `cyberassess import`: filled questionnaire workbooks → answers files.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cyberassess::builtin;
use cyberassess::i18n::Language;
use cyberassess::import::{self, ImportProblem, ProblemKind, WorkbookWords};
use cyberassess::loader::{LoadedQuestionnaire, read_workbook};
use cyberassess::t;

use crate::cli::ImportArgs;
use crate::error::Status;

use super::language;
use super::output::{note, say, write_atomic};
use super::template::{in_language, load_questionnaire, reference_for};

/// Runs `import`: each workbook on its own, so one bad workbook does not stop the others.
pub(crate) fn run(args: &ImportArgs) -> anyhow::Result<Status> {
    let expected = match &args.questionnaire {
        Some(reference) => match load_questionnaire(reference)? {
            Some(q) => Some(q),
            None => return Ok(Status::Problems),
        },
        None => None,
    };
    let mut status = Status::Success;
    let error = t!(language::interface(), "diagnostics-level-error");
    for file in &args.files {
        if let Err(problems) = import_one(file, args, expected.as_ref()) {
            let name = file.display();
            for problem in problems {
                say!("{error}: {name}, {problem}");
            }
            status = Status::Problems;
        }
    }
    Ok(status)
}

/// Why one workbook was not imported: the lines to print after its name.
type Failure = Vec<String>;

fn import_one(
    file: &Path,
    args: &ImportArgs,
    expected: Option<&Arc<LoadedQuestionnaire>>,
) -> Result<(), Failure> {
    let locale = language::interface();
    let located = |p: ImportProblem| p.words(locale);
    let book = read_workbook(file).map_err(|e| vec![e.words(locale)])?;
    let identity = import::identify(&book).map_err(|p| vec![located(p)])?;
    let folder = file.parent().unwrap_or(Path::new(""));
    // A built-in is named by its id; a questionnaire file by a path from where the template was
    // written, which is where the workbook is expected to be still.
    let builtin =
        !builtin::names_a_file(&identity.reference) && builtin::lookup(&identity.reference).is_ok();
    let named = if builtin {
        identity.id_version()
    } else {
        folder.join(&identity.reference).display().to_string()
    };
    let loaded = match expected {
        Some(q) => Arc::clone(q),
        None => match load_questionnaire(&named) {
            Ok(Some(q)) => q,
            Ok(None) => {
                return Err(vec![t!(
                    locale,
                    "app-import-questionnaire-problems",
                    questionnaire = named.as_str()
                )]);
            }
            Err(e) => return Err(vec![format!("{e:#}")]),
        },
    };
    let q = &loaded.questionnaire;
    if q.id != identity.id || q.version.to_string() != identity.version {
        let kind = ProblemKind::OtherQuestionnaire {
            workbook: identity.id_version(),
            expected: q.id_version(),
        };
        let kind = match expected {
            Some(_) => kind,
            // The questionnaire file changed since the workbook was made.
            None => ProblemKind::OtherQuestionnaire {
                workbook: identity.id_version(),
                expected: t!(
                    locale,
                    "app-import-questionnaire-now",
                    questionnaire = q.id_version(),
                    file = named.as_str()
                ),
            },
        };
        return Err(vec![kind.words(locale)]);
    }
    // The stage names and words of the language the workbook was written in; the answers file
    // is the same whatever that language.
    let language = match identity.language.as_deref().map(str::parse::<Language>) {
        None => None,
        Some(Ok(language)) => Some(language),
        Some(Err(_)) => {
            return Err(vec![t!(
                locale,
                "app-import-bad-language",
                language = identity.language.as_deref().unwrap_or_default()
            )]);
        }
    };
    let texts = match in_language(&loaded, language.as_ref()) {
        Ok(Some(texts)) => texts,
        Ok(None) => {
            return Err(vec![t!(
                locale,
                "app-import-translation-problems",
                questionnaire = named.as_str()
            )]);
        }
        Err(e) => return Err(vec![format!("{e:#}")]),
    };
    let words = WorkbookWords::for_language(language.as_ref());
    let imported = import::read(&book, &texts, &words)
        .map_err(|problems| problems.into_iter().map(located).collect::<Vec<_>>())?;
    let out = output_path(file, args.output.as_deref());
    if out.exists() && !args.force {
        return Err(vec![t!(
            locale,
            "app-import-exists",
            file = out.display().to_string()
        )]);
    }
    let reference = if builtin {
        identity.reference.clone()
    } else {
        reference_for(&named, Some(&out))
    };
    // The file's opening comment is in the interface's language: whatever the workbook's
    // language, the same run writes the same answers file.
    let text = import::answers_text(loaded.texts_in(locale), &reference, &imported, locale);
    write_atomic(&out, text.as_bytes()).map_err(|e| vec![format!("{e:#}")])?;
    let total = q.question_count();
    let answered = imported.answers.len();
    let wrote = t!(
        locale,
        "app-wrote-import",
        file = out.display().to_string(),
        answered = answered,
        total = total,
        left = total.saturating_sub(answered)
    );
    note!("{wrote}");
    Ok(())
}

/// `jm-2026.xlsx` → `jm-2026.toml`, in `folder` or next to the workbook.
fn output_path(workbook: &Path, folder: Option<&Path>) -> PathBuf {
    // The name with its last extension replaced, whatever dots it holds (`ncss-2.0.xlsx`).
    let mut name = workbook.file_stem().unwrap_or_default().to_os_string();
    name.push(".toml");
    match folder {
        Some(dir) => dir.join(name),
        None => workbook.with_file_name(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answers_file_is_named_after_the_workbook_whatever_dots_it_holds() {
        let out = |w: &str, d: Option<&str>| output_path(Path::new(w), d.map(Path::new));
        assert_eq!(out("a/jm-2026.xlsx", None), Path::new("a/jm-2026.toml"));
        assert_eq!(
            out("a/ncss@2.0.0-1.ods", Some("b")),
            Path::new("b/ncss@2.0.0-1.toml")
        );
    }
}
