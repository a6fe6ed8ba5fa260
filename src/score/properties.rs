//! Properties of the method that must hold for every questionnaire and every set of answers,
//! checked on generated ones: levels within the scale, stages by the floor rule, gaps never
//! negative, raising an answer never lowering a pillar, a total ranking order, and `n/a` that
//! changes nothing but the denominators.

use proptest::prelude::*;

use super::next_steps::order;
use super::*;
use crate::model::{
    Answer, Answers, IndicatorAnswer, Pillar, Question, Scoring, Stage, StageOption,
};

/// Weights written as decimals, among them products that differ only in binary (0.1 × 3).
const WEIGHTS: [f64; 10] = [0.001, 0.1, 0.2, 0.3, 0.5, 1.0, 1.5, 2.0, 3.0, 1000.0];

/// A generated question: its weight, its kind and its answer.
#[derive(Debug, Clone)]
struct Made {
    weight: f64,
    /// Option stage indices (ascending, at least one) of a choice question; empty for an
    /// indicator.
    options: Vec<usize>,
    /// The stage index an indicator is a requirement of.
    indicator: usize,
    answer: Option<Given>,
}

/// What was answered: an option (or 0 no, 1 partly, 2 yes for an indicator), or n/a.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Given {
    Pick(usize),
    NotApplicable,
}

/// A generated assessment: stages, method, and pillars of (weight, target, questions).
#[derive(Debug, Clone)]
struct Spec {
    stages: usize,
    scoring: Scoring,
    overall_target: usize,
    pillars: Vec<(f64, usize, Vec<Made>)>,
}

fn question(stages: usize, gated: bool) -> impl Strategy<Value = Made> {
    (
        prop::sample::select(&WEIGHTS[..]),
        prop::collection::btree_set(0..stages, 1..=stages),
        prop::bool::weighted(if gated { 0.4 } else { 0.0 }),
        1..stages,
        0..6usize,
        0..5usize,
    )
        .prop_map(|(weight, options, indicator, stage, kind, pick)| Made {
            weight,
            options: if indicator {
                Vec::new()
            } else {
                options.into_iter().collect()
            },
            indicator: stage,
            answer: match kind {
                0 => None,
                1 => Some(Given::NotApplicable),
                _ => Some(Given::Pick(pick)),
            },
        })
}

fn spec() -> impl Strategy<Value = Spec> {
    (2..=5usize, any::<bool>(), any::<bool>()).prop_flat_map(|(stages, gated, minimum)| {
        let pillar = (
            prop::sample::select(&WEIGHTS[..]),
            0..stages,
            prop::collection::vec(question(stages, gated), 1..=4),
        );
        (prop::collection::vec(pillar, 1..=3), 0..stages).prop_map(
            move |(pillars, overall_target)| Spec {
                stages,
                scoring: Scoring {
                    method: if gated {
                        Method::Gated
                    } else {
                        Method::WeightedMean
                    },
                    overall: if minimum {
                        Overall::Minimum
                    } else {
                        Overall::WeightedMean
                    },
                },
                overall_target,
                pillars,
            },
        )
    })
}

/// The questionnaire and the assessment a spec describes.
fn build(spec: &Spec) -> (Questionnaire, Assessment) {
    let stages = (0..spec.stages)
        .map(|s| Stage {
            id: format!("s{s}"),
            name: format!("S{s}"),
            summary: String::new(),
        })
        .collect();
    let mut answers = Answers::default();
    let mut pillars = Vec::new();
    for (p, (weight, _, questions)) in spec.pillars.iter().enumerate() {
        let mut built = Vec::new();
        for (i, made) in questions.iter().enumerate() {
            let id = format!("q{p}-{i}");
            let kind = if made.options.is_empty() {
                QuestionKind::Indicator {
                    stage: StageIndex::new(made.indicator),
                    next_step: format!("{id} to {}", made.indicator),
                }
            } else {
                let last = made.options.len() - 1;
                let options = made.options.iter().enumerate();
                QuestionKind::Choice {
                    options: options
                        .map(|(j, &stage)| StageOption {
                            stage: StageIndex::new(stage),
                            text: String::new(),
                            next_step: (j < last).then(|| format!("{id} from {stage}")),
                            evidence: None,
                        })
                        .collect(),
                }
            };
            let response = match made.answer {
                None => None,
                Some(Given::NotApplicable) => Some(Response::NotApplicable),
                Some(Given::Pick(k)) if made.options.is_empty() => Some(Response::Indicator(
                    [
                        IndicatorAnswer::No,
                        IndicatorAnswer::Partly,
                        IndicatorAnswer::Yes,
                    ][k % 3],
                )),
                Some(Given::Pick(k)) => Some(Response::Stage(StageIndex::new(
                    made.options[k % made.options.len()],
                ))),
            };
            if let Some(response) = response {
                let at = QuestionRef {
                    pillar: p,
                    question: i,
                };
                answers.insert(at, Answer::bare(response));
            }
            built.push(Question {
                id,
                prompt: String::new(),
                help: None,
                evidence: None,
                weight: made.weight,
                replaces: None,
                kind,
            });
        }
        pillars.push(Pillar {
            id: format!("p{p}"),
            name: format!("P{p}"),
            weight: *weight,
            summary: String::new(),
            questions: built,
        });
    }
    let q = Questionnaire::new(
        "made-up".into(),
        semver::Version::new(1, 0, 0),
        String::new(),
        String::new(),
        "en".into(),
        StageIndex::LOWEST,
        spec.scoring,
        stages,
        pillars,
        Vec::new(),
    );
    let a = Assessment {
        targets: spec
            .pillars
            .iter()
            .map(|(_, target, _)| StageIndex::new(*target))
            .collect(),
        overall_target: StageIndex::new(spec.overall_target),
        answers,
        ..Assessment::default()
    };
    (q, a)
}

/// (level, stage, score, target, gap) of every pillar, then of the overall result.
fn results(s: &Scored<'_>) -> Vec<(f64, usize, f64, usize, f64)> {
    let o = &s.overall;
    s.pillars
        .iter()
        .map(|p| (p.level, p.stage.get(), p.progress, p.target.get(), p.gap))
        .chain(std::iter::once((
            o.level,
            o.stage.get(),
            o.progress,
            o.target.get(),
            o.gap,
        )))
        .collect()
}

/// A generated spec and one of its questions, by pillar and index.
fn spec_and_question() -> impl Strategy<Value = (Spec, usize, usize)> {
    spec().prop_flat_map(|spec| {
        let pillars = spec.pillars.len();
        (Just(spec), 0..pillars, 0..4usize).prop_map(|(spec, p, i)| {
            let i = i % spec.pillars[p].2.len();
            (spec, p, i)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn levels_stages_and_gaps_follow_the_method((spec, _, _) in spec_and_question()) {
        let (q, a) = build(&spec);
        let s = score(&q, &a);
        let top = spec.stages as f64;
        for (level, stage, score, target, gap) in results(&s) {
            prop_assert!((1.0..=top).contains(&level), "level {}", level);
            prop_assert_eq!(stage, stage_of(level, spec.stages).get(), "the floor rule at {}", level);
            prop_assert!((0.0..=100.0 + EPSILON).contains(&score), "score {}", score);
            prop_assert!(gap >= 0.0 && gap.is_finite(), "gap {}", gap);
            prop_assert_eq!(gap == 0.0, stage >= target, "gap {}, stage {} → {}", gap, stage, target);
        }
        if spec.scoring.method == Method::Gated {
            prop_assert!(s.pillars.iter().all(|p| p.level == p.stage.number() as f64));
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_its_pillar(
        (spec, p, i) in spec_and_question(),
        step in 1..4usize,
    ) {
        let made = &spec.pillars[p].2[i];
        // From unanswered to any answer, or to a higher option (no → partly → yes).
        let (from, count) = match made.answer {
            Some(Given::NotApplicable) => return Ok(()),
            Some(Given::Pick(k)) if made.options.is_empty() => (Some(k % 3), 3),
            Some(Given::Pick(k)) => (Some(k % made.options.len()), made.options.len()),
            None => (None, made.options.len().max(3)),
        };
        let to = from.map_or(step - 1, |k| k + step);
        prop_assume!(to < count);
        let mut raised = spec.clone();
        raised.pillars[p].2[i].answer = Some(Given::Pick(to));
        let (q, a) = build(&spec);
        let (rq, ra) = build(&raised);
        let (before, after) = (&score(&q, &a).pillars[p], &score(&rq, &ra).pillars[p]);
        prop_assert!(after.level >= before.level, "{} → {}", before.level, after.level);
        prop_assert!(after.stage >= before.stage);
        prop_assert!(after.progress >= before.progress - EPSILON);
    }

    #[test]
    fn the_ranking_is_a_total_order((spec, _, _) in spec_and_question()) {
        let (q, a) = build(&spec);
        let steps = score(&q, &a).next_steps();
        for x in &steps {
            prop_assert_eq!(order(x, x), std::cmp::Ordering::Equal);
            for y in &steps {
                prop_assert_eq!(order(x, y), order(y, x).reverse(), "antisymmetric");
                for z in &steps {
                    if order(x, y).is_le() && order(y, z).is_le() {
                        prop_assert!(order(x, z).is_le(), "transitive");
                    }
                }
            }
        }
        prop_assert!(steps.windows(2).all(|w| order(&w[0], &w[1]).is_lt()), "ranked, no ties");
        prop_assert!(steps.iter().enumerate().all(|(i, n)| n.rank == i + 1));
    }

    #[test]
    fn not_applicable_is_as_if_the_question_were_not_there((spec, p, i) in spec_and_question()) {
        let mut na = spec.clone();
        na.pillars[p].2[i].answer = Some(Given::NotApplicable);
        let mut without = spec.clone();
        without.pillars[p].2.remove(i);
        let (nq, na) = build(&na);
        let (wq, wa) = build(&without);
        let (with_na, removed) = (score(&nq, &na), score(&wq, &wa));
        prop_assert_eq!(results(&with_na), results(&removed));
        // The counts differ by the question, answered n/a.
        let (x, y) = (&with_na.pillars[p], &removed.pillars[p]);
        prop_assert_eq!((x.total, x.answered, x.not_applicable),
            (y.total + 1, y.answered + 1, y.not_applicable + 1));
        let steps = |s: &Scored<'_>| -> Vec<(String, usize, usize, bool)> {
            s.next_steps().iter().map(|n| (n.action.to_owned(), n.from.get(), n.to.get(), n.unanswered)).collect()
        };
        // Actions name their question by its place, which shifts in the pillar without it.
        let rename = |action: &str| -> String {
            let prefix = format!("q{p}-");
            match action.strip_prefix(&prefix).and_then(|rest| rest.split_once(' ')) {
                Some((n, rest)) => match n.parse::<usize>() {
                    Ok(n) if n > i => format!("{prefix}{} {rest}", n - 1),
                    _ => action.to_owned(),
                },
                None => action.to_owned(),
            }
        };
        let renamed: Vec<_> = steps(&with_na)
            .into_iter()
            .map(|(action, from, to, unanswered)| (rename(&action), from, to, unanswered))
            .collect();
        prop_assert_eq!(renamed, steps(&removed));
    }
}
