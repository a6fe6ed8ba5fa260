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
    assert!(close(gov.progress, 175.0 / 3.0));
    // target working (3): gap 0.25
    assert!(close(gov.gap, 0.25));
    assert_eq!((gov.answered, gov.total, gov.not_applicable), (3, 3, 0));

    // ops: ops-a = 3, ops-b n/a (left out), ops-c unanswered = 1 → (3 + 1) / 2 = 2
    let ops = &s.pillars[1];
    assert!(close(ops.level, 2.0));
    assert!(close(ops.progress, 100.0 / 3.0));
    assert_eq!(
        q.stages[ops.target].id, "leading",
        "[targets] beats assessment.target"
    );
    assert!(close(ops.gap, 2.0));
    assert_eq!((ops.answered, ops.total, ops.not_applicable), (2, 3, 1));

    // overall: (2·2.75 + 1·2) / 3 = 2.5; score (2·58.33 + 33.33) / 3 = 50
    assert!(close(s.overall.level, 2.5));
    assert!(close(s.overall.progress, 50.0));
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
        .map(|n| {
            (
                q.question(n.question).id.as_str(),
                n.from.get(),
                n.to.get(),
                n.action,
            )
        })
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
    assert!(close(core.progress, (2.0 / 3.0 + 1.5) / 4.0 * 100.0));
    // extra: choice at 4 and the working indicator met → leading
    let extra = &s.pillars[1];
    assert_eq!(q.stages[extra.stage].id, "leading");
    assert!(close(extra.progress, 100.0));
    // overall = minimum → the core pillar
    assert_eq!(s.overall.stage, core.stage);
    assert!(close(s.overall.level, 2.0));
    assert!(close(s.overall.progress, core.progress));
    assert!(close(s.overall.gap, 1.0));
    // only the partly-met working indicator is a step; the leading one is above the target
    let steps = s.next_steps();
    assert_eq!(steps.len(), 1);
    assert_eq!(q.question(steps[0].question).id, "c-ind-3");
    assert_eq!((steps[0].from.get(), steps[0].to.get()), (1, 2));
}

#[test]
fn stage_tolerance_rounds_near_integers_up() {
    assert_eq!(stage_of(2.9999999999, 5).get(), 2);
    assert_eq!(stage_of(2.99, 5).get(), 1);
    assert_eq!(stage_of(5.0, 5).get(), 4);
    assert_eq!(stage_of(0.5, 5).get(), 0);
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
    assert!(s.pillars[0].progress.is_finite());
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
            .all(|p| p.stage.get() == 0 && close(p.progress, 0.0))
    );
    // every question is below target → a step from its start option, all flagged unanswered
    let steps = s.next_steps();
    assert_eq!(steps.len(), 6);
    assert!(steps.iter().all(|n| n.unanswered && n.from.get() == 0));
}

/// One question of a questionnaire made up for a test.
enum Made {
    /// A choice question with options for these stage numbers (1-based).
    Choice(&'static str, f64, &'static [usize]),
    /// An indicator that is a requirement of this stage number.
    Indicator(&'static str, f64, usize),
}

/// A questionnaire with `stages` stages (s1, s2, …), the given method and overall method, and
/// pillars of (id, weight, questions).
fn made_up(stages: usize, method: &str, overall: &str, pillars: &[(&str, f64, &[Made])]) -> String {
    let mut text = format!(
        "id = \"made-up\"\nversion = \"1.0.0\"\ntitle = \"T\"\ndefault_target = \"s{stages}\"\n\
         [scoring]\nmethod = \"{method}\"\noverall = \"{overall}\"\n"
    );
    for s in 1..=stages {
        text.push_str(&format!("[[stages]]\nid = \"s{s}\"\nname = \"S{s}\"\n"));
    }
    for (id, weight, questions) in pillars {
        text.push_str(&format!(
            "[[pillars]]\nid = \"{id}\"\nname = \"{id}\"\nweight = {weight}\n"
        ));
        for question in *questions {
            match question {
                Made::Choice(id, weight, options) => {
                    text.push_str(&format!(
                        "[[pillars.questions]]\nid = \"{id}\"\nprompt = \"?\"\nweight = {weight}\n"
                    ));
                    for s in *options {
                        text.push_str(&format!(
                            "[[pillars.questions.options]]\nstage = \"s{s}\"\ntext = \"at {s}\"\n\
                             next_step = \"{id} from {s}\"\n"
                        ));
                    }
                }
                Made::Indicator(id, weight, stage) => text.push_str(&format!(
                    "[[pillars.questions]]\nid = \"{id}\"\nkind = \"indicator\"\nstage = \"s{stage}\"\n\
                     prompt = \"?\"\nweight = {weight}\nnext_step = \"{id} to {stage}\"\n"
                )),
            }
        }
    }
    text
}

/// An answers file for a made-up questionnaire: `lines` under `[answers]`.
fn made_up_answers(lines: &str) -> String {
    format!("questionnaire = \"made-up.toml\"\n[assessment]\ncountry = \"X\"\n[answers]\n{lines}")
}

#[test]
fn a_gated_pillar_answered_all_na_is_at_the_lowest_stage() {
    // core's four questions are n/a: nothing to score it by → stage 1, level 1, score 0, and
    // the overall (the weakest pillar) follows it.
    let answers = GATED_ANSWERS
        .replace("c-choice = \"working\"", "c-choice = \"n/a\"")
        .replace("c-ind-2 = \"yes\"", "c-ind-2 = \"n/a\"")
        .replace("c-ind-3 = \"partly\"", "c-ind-3 = \"n/a\"")
        .replace("c-ind-4 = \"no\"", "c-ind-4 = \"n/a\"");
    let (q, a) = load(GATED, &answers);
    let s = score(&q, &a);
    let core = &s.pillars[0];
    assert!(core.is_all_not_applicable());
    assert_eq!(core.stage.get(), 0);
    assert!(close(core.level, 1.0));
    assert!(close(core.progress, 0.0));
    assert_eq!((s.overall.stage.get(), s.overall.progress), (0, 0.0));
    assert!(close(s.overall.level, 1.0));
    assert_eq!(s.all_not_applicable().count(), 1);
}

#[test]
fn a_gated_pillar_rises_no_higher_than_its_highest_requirement() {
    let text = made_up(
        5,
        "gated",
        "minimum",
        &[(
            "p",
            1.0,
            &[Made::Indicator("i2", 1.0, 2), Made::Indicator("i3", 1.0, 3)],
        )],
    );
    let (q, a) = load(&text, &made_up_answers("i2 = \"yes\"\ni3 = \"yes\"\n"));
    let s = score(&q, &a);
    // Stages 4 and 5 have no requirement: every requirement met reaches stage 3, not 5.
    assert_eq!(s.pillars[0].stage.get(), 2);
    assert!(close(s.pillars[0].level, 3.0));
    assert!(close(s.pillars[0].progress, 100.0));
    // A requirement left n/a is no requirement: stage 2 alone is asked for.
    let (q, a) = load(
        &text,
        &made_up_answers("i2 = \"yes\"\ni3 = { answer = \"n/a\", notes = \"None.\" }\n"),
    );
    assert_eq!(score(&q, &a).pillars[0].stage.get(), 1);
}

#[test]
fn a_gated_stage_between_requirements_is_passed_once_the_one_below_is() {
    let text = made_up(
        4,
        "gated",
        "minimum",
        &[(
            "p",
            1.0,
            &[Made::Indicator("i2", 1.0, 2), Made::Indicator("i4", 1.0, 4)],
        )],
    );
    let level = |answers: &str| {
        let (q, a) = load(&text, &made_up_answers(answers));
        score(&q, &a).pillars[0].level
    };
    assert!(close(level("i2 = \"yes\"\ni4 = \"no\"\n"), 3.0));
    assert!(close(level("i2 = \"yes\"\ni4 = \"yes\"\n"), 4.0));
    assert!(close(level("i2 = \"no\"\ni4 = \"yes\"\n"), 1.0));
}

#[test]
fn weight_products_equal_as_written_fall_to_questionnaire_order() {
    // a: 0.3 × 1; b: 0.1 × 3 (= 0.30000000000000004 in binary). Both lead to s2: a tie, so
    // questionnaire order decides and a comes first; c (0.2 × 1) is lower.
    let text = made_up(
        3,
        "weighted-mean",
        "weighted-mean",
        &[
            ("pa", 1.0, &[Made::Choice("a", 0.3, &[1, 2, 3])]),
            ("pb", 3.0, &[Made::Choice("b", 0.1, &[1, 2, 3])]),
            ("pc", 1.0, &[Made::Choice("c", 0.2, &[1, 2, 3])]),
        ],
    );
    let (q, a) = load(
        &text,
        &made_up_answers("a = \"s1\"\nb = \"s1\"\nc = \"s1\"\n"),
    );
    let s = score(&q, &a);
    let order: Vec<&str> = s
        .next_steps()
        .iter()
        .filter(|n| n.to.get() == 1)
        .map(|n| q.question(n.question).id.as_str())
        .collect();
    assert_eq!(order, ["a", "b", "c"]);
}

#[test]
fn the_weakest_pillar_has_the_lowest_level_then_the_lowest_score() {
    // Gated, two pillars both at stage 2. p1: choice at 2 (progress 1/3) and the stage-2
    // indicator met (1) → score (1/3 + 1)/2 = 66.67 %. p2: choice at 2 and the stage-3
    // indicator not met → (1/3 + 0)/2 = 16.67 %. The weakest is p2, though p1 comes first.
    let text = made_up(
        4,
        "gated",
        "minimum",
        &[
            (
                "p1",
                1.0,
                &[
                    Made::Choice("c1", 1.0, &[1, 2, 3, 4]),
                    Made::Indicator("i1", 1.0, 2),
                ],
            ),
            (
                "p2",
                1.0,
                &[
                    Made::Choice("c2", 1.0, &[1, 2, 3, 4]),
                    Made::Indicator("i2", 1.0, 3),
                ],
            ),
        ],
    );
    let (q, a) = load(
        &text,
        &made_up_answers("c1 = \"s2\"\ni1 = \"yes\"\nc2 = \"s2\"\ni2 = \"no\"\n"),
    );
    let s = score(&q, &a);
    assert!(close(s.pillars[0].progress, 200.0 / 3.0));
    assert!(close(s.pillars[1].progress, 50.0 / 3.0));
    assert_eq!(s.overall.stage.get(), 1);
    assert!(close(s.overall.level, 2.0));
    assert!(close(s.overall.progress, 50.0 / 3.0));
    // A lower level beats a lower score: p1 at stage 1 with 50 % is weaker than p2.
    let (q, a) = load(
        &text,
        &made_up_answers("c1 = \"s3\"\ni1 = \"no\"\nc2 = \"s2\"\ni2 = \"no\"\n"),
    );
    let s = score(&q, &a);
    // p1: (2/3 + 0)/2 = 33.3 %, stage 1 (its stage-2 indicator is not met).
    assert!(close(s.overall.level, 1.0));
    assert!(close(s.overall.progress, 100.0 / 3.0));
}

#[test]
fn steps_over_an_option_set_that_skips_stages_lead_to_the_next_option() {
    // Options at stages 1, 2 and 4: from stage 2 the step leads to 4, the next stage that has
    // an option. The highest option (4) has no step.
    let text = made_up(
        4,
        "weighted-mean",
        "weighted-mean",
        &[(
            "p",
            1.0,
            &[
                Made::Choice("skip", 1.0, &[1, 2, 4]),
                Made::Choice("late", 1.0, &[2, 3, 4]),
            ],
        )],
    );
    let (q, a) = load(&text, &made_up_answers("skip = \"s2\"\n"));
    let s = score(&q, &a);
    let steps: Vec<(&str, usize, usize, &str, bool)> = s
        .next_steps()
        .iter()
        .map(|n| {
            (
                q.question(n.question).id.as_str(),
                n.from.get(),
                n.to.get(),
                n.action,
                n.unanswered,
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            // Unanswered, no stage-1 option: the lowest option's step, as if it were chosen
            // (the question still counts as level 1).
            ("late", 1, 2, "late from 2", true),
            ("skip", 1, 3, "skip from 2", false),
        ]
    );
    assert!(close(s.pillars[0].level, 1.5), "(2 + 1) / 2");
}

#[test]
fn unanswered_questions_are_counted() {
    let (q, a) = load(WEIGHTED, WEIGHTED_ANSWERS);
    let s = score(&q, &a);
    // ops-c has no answer; ops-b is n/a, which is an answer.
    assert_eq!((s.unanswered(), s.total()), (1, 6));
    let blank = "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"Blank\"\n";
    let (q, a) = load(WEIGHTED, blank);
    assert_eq!(score(&q, &a).unanswered(), 6);
}

#[test]
fn comparable_numbers_tie_when_equal_as_written() {
    assert_eq!(comparable(0.1 * 3.0), comparable(0.3));
    assert_eq!(comparable(0.1 + 0.2), comparable(0.3));
    assert!(comparable(0.3) < comparable(0.300001));
    assert_eq!(comparable(2.9999999999), comparable(3.0));
    assert_eq!(comparable(1000.0 * 1000.0), 1e6);
    assert_eq!(comparable(0.0), 0.0);
}
