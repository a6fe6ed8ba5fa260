//! The workshop's agenda: one [`Dispute`] per disputed question, widest spread first, and the
//! short names that label respondents in its columns.

use super::{Consensus, rank};
use crate::model::{QuestionRef, Response};

/// A disputed question, as the agenda lists it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Dispute {
    /// The question.
    pub question: QuestionRef,
    /// Each respondent's answer, in the order of [`Consensus::respondents`]; `None` where they
    /// did not answer.
    pub answers: Vec<Option<Response>>,
    /// How many stages (or steps of no < partly < yes) lie between the lowest and the highest
    /// answer; n/a answers are left out.
    pub spread: usize,
    /// Whether one respondent says n/a while another gives an answer.
    pub not_applicable: bool,
    /// The provisional answer, if the rule gave one.
    pub provisional: Option<Response>,
}

impl Consensus {
    /// The disputed questions, widest spread first, then in questionnaire order.
    pub fn agenda(&self) -> Vec<Dispute> {
        let mut rows: Vec<Dispute> = self
            .records
            .iter()
            .filter(|(_, record)| record.disputed)
            .map(|(question, record)| {
                let answers: Vec<Option<Response>> = self
                    .respondents
                    .iter()
                    .map(|name| {
                        record
                            .respondents
                            .iter()
                            .find(|r| &r.name == name)
                            .and_then(|r| r.response)
                    })
                    .collect();
                let ranks: Vec<usize> = answers.iter().flatten().filter_map(|&a| rank(a)).collect();
                let spread = match (ranks.iter().min(), ranks.iter().max()) {
                    (Some(low), Some(high)) => high - low,
                    _ => 0,
                };
                let not_applicable = answers.contains(&Some(Response::NotApplicable));
                Dispute {
                    question,
                    spread,
                    not_applicable,
                    provisional: self.answers.get(&question).map(|a| a.response),
                    answers,
                }
            })
            .collect();
        rows.sort_by_key(|d| std::cmp::Reverse(d.spread));
        rows
    }
}

/// Short labels for respondents, for the agenda's columns: a name of up to 16 characters as it
/// is, a longer one by the initials of its words ("Ministry of Information and Communication
/// Technology" → "MoIaCT"); a label already taken gets a number ("MoIaCT 2").
pub fn short_names(names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    for name in names {
        let short = if name.chars().count() <= 16 {
            name.clone()
        } else {
            name.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .filter_map(|word| word.chars().next())
                .collect()
        };
        let mut label = short.clone();
        let mut n = 2;
        while out.contains(&label) {
            label = format!("{short} {n}");
            n += 1;
        }
        out.push(label);
    }
    out
}
