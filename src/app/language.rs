//! The language chosen for this run: `--lang`, else the environment, else English. Set once,
//! before the command runs; read by every command that shows words. A report's language is
//! chosen from its files instead ([`for_report`]).

use std::sync::OnceLock;

use cyberassess::i18n::{Language, Locale};
use cyberassess::loader::{LoadedAssessment, LoadedQuestionnaire, Loader};

struct Chosen {
    /// What `--lang` said, if anything: any language a questionnaire translation may give.
    asked: Option<Language>,
    /// The language of the interface: `--lang` when the interface speaks it, else the
    /// environment's, else English.
    interface: Locale,
}

static CHOSEN: OnceLock<Chosen> = OnceLock::new();

/// Chooses the language for this run from `--lang` and the environment.
pub(crate) fn configure(asked: Option<Language>) {
    let from_environment = || Locale::from_environment(|name| std::env::var(name).ok());
    let interface = asked
        .as_ref()
        .and_then(Locale::for_language)
        .or_else(from_environment)
        .unwrap_or_default();
    // Set once per process; a second call (never made) would keep the first choice.
    let _ = CHOSEN.set(Chosen { asked, interface });
}

/// The language of the interface's words.
pub(crate) fn interface() -> Locale {
    CHOSEN.get().map_or_else(Locale::default, |c| c.interface)
}

/// What `--lang` said, if it was given.
pub(crate) fn asked() -> Option<&'static Language> {
    CHOSEN.get().and_then(|c| c.asked.as_ref())
}

/// The language to give questionnaire `q`'s texts in: `--lang` when given (the caller reports
/// it when `q` has no such translation); else the interface's language when `q` is available
/// in it; else `None`, its own language.
pub(crate) fn for_questionnaire(q: &LoadedQuestionnaire) -> Option<Language> {
    if let Some(asked) = asked() {
        return Some(asked.clone());
    }
    let wanted = interface().language();
    Loader::new()
        .languages(q)
        .into_iter()
        .skip(1)
        .find(|l| l.serves(&wanted))
}

/// The language of `a`'s report: `--lang`, else the answers file's `[assessment] language`,
/// else the questionnaire's own language; the first of them a report can be written in, else
/// English. Never the environment's: a report is a document to share, so its language comes
/// from its inputs, and the same files give the same report on every computer.
pub(crate) fn for_report(a: &LoadedAssessment) -> Locale {
    let own = a
        .questionnaire
        .questionnaire
        .language
        .parse::<Language>()
        .ok();
    asked()
        .into_iter()
        .chain(a.assessment.info.language.as_ref())
        .chain(own.as_ref())
        .find_map(Locale::for_language)
        .unwrap_or_default()
}
