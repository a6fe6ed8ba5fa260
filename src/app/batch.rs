//! What `score` and `report` share about a batch: `--latest`, dates in the future, the files an
//! output must not replace, the warnings about results that are not final, and the closing
//! summary line.

use std::path::PathBuf;

use cyberassess::i18n::Locale;
use cyberassess::loader::{
    BatchOptions, Indexed, LoadedAssessment, LoadedBatch, Loader, candidates,
};
use cyberassess::score::Scored;
use cyberassess::select::{self, Tie};
use cyberassess::t;

/// Files whose result warnings are printed one by one; past this, one line counts the rest.
const WARNED_FILES: usize = 10;

use super::language;
use super::output::{quiet, say};
use super::progress;

/// A warning as shown on standard error: "warning: ", the text, then its fix on a line of its
/// own.
fn warning(locale: Locale, text: &str, help: &str) -> String {
    format!(
        "{}: {text}\n  {}: {help}",
        t!(locale, "app-warning"),
        t!(locale, "app-help")
    )
}

/// Every file a batch read: the answers files (also those that failed or were left out) and the
/// questionnaire files. An output must replace none of them.
pub(crate) fn inputs(loader: &Loader, loaded: &LoadedBatch) -> Vec<PathBuf> {
    let mut inputs = loaded.paths.clone();
    inputs.extend(loader.questionnaire_paths());
    inputs
}

/// `--latest`, in two passes: reads every file of `paths` keeping only what the rule needs
/// (see [`Loader::index_batch`]), and chooses each country's most recent assessment. Says which
/// file was kept where several share that date, and counts the others as left out. Returns
/// the batch of the first pass (counts, failures, every path) with the index and the
/// positions chosen in it, for the second pass to load.
pub(crate) fn latest(
    loader: &Loader,
    paths: &[PathBuf],
    options: BatchOptions,
) -> (LoadedBatch, Vec<Indexed>, Vec<usize>) {
    let (mut loaded, index) = progress::index_batch(loader, paths, options);
    let latest = select::latest(&candidates(&index));
    warn_ties_in(&index, &latest.ties);
    loaded.not_latest += index.len() - latest.keep.len();
    (loaded, index, latest.keep)
}

/// Says, for each date shared by several assessments of a country, which file was kept;
/// `name` and `country` tell the file and country at a position.
pub(crate) fn warn_ties<'n>(
    ties: &[Tie],
    name: impl Fn(usize) -> &'n str,
    country: impl Fn(usize) -> &'n str,
) {
    let locale = language::interface();
    for tie in ties {
        let date = tie.assessed_on.map_or_else(
            || t!(locale, "app-tie-undated"),
            |d| t!(locale, "app-tie-dated", date = d.to_string()),
        );
        let left_out: Vec<&str> = tie.left_out.iter().map(|&i| name(i)).collect();
        let text = t!(
            locale,
            "app-tie",
            count = tie.left_out.len() + 1,
            country = country(tie.kept).trim(),
            date = date,
            kept = name(tie.kept),
            left = left_out.join(", ")
        );
        say!("{}", warning(locale, &text, &t!(locale, "app-tie.help")));
    }
}

/// [`warn_ties`] for positions in an index.
pub(crate) fn warn_ties_in(index: &[Indexed], ties: &[Tie]) {
    warn_ties(ties, |i| &index[i].name, |i| &index[i].country);
}

/// Something not final about one result: an assessment with unanswered questions (a draft:
/// unanswered questions count as the lowest stage), or a pillar whose questions are all `n/a`
/// (scored at the lowest stage). Found for every file, on
/// any core; put into words only for the files that [`ResultWarnings`] shows, so a batch of
/// thousands of drafts looks up no message for the ones it only counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ResultWarning {
    /// `unanswered` of `total` questions have no answer: the result is a draft.
    Unanswered { unanswered: usize, total: usize },
    /// Every question of the pillar with this id is `n/a`.
    PillarAllNotApplicable(String),
}

impl ResultWarning {
    /// The warning and its fix, in `locale`, without the file name.
    fn words(&self, locale: Locale) -> String {
        let (text, help) = match self {
            ResultWarning::Unanswered { unanswered, total } => (
                t!(
                    locale,
                    "app-unanswered",
                    unanswered = *unanswered,
                    total = *total
                ),
                t!(locale, "app-unanswered.help"),
            ),
            ResultWarning::PillarAllNotApplicable(pillar) => (
                t!(locale, "app-pillar-all-na", pillar = pillar.as_str()),
                t!(locale, "app-pillar-all-na.help"),
            ),
        };
        format!("{text}\n  {}: {help}", t!(locale, "app-help"))
    }
}

/// What is not final about one result (see [`ResultWarning`]), one warning each.
pub(crate) fn result_warnings(s: &Scored<'_>) -> Vec<ResultWarning> {
    let mut warnings = Vec::new();
    if s.unanswered() > 0 {
        warnings.push(ResultWarning::Unanswered {
            unanswered: s.unanswered(),
            total: s.total(),
        });
    }
    for p in s.all_not_applicable() {
        let pillar = &s.questionnaire.pillars[p.pillar].id;
        warnings.push(ResultWarning::PillarAllNotApplicable(pillar.clone()));
    }
    warnings
}

/// Shows the result warnings of a batch one assessment at a time, as a streamed batch is
/// scored: the first [`WARNED_FILES`] files with warnings are named, the rest counted by
/// [`ResultWarnings::finish`].
#[derive(Default)]
pub(crate) struct ResultWarnings {
    warned: usize,
}

impl ResultWarnings {
    /// Shows the warnings of the assessment read from `source`, or counts them past the first
    /// files.
    pub(crate) fn show(&mut self, source: &str, warnings: Vec<ResultWarning>) {
        if warnings.is_empty() {
            return;
        }
        self.warned += 1;
        if self.warned <= WARNED_FILES {
            let locale = language::interface();
            let word = t!(locale, "app-warning");
            for warning in warnings {
                say!("{word}: {source}: {}", warning.words(locale));
            }
        }
    }

    /// Counts the files whose warnings were not shown.
    pub(crate) fn finish(self) {
        if self.warned > WARNED_FILES {
            let locale = language::interface();
            let text = t!(
                locale,
                "app-more-warned",
                count = self.warned - WARNED_FILES
            );
            say!(
                "{}",
                warning(locale, &text, &t!(locale, "app-more-warned.help"))
            );
        }
    }
}

/// The warning about one assessment dated more than a few days after `today`, if it is.
pub(crate) fn future_date_warning(
    a: &LoadedAssessment,
    today: jiff::civil::Date,
) -> Option<String> {
    future_warning(&a.source.name, a.assessment.info.assessed_on, today)
}

/// Says, for each assessment dated more than a few days after today, that it is.
pub(crate) fn warn_future_dates<'a>(assessments: impl IntoIterator<Item = &'a LoadedAssessment>) {
    let today = super::today();
    for a in assessments {
        if let Some(warning) = future_date_warning(a, today) {
            say!("{warning}");
        }
    }
}

/// The warning about the assessment in file `name` dated `date`, when that is more than a few
/// days after `today`.
pub(crate) fn future_warning(
    name: &str,
    date: Option<toml::value::Date>,
    today: jiff::civil::Date,
) -> Option<String> {
    let date = date?;
    let days = cyberassess::parse::days_in_the_future(date, today)?;
    let locale = language::interface();
    let text = t!(
        locale,
        "app-future-date",
        date = date.to_string(),
        days = days,
        today = today.to_string()
    );
    let text = format!("{name}: {text}");
    Some(warning(locale, &text, &t!(locale, "app-future-date.help")))
}

/// One line on standard error for a batch: how many files were done, skipped and failed.
/// `later_failures` counts files that loaded but failed afterwards (such as a report that could
/// not be written).
pub(crate) fn print_summary(loaded: &LoadedBatch, done: usize, verb: Verb, later_failures: usize) {
    let failed = loaded.failed_files + later_failures;
    let unreadable = loaded.unreadable_places;
    let files = loaded.paths.len();
    let skipped = loaded.skipped_questionnaires + loaded.skipped_translations;
    if files <= 1 && skipped == 0 && failed + unreadable == 0 {
        return;
    }
    // With --quiet the line is only shown when it counts a failure.
    if quiet() && failed + unreadable == 0 {
        return;
    }
    let locale = language::interface();
    let verb = match verb {
        Verb::Scored => "scored",
        Verb::Reported => "reported",
        Verb::Read => "read",
    };
    let mut summary = t!(
        locale,
        "app-summary",
        verb = verb,
        done = done,
        files = files
    );
    let questionnaires = loaded.skipped_questionnaires;
    let translations = loaded.skipped_translations;
    let skipped = match (questionnaires, translations) {
        (0, 0) => None,
        (n, 0) => Some(t!(locale, "app-summary-questionnaires", count = n)),
        (0, n) => Some(t!(locale, "app-summary-translations", count = n)),
        (q, n) => Some(t!(
            locale,
            "app-summary-and",
            first = t!(locale, "app-summary-questionnaires", count = q),
            second = t!(locale, "app-summary-translations", count = n)
        )),
    };
    if let Some(skipped) = skipped {
        summary.push_str(&t!(locale, "app-summary-skipped", what = skipped));
    }
    if loaded.not_latest > 0 {
        let count = loaded.not_latest;
        summary.push_str(&t!(locale, "app-summary-not-latest", count = count));
    }
    if failed > 0 {
        summary.push_str(&t!(locale, "app-summary-failed", count = failed));
    }
    if unreadable > 0 {
        summary.push_str(&t!(locale, "app-summary-unreadable", count = unreadable));
    }
    if failed + unreadable > 0 {
        summary.push_str(&t!(locale, "app-summary-see-above"));
        if loaded.not_latest > 0 {
            summary.push_str(&t!(locale, "app-summary-latest-among-loaded"));
        }
    }
    if loaded.stopped_early {
        summary.push_str(&t!(locale, "app-summary-fail-fast"));
    }
    say!("{summary}.");
}

/// What a batch did to its files, as its summary line says.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Verb {
    /// `score`.
    Scored,
    /// `report`.
    Reported,
    /// `compare`.
    Read,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_warning_is_worded_with_its_fix_in_the_language_asked() {
        let draft = ResultWarning::Unanswered {
            unanswered: 4,
            total: 65,
        };
        assert_eq!(
            draft.words(Locale::En),
            "4 of 65 questions are unanswered: the results are a draft\n  help: unanswered \
             questions count as the lowest stage; answer them, or mark them \"n/a\" with notes"
        );
        assert!(draft.words(Locale::Es).starts_with(
            "4 de 65 preguntas están sin respuesta: los resultados son un borrador\n  ayuda: "
        ),);
        let all_na = ResultWarning::PillarAllNotApplicable("core".to_owned());
        assert_eq!(
            all_na.words(Locale::En),
            "every question of pillar `core` is n/a, so it is scored at the lowest stage\n  \
             help: answer at least one question of the pillar"
        );
    }
}
