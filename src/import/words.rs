//! The words of a questionnaire workbook in one language: the sheet names, the details' labels,
//! the column headers and the indicator answers. The workbook writer
//! ([`crate::render::xlsx::questionnaire_workbook`]) writes them and the importer reads them
//! back, both from [`WorkbookWords::for_language`], so the two cannot disagree.

use crate::i18n::{Language, Locale};
use crate::model::IndicatorAnswer;
use crate::t;

/// The words of a workbook, and the language it records in its hidden about sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WorkbookWords {
    /// The language of the words (English for a language the interface does not speak).
    pub locale: Locale,
    /// The language the workbook records: `None` for the questionnaire's own texts with English
    /// words, as in every workbook made before languages.
    pub language: Option<Language>,
    /// Name of the first sheet: instructions and the assessment details.
    pub start_sheet: String,
    /// Name of the hidden sheet holding each question's answers and what they mean.
    pub lists_sheet: String,
    /// Labels of the details on the start sheet, in the order of their rows: country, date,
    /// who answers, target, handling label.
    pub details: [String; 5],
    /// Header texts of a pillar sheet, by column.
    pub headers: [String; 9],
    /// The answer for "does not apply".
    pub not_applicable: String,
    yes: String,
    partly: String,
    no: String,
}

impl WorkbookWords {
    /// The words of a workbook whose texts are in `language` (`None`: the questionnaire's own
    /// texts, English words).
    pub fn for_language(language: Option<&Language>) -> Self {
        let locale = language.and_then(Locale::for_language).unwrap_or_default();
        WorkbookWords {
            locale,
            language: language.cloned(),
            start_sheet: t!(locale, "workbook-start-sheet"),
            lists_sheet: t!(locale, "workbook-lists-sheet"),
            details: [
                t!(locale, "workbook-country"),
                t!(locale, "workbook-date"),
                t!(locale, "workbook-assessors"),
                t!(locale, "workbook-target"),
                t!(locale, "workbook-marking"),
            ],
            headers: [
                t!(locale, "workbook-number"),
                t!(locale, "workbook-question"),
                t!(locale, "workbook-help"),
                t!(locale, "workbook-evidence-to-cite"),
                t!(locale, "workbook-answer"),
                t!(locale, "workbook-meaning"),
                t!(locale, "workbook-evidence"),
                t!(locale, "workbook-notes"),
                t!(locale, "workbook-question-id"),
            ],
            not_applicable: t!(locale, "answer-not-applicable"),
            yes: t!(locale, "answer-indicator", value = "yes"),
            partly: t!(locale, "answer-indicator", value = "partly"),
            no: t!(locale, "answer-indicator", value = "no"),
        }
    }

    /// The words of a workbook made before languages: the questionnaire's own texts, English
    /// words.
    pub fn english() -> Self {
        WorkbookWords::for_language(None)
    }

    /// An indicator's answer: `yes`, `partly`, `no` in English; `sí`, `parcialmente`, `no` in
    /// Spanish.
    pub fn indicator(&self, answer: IndicatorAnswer) -> &str {
        match answer {
            IndicatorAnswer::Yes => &self.yes,
            IndicatorAnswer::Partly => &self.partly,
            IndicatorAnswer::No => &self.no,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_those_of_answers_files_and_each_language_has_its_own() {
        let en = WorkbookWords::english();
        assert_eq!(en.start_sheet, "Start");
        assert_eq!(en.indicator(IndicatorAnswer::Partly), "partly");
        assert_eq!(en.not_applicable, "n/a");
        let fr = WorkbookWords::for_language(Some(&"fr".parse().expect("tag")));
        assert_eq!(fr.locale, Locale::Fr);
        assert_eq!(fr.indicator(IndicatorAnswer::Yes), "oui");
        assert_eq!(fr.not_applicable, "s.o.");
        // A language the interface does not speak keeps English words, and is recorded.
        let de = WorkbookWords::for_language(Some(&"de".parse().expect("tag")));
        assert_eq!(de.locale, Locale::En);
        assert_eq!(de.language.as_ref().map(Language::tag), Some("de"));
        // Sheet names Excel accepts: at most 31 characters, none of []:*?/\.
        for locale in Locale::ALL {
            let words = WorkbookWords::for_language(Some(&locale.language()));
            for name in [&words.start_sheet, &words.lists_sheet] {
                assert!(name.chars().count() <= 31, "{name}");
                assert!(
                    !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                    "{name}"
                );
            }
        }
    }
}
