//! `cyberassess template`: write an answers file to fill in with any text editor.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use cyberassess::builtin;
use cyberassess::i18n::{Language, Locale};
use cyberassess::import::WorkbookWords;
use cyberassess::loader::{LoadedQuestionnaire, Loader, TranslationError};
use cyberassess::schema::answers_schema;
use cyberassess::t;
use cyberassess::template::{locale_of, template_from};

use cyberassess::carry::CarryOver;
use cyberassess::model::{Assessment, AssessmentInfo, Questionnaire};
use cyberassess::render::xlsx::questionnaire_workbook;

use crate::cli::{TemplateArgs, TemplateFormat};
use crate::error::{Status, UsageError};

use super::carry::{load_from, tell};
use super::language;
use super::output::{emit, note, print_report, write_atomic};

/// Runs `template`.
pub(crate) fn run(args: &TemplateArgs) -> anyhow::Result<Status> {
    // Only a file can hold answers: a device or named pipe (`-o /dev/null`) is written into,
    // and a folder gets its own message.
    let locale = language::interface();
    if let Some(path) = &args.output
        && path.is_file()
        && !args.force
    {
        return Err(UsageError::Invalid(t!(
            locale,
            "app-template-exists",
            file = path.display().to_string()
        ))
        .into());
    }
    let Some(loaded) = load_questionnaire(&args.questionnaire)? else {
        return Ok(Status::Problems);
    };
    let format = args.format.unwrap_or(match &args.output {
        Some(path) if has_extension(path, "xlsx") => TemplateFormat::Xlsx,
        _ => TemplateFormat::Toml,
    });
    let lang = language::for_questionnaire(&loaded);
    let Some(questionnaire) = in_language(&loaded, lang.as_ref())? else {
        return Ok(Status::Problems);
    };
    let reference = reference_for(&args.questionnaire, args.output.as_deref());
    let carried = match &args.from {
        Some(from) => match load_from(from, &questionnaire, locale_of(&questionnaire)) {
            Some((_, c)) => Some(c),
            None => return Ok(Status::Problems),
        },
        None => None,
    };
    if format == TemplateFormat::Xlsx {
        let Some(path) = &args.output else {
            return Err(UsageError::Invalid(t!(locale, "app-template-workbook-terminal")).into());
        };
        let q = &questionnaire;
        let prefill = carried.as_ref().map(|c| prefill_from(q, c));
        let words = WorkbookWords::for_language(workbook_language(&loaded, lang).as_ref());
        let bytes = questionnaire_workbook(q, &reference, prefill.as_ref(), &words)?;
        write_atomic(path, &bytes)?;
        if let (Some(from), Some(c)) = (&args.from, &carried) {
            tell(from, c);
        }
        let wrote = t!(
            locale,
            "app-wrote-workbook",
            file = path.display().to_string(),
            count = q.question_count(),
            questionnaire = q.id_version()
        );
        note!("{wrote}");
        return Ok(Status::Success);
    }
    let mut text = template_from(&questionnaire, &reference, carried.as_ref());
    if let Some(schema) = &args.schema_out {
        // The schema file first, so the template never names a schema that was not written.
        let json = super::schema::to_bytes(&answers_schema(&questionnaire))?;
        write_atomic(schema, &json)?;
        let from_template = path_from(args.output.as_deref(), schema);
        text.insert_str(0, &format!("#:schema {from_template}\n"));
        let wrote = t!(
            locale,
            "app-wrote-schema",
            file = schema.display().to_string()
        );
        note!("{wrote}");
    }
    emit(args.output.as_deref(), text.as_bytes())?;
    if let (Some(from), Some(c)) = (&args.from, &carried) {
        tell(from, c);
    }
    // Written into a device or pipe (`-o /dev/null`), there is no file to fill in.
    if let Some(path) = &args.output
        && path.is_file()
    {
        let wrote = t!(
            locale,
            "app-wrote-template",
            file = path.display().to_string(),
            count = questionnaire.question_count(),
            questionnaire = questionnaire.id_version()
        );
        note!("{wrote}");
    }
    Ok(Status::Success)
}

/// The language a workbook records, so that `import` reads it back in the same words: that of
/// its texts, `lang` (or the questionnaire's own), unless they are the questionnaire's own texts
/// with English words, which is what a workbook recording no language means.
fn workbook_language(loaded: &LoadedQuestionnaire, lang: Option<Language>) -> Option<Language> {
    let own = loaded.questionnaire.language.parse::<Language>().ok();
    let texts = lang.or_else(|| own.clone())?;
    let own_texts = own.is_some_and(|own| own.serves(&texts));
    let english = Locale::for_language(&texts).unwrap_or_default() == Locale::En;
    (!(own_texts && english)).then_some(texts)
}

/// Whether `path` ends in `.ext`, in any case.
pub(crate) fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The details and answers carried over from an older file, as the workbook's first values.
fn prefill_from(q: &Questionnaire, c: &CarryOver<'_>) -> Assessment {
    let mut info = AssessmentInfo::default();
    info.country = c.country.clone();
    info.assessors = c.assessors.clone();
    info.marking = c.marking.clone();
    Assessment {
        info,
        targets: Vec::new(),
        overall_target: c.target.unwrap_or(q.default_target),
        answers: c.answers.iter().cloned().collect(),
        ..Assessment::default()
    }
}

/// Loads a questionnaire by built-in id or path. A name that is neither is a usage error; a
/// questionnaire file with problems has them printed, and gives `None`.
pub(crate) fn load_questionnaire(
    reference: &str,
) -> anyhow::Result<Option<Arc<LoadedQuestionnaire>>> {
    match Loader::new().questionnaire(reference) {
        Ok(q) => Ok(Some(q)),
        Err(reports) if builtin::lookup(reference).is_err() && !Path::new(reference).is_file() => {
            let text = reports
                .iter()
                .flat_map(|r| &r.diagnostics)
                .map(|d| d.one_line(crate::app::language::interface()))
                .collect::<Vec<_>>()
                .join("\n");
            Err(UsageError::Invalid(text).into())
        }
        Err(reports) => {
            for report in &reports {
                print_report(report);
            }
            Ok(None)
        }
    }
}

/// `loaded` in the language `--lang` asks for (as it is without one). A language it has no
/// translation into is a usage error naming those it has; a translation file with problems has
/// them printed, and gives `None`.
pub(crate) fn in_language(
    loaded: &LoadedQuestionnaire,
    lang: Option<&Language>,
) -> anyhow::Result<Option<Questionnaire>> {
    let Some(lang) = lang else {
        return Ok(Some(loaded.questionnaire.clone()));
    };
    match Loader::new().in_language(loaded, lang) {
        Ok(q) => Ok(Some(q)),
        Err(TranslationError::NotAvailable {
            questionnaire,
            available,
        }) => {
            let locale = language::interface();
            let names: Vec<String> = available
                .iter()
                .map(|l| format!("{} ({})", l.tag(), language_name(l, locale)))
                .collect();
            Err(UsageError::Invalid(t!(
                locale,
                "app-template-no-translation",
                questionnaire = questionnaire,
                lang = lang.to_string(),
                available = names.join(", ")
            ))
            .into())
        }
        Err(TranslationError::Invalid(reports)) => {
            for report in &reports {
                print_report(report);
            }
            Ok(None)
        }
    }
}

/// A language's name for a reader of `locale`: its English name in English, else its name in
/// itself ("es (Español)"), which every reader of a list of languages recognises.
pub(crate) fn language_name(l: &Language, locale: Locale) -> &str {
    if locale == Locale::En {
        l.english_name()
    } else {
        l.own_name()
    }
}

/// How an answers file at `answers` names the questionnaire given on the command line as
/// `questionnaire`: a built-in by its id alone (the file's `questionnaire_version` picks the
/// version), a file as a path relative to the answers file's folder (which is how answers files
/// are read), with `/` separators.
pub(crate) fn reference_for(questionnaire: &str, answers: Option<&Path>) -> String {
    if !builtin::names_a_file(questionnaire)
        && let Ok(b) = builtin::lookup(questionnaire)
    {
        return b.id.to_owned();
    }
    path_from(answers, Path::new(questionnaire))
}

/// How a file beside the answers file at `answers` (standard output: the current folder) names
/// `target`: relative to the answers file's folder, with `/` separators.
pub(crate) fn path_from(answers: Option<&Path>, target: &Path) -> String {
    let target = absolute(target);
    let base = match answers.and_then(Path::parent) {
        Some(dir) if !dir.as_os_str().is_empty() => absolute(dir),
        _ => absolute(Path::new(".")),
    };
    relative(&target, &base)
        .map(|p| {
            p.iter()
                .map(|c| c.to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_else(|| target.display().to_string())
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    })
}

/// `target` relative to the folder `base` (both absolute), if they share a root.
fn relative(target: &Path, base: &Path) -> Option<PathBuf> {
    let t: Vec<Component<'_>> = target.components().collect();
    let b: Vec<Component<'_>> = base.components().collect();
    if t.first() != b.first() {
        return None;
    }
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c.as_os_str());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let rel = |t: &str, b: &str| {
            relative(Path::new(t), Path::new(b)).map(|p| p.display().to_string())
        };
        assert_eq!(
            rel("/a/q/x.toml", "/a/answers").as_deref(),
            Some("../q/x.toml")
        );
        assert_eq!(rel("/a/x.toml", "/a").as_deref(), Some("x.toml"));
        assert_eq!(
            reference_for("ncss-maturity", Some(Path::new("/tmp/a.toml"))),
            "ncss-maturity"
        );
        assert_eq!(
            reference_for("ncss-maturity@1.0.0", Some(Path::new("/tmp/a.toml"))),
            "ncss-maturity"
        );
    }
}
