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
use crate::i18n::Locale;
use crate::merge::rank;
use crate::model::{IndicatorAnswer, QuestionKind, Record, Response, StageIndex};
use crate::score::{QuestionScore, Scored};
use crate::t;

/// The Summary's sentence on the consensus, when the assessment has respondents' records:
/// "3 respondents answered; they differed on 4 questions, 2 of which remain disputed."
pub(super) fn summary_sentence(s: &Scored<'_>, locale: Locale) -> Option<String> {
    let records = &s.assessment.records;
    let respondents = records.respondents().len();
    if respondents == 0 {
        return None;
    }
    let differed = records.differed();
    let disputed = records.disputed();
    Some(match (differed, disputed) {
        (0, _) => t!(locale, "report-consensus-agreed", respondents = respondents),
        (d, 0) => t!(
            locale,
            "report-consensus-settled",
            respondents = respondents,
            differed = d
        ),
        (d, r) => t!(
            locale,
            "report-consensus-disputed",
            respondents = respondents,
            differed = d,
            disputed = r
        ),
    })
}

/// The Respondents section: what the strips under the questions show, and the legend of the
/// respondents' numbers; `None` for an assessment without respondents' records.
pub(super) fn respondents(s: &Scored<'_>, locale: Locale) -> Option<Section> {
    let names = s.assessment.records.respondents();
    if names.is_empty() {
        return None;
    }
    let records = &s.assessment.records;
    let mut blocks = vec![Paragraph::plain(t!(
        locale,
        "report-respondents-intro",
        respondents = names.len(),
        differed = records.differed(),
        disputed = records.disputed()
    ))];
    blocks.push(Block::Labelled(
        names
            .iter()
            .enumerate()
            .map(|(i, name)| ((i + 1).to_string(), (*name).to_owned()))
            .collect(),
    ));
    Some(Section {
        title: t!(locale, "report-respondents"),
        contents: t!(locale, "report-respondents"),
        start: Start::Follow,
        running: Some(t!(locale, "report-respondents")),
        blocks,
    })
}

/// Under a question the respondents answered differently: the strip of who answered what and
/// the agreed or provisional answer. Empty for any other question.
pub(super) fn question(s: &Scored<'_>, qs: &QuestionScore, locale: Locale) -> Vec<Block> {
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
            (t!(locale, "report-strip-no"), IndicatorAnswer::No),
            (t!(locale, "report-strip-partly"), IndicatorAnswer::Partly),
            (t!(locale, "report-strip-yes"), IndicatorAnswer::Yes),
        ]
        .into_iter()
        .map(|(t, a)| (t, Response::Indicator(a)))
        .collect(),
    };
    let not_applicable = t!(locale, "answer-not-applicable");
    if given(record).any(|r| r == Response::NotApplicable) {
        answers.push((not_applicable.clone(), Response::NotApplicable));
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
    let name = |answer| answer_name(&answers, answer, &not_applicable);
    let outcome = match (record.disputed, current) {
        (false, Some(answer)) => {
            Paragraph::plain(t!(locale, "report-agreed", answer = name(answer)))
        }
        (false, None) => Paragraph::plain(t!(locale, "report-settled-unanswered")),
        (true, None) => Block::Paragraph(Paragraph {
            text: t!(locale, "report-disputed-unanswered"),
            tone: Tone::Warning,
        }),
        (true, Some(answer)) => Block::Paragraph(Paragraph {
            text: t!(
                locale,
                "report-disputed-provisional",
                answer = name(answer),
                rule = provisional_rule(record, answer)
            ),
            tone: Tone::Warning,
        }),
    };
    vec![
        Paragraph::muted(t!(locale, "report-strip-intro")),
        Block::Table(strip),
        outcome,
    ]
}

/// The answers the respondents gave (those who left the question unanswered give none).
fn given(record: &Record) -> impl Iterator<Item = Response> + '_ {
    record.respondents.iter().filter_map(|r| r.response)
}

/// The column title of `answer`.
fn answer_name(answers: &[(String, Response)], answer: Response, not_applicable: &str) -> String {
    answers
        .iter()
        .find(|(_, a)| *a == answer)
        .map_or_else(|| not_applicable.to_owned(), |(t, _)| t.clone())
}

/// Where the provisional answer stands among the respondents' answers (n/a left out, as the
/// merge leaves it out), as the catalogue names the rule: `lowest` answer given, lower
/// `median`, or the answer `written` in the file.
fn provisional_rule(record: &Record, answer: Response) -> &'static str {
    let mut ranks: Vec<usize> = given(record).filter_map(rank).collect();
    ranks.sort_unstable();
    let at = rank(answer);
    if at.is_some() && at == ranks.first().copied() {
        "lowest"
    } else if at.is_some() && at == ranks.get(ranks.len().saturating_sub(1) / 2).copied() {
        "median"
    } else {
        "written"
    }
}
