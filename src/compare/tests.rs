//! Comparisons checked against changes worked out by hand from the fixtures in
//! `tests/fixtures/compare/` (their comments give each level).

use std::collections::HashMap;

use super::*;
use crate::model::{Assessment, Questionnaire, StageIndex};
use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};
use crate::score::score;

const V12: &str = include_str!("../../tests/fixtures/weighted.toml");
const V13: &str = include_str!("../../tests/fixtures/compare/weighted-1.3.toml");
const V20: &str = include_str!("../../tests/fixtures/compare/weighted-2.0.toml");
const OLD: &str = include_str!("../../tests/fixtures/compare/old.toml");
const NEW: &str = include_str!("../../tests/fixtures/compare/new.toml");
const NEW_13: &str = include_str!("../../tests/fixtures/compare/new-1.3.toml");
const NEW_20: &str = include_str!("../../tests/fixtures/compare/new-2.0.toml");

fn questionnaire(text: &str) -> Questionnaire {
    parse_questionnaire(text)
        .value
        .expect("questionnaire parses")
}

fn answers(q: &Questionnaire, text: &str) -> Assessment {
    let file = parse_answers(text).value.expect("answers parse");
    resolve_answers(&file, q).value.expect("answers resolve")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The question ids of a list of changes, in the new questionnaire.
fn ids<'q>(q: &'q Questionnaire, changes: &[&QuestionChange]) -> Vec<&'q str> {
    changes
        .iter()
        .map(|c| q.question(c.new).id.as_str())
        .collect()
}

fn change_of<'c>(c: &'c Comparison<'_, '_>, id: &str) -> &'c QuestionChange {
    c.questions
        .iter()
        .find(|q| c.new.questionnaire.question(q.new).id == id)
        .unwrap_or_else(|| panic!("{id} is compared"))
}

#[test]
fn pillar_and_overall_deltas_by_hand() {
    let q = questionnaire(V12);
    let (a, b) = (answers(&q, OLD), answers(&q, NEW));
    let (old, new) = (score(&q, &a), score(&q, &b));
    let c = compare(&old, &new).expect("comparable");
    assert_eq!(c.versions, Versions::Same);
    assert!(c.same_country);

    // gov: 1.75 → 2.75: +1 level; score 25 → 58.333: +33.333; Start → Growing; target
    // Working not met either time.
    let gov = &c.pillars[0];
    assert_eq!((gov.old, gov.new), (Some(0), Some(0)));
    let g = gov.change.expect("in both");
    assert!(close(g.level, 1.0), "{}", g.level);
    assert!(close(g.progress, 100.0 / 3.0), "{}", g.progress);
    assert_eq!(g.stages, 1);
    assert_eq!(g.target, TargetStatus::NotMet);

    // ops: 2 → 2 (ops-b n/a now, ops-a down one): no change.
    let o = c.pillars[1].change.expect("in both");
    assert!(close(o.level, 0.0) && close(o.progress, 0.0));
    assert_eq!(o.stages, 0);

    // overall: 1.8333 → 2.5: +0.6667; score 27.778 → 50: +22.222; Start → Growing.
    assert!(close(c.overall.level, 2.0 / 3.0), "{}", c.overall.level);
    assert!(
        close(c.overall.progress, 200.0 / 9.0),
        "{}",
        c.overall.progress
    );
    assert_eq!(c.overall.stages, 1);
    assert_eq!(c.overall.target, TargetStatus::NotMet);
    assert!(c.added.is_empty() && c.removed.is_empty());
}

#[test]
fn questions_improved_declined_newly_answered_and_newly_not_applicable() {
    let q = questionnaire(V12);
    let (a, b) = (answers(&q, OLD), answers(&q, NEW));
    let (old, new) = (score(&q, &a), score(&q, &b));
    let c = compare(&old, &new).expect("comparable");

    // gov-a: Growing → Leading, 2 stages up; weight 2 × pillar 2 = 4; progress 2/3 × 4.
    let gov_a = change_of(&c, "gov-a");
    assert_eq!(gov_a.movement, Movement::Improved);
    assert_eq!(
        (gov_a.before, gov_a.after),
        (
            Side::Stage(StageIndex::new(1)),
            Side::Stage(StageIndex::new(3))
        )
    );
    assert!(close(gov_a.delta, 2.0) && close(gov_a.weight, 4.0));
    assert!(close(gov_a.weighted, 8.0 / 3.0), "{}", gov_a.weighted);

    // ops-a: Working → Growing: 1 stage down, weight 1 × 1, progress −1/3.
    let ops_a = change_of(&c, "ops-a");
    assert_eq!(ops_a.movement, Movement::Declined);
    assert!(close(ops_a.delta, -1.0) && close(ops_a.weighted, -1.0 / 3.0));

    // gov-c: unanswered (counts as Start) → Start: newly answered, no change in value.
    let gov_c = change_of(&c, "gov-c");
    assert_eq!(gov_c.movement, Movement::NewlyAnswered);
    assert_eq!(gov_c.before, Side::Unanswered);
    assert!(close(gov_c.delta, 0.0));

    // ops-b: Start → n/a: left out of the sums now, so no value change is counted.
    let ops_b = change_of(&c, "ops-b");
    assert_eq!(ops_b.movement, Movement::NewlyNotApplicable);
    assert!(close(ops_b.delta, 0.0) && close(ops_b.weighted, 0.0));

    assert_eq!(c.count(Movement::Unchanged), 2, "gov-b and ops-c");
    assert_eq!(ids(&q, &c.most_improved(5)), ["gov-a"]);
    assert_eq!(ids(&q, &c.areas_of_concern(5)), ["ops-a"]);
    assert!(c.most_improved(0).is_empty());
}

#[test]
fn steps_done_since_still_open_new_and_dropped() {
    let q = questionnaire(V12);
    let (a, b) = (answers(&q, OLD), answers(&q, NEW));
    let (old, new) = (score(&q, &a), score(&q, &b));
    let c = compare(&old, &new).expect("comparable");
    let names = |steps: &[crate::score::NextStep<'_>]| -> Vec<String> {
        steps
            .iter()
            .map(|s| format!("{}→{}", q.question(s.question).id, q.stages[s.to].id))
            .collect()
    };
    // Old steps (targets gov Working, ops Leading): gov-a, gov-b → Working; gov-c → Growing;
    // ops-a → Leading; ops-b → Growing; ops-c → Working. gov-a is at Leading now: done.
    assert_eq!(names(&c.steps.done), ["gov-a→working"]);
    // ops-b is n/a now: its step is no longer asked for.
    assert_eq!(names(&c.steps.dropped), ["ops-b→growing"]);
    // New steps, in the new ranking (stage led to, then weight): all had a step before.
    assert_eq!(
        names(&c.steps.open),
        [
            "gov-c→growing",
            "gov-b→working",
            "ops-a→working",
            "ops-c→working"
        ]
    );
    assert!(c.steps.new.is_empty());
}

#[test]
fn a_question_added_in_a_minor_version_is_listed_not_counted_as_change() {
    let (q12, q13) = (questionnaire(V12), questionnaire(V13));
    let (a, b) = (answers(&q12, OLD), answers(&q13, NEW_13));
    let (old, new) = (score(&q12, &a), score(&q13, &b));
    let c = compare(&old, &new).expect("comparable");
    assert_eq!(c.versions, Versions::OtherMinor);
    let added: Vec<&str> = c
        .added
        .iter()
        .map(|r| q13.question(*r).id.as_str())
        .collect();
    assert_eq!(added, ["ops-d"]);
    assert!(c.removed.is_empty());
    assert_eq!(
        c.questions.len(),
        6,
        "the six questions of 1.2.0 are compared"
    );
    // ops: 2 → (2 + 2 + 2) / 3 = 2.
    assert!(close(c.pillars[1].change.expect("both").level, 0.0));
    // ops-d at Growing asks for a step to Working: a new step.
    let new_steps: Vec<&str> = c
        .steps
        .new
        .iter()
        .map(|s| q13.question(s.question).id.as_str())
        .collect();
    assert_eq!(new_steps, ["ops-d"]);

    // The other way round, the question is removed.
    let back = compare(&new, &old).expect("comparable");
    let removed: Vec<&str> = back
        .removed
        .iter()
        .map(|r| q13.question(*r).id.as_str())
        .collect();
    assert_eq!(removed, ["ops-d"]);
    assert!(back.added.is_empty());
}

#[test]
fn another_major_version_compares_pillars_by_id_and_no_questions() {
    let (q12, q20) = (questionnaire(V12), questionnaire(V20));
    let (a, b) = (answers(&q12, OLD), answers(&q20, NEW_20));
    let (old, new) = (score(&q12, &a), score(&q20, &b));
    let c = compare(&old, &new).expect("comparable");
    assert_eq!(c.versions, Versions::OtherMajor);
    assert!(c.questions.is_empty());
    assert_eq!((c.added.len(), c.removed.len()), (6, 6));
    // gov is in both: 1.75 → 3.25 = +1.5. response is new, ops is gone.
    assert_eq!(c.pillars.len(), 3);
    assert!(close(c.pillars[0].change.expect("gov").level, 1.5));
    assert_eq!((c.pillars[1].old, c.pillars[1].new), (None, Some(1)));
    assert_eq!((c.pillars[2].old, c.pillars[2].new), (Some(1), None));
    assert!(c.pillars[1].change.is_none() && c.pillars[2].change.is_none());
    // overall 1.8333 → 3.1667: +1.3333, Working now meets the target.
    assert!(close(c.overall.level, 4.0 / 3.0), "{}", c.overall.level);
    assert_eq!(c.overall.target, TargetStatus::NowMet);
}

#[test]
fn declared_links_match_questions_across_major_versions() {
    let (q12, q20) = (questionnaire(V12), questionnaire(V20));
    let (a, b) = (answers(&q12, OLD), answers(&q20, NEW_20));
    let (old, new) = (score(&q12, &a), score(&q20, &b));
    let links: HashMap<String, String> = [("gov2-a", "gov-a"), ("resp-a", "ops-a")]
        .into_iter()
        .map(|(n, o)| (n.to_owned(), o.to_owned()))
        .collect();
    let c = compare_with(&old, &new, &links).expect("comparable");
    let matched: Vec<(&str, &str)> = c
        .questions
        .iter()
        .map(|x| {
            (
                q20.question(x.new).id.as_str(),
                q12.question(x.old).id.as_str(),
            )
        })
        .collect();
    assert_eq!(matched, [("gov2-a", "gov-a"), ("resp-a", "ops-a")]);
    assert_eq!((c.added.len(), c.removed.len()), (4, 4));
    // gov-a Growing → Leading (+2), ops-a Working → Working.
    assert!(close(c.questions[0].delta, 2.0));
    assert_eq!(c.questions[1].movement, Movement::Unchanged);
}

#[test]
fn other_questionnaires_or_stage_scales_are_not_comparable() {
    let q = questionnaire(V12);
    let builtin = questionnaire(crate::builtin::BUILTINS[0].text);
    let a = answers(&q, OLD);
    let b = Assessment {
        targets: vec![StageIndex::LOWEST; builtin.pillars.len()],
        ..Assessment::default()
    };
    let (old, new) = (score(&q, &a), score(&builtin, &b));
    assert!(matches!(
        compare(&old, &new),
        Err(NotComparable::Questionnaires { .. })
    ));
    let mut five = q.clone();
    five.stages.push(five.stages[3].clone());
    let new = score(&five, &a);
    assert_eq!(
        compare(&old, &new).err(),
        Some(NotComparable::Stages { old: 4, new: 5 })
    );
}

#[test]
fn different_countries_are_compared_and_flagged() {
    let q = questionnaire(V12);
    let a = answers(&q, OLD);
    let mut b = answers(&q, NEW);
    b.info.country = "  FICTILAND ".to_owned();
    let (old, new) = (score(&q, &a), score(&q, &b));
    assert!(compare(&old, &new).expect("comparable").same_country);
    b.info.country = "Otherland".to_owned();
    let new = score(&q, &b);
    assert!(!compare(&old, &new).expect("comparable").same_country);
}

#[test]
fn reasons_are_worded_in_each_language_and_in_english_as_displayed() {
    let reasons = [
        NotComparable::Questionnaires {
            old: "mini-weighted".to_owned(),
            new: "ncss-maturity".to_owned(),
        },
        NotComparable::Stages { old: 4, new: 5 },
    ];
    for reason in &reasons {
        assert_eq!(reason.words(Locale::En), reason.to_string());
    }
    assert_eq!(
        reasons[1].words(Locale::Es),
        "los cuestionarios tienen 4 y 5 etapas, por lo que sus niveles no son comparables"
    );
    assert_eq!(
        reasons[0].words(Locale::Pt),
        "as avaliações respondem a questionários diferentes (mini-weighted e ncss-maturity)"
    );
    assert!(
        reasons[1]
            .words(Locale::Fr)
            .starts_with("les questionnaires comptent respectivement 4 et 5 stades")
    );
}
