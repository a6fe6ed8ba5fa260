//! Scoring checked against numbers worked out by hand (see the comments for the arithmetic).

use super::*;
use crate::model::Questionnaire;
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

fn load(questionnaire: &str, answers: &str) -> (Questionnaire, Assessment) {
    let q = parse_questionnaire(questionnaire)
        .value
        .expect("questionnaire parses");
    let file = parse_answers(answers).value.expect("answers parse");
    let a = resolve_answers(&file, &q).value.expect("answers resolve");
    (q, a)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

const WEIGHTED: &str = include_str!("../../tests/fixtures/weighted.toml");
const WEIGHTED_ANSWERS: &str = include_str!("../../tests/fixtures/weighted-answers.toml");
const GATED: &str = include_str!("../../tests/fixtures/gated.toml");
const GATED_ANSWERS: &str = include_str!("../../tests/fixtures/gated-answers.toml");

#[test]
fn weighted_mean_by_hand() {
    let (q, a) = load(WEIGHTED, WEIGHTED_ANSWERS);
    let s = score(&q, &a);
    // gov: (2·4 + 1·2 + 1·1) / (2 + 1 + 1) = 11/4 = 2.75 → stage 2 (growing)
    let gov = &s.pillars[0];
    assert!(close(gov.level, 2.75));
    assert_eq!(q.stages[gov.stage].id, "growing");
    // score = (2.75 − 1) / (4 − 1) · 100 = 58.333…
    assert!(close(gov.score, 175.0 / 3.0));
    // target working (3): gap 0.25
    assert!(close(gov.gap, 0.25));
    assert_eq!((gov.answered, gov.total, gov.not_applicable), (3, 3, 0));

    // ops: ops-a = 3, ops-b n/a (left out), ops-c unanswered = 1 → (3 + 1) / 2 = 2
    let ops = &s.pillars[1];
    assert!(close(ops.level, 2.0));
    assert!(close(ops.score, 100.0 / 3.0));
    assert_eq!(
        q.stages[ops.target].id, "leading",
        "[targets] beats assessment.target"
    );
    assert!(close(ops.gap, 2.0));
    assert_eq!((ops.answered, ops.total, ops.not_applicable), (2, 3, 1));

    // overall: (2·2.75 + 1·2) / 3 = 2.5; score (2·58.33 + 33.33) / 3 = 50
    assert!(close(s.overall.level, 2.5));
    assert!(close(s.overall.score, 50.0));
    assert_eq!(q.stages[s.overall.stage].id, "growing");
    assert!(close(s.overall.gap, 0.5));
}

#[test]
fn next_steps_are_ranked_foundations_first() {
    let (q, a) = load(WEIGHTED, WEIGHTED_ANSWERS);
    let s = score(&q, &a);
    let ranked = s.next_steps();
    let steps: Vec<(&str, usize, usize, &str)> = ranked
        .iter()
        .map(|n| (q.question(n.question).id.as_str(), n.from, n.to, n.action))
        .collect();
    assert_eq!(
        steps,
        vec![
            // leads to stage 2; gov-c priority 1·2 = 2 beats ops-c 1·1 = 1
            ("gov-c", 0, 1, "Request a budget line."),
            ("ops-c", 0, 1, "Hold a tabletop exercise."),
            // leads to stage 3
            ("gov-b", 1, 2, "Adopt the strategy."),
            // leads to stage 4 (ops target is leading)
            ("ops-a", 2, 3, "Join international CSIRT networks."),
        ]
    );
    assert!(ranked[1].unanswered);
    assert_eq!(
        ranked.iter().map(|n| n.rank).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
}

#[test]
fn gated_by_hand() {
    let (q, a) = load(GATED, GATED_ANSWERS);
    let s = score(&q, &a);
    // core: choice at 3 meets stages 1–3; growing indicator yes; working indicator only partly
    // → stage 2 (growing) holds, stage 3 fails.
    let core = &s.pillars[0];
    assert_eq!(q.stages[core.stage].id, "growing");
    assert!(close(core.level, 2.0));
    // score: (2/3 + 1 + 0.5 + 0) / 4 = 0.541666… → 54.1666…
    assert!(close(core.score, (2.0 / 3.0 + 1.5) / 4.0 * 100.0));
    // extra: choice at 4 and the working indicator met → leading
    let extra = &s.pillars[1];
    assert_eq!(q.stages[extra.stage].id, "leading");
    assert!(close(extra.score, 100.0));
    // overall = minimum → the core pillar
    assert_eq!(s.overall.stage, core.stage);
    assert!(close(s.overall.level, 2.0));
    assert!(close(s.overall.score, core.score));
    assert!(close(s.overall.gap, 1.0));
    // only the partly-met working indicator is a step; the leading one is above the target
    let steps = s.next_steps();
    assert_eq!(steps.len(), 1);
    assert_eq!(q.question(steps[0].question).id, "c-ind-3");
    assert_eq!((steps[0].from, steps[0].to), (1, 2));
}

#[test]
fn stage_tolerance_rounds_near_integers_up() {
    assert_eq!(stage_of(2.9999999999, 5), 2);
    assert_eq!(stage_of(2.99, 5), 1);
    assert_eq!(stage_of(5.0, 5), 4);
    assert_eq!(stage_of(0.5, 5), 0);
}

#[test]
fn all_not_applicable_pillar_scores_lowest_without_dividing_by_zero() {
    let answers = WEIGHTED_ANSWERS.replace(
        "gov-a = \"leading\"\ngov-b = \"growing\"\ngov-c = \"start\"\n",
        "gov-a = \"n/a\"\ngov-b = \"n/a\"\ngov-c = \"n/a\"\n",
    );
    let (q, a) = load(WEIGHTED, &answers);
    let s = score(&q, &a);
    assert!(close(s.pillars[0].level, 1.0));
    assert!(s.pillars[0].score.is_finite());
    assert!(s.overall.level.is_finite());
}

#[test]
fn nothing_answered_is_the_lowest_stage_everywhere() {
    let answers = "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"Blank\"\n";
    let (q, a) = load(WEIGHTED, answers);
    let s = score(&q, &a);
    assert!(
        s.pillars
            .iter()
            .all(|p| p.stage == 0 && close(p.score, 0.0))
    );
    // every question is below target → a step from its start option, all flagged unanswered
    let steps = s.next_steps();
    assert_eq!(steps.len(), 6);
    assert!(steps.iter().all(|n| n.unanswered && n.from == 0));
}
