//! Several respondents' answers to one questionnaire → one [`Consensus`]: per question, every
//! respondent's answer, the agreed answer where they agree, and where they differ a dispute with
//! a provisional answer chosen by a [`Rule`].
//!
//! Pure: takes resolved assessments, returns data. It reads no file, prints nothing and holds no
//! sentence; `src/app/merge.rs` loads the files and the renderers write the consensus and its
//! agenda. Nothing a respondent wrote is dropped: their answers, evidence and notes stay in each
//! question's [`Record`].

mod agenda;
#[cfg(test)]
mod tests;

pub use agenda::{Dispute, short_names};

use crate::model::{
    Answer, Answers, Assessment, IndicatorAnswer, QuestionRef, Questionnaire, Record, Records,
    RespondentAnswer, Response,
};

/// How the provisional answer of a disputed question is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rule {
    /// The lowest answer: a stage one respondent does not see evidence for is not shown as
    /// reached.
    #[default]
    Lowest,
    /// The lower median of the answers.
    Median,
    /// No answer: the question is left unanswered for the workshop to settle.
    None,
}

/// One input of a merge: a respondent's answers file, or an earlier consensus.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The respondent's name (their file's assessors, or its file name); unused for a consensus,
    /// whose respondents are named in its records.
    pub name: &'a str,
    /// The resolved answers.
    pub assessment: &'a Assessment,
}

impl Input<'_> {
    /// Whether this input is an earlier consensus (it keeps respondents' records).
    pub fn is_consensus(&self) -> bool {
        !self.assessment.records.is_empty()
    }
}

/// Why answers could not be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// Two inputs name the same respondent (a file merged twice, or two files with the same
    /// assessors); `input` is the index of the second.
    #[error("respondent \"{name}\" is given twice")]
    SameRespondent {
        /// The respondent's name.
        name: String,
        /// The input where the name appears again.
        input: usize,
    },
}

/// The merge of several respondents' answers.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Consensus {
    /// Every respondent, in the order they were merged.
    pub respondents: Vec<String>,
    /// The agreed or provisional answers.
    pub answers: Answers,
    /// Every question anyone answered or wrote about, with each respondent's answer and whether
    /// the question is disputed.
    pub records: Records,
}

impl Consensus {
    /// How many questions are disputed.
    pub fn disputed(&self) -> usize {
        self.records.disputed()
    }
}

/// Merges `inputs`, all resolved against `q`. An earlier consensus brings its respondents (not
/// itself as one respondent) and its settled answers, which stand unless a new respondent
/// disagrees.
pub fn merge(q: &Questionnaire, inputs: &[Input<'_>], rule: Rule) -> Result<Consensus, MergeError> {
    let respondents = respondents(inputs)?;
    let mut answers = Answers::default();
    let mut records = Records::default();
    for (r, _) in q.questions() {
        let merged = merge_question(r, inputs, rule);
        if let Some(answer) = merged.answer {
            answers.insert(r, answer);
        }
        if !merged.record.respondents.is_empty() || merged.record.disputed {
            records.insert(r, merged.record);
        }
    }
    Ok(Consensus {
        respondents,
        answers,
        records,
    })
}

fn respondents(inputs: &[Input<'_>]) -> Result<Vec<String>, MergeError> {
    let mut names: Vec<String> = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let own = if input.is_consensus() {
            input.assessment.records.respondents()
        } else {
            vec![input.name]
        };
        for name in own {
            if names.iter().any(|n| n == name) {
                return Err(MergeError::SameRespondent {
                    name: name.to_owned(),
                    input: i,
                });
            }
            names.push(name.to_owned());
        }
    }
    Ok(names)
}

struct Merged {
    answer: Option<Answer>,
    record: Record,
}

fn merge_question(r: QuestionRef, inputs: &[Input<'_>], rule: Rule) -> Merged {
    let mut record = Record::default();
    // The answers that count: each new respondent's, and from an earlier consensus the answer it
    // settled, or its respondents' answers where it settled none.
    let mut votes: Vec<Response> = Vec::new();
    let mut evidence: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for input in inputs {
        let answer = input.assessment.answers.get(&r);
        if input.is_consensus() {
            let earlier = input.assessment.records.get(&r);
            let earlier_respondents = earlier.map_or(&[][..], |e| e.respondents.as_slice());
            record
                .respondents
                .extend(earlier_respondents.iter().cloned());
            match answer {
                Some(a) if !earlier.is_some_and(|e| e.disputed) => votes.push(a.response),
                _ => votes.extend(earlier_respondents.iter().filter_map(|e| e.response)),
            }
            if let Some(a) = answer {
                add_unique(&mut evidence, a.evidence.iter().cloned());
                notes.extend(a.notes.iter().cloned());
            }
        } else if let Some(a) = answer {
            votes.push(a.response);
            record.respondents.push(RespondentAnswer {
                name: input.name.to_owned(),
                response: Some(a.response),
                evidence: a.evidence.clone(),
                notes: a.notes.clone(),
            });
        } else if let Some(written) = input.assessment.unanswered_notes(&r) {
            // No answer, but what the respondent wrote about the question is kept.
            record.respondents.push(RespondentAnswer {
                name: input.name.to_owned(),
                response: None,
                evidence: written.evidence.clone(),
                notes: written.notes.clone(),
            });
        }
    }
    for respondent in &record.respondents {
        add_unique(&mut evidence, respondent.evidence.iter().cloned());
        if let Some(note) = &respondent.notes {
            let signed = format!("{}: {note}", respondent.name);
            if !notes.iter().any(|n| n.contains(&signed)) {
                notes.push(signed);
            }
        }
    }

    let response = match votes.first() {
        None => None,
        Some(first) if votes.iter().all(|v| v == first) => Some(*first),
        Some(_) => {
            record.disputed = true;
            provisional(&votes, rule)
        }
    };
    let answer = response.map(|response| Answer {
        response,
        evidence,
        notes: (!notes.is_empty()).then(|| notes.join("\n")),
    });
    Merged { answer, record }
}

fn add_unique(into: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for item in items {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

/// Where an answer stands in the order of its question's answers: a stage's index, or
/// no < partly < yes for an indicator; `None` for n/a, which has no place in the order.
pub fn rank(response: Response) -> Option<usize> {
    match response {
        Response::Stage(s) => Some(s.get()),
        Response::Indicator(IndicatorAnswer::No) => Some(0),
        Response::Indicator(IndicatorAnswer::Partly) => Some(1),
        Response::Indicator(IndicatorAnswer::Yes) => Some(2),
        Response::NotApplicable => None,
    }
}

/// The provisional answer of a disputed question: by `rule`, among the answers other than n/a
/// (a respondent who says n/a disputes that the question applies, not how far it is met).
fn provisional(votes: &[Response], rule: Rule) -> Option<Response> {
    let mut ranked: Vec<(usize, Response)> = votes
        .iter()
        .filter_map(|&v| rank(v).map(|k| (k, v)))
        .collect();
    ranked.sort_by_key(|(k, _)| *k);
    let chosen = match rule {
        Rule::Lowest => ranked.first(),
        Rule::Median => ranked.get(ranked.len().saturating_sub(1) / 2),
        Rule::None => None,
    };
    chosen.map(|(_, v)| *v)
}
