//! Two scored assessments of one questionnaire → a [`Comparison`]: what moved between them.
//!
//! Pure: takes [`Scored`] values and returns data and enums, never sentences; renderers put it
//! into words, and [`NotComparable::words`] looks its reason up in the catalogue. Pillars are matched by id. Questions are matched through a [`Correspondence`]
//! ("this question of the new questionnaire is that question of the old one"): by id within one
//! major version; across major versions none is matched until the questionnaire declares the
//! links, and the comparison says so ([`Versions::OtherMajor`]).

mod questions;
mod steps;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::i18n::Locale;
use crate::model::{Questionnaire, StageIndex};
use crate::score::Scored;
use crate::t;

pub use questions::{Movement, QuestionChange, Side};
pub use steps::StepChanges;

/// How the two questionnaires relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versions {
    /// The same version.
    Same,
    /// The same major version, another minor or patch one: questions are matched by id, and
    /// those in only one of them are listed as added or removed.
    OtherMinor,
    /// Another major version: pillars are matched by id; questions only through declared links.
    OtherMajor,
}

/// Why two assessments cannot be compared at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotComparable {
    /// They answer different questionnaires.
    #[error("the assessments answer different questionnaires ({old} and {new})")]
    Questionnaires {
        /// The old questionnaire's id.
        old: String,
        /// The new questionnaire's id.
        new: String,
    },
    /// Their stage scales differ, so levels do not measure the same thing.
    #[error("the questionnaires have {old} and {new} stages, so their levels cannot be compared")]
    Stages {
        /// Stages of the old questionnaire.
        old: usize,
        /// Stages of the new questionnaire.
        new: usize,
    },
}

impl NotComparable {
    /// Why, in `locale`: what follows "cannot be compared:" in the interface's language. The
    /// `Display` text stays English for programs that use the library.
    pub fn words(&self, locale: Locale) -> String {
        match self {
            NotComparable::Questionnaires { old, new } => t!(
                locale,
                "compare-other-questionnaires",
                old = old.as_str(),
                new = new.as_str()
            ),
            NotComparable::Stages { old, new } => {
                t!(locale, "compare-other-stage-scales", old = *old, new = *new)
            }
        }
    }
}

/// Which question of the old questionnaire a question of the new one corresponds to.
///
/// The comparison asks it once per question of the new questionnaire. [`SameId`] is the rule
/// within a major version; a questionnaire that declares `replaces = "old-id"` on its questions
/// gives a map of those links (see [`compare_with`]).
pub trait Correspondence {
    /// The id, in the old questionnaire, of the question that `new_id` continues, if any.
    fn old_id<'q>(&'q self, new_id: &'q str) -> Option<&'q str>;
}

/// Questions correspond when their ids are equal (questionnaires of one major version).
#[derive(Debug, Clone, Copy, Default)]
pub struct SameId;

impl Correspondence for SameId {
    fn old_id<'q>(&'q self, new_id: &'q str) -> Option<&'q str> {
        Some(new_id)
    }
}

/// The questions of `new` that declare `replaces` for a question of `old` (new id → old id):
/// the questions of another major version whose answers keep their meaning. Links whose old
/// question is not in `old` are left out.
pub fn declared_links(old: &Questionnaire, new: &Questionnaire) -> HashMap<String, String> {
    new.questions()
        .filter_map(|(_, q)| {
            let from = q.replaces.as_deref()?;
            old.find_question(from)
                .is_some()
                .then(|| (q.id.clone(), from.to_owned()))
        })
        .collect()
}

/// No question corresponds (another major version without declared links).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoQuestions;

impl Correspondence for NoQuestions {
    fn old_id<'q>(&'q self, _new_id: &'q str) -> Option<&'q str> {
        None
    }
}

/// Declared links: new question id → old question id.
impl<S: std::hash::BuildHasher> Correspondence for std::collections::HashMap<String, String, S> {
    fn old_id<'q>(&'q self, new_id: &'q str) -> Option<&'q str> {
        self.get(new_id).map(String::as_str)
    }
}

/// What moved between two assessments.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Comparison<'s, 'a> {
    /// The earlier assessment.
    pub old: &'s Scored<'a>,
    /// The later assessment.
    pub new: &'s Scored<'a>,
    /// How their questionnaires relate.
    pub versions: Versions,
    /// Whether both name the same country (matched as `--latest` matches them).
    pub same_country: bool,
    /// One entry per pillar of either questionnaire: the new one's pillars in order, then the
    /// old one's pillars that the new one no longer has.
    pub pillars: Vec<PillarChange>,
    /// The overall result.
    pub overall: Change,
    /// Every question of the new questionnaire that corresponds to one of the old, in the new
    /// questionnaire's order.
    pub questions: Vec<QuestionChange>,
    /// Questions of the new questionnaire with no counterpart in the old one, in order.
    pub added: Vec<crate::model::QuestionRef>,
    /// Questions of the old questionnaire with no counterpart in the new one, in order.
    pub removed: Vec<crate::model::QuestionRef>,
    /// The next steps of both, by what became of them.
    pub steps: StepChanges<'a>,
}

/// A pillar in the old assessment, the new one, or both.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PillarChange {
    /// Index into the old questionnaire's pillars, if it has this pillar.
    pub old: Option<usize>,
    /// Index into the new questionnaire's pillars, if it has this pillar.
    pub new: Option<usize>,
    /// The change, when the pillar is in both.
    pub change: Option<Change>,
}

/// The change of one result (a pillar or the overall).
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Change {
    /// New level − old level.
    pub level: f64,
    /// New progress − old progress, in percentage points.
    pub progress: f64,
    /// New stage number − old stage number.
    pub stages: i64,
    /// Whether the target was met before and is now.
    pub target: TargetStatus,
}

/// Whether a result's target is met, before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetStatus {
    /// Met before and now.
    StillMet,
    /// Not met before, met now.
    NowMet,
    /// Met before, not now.
    NoLongerMet,
    /// Met neither before nor now.
    NotMet,
}

impl TargetStatus {
    fn of(was: bool, is: bool) -> Self {
        match (was, is) {
            (true, true) => TargetStatus::StillMet,
            (false, true) => TargetStatus::NowMet,
            (true, false) => TargetStatus::NoLongerMet,
            (false, false) => TargetStatus::NotMet,
        }
    }

    /// Whether the target is met now.
    pub fn is_met(self) -> bool {
        matches!(self, TargetStatus::StillMet | TargetStatus::NowMet)
    }
}

/// The direction of a change, for arrows, colours and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Higher now.
    Up,
    /// Lower now.
    Down,
    /// No change.
    Same,
}

impl Direction {
    /// The direction of `delta`, with the tolerance that turns a level into a stage.
    pub fn of(delta: f64) -> Self {
        const EPSILON: f64 = 1e-9;
        if delta > EPSILON {
            Direction::Up
        } else if delta < -EPSILON {
            Direction::Down
        } else {
            Direction::Same
        }
    }
}

/// Compares two assessments of one questionnaire, matching questions by id within a major
/// version and, across major versions, by the new questions' declared `replaces` (pillars are
/// matched by id).
pub fn compare<'s, 'a>(
    old: &'s Scored<'a>,
    new: &'s Scored<'a>,
) -> Result<Comparison<'s, 'a>, NotComparable> {
    if old.questionnaire.version.major == new.questionnaire.version.major {
        compare_with(old, new, &SameId)
    } else {
        compare_with(
            old,
            new,
            &declared_links(old.questionnaire, new.questionnaire),
        )
    }
}

/// Compares two assessments with questions matched by `links` (new id → old id); for another
/// major version, pass the questionnaire's declared links.
pub fn compare_with<'s, 'a>(
    old: &'s Scored<'a>,
    new: &'s Scored<'a>,
    links: &dyn Correspondence,
) -> Result<Comparison<'s, 'a>, NotComparable> {
    let (oq, nq) = (old.questionnaire, new.questionnaire);
    if oq.id != nq.id {
        return Err(NotComparable::Questionnaires {
            old: oq.id.clone(),
            new: nq.id.clone(),
        });
    }
    if oq.stage_count() != nq.stage_count() {
        return Err(NotComparable::Stages {
            old: oq.stage_count(),
            new: nq.stage_count(),
        });
    }
    let versions = if oq.version == nq.version {
        Versions::Same
    } else if oq.version.major == nq.version.major {
        Versions::OtherMinor
    } else {
        Versions::OtherMajor
    };
    let matched = questions::Matched::new(oq, nq, links);
    let questions = questions::changes(old, new, &matched);
    let steps = steps::changes(old, new, &matched);
    Ok(Comparison {
        old,
        new,
        versions,
        same_country: crate::select::country_key(&old.assessment.info.country)
            == crate::select::country_key(&new.assessment.info.country),
        pillars: pillars(old, new),
        overall: Change {
            level: new.overall.level - old.overall.level,
            progress: new.overall.progress - old.overall.progress,
            stages: stage_number(new.overall.stage) - stage_number(old.overall.stage),
            target: TargetStatus::of(met(old.overall.gap), met(new.overall.gap)),
        },
        questions,
        added: matched.added,
        removed: matched.removed,
        steps,
    })
}

impl Comparison<'_, '_> {
    /// The questions that moved up most, by weighted change, at most `n`.
    pub fn most_improved(&self, n: usize) -> Vec<&QuestionChange> {
        self.ranked(n, Direction::Up)
    }

    /// The questions that moved down most, by weighted change, at most `n`.
    pub fn areas_of_concern(&self, n: usize) -> Vec<&QuestionChange> {
        self.ranked(n, Direction::Down)
    }

    fn ranked(&self, n: usize, direction: Direction) -> Vec<&QuestionChange> {
        let mut moved: Vec<&QuestionChange> = self
            .questions
            .iter()
            .filter(|q| Direction::of(q.weighted) == direction)
            .collect();
        // Largest |change| × weight first; then questionnaire order (the sort is stable).
        moved.sort_by(|a, b| b.weighted.abs().total_cmp(&a.weighted.abs()));
        moved.truncate(n);
        moved
    }

    /// How many questions changed in each way.
    pub fn count(&self, kind: Movement) -> usize {
        self.questions.iter().filter(|q| q.movement == kind).count()
    }
}

fn met(gap: f64) -> bool {
    gap <= 0.0
}

fn stage_number(stage: StageIndex) -> i64 {
    i64::try_from(stage.number()).unwrap_or(i64::MAX)
}

/// The pillars of both, matched by id: the new questionnaire's in order, then the old ones it
/// no longer has.
fn pillars(old: &Scored<'_>, new: &Scored<'_>) -> Vec<PillarChange> {
    let (oq, nq): (&Questionnaire, &Questionnaire) = (old.questionnaire, new.questionnaire);
    let mut out: Vec<PillarChange> = new
        .pillars
        .iter()
        .map(|np| {
            let o = oq.pillar_index(&nq.pillars[np.pillar].id);
            let change = o.and_then(|o| old.pillars.get(o)).map(|op| Change {
                level: np.level - op.level,
                progress: np.progress - op.progress,
                stages: stage_number(np.stage) - stage_number(op.stage),
                target: TargetStatus::of(met(op.gap), met(np.gap)),
            });
            PillarChange {
                old: o,
                new: Some(np.pillar),
                change,
            }
        })
        .collect();
    out.extend(
        old.pillars
            .iter()
            .filter(|op| nq.pillar_index(&oq.pillars[op.pillar].id).is_none())
            .map(|op| PillarChange {
                old: Some(op.pillar),
                new: None,
                change: None,
            }),
    );
    out
}
