//! `--from OLD.toml` of `template` and `fill`: loads the older answers file, carries its
//! answers over to the new questionnaire, and says which were carried over and which were left.

use std::path::Path;

use cyberassess::carry::{CarryError, CarryOver, Left, carry_over};
use cyberassess::diagnostic::Code;
use cyberassess::i18n::Locale;
use cyberassess::loader::{FileReport, LoadedAssessment, Loader};
use cyberassess::model::Questionnaire;
use cyberassess::parse::parse_answers;
use cyberassess::t;

use super::language;
use super::output::{note, print_report, say};

/// Loads `path` and carries its answers over to `new_q`, each with a review note in `locale`
/// (the language of the file being started). Problems with the file, or a file for another
/// questionnaire or version, are printed (file, line, column and the fix) and give `None`.
pub(crate) fn load_from<'q>(
    path: &Path,
    new_q: &'q Questionnaire,
    locale: Locale,
) -> Option<(LoadedAssessment, CarryOver<'q>)> {
    let old = match Loader::new().assessment(path) {
        Ok(old) => old,
        Err(reports) => {
            reports.iter().for_each(print_report);
            let file = path.display().to_string();
            say!(
                "{}",
                t!(language::interface(), "app-carry-has-problems", file = file)
            );
            return None;
        }
    };
    match carry_over(
        &old.questionnaire.questionnaire,
        &old.assessment,
        new_q,
        locale,
    ) {
        Ok(c) => Some((old, c)),
        Err(e) => {
            print_report(&refusal(&old, new_q, &e));
            None
        }
    }
}

/// The error for an old file that cannot be carried over, at its `questionnaire` line (or its
/// `questionnaire_version` line, for a version problem).
fn refusal(old: &LoadedAssessment, new_q: &Questionnaire, e: &CarryError) -> FileReport {
    let file = parse_answers(&old.source.text).value;
    let diagnostic = match e {
        CarryError::OtherQuestionnaire { old: id, new } => Code::CarryOtherQuestionnaire
            .error(file.as_ref().map(|f| f.questionnaire.span()))
            .with("old", id)
            .with("new", new),
        CarryError::NotPreviousMajor { old: version, new } => {
            let span = file.as_ref().map(|f| {
                f.questionnaire_version
                    .as_ref()
                    .map_or(f.questionnaire.span(), |v| v.span())
            });
            let code = if old.questionnaire.questionnaire.version.major == new_q.version.major {
                Code::CarrySameVersion
            } else {
                Code::CarryNotPreviousMajor
            };
            code.error(span)
                .with("id", &new_q.id)
                .with("version", version.to_string())
                .with("new", new.to_string())
                .with(
                    "previous",
                    new_q.version.major.saturating_sub(1).to_string(),
                )
        }
    };
    FileReport::new(old.source.clone(), vec![diagnostic])
}

/// Prints which answers of `from` were carried over and which questions are left unanswered.
pub(crate) fn tell(from: &Path, loaded: &CarryOver<'_>) {
    let width = loaded
        .carried
        .iter()
        .map(|(n, _)| n.len())
        .chain(loaded.left.iter().map(|(n, _)| n.len()))
        .max()
        .unwrap_or(0);
    let locale = language::interface();
    let carried = t!(
        locale,
        "app-carried",
        count = loaded.carried.len(),
        file = from.display().to_string(),
        questionnaire = loaded.from.as_str()
    );
    note!("{carried}");
    for (new, old) in &loaded.carried {
        if new == old {
            note!("  {new}");
        } else {
            let was = t!(locale, "app-carried-was", old = *old);
            note!("  {new:<width$}  {was}");
        }
    }
    if loaded.left.is_empty() {
        return;
    }
    note!("{}", t!(locale, "app-left", count = loaded.left.len()));
    for (new, why) in &loaded.left {
        let why = match why {
            Left::NewOrChanged => t!(locale, "app-left-new"),
            Left::OldUnanswered => t!(locale, "app-left-old-unanswered"),
            Left::DoesNotFit => t!(locale, "app-left-does-not-fit"),
        };
        note!("  {new:<width$}  {why}");
    }
}
