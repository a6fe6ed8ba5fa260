//! Translations: a translation file checked against the questionnaire it translates (the one
//! beside it, or a built-in one), and a questionnaire in the language a command asks for.
//!
//! A translation sits beside its questionnaire and is named after it: `ncss-maturity.es.toml`
//! translates `ncss-maturity.toml`. The built-in questionnaires' translations are compiled in.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{FileReport, LoadedQuestionnaire, Loader, Resolve, canonical_key, is_toml};
use crate::builtin::{self, Builtin};
use crate::diagnostic::{Arg, Code, Diagnostic, SourceFile, closest};
use crate::i18n::Language;
use crate::model::{Questionnaire, Translation, translate};
use crate::parse::{Parsed, TranslationFile, check_translation, parse_translation};

/// A checked translation with its file and the questionnaire it translates.
#[derive(Debug)]
#[non_exhaustive]
pub struct LoadedTranslation {
    /// The translation file.
    pub source: SourceFile,
    /// The questionnaire it translates.
    pub questionnaire: Arc<LoadedQuestionnaire>,
    /// The translation.
    pub translation: Translation,
    /// Warnings found while checking it (texts left out, another minor version, ...).
    pub warnings: Vec<Diagnostic>,
}

/// Why a questionnaire cannot be given in a language.
#[derive(Debug)]
pub enum TranslationError {
    /// It has no translation into that language.
    NotAvailable {
        /// `id version` of the questionnaire.
        questionnaire: String,
        /// The languages it can be given in.
        available: Vec<Language>,
    },
    /// Its translation file has problems.
    Invalid(Vec<FileReport>),
}

impl Loader {
    /// Checks a translation file read from `path` against its questionnaire: the questionnaire
    /// file beside it (`NAME.toml` for `NAME.LANG.toml`) when that has the id it translates,
    /// else the built-in questionnaire of that id and major version.
    pub(super) fn translation_from(
        &self,
        path: &Path,
        source: SourceFile,
        parsed: Parsed<TranslationFile>,
    ) -> Result<LoadedTranslation, Vec<FileReport>> {
        let report = |source: &SourceFile, diagnostics| FileReport {
            file: source.clone(),
            diagnostics,
        };
        let Some(file) = parsed.value else {
            return Err(vec![report(&source, parsed.diagnostics)]);
        };
        let mut diagnostics = parsed.diagnostics;
        let questionnaire = match self.translated_questionnaire(path, &file) {
            Ok(q) => q,
            Err(Found::Nothing(d)) => {
                diagnostics.push(d);
                return Err(vec![report(&source, diagnostics)]);
            }
            Err(Found::Broken(reports)) => {
                diagnostics.push(
                    Code::TranslationQuestionnaireHasProblems
                        .error(file.translates.span())
                        .with("questionnaire", file.translates.get_ref()),
                );
                let mut all = vec![report(&source, diagnostics)];
                all.extend(reports);
                return Err(all);
            }
        };
        let checked = check_translation(&file, &questionnaire.questionnaire);
        diagnostics.extend(checked.diagnostics);
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
        match checked
            .value
            .filter(|_| !diagnostics.iter().any(Diagnostic::is_error))
        {
            Some(translation) => Ok(LoadedTranslation {
                source,
                questionnaire,
                translation,
                warnings: diagnostics,
            }),
            None => Err(vec![report(&source, diagnostics)]),
        }
    }

    fn translated_questionnaire(
        &self,
        path: &Path,
        file: &TranslationFile,
    ) -> Result<Arc<LoadedQuestionnaire>, Found> {
        let id = file.translates.get_ref();
        let beside = questionnaire_beside(path);
        let mut beside_is = None;
        if let Some(beside) = beside.as_ref().filter(|p| p.is_file()) {
            let key = canonical_key(beside);
            match self.questionnaire_from(key, || self.read(beside)) {
                Ok(q) if &q.questionnaire.id == id => return Ok(q),
                Ok(q) => beside_is = Some(q.questionnaire.id.clone()),
                Err(reports) => return Err(Found::Broken(reports)),
            }
        }
        let version = file.version.get_ref();
        if let Some(b) = builtin::for_answers(id, Some(version)) {
            return match self.resolve(&b.id_version(), Path::new("."), None) {
                Ok(q) => Ok(q),
                Err(Resolve::Invalid(reports)) => Err(Found::Broken(reports)),
                Err(Resolve::NotFound(_)) => {
                    Err(Found::Nothing(not_found(file, beside.as_deref(), None)))
                }
            };
        }
        Err(Found::Nothing(not_found(
            file,
            beside.as_deref(),
            beside_is.as_deref(),
        )))
    }

    /// The languages `q` can be given in: its own first, then its translations (built in, or
    /// files beside its file), in the order they are listed or named.
    pub fn languages(&self, q: &LoadedQuestionnaire) -> Vec<Language> {
        let own = q
            .questionnaire
            .language
            .parse()
            .unwrap_or_else(|_| Language::english());
        let mut all = vec![own];
        if let Some(b) = builtin_of(q) {
            all.extend(b.translations().filter_map(|t| t.language.parse().ok()));
        } else if let Some((dir, name)) = file_parts(q) {
            let mut found: Vec<Language> = std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| {
                    let file = e.file_name().into_string().ok()?;
                    let rest = file.strip_prefix(&format!("{name}."))?;
                    rest.strip_suffix(".toml")?.parse().ok()
                })
                .collect();
            found.sort();
            all.extend(found);
        }
        all.dedup();
        all
    }

    /// `q` with its texts in `language`: as it is when that is its own language, else with the
    /// built-in translation, or the one in `NAME.LANG.toml` beside its file.
    pub fn in_language(
        &self,
        q: &LoadedQuestionnaire,
        language: &Language,
    ) -> Result<Questionnaire, TranslationError> {
        let own: Option<Language> = q.questionnaire.language.parse().ok();
        if own.as_ref().is_some_and(|own| own.serves(language)) {
            return Ok(q.questionnaire.clone());
        }
        let not_available = || TranslationError::NotAvailable {
            questionnaire: format!("{} {}", q.questionnaire.id, q.questionnaire.version),
            available: self.languages(q),
        };
        if let Some(b) = builtin_of(q) {
            let found = b.translations().find(|t| {
                t.language
                    .parse::<Language>()
                    .is_ok_and(|l| l.serves(language))
            });
            let Some(t) = found else {
                return Err(not_available());
            };
            let name = format!("<built-in {}.{}>", b.id_version(), t.language);
            let parsed = parse_translation(t.text);
            let checked = parsed
                .value
                .map(|file| check_translation(&file, &q.questionnaire));
            return match checked.and_then(|c| c.value) {
                Some(translation) => Ok(translate(&q.questionnaire, &translation)),
                None => Err(TranslationError::Invalid(vec![FileReport::single(
                    &name,
                    Code::BuiltinTranslationBroken.error(None),
                )])),
            };
        }
        let Some((dir, name)) = file_parts(q) else {
            return Err(not_available());
        };
        let candidates = [language.tag(), language.primary()];
        let Some(path) = candidates
            .iter()
            .map(|tag| dir.join(format!("{name}.{tag}.toml")))
            .find(|p| p.is_file())
        else {
            return Err(not_available());
        };
        match self.check(&path) {
            Ok(super::Checked::Translation(t)) => {
                if t.questionnaire.questionnaire.id != q.questionnaire.id {
                    return Err(not_available());
                }
                Ok(translate(&q.questionnaire, &t.translation))
            }
            Ok(_) => Err(not_available()),
            Err(reports) => Err(TranslationError::Invalid(reports)),
        }
    }
}

/// What looking for a translation's questionnaire found instead of it.
enum Found {
    /// Nothing fits: the diagnostic says what was looked for.
    Nothing(Diagnostic),
    /// The questionnaire has problems, listed in these reports.
    Broken(Vec<FileReport>),
}

/// `NAME.toml` beside `NAME.LANG.toml` (or beside `NAME.toml`, for a file not named by language).
fn questionnaire_beside(path: &Path) -> Option<PathBuf> {
    let file = path.file_name()?.to_str()?;
    let stem = file
        .strip_suffix(".toml")
        .or_else(|| file.strip_suffix(".TOML"))?;
    let name = match stem.rsplit_once('.') {
        Some((name, lang)) if lang.parse::<Language>().is_ok() => name,
        _ => return None,
    };
    Some(path.with_file_name(format!("{name}.toml")))
}

/// The built-in questionnaire `q` was loaded from, if it is one.
fn builtin_of(q: &LoadedQuestionnaire) -> Option<&'static Builtin> {
    let b = builtin::lookup(&q.questionnaire.id_version()).ok()?;
    (q.source.name == format!("<built-in {}>", b.id_version())).then_some(b)
}

/// The folder and name (without `.toml`) of a questionnaire loaded from a file.
fn file_parts(q: &LoadedQuestionnaire) -> Option<(PathBuf, String)> {
    let path = Path::new(&q.source.name);
    if !is_toml(path) {
        return None;
    }
    let name = path.file_stem()?.to_str()?.to_owned();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Some((dir, name))
}

/// The error when a translation's questionnaire is neither beside it nor built in.
fn not_found(file: &TranslationFile, beside: Option<&Path>, beside_is: Option<&str>) -> Diagnostic {
    let id = file.translates.get_ref();
    let ids: Vec<&str> = builtin::ids().collect();
    let d = Code::TranslationQuestionnaireNotFound
        .error(file.translates.span())
        .with("id", id)
        .with("ids", ids.join(", "));
    match (beside, beside_is) {
        (Some(path), Some(other)) => d
            .with("hint", "beside")
            .with("path", path.display().to_string())
            .with("other", other),
        _ => match closest(id, ids.iter().copied()) {
            Some(best) => d.with("hint", "typo").with("suggestion", best),
            None => d.with("hint", "list"),
        },
    }
}

/// A translation given where an answers file was expected.
pub(crate) fn not_answers_but_translation(t: &LoadedTranslation) -> FileReport {
    let q = &t.questionnaire.questionnaire;
    // How the command line names the questionnaire: a built-in by its id, a file by its path.
    let named = match builtin_of(&t.questionnaire) {
        Some(b) => b.id.to_owned(),
        None => t.questionnaire.source.name.clone(),
    };
    FileReport {
        file: SourceFile::new(t.source.name.clone(), String::new()),
        diagnostics: vec![
            Code::TranslationNotAnswers
                .error(None)
                .with(
                    "language",
                    Arg::Language(t.translation.language.tag().to_owned()),
                )
                .with("id", &q.id)
                .with("version", q.version.to_string())
                .with("named", named)
                .with("lang", t.translation.language.to_string()),
        ],
    }
}
