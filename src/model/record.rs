//! What each respondent answered, kept beside the agreed answer of an assessment made by several
//! respondents (a workshop's consensus), and the assessment's status.
//!
//! Plain data: [`crate::parse`] reads it from an answers file, [`crate::merge`] builds it.

use super::{QuestionRef, Response};

/// Where an assessment stands (`[assessment] status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Still being written.
    Draft,
    /// Answered by the assessing body itself.
    SelfAssessed,
    /// Merged from several respondents' answers (`cyberassess merge`).
    Consensus,
    /// Reviewed and accepted, for example by a validation workshop.
    Validated,
}

impl Status {
    /// Every status, in the order an assessment goes through them.
    pub const ALL: [Status; 4] = [
        Status::Draft,
        Status::SelfAssessed,
        Status::Consensus,
        Status::Validated,
    ];

    /// The word written in answers files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::SelfAssessed => "self-assessed",
            Status::Consensus => "consensus",
            Status::Validated => "validated",
        }
    }

    /// The status written as `word`, if it is one.
    pub fn from_word(word: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

/// One respondent's own answer to one question, with what they cited and wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct RespondentAnswer {
    /// Who answered: the respondent's name.
    pub name: String,
    /// Their answer; `None` when they left the question unanswered (they then do not vote).
    pub response: Option<Response>,
    /// The evidence they cited.
    pub evidence: Vec<String>,
    /// The notes they wrote.
    pub notes: Option<String>,
}

/// The respondents' record of one question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    /// Whether the respondents disagree and the workshop has not settled the answer yet.
    pub disputed: bool,
    /// Each respondent's answer, in the order they were merged.
    pub respondents: Vec<RespondentAnswer>,
}

impl Record {
    /// Whether the respondents gave different answers (n/a against an answer included), whether
    /// or not the workshop has settled the question since; a disputed question always differs.
    pub fn differs(&self) -> bool {
        let mut given = self.respondents.iter().filter_map(|r| r.response);
        let first = given.next();
        self.disputed || given.any(|r| Some(r) != first)
    }
}

/// The records of an assessment, by question, in questionnaire order (as [`super::Answers`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Records(Vec<(QuestionRef, Record)>);

impl Records {
    /// The record of `question`, if any.
    pub fn get(&self, question: &QuestionRef) -> Option<&Record> {
        self.0
            .binary_search_by(|(r, _)| r.cmp(question))
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// Sets the record of `question`.
    pub fn insert(&mut self, question: QuestionRef, record: Record) {
        match self.0.binary_search_by(|(r, _)| r.cmp(&question)) {
            Ok(i) => self.0[i].1 = record,
            Err(i) => self.0.insert(i, (question, record)),
        }
    }

    /// Records in questionnaire order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionRef, &Record)> {
        self.0.iter().map(|(r, rec)| (*r, rec))
    }

    /// Whether no question has a record.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many questions are disputed.
    pub fn disputed(&self) -> usize {
        self.0.iter().filter(|(_, r)| r.disputed).count()
    }

    /// How many questions the respondents answered differently, settled since or not.
    pub fn differed(&self) -> usize {
        self.0.iter().filter(|(_, r)| r.differs()).count()
    }

    /// Every respondent named in the records, once each, in the order they first appear.
    pub fn respondents(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for (_, record) in &self.0 {
            for r in &record.respondents {
                if !names.contains(&r.name.as_str()) {
                    names.push(&r.name);
                }
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StageIndex;

    #[test]
    fn statuses_read_back_from_their_words() {
        for s in Status::ALL {
            assert_eq!(Status::from_word(s.as_str()), Some(s));
        }
        assert_eq!(Status::from_word("Consensus"), None);
    }

    #[test]
    fn respondents_are_listed_once_in_order_of_appearance() {
        let answer = |name: &str| RespondentAnswer {
            name: name.into(),
            response: None,
            evidence: Vec::new(),
            notes: None,
        };
        let mut records = Records::default();
        let at = |question| QuestionRef {
            pillar: 0,
            question,
        };
        records.insert(
            at(3),
            Record {
                disputed: true,
                respondents: vec![answer("C"), answer("A")],
            },
        );
        records.insert(
            at(1),
            Record {
                disputed: false,
                respondents: vec![answer("A"), answer("B")],
            },
        );
        assert_eq!(records.respondents(), ["A", "B", "C"]);
        assert_eq!(records.disputed(), 1);
    }

    #[test]
    fn a_question_differs_while_disputed_and_after_it_is_settled() {
        let answer = |name: &str, response| RespondentAnswer {
            name: name.into(),
            response,
            evidence: Vec::new(),
            notes: None,
        };
        let formative = Some(Response::Stage(StageIndex::new(1)));
        let record = |disputed, second| Record {
            disputed,
            respondents: vec![answer("A", formative), answer("B", second)],
        };
        // The same answer, or a respondent who left it unanswered: no difference.
        assert!(!record(false, formative).differs());
        assert!(!record(false, None).differs());
        // Another stage, or n/a against a stage: a difference, settled or not.
        assert!(record(false, Some(Response::Stage(StageIndex::new(2)))).differs());
        assert!(record(true, Some(Response::Stage(StageIndex::new(2)))).differs());
        assert!(record(false, Some(Response::NotApplicable)).differs());
        let mut records = Records::default();
        let at = |question| QuestionRef {
            pillar: 0,
            question,
        };
        records.insert(
            at(0),
            record(false, Some(Response::Stage(StageIndex::new(2)))),
        );
        records.insert(
            at(1),
            record(true, Some(Response::Stage(StageIndex::new(0)))),
        );
        records.insert(at(2), record(false, formative));
        assert_eq!((records.differed(), records.disputed()), (2, 1));
    }
}
