//! What can be wrong in a filled workbook, with where it is and how to fix it.

use std::fmt;

use crate::i18n::Locale;
use crate::t;

/// One problem found in a workbook: the sheet and cell (when there is one) and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportProblem {
    /// The sheet's name.
    pub sheet: Option<String>,
    /// The cell, such as `E7`.
    pub cell: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong, with the values needed to say so and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The workbook was not made by `cyberassess template --format xlsx`.
    NotATemplate,
    /// The workbook's layout is newer than this version of the tool reads.
    UnknownLayout(String),
    /// The workbook is for another questionnaire than the one asked for.
    OtherQuestionnaire {
        /// `id@version` the workbook was made for.
        workbook: String,
        /// `id@version` expected.
        expected: String,
    },
    /// A required detail is empty: `country` or `date`.
    MissingDetail(&'static str),
    /// The date is not a date.
    NotADate(String),
    /// The target is not a stage.
    NotAStage {
        /// What was written.
        written: String,
        /// The stage names.
        stages: Vec<String>,
    },
    /// An answer is not one the question takes.
    NotAnAnswer {
        /// What was written.
        written: String,
        /// The closest answer, when one is close.
        suggestion: Option<String>,
        /// Every answer the question takes.
        answers: Vec<String>,
    },
    /// A row has an answer, evidence or notes but no question id.
    NoQuestionId,
    /// A question id that the questionnaire does not have.
    UnknownQuestion(String),
    /// A question answered in two rows.
    Duplicate {
        /// The question id.
        id: String,
        /// The sheet and cell of its first answer (boxed: problems are many, duplicates few).
        first: Box<(String, String)>,
    },
    /// Evidence or notes without an answer.
    NotesWithoutAnswer,
}

impl ImportProblem {
    /// The problem in words, in `locale`, after its sheet and cell: "sheet Governance, cell
    /// E7: 'maybe' is not an answer to this question; pick one of: …".
    pub fn words(&self, locale: Locale) -> String {
        let at = match (&self.sheet, &self.cell) {
            (Some(sheet), Some(cell)) => {
                t!(
                    locale,
                    "diagnostics-import-at",
                    sheet = sheet.as_str(),
                    cell = cell.as_str()
                )
            }
            (Some(sheet), None) => t!(locale, "diagnostics-import-in", sheet = sheet.as_str()),
            _ => String::new(),
        };
        format!("{at}{}", self.kind.words(locale))
    }
}

impl ProblemKind {
    /// What is wrong and how to fix it, in `locale`.
    pub fn words(&self, locale: Locale) -> String {
        match self {
            ProblemKind::NotATemplate => t!(locale, "diagnostics-import-not-a-template"),
            ProblemKind::UnknownLayout(v) => {
                t!(
                    locale,
                    "diagnostics-import-unknown-layout",
                    layout = v.as_str()
                )
            }
            ProblemKind::OtherQuestionnaire { workbook, expected } => t!(
                locale,
                "diagnostics-import-other-questionnaire",
                workbook = workbook.as_str(),
                expected = expected.as_str()
            ),
            ProblemKind::MissingDetail(detail) => {
                t!(
                    locale,
                    "diagnostics-import-missing-detail",
                    detail = *detail
                )
            }
            ProblemKind::NotADate(written) => {
                t!(
                    locale,
                    "diagnostics-import-not-a-date",
                    written = written.as_str()
                )
            }
            ProblemKind::NotAStage { written, stages } => t!(
                locale,
                "diagnostics-import-not-a-stage",
                written = written.as_str(),
                stages = stages.join(", ")
            ),
            ProblemKind::NotAnAnswer {
                written,
                suggestion: Some(s),
                ..
            } => t!(
                locale,
                "diagnostics-import-not-an-answer",
                written = written.as_str(),
                suggestion = s.as_str()
            ),
            ProblemKind::NotAnAnswer {
                written, answers, ..
            } => t!(
                locale,
                "diagnostics-import-not-an-answer-to",
                written = written.as_str(),
                answers = answers.join(", ")
            ),
            ProblemKind::NoQuestionId => t!(locale, "diagnostics-import-no-question-id"),
            ProblemKind::UnknownQuestion(id) => {
                t!(
                    locale,
                    "diagnostics-import-unknown-question",
                    id = id.as_str()
                )
            }
            ProblemKind::Duplicate { id, first } => t!(
                locale,
                "diagnostics-import-duplicate",
                id = id.as_str(),
                first = t!(
                    locale,
                    "diagnostics-import-place",
                    sheet = first.0.as_str(),
                    cell = first.1.as_str()
                )
            ),
            ProblemKind::NotesWithoutAnswer => {
                t!(locale, "diagnostics-import-notes-without-answer")
            }
        }
    }
}

/// In English, as in the tests and logs of programs.
impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Locale::En))
    }
}

/// In English, as in the tests and logs of programs.
impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Locale::En))
    }
}
