//! The plan of the weighted fixture, worked out by hand from its answers and targets.

use super::*;
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};
use crate::score::score;

const WEIGHTED: &str = include_str!("../../tests/fixtures/weighted.toml");
const WEIGHTED_ANSWERS: &str = include_str!("../../tests/fixtures/weighted-answers.toml");

fn rows(by: Grouping, top: Option<usize>) -> Vec<(usize, String, String, String, String)> {
    let q = parse_questionnaire(WEIGHTED).value.expect("questionnaire");
    let file = parse_answers(WEIGHTED_ANSWERS).value.expect("answers");
    let a = resolve_answers(&file, &q).value.expect("resolved");
    let p = plan(&score(&q, &a), top, by);
    assert_eq!(p.country, "Fictiland");
    assert_eq!(p.questionnaire, "mini-weighted@1.2.0");
    p.steps
        .into_iter()
        .map(|s| (s.rank, s.question_id, s.from, s.to, s.done_when))
        .collect()
}

fn row(
    rank: usize,
    id: &str,
    from: &str,
    to: &str,
    done: &str,
) -> (usize, String, String, String, String) {
    (rank, id.into(), from.into(), to.into(), done.into())
}

#[test]
fn steps_by_rank_lead_to_the_next_stage_and_say_how_to_know_it_is_done() {
    // Targets: gov Working, ops Leading. gov-a is at Leading (no step); gov-b Growing → Working;
    // gov-c Start → Growing; ops-a Working → Leading; ops-b n/a (no step); ops-c unanswered, so
    // Start → Growing. Lowest stage reached first; between gov-c and ops-c (both to Growing),
    // gov-c weighs 1 × 2 (pillar) against 1 × 1.
    assert_eq!(
        rows(Grouping::Rank, None),
        [
            row(1, "gov-c", "Start", "Growing", "One-off budget."),
            row(2, "ops-c", "Start", "Growing", "One exercise."),
            row(3, "gov-b", "Growing", "Working", "Adopted strategy."),
            row(4, "ops-a", "Working", "Leading", "Networked CSIRT."),
        ]
    );
}

#[test]
fn steps_by_pillar_keep_their_rank_within_the_pillar() {
    let ids: Vec<(usize, String)> = rows(Grouping::Pillar, None)
        .into_iter()
        .map(|r| (r.0, r.1))
        .collect();
    assert_eq!(
        ids,
        [
            (1, "gov-c".into()),
            (3, "gov-b".into()),
            (2, "ops-c".into()),
            (4, "ops-a".into())
        ]
    );
}

#[test]
fn top_keeps_the_first_ranks_before_grouping() {
    let ids: Vec<usize> = rows(Grouping::Pillar, Some(2))
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(ids, [1, 2]);
}
