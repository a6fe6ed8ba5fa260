//! What a consensus adds to the report (an assessment merged from several respondents): a
//! sentence in the Summary with how many questions were disputed and how many remain so, a
//! "Respondents" section with the legend, and under each question the respondents answered
//! differently, a strip of who answered what and the agreed (or provisional) answer.
//!
//! Respondents are shown by number, not by initials: a workshop of 25 entities has many that
//! share initials ("Ministry of …"). The legend is given once per report, in its own section
//! after the Priorities, so that long lists of respondents do not repeat in every pillar.
//! Everything here is ordinary [`Block`]s, so every backend shows it.

use super::{Align, Block, Column, Paragraph, Section, Start, Table, Tone, stage_name};
use crate::merge::rank;
use crate::model::{IndicatorAnswer, QuestionKind, Record, Response, StageIndex};
use crate::score::{QuestionScore, Scored};

/// The Summary's sentence on the consensus, when the assessment has respondents' records:
/// "3 respondents answered; they differed on 4 questions, 2 of which remain disputed."
pub(super) fn summary_sentence(s: &Scored<'_>) -> Option<String> {
    let records = &s.assessment.records;
    let respondents = records.respondents().len();
    if respondents == 0 {
        return None;
    }
    let differed = records.differed();
    let disputed = records.disputed();
    let who = plural(respondents, "respondent", "respondents");
    Some(match (differed, disputed) {
        (0, _) => format!("The {who} agreed on every question."),
        (d, 0) => format!(
            "The {who} answered {} differently; all are settled.",
            plural(d, "question", "questions")
        ),
        (d, r) => format!(
            "The {who} answered {} differently; {r} of them {} disputed, counted at their \
             provisional answer until the workshop settles {}.",
            plural(d, "question", "questions"),
            if r == 1 { "remains" } else { "remain" },
            if r == 1 { "it" } else { "them" },
        ),
    })
}

/// The Respondents section: what the strips under the questions show, and the legend of the
/// respondents' numbers; `None` for an assessment without respondents' records.
pub(super) fn respondents(s: &Scored<'_>) -> Option<Section> {
    let names = s.assessment.records.respondents();
    if names.is_empty() {
        return None;
    }
    let records = &s.assessment.records;
    let mut blocks = vec![Paragraph::plain(format!(
        "This assessment is the consensus of {}. They answered {} differently, and {} still \
         disputed. In each pillar section, a question the respondents answered differently \
         shows who answered what: each respondent by the number below, in the column of the \
         answer they gave. The line under it gives the agreed answer, or says that the question \
         is still disputed and which provisional answer counts in the score.",
        plural(names.len(), "respondent", "respondents"),
        plural(records.differed(), "question", "questions"),
        match records.disputed() {
            1 => "1 is".to_owned(),
            n => format!("{n} are"),
        },
    ))];
    blocks.push(Block::Labelled(
        names
            .iter()
            .enumerate()
            .map(|(i, name)| ((i + 1).to_string(), (*name).to_owned()))
            .collect(),
    ));
    Some(Section {
        title: "Respondents".to_owned(),
        contents: "Respondents".to_owned(),
        start: Start::Follow,
        running: Some("Respondents".to_owned()),
        blocks,
    })
}

/// Under a question the respondents answered differently: the strip of who answered what and
/// the agreed or provisional answer. Empty for any other question.
pub(super) fn question(s: &Scored<'_>, qs: &QuestionScore) -> Vec<Block> {
    let records = &s.assessment.records;
    let Some(record) = records.get(&qs.question).filter(|r| r.differs()) else {
        return Vec::new();
    };
    let names = records.respondents();
    let number = |name: &str| names.iter().position(|n| *n == name).map_or(0, |i| i + 1);
    let question = s.questionnaire.question(qs.question);
    // One column per answer on the question's scale, lowest first, and n/a when someone gave it.
    let mut answers: Vec<(String, Response)> = match &question.kind {
        QuestionKind::Choice { .. } => (0..s.questionnaire.stage_count())
            .map(StageIndex::new)
            .map(|i| (stage_name(s, i).to_owned(), Response::Stage(i)))
            .collect(),
        QuestionKind::Indicator { .. } => [
            ("No", IndicatorAnswer::No),
            ("Partly", IndicatorAnswer::Partly),
            ("Yes", IndicatorAnswer::Yes),
        ]
        .into_iter()
        .map(|(t, a)| (t.to_owned(), Response::Indicator(a)))
        .collect(),
    };
    if given(record).any(|r| r == Response::NotApplicable) {
        answers.push(("n/a".to_owned(), Response::NotApplicable));
    }
    let share = 1.0 / answers.len() as f32;
    let row = answers
        .iter()
        .map(|(_, answer)| {
            record
                .respondents
                .iter()
                .filter(|r| r.response == Some(*answer))
                .map(|r| number(&r.name).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    let strip = Table {
        columns: answers
            .iter()
            .map(|(title, _)| Column {
                title: title.clone(),
                share,
                align: Align::Left,
            })
            .collect(),
        rows: vec![row],
        totals: 0,
    };
    let current = s.assessment.answers.get(&qs.question).map(|a| a.response);
    let outcome = match (record.disputed, current) {
        (false, Some(answer)) => {
            Paragraph::plain(format!("Agreed answer: {}.", answer_name(&answers, answer)))
        }
        (false, None) => Paragraph::plain("Settled: left unanswered."),
        (true, None) => Block::Paragraph(Paragraph {
            text: "Still disputed: left unanswered until the workshop settles it, so it counts \
                   as not answered."
                .to_owned(),
            tone: Tone::Warning,
        }),
        (true, Some(answer)) => Block::Paragraph(Paragraph {
            text: format!(
                "Still disputed: counted as {} for now, {}, until the workshop settles it.",
                answer_name(&answers, answer),
                provisional_rule(record, answer)
            ),
            tone: Tone::Warning,
        }),
    };
    vec![
        Paragraph::muted("Who answered what (respondents by their number under Respondents):"),
        Block::Table(strip),
        outcome,
    ]
}

/// The answers the respondents gave (those who left the question unanswered give none).
fn given(record: &Record) -> impl Iterator<Item = Response> + '_ {
    record.respondents.iter().filter_map(|r| r.response)
}

/// The column title of `answer`.
fn answer_name(answers: &[(String, Response)], answer: Response) -> String {
    answers
        .iter()
        .find(|(_, a)| *a == answer)
        .map_or_else(|| "n/a".to_owned(), |(t, _)| t.clone())
}

/// Where the provisional answer stands among the respondents' answers (n/a left out, as the
/// merge leaves it out): "the lowest answer given", "the middle (lower median) answer".
fn provisional_rule(record: &Record, answer: Response) -> &'static str {
    let mut ranks: Vec<usize> = given(record).filter_map(rank).collect();
    ranks.sort_unstable();
    let at = rank(answer);
    if at.is_some() && at == ranks.first().copied() {
        "the lowest answer given"
    } else if at.is_some() && at == ranks.get(ranks.len().saturating_sub(1) / 2).copied() {
        "the lower median of the answers given"
    } else {
        "the answer written in the file"
    }
}

/// "1 respondent", "3 respondents".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
