//! A country's answers to a questionnaire, resolved against it.

use std::collections::BTreeMap;

use toml::value::Date;

use super::QuestionRef;

/// One assessment: who answered, when, targets, and the answers, resolved against a questionnaire.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assessment {
    /// The `[assessment]` details.
    pub info: AssessmentInfo,
    /// Target stage index per pillar index, after applying `[targets]`, `assessment.target` and
    /// the questionnaire's `default_target`, in that order.
    pub targets: Vec<usize>,
    /// Stage index of the assessment-wide target (`assessment.target` or `default_target`).
    pub overall_target: usize,
    /// Answers by question.
    pub answers: BTreeMap<QuestionRef, Answer>,
}

/// The `[assessment]` table of an answers file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssessmentInfo {
    /// Country (or organisation) assessed.
    pub country: String,
    /// When the assessment was made.
    pub assessed_on: Option<Date>,
    /// Who made it.
    pub assessors: Vec<String>,
    /// Handling label such as `TLP:AMBER`.
    pub marking: Option<String>,
}

/// One answer with its supporting material.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The response itself.
    pub response: Response,
    /// Links or references cited as evidence.
    pub evidence: Vec<String>,
    /// Free-text notes (the justification, for `n/a`).
    pub notes: Option<String>,
}

/// What was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    /// A stage index, for a choice question.
    Stage(usize),
    /// yes / partly / no, for an indicator.
    Indicator(IndicatorAnswer),
    /// Not applicable: left out of every sum.
    NotApplicable,
}

/// Answer to an indicator question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicatorAnswer {
    /// Met.
    Yes,
    /// Half credit in the score, not met for a gate.
    Partly,
    /// Not met.
    No,
}

impl IndicatorAnswer {
    /// The word used in answers files.
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorAnswer::Yes => "yes",
            IndicatorAnswer::Partly => "partly",
            IndicatorAnswer::No => "no",
        }
    }

    /// Credit in the score: 1, 0.5 or 0.
    pub fn credit(self) -> f64 {
        match self {
            IndicatorAnswer::Yes => 1.0,
            IndicatorAnswer::Partly => 0.5,
            IndicatorAnswer::No => 0.0,
        }
    }
}

impl Answer {
    /// An answer with no evidence and no notes.
    pub fn bare(response: Response) -> Self {
        Answer {
            response,
            evidence: Vec::new(),
            notes: None,
        }
    }
}
