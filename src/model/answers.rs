//! A country's answers to a questionnaire, resolved against it.

use std::ops::Index;

use toml::value::Date;

use super::{QuestionRef, Records, StageIndex, Status};

/// One assessment: who answered, when, targets, and the answers, resolved against a questionnaire.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assessment {
    /// The `[assessment]` details.
    pub info: AssessmentInfo,
    /// Target stage index per pillar index, after applying `[targets]`, `assessment.target` and
    /// the questionnaire's `default_target`, in that order.
    pub targets: Vec<StageIndex>,
    /// Stage index of the assessment-wide target (`assessment.target` or `default_target`).
    pub overall_target: StageIndex,
    /// Answers by question.
    pub answers: Answers,
    /// What each respondent answered, where several did (a consensus); empty otherwise.
    pub records: Records,
    /// Evidence and notes written for questions that have no answer yet (an answer table
    /// without `answer`), in questionnaire order: kept so that nothing written is lost when
    /// the file is merged or written again.
    pub unanswered_notes: Vec<(QuestionRef, UnansweredNotes)>,
}

impl Assessment {
    /// The evidence and notes written for `question` when it has no answer.
    pub fn unanswered_notes(&self, question: &QuestionRef) -> Option<&UnansweredNotes> {
        self.unanswered_notes
            .iter()
            .find(|(r, _)| r == question)
            .map(|(_, n)| n)
    }
}

/// What was written for a question that has no answer yet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnansweredNotes {
    /// Links or references cited as evidence.
    pub evidence: Vec<String>,
    /// Free-text notes.
    pub notes: Option<String>,
}

/// Answers by question, kept in questionnaire order in one compact list: a batch holds
/// thousands of assessments at once, and a questionnaire has tens of questions, so a sorted list
/// searched by halves is both smaller and faster here than a tree map.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answers(Vec<(QuestionRef, Answer)>);

impl Answers {
    /// No answers yet, with room for `n`.
    pub fn with_capacity(n: usize) -> Self {
        Answers(Vec::with_capacity(n))
    }

    fn find(&self, question: &QuestionRef) -> Result<usize, usize> {
        self.0.binary_search_by(|(r, _)| r.cmp(question))
    }

    /// The answer to `question`, if any.
    pub fn get(&self, question: &QuestionRef) -> Option<&Answer> {
        self.find(question).ok().map(|i| &self.0[i].1)
    }

    /// Whether `question` is answered.
    pub fn contains_key(&self, question: &QuestionRef) -> bool {
        self.find(question).is_ok()
    }

    /// Sets the answer to `question`, returning the one it replaces.
    pub fn insert(&mut self, question: QuestionRef, answer: Answer) -> Option<Answer> {
        match self.find(&question) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, answer)),
            Err(i) => {
                self.0.insert(i, (question, answer));
                None
            }
        }
    }

    /// Removes the answer to `question`, returning it.
    pub fn remove(&mut self, question: &QuestionRef) -> Option<Answer> {
        self.find(question).ok().map(|i| self.0.remove(i).1)
    }

    /// How many questions are answered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no question is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Answers in questionnaire order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionRef, &Answer)> {
        self.0.iter().map(|(r, a)| (*r, a))
    }

    /// The answers, to change in place.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Answer> {
        self.0.iter_mut().map(|(_, a)| a)
    }
}

impl Index<&QuestionRef> for Answers {
    type Output = Answer;

    /// The answer to a question known to be answered.
    ///
    /// # Panics
    /// When the question is not answered.
    fn index(&self, question: &QuestionRef) -> &Answer {
        self.get(question).expect("the question is answered")
    }
}

impl FromIterator<(QuestionRef, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (QuestionRef, Answer)>>(iter: I) -> Self {
        let mut answers = Answers::default();
        for (question, answer) in iter {
            answers.insert(question, answer);
        }
        answers
    }
}

/// The `[assessment]` table of an answers file.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssessmentInfo {
    /// Country (or organisation) assessed.
    pub country: String,
    /// When the assessment was made.
    pub assessed_on: Option<Date>,
    /// Who made it.
    pub assessors: Vec<String>,
    /// Handling label such as `TLP:AMBER`.
    pub marking: Option<String>,
    /// Where the assessment stands, when the file says.
    pub status: Option<Status>,
    /// The language its report is written in by default, when the file says.
    pub language: Option<crate::i18n::Language>,
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
    Stage(StageIndex),
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
    /// Every answer, as the loader reads them and the schema lists them.
    pub const ALL: [IndicatorAnswer; 3] = [
        IndicatorAnswer::Yes,
        IndicatorAnswer::Partly,
        IndicatorAnswer::No,
    ];

    /// The answer written `word` in an answers file, in any letter case.
    pub fn from_word(word: &str) -> Option<IndicatorAnswer> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(word))
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(pillar: usize, question: usize) -> QuestionRef {
        QuestionRef { pillar, question }
    }

    #[test]
    fn answers_keep_questionnaire_order_whatever_the_order_they_come_in() {
        let stage = |s| Answer::bare(Response::Stage(StageIndex::new(s)));
        let mut answers = Answers::default();
        assert_eq!(answers.insert(at(1, 0), stage(2)), None);
        assert_eq!(answers.insert(at(0, 3), stage(1)), None);
        assert_eq!(answers.insert(at(0, 1), stage(0)), None);
        assert_eq!(answers.insert(at(0, 3), stage(4)), Some(stage(1)));
        let order: Vec<(QuestionRef, Response)> =
            answers.iter().map(|(r, a)| (r, a.response)).collect();
        assert_eq!(
            order,
            [
                (at(0, 1), Response::Stage(StageIndex::new(0))),
                (at(0, 3), Response::Stage(StageIndex::new(4))),
                (at(1, 0), Response::Stage(StageIndex::new(2))),
            ]
        );
        assert_eq!(answers.len(), 3);
        assert_eq!(answers[&at(1, 0)], stage(2));
        assert!(answers.contains_key(&at(0, 1)) && !answers.contains_key(&at(0, 2)));
        assert_eq!(answers.get(&at(2, 0)), None);
    }
}
