//! The scoring engine: stages, levels, scores, gaps and ranked next steps.
//!
//! Pure arithmetic over a [`Questionnaire`] and an [`Assessment`]; the method is documented in
//! the README's "Method" section and must stay in step with it.

mod next_steps;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;

use crate::model::{
    Assessment, Method, Overall, QuestionKind, QuestionRef, Questionnaire, Response, StageIndex,
};

pub use next_steps::NextStep;

/// Tolerance when turning a level into a stage, so 2.9999999999 counts as 3. The displayed
/// numbers use the same tolerance (`render::format`), so a level shown as 3.0 is at stage 3.
pub const EPSILON: f64 = 1e-9;

/// Significant digits to which weights and levels are compared when ranking: enough to tell
/// apart any two weights written with a few decimals, few enough that numbers equal as written
/// (0.1 × 3 and 0.3 × 1, which differ in binary) tie.
const COMPARED_DIGITS: i32 = 9;

/// A scored assessment: the questionnaire, the answers, and every number derived from them.
/// The ranked next steps are derived on request ([`Scored::next_steps`]), so a batch that only
/// prints levels neither ranks nor holds them.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Scored<'a> {
    /// The questionnaire scored against.
    pub questionnaire: &'a Questionnaire,
    /// The answers scored.
    pub assessment: &'a Assessment,
    /// One result per pillar, in questionnaire order.
    pub pillars: Vec<PillarScore>,
    /// The overall result.
    pub overall: OverallScore,
}

impl<'a> Scored<'a> {
    /// The next steps towards the targets, best first (see the README's Method).
    pub fn next_steps(&self) -> Vec<NextStep<'a>> {
        next_steps::rank(self.questionnaire, self.assessment, &self.pillars)
    }

    /// How many questions nobody answered yet (`n/a` counts as answered). While any is left,
    /// the results are a draft.
    pub fn unanswered(&self) -> usize {
        self.pillars.iter().map(|p| p.total - p.answered).sum()
    }

    /// How many questions the questionnaire has.
    pub fn total(&self) -> usize {
        self.pillars.iter().map(|p| p.total).sum()
    }

    /// The pillars whose questions are all `n/a`, scored at the lowest stage.
    pub fn all_not_applicable(&self) -> impl Iterator<Item = &PillarScore> {
        self.pillars.iter().filter(|p| p.is_all_not_applicable())
    }
}

impl PillarScore {
    /// Whether every question of the pillar is answered `n/a`, so nothing is left to score it
    /// by and it is scored at the lowest stage.
    pub fn is_all_not_applicable(&self) -> bool {
        self.total > 0 && self.not_applicable == self.total
    }
}

/// The result for one pillar.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PillarScore {
    /// Index into the questionnaire's pillars.
    pub pillar: usize,
    /// Level from 1 to S (a fraction under weighted-mean).
    pub level: f64,
    /// Stage reached.
    pub stage: StageIndex,
    /// Progress from 0 to 100 % across the scale (written as `score` in the JSON and CSV
    /// outputs).
    pub progress: f64,
    /// Target stage.
    pub target: StageIndex,
    /// max(0, target number − level).
    pub gap: f64,
    /// Questions answered (including n/a).
    pub answered: usize,
    /// Questions in the pillar.
    pub total: usize,
    /// Questions answered n/a.
    pub not_applicable: usize,
    /// Per-question breakdown, in questionnaire order.
    pub questions: Vec<QuestionScore>,
}

/// The overall result.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OverallScore {
    /// Level from 1 to S.
    pub level: f64,
    /// Stage reached.
    pub stage: StageIndex,
    /// Progress from 0 to 100 % across the scale (written as `score` in the JSON and CSV
    /// outputs).
    pub progress: f64,
    /// Assessment-wide target stage.
    pub target: StageIndex,
    /// max(0, target number − level).
    pub gap: f64,
}

/// How one question contributed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuestionScore {
    /// Where the question sits.
    pub question: QuestionRef,
    /// What it counts as.
    pub outcome: Outcome,
    /// Question weight.
    pub weight: f64,
}

/// What one question counts as in the score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// A choice question at this stage; its number is the level it counts for (1..S).
    /// `answered` is false when it counts at the lowest stage because nobody answered it.
    Level {
        /// The stage counted.
        stage: StageIndex,
        /// Whether it was answered.
        answered: bool,
    },
    /// An indicator with its credit (1, 0.5 or 0); `answered` as above.
    Indicator {
        /// 1 met, 0.5 partly, 0 not met.
        credit: f64,
        /// Whether it was answered.
        answered: bool,
    },
    /// Left out of every sum.
    NotApplicable,
}

impl Outcome {
    /// Whether the question was answered (n/a counts as answered).
    pub fn is_answered(self) -> bool {
        match self {
            Outcome::Level { answered, .. } | Outcome::Indicator { answered, .. } => answered,
            Outcome::NotApplicable => true,
        }
    }
}

/// Scores one assessment.
pub fn score<'a>(questionnaire: &'a Questionnaire, assessment: &'a Assessment) -> Scored<'a> {
    let stages = questionnaire.stage_count();
    let pillars: Vec<PillarScore> = questionnaire
        .pillars
        .iter()
        .enumerate()
        .map(|(p, _)| score_pillar(questionnaire, assessment, p, stages))
        .collect();
    let overall = score_overall(questionnaire, assessment, &pillars);
    Scored {
        questionnaire,
        assessment,
        pillars,
        overall,
    }
}

/// The stage a level (from 1, possibly fractional) is at, with the tolerance.
pub fn stage_of(level: f64, stages: usize) -> StageIndex {
    let n = (level + EPSILON).floor() as usize;
    StageIndex::new(n.clamp(1, stages.max(1)) - 1)
}

/// `value` rounded to nine significant digits: the key under which weights and levels are
/// compared when ranking. Numbers equal as written compare equal, and, unlike a tolerance test
/// between two numbers, the order stays total (a sort may rely on it).
pub(crate) fn comparable(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let scale = 10f64.powi(COMPARED_DIGITS - 1 - magnitude);
    let rounded = (value * scale).round() / scale;
    if rounded.is_finite() { rounded } else { value }
}

/// A weighted mean of levels, kept on the scale: the mean of numbers from 1 to S is within
/// them, but its binary arithmetic may land a hair outside (3.0000000000000004 of 3).
fn within_scale(level: f64, stages: usize) -> f64 {
    level.clamp(1.0, stages.max(1) as f64)
}

fn gap(target: StageIndex, level: f64) -> f64 {
    let gap = target.number() as f64 - level;
    if gap > EPSILON { gap } else { 0.0 }
}

fn score_pillar(q: &Questionnaire, a: &Assessment, p: usize, stages: usize) -> PillarScore {
    let pillar = &q.pillars[p];
    let questions: Vec<QuestionScore> = pillar
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let r = QuestionRef {
                pillar: p,
                question: i,
            };
            let outcome = match (a.answers.get(&r).map(|x| x.response), &question.kind) {
                (Some(Response::NotApplicable), _) => Outcome::NotApplicable,
                (Some(Response::Stage(s)), _) => Outcome::Level {
                    stage: s,
                    answered: true,
                },
                (Some(Response::Indicator(i)), _) => Outcome::Indicator {
                    credit: i.credit(),
                    answered: true,
                },
                (None, QuestionKind::Choice { .. }) => Outcome::Level {
                    stage: StageIndex::LOWEST,
                    answered: false,
                },
                (None, QuestionKind::Indicator { .. }) => Outcome::Indicator {
                    credit: 0.0,
                    answered: false,
                },
            };
            QuestionScore {
                question: r,
                outcome,
                weight: question.weight,
            }
        })
        .collect();

    let span = (stages.max(2) - 1) as f64;
    let mut weights = 0.0;
    let mut levels = 0.0;
    let mut progress = 0.0;
    for qs in &questions {
        match qs.outcome {
            Outcome::Level { stage, .. } => {
                weights += qs.weight;
                levels += qs.weight * stage.number() as f64;
                progress += qs.weight * stage.get() as f64 / span;
            }
            Outcome::Indicator { credit, .. } => {
                weights += qs.weight;
                progress += qs.weight * credit;
            }
            Outcome::NotApplicable => {}
        }
    }
    let (level, stage, progress) = match q.scoring.method {
        Method::WeightedMean => {
            let level = if weights > 0.0 {
                within_scale(levels / weights, stages)
            } else {
                1.0
            };
            (level, stage_of(level, stages), (level - 1.0) / span * 100.0)
        }
        Method::Gated => {
            let stage = gated_stage(q, &questions, stages);
            let progress = if weights > 0.0 {
                (progress / weights * 100.0).clamp(0.0, 100.0)
            } else {
                0.0
            };
            (stage.number() as f64, stage, progress)
        }
    };
    let target = a.targets.get(p).copied().unwrap_or(q.default_target);
    PillarScore {
        pillar: p,
        level,
        stage,
        progress,
        target,
        gap: gap(target, level),
        answered: questions
            .iter()
            .filter(|qs| qs.outcome.is_answered())
            .count(),
        total: questions.len(),
        not_applicable: questions
            .iter()
            .filter(|qs| qs.outcome == Outcome::NotApplicable)
            .count(),
        questions,
    }
}

/// Highest stage index whose requirements, and those of every lower stage, all hold, and no
/// higher than the highest stage that has a requirement: a stage nothing asks for is not
/// reached for free. A question answered `n/a` is no requirement, so a pillar whose questions
/// are all `n/a` stays at the lowest stage.
fn gated_stage(q: &Questionnaire, questions: &[QuestionScore], stages: usize) -> StageIndex {
    let required = |s: StageIndex| {
        questions
            .iter()
            .any(|qs| match (qs.outcome, &q.question(qs.question).kind) {
                (Outcome::NotApplicable, _) => false,
                (_, QuestionKind::Choice { .. }) => true,
                (_, QuestionKind::Indicator { stage, .. }) => *stage == s,
            })
    };
    let highest = (1..stages)
        .rev()
        .map(StageIndex::new)
        .find(|&s| required(s))
        .unwrap_or(StageIndex::LOWEST);
    let holds = |s: StageIndex| {
        questions
            .iter()
            .all(|qs| match (qs.outcome, &q.question(qs.question).kind) {
                (Outcome::Level { stage, .. }, _) => stage >= s,
                (Outcome::Indicator { credit, .. }, QuestionKind::Indicator { stage, .. }) => {
                    *stage != s || credit >= 1.0
                }
                _ => true,
            })
    };
    (1..=highest.get())
        .map(StageIndex::new)
        .take_while(|&s| holds(s))
        .last()
        .unwrap_or(StageIndex::LOWEST)
}

/// The weakest pillar: the lowest level, then the lowest score, then the first in file order
/// (levels and scores compared as [`comparable`] numbers, so a difference that exists only in
/// binary does not decide).
fn weakest(pillars: &[PillarScore]) -> Option<&PillarScore> {
    // `min_by` keeps the first of equal elements: file order breaks the last tie.
    pillars.iter().min_by(|x, y| {
        comparable(x.level)
            .total_cmp(&comparable(y.level))
            .then(comparable(x.progress).total_cmp(&comparable(y.progress)))
    })
}

fn score_overall(q: &Questionnaire, a: &Assessment, pillars: &[PillarScore]) -> OverallScore {
    let stages = q.stage_count();
    let (level, stage, progress) = match q.scoring.overall {
        Overall::WeightedMean => {
            let weights: f64 = pillars.iter().map(|p| q.pillars[p.pillar].weight).sum();
            let mean = |f: fn(&PillarScore) -> f64| {
                pillars
                    .iter()
                    .map(|p| q.pillars[p.pillar].weight * f(p))
                    .sum::<f64>()
                    / weights
            };
            let (level, progress) = if weights > 0.0 {
                (
                    within_scale(mean(|p| p.level), stages),
                    mean(|p| p.progress).clamp(0.0, 100.0),
                )
            } else {
                (1.0, 0.0)
            };
            (level, stage_of(level, stages), progress)
        }
        Overall::Minimum => weakest(pillars).map_or((1.0, StageIndex::LOWEST, 0.0), |p| {
            (p.level, p.stage, p.progress)
        }),
    };
    OverallScore {
        level,
        stage,
        progress,
        target: a.overall_target,
        gap: gap(a.overall_target, level),
    }
}
