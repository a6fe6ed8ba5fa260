//! What can be wrong in a filled workbook, with where it is and how to fix it.

use std::fmt;

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
    /// A required detail is empty.
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
        /// The cell of its first answer.
        first: String,
    },
    /// Evidence or notes without an answer.
    NotesWithoutAnswer,
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.sheet, &self.cell) {
            (Some(sheet), Some(cell)) => write!(f, "sheet {sheet}, cell {cell}: ")?,
            (Some(sheet), None) => write!(f, "sheet {sheet}: ")?,
            _ => {}
        }
        write!(f, "{}", self.kind)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::NotATemplate => write!(
                f,
                "this workbook was not made by `cyberassess template --format xlsx` (its hidden \
                 sheet naming the questionnaire is missing); copy the answers into a workbook \
                 made by that command"
            ),
            ProblemKind::UnknownLayout(v) => write!(
                f,
                "this workbook has layout {v}, which this version of cyberassess cannot read; \
                 import it with a newer version"
            ),
            ProblemKind::OtherQuestionnaire { workbook, expected } => write!(
                f,
                "this workbook is for {workbook}, not {expected}; import it without \
                 --questionnaire, or make a workbook for {expected} with `cyberassess template`"
            ),
            ProblemKind::MissingDetail(what) => {
                write!(f, "{what} is empty; fill it in and import again")
            }
            ProblemKind::NotADate(written) => write!(
                f,
                "'{written}' is not a date; type the date as year-month-day, such as 2026-03-14"
            ),
            ProblemKind::NotAStage { written, stages } => write!(
                f,
                "'{written}' is not a stage; pick one of: {}",
                stages.join(", ")
            ),
            ProblemKind::NotAnAnswer {
                written,
                suggestion: Some(s),
                ..
            } => write!(f, "'{written}' is not an answer; did you mean {s}?"),
            ProblemKind::NotAnAnswer {
                written, answers, ..
            } => write!(
                f,
                "'{written}' is not an answer to this question; pick one of: {}",
                answers.join(", ")
            ),
            ProblemKind::NoQuestionId => write!(
                f,
                "this row has an answer but no question id (the row was added, or its id \
                 deleted); type the answer in the question's own row"
            ),
            ProblemKind::UnknownQuestion(id) => write!(
                f,
                "the question id '{id}' is not in this questionnaire; the row was changed by \
                 hand: copy the answer into a fresh workbook from `cyberassess template`"
            ),
            ProblemKind::Duplicate { id, first } => write!(
                f,
                "question '{id}' is answered twice (first in {first}); keep one row"
            ),
            ProblemKind::NotesWithoutAnswer => write!(
                f,
                "this row has evidence or notes but no answer; pick an answer (n/a if the \
                 question does not apply), or clear them"
            ),
        }
    }
}
