//! The position of a stage on a questionnaire's scale, kept apart from the level it stands for:
//! stage index 0 is level 1. Both used to be bare numbers, and an index printed as a level (or
//! a level used to look up a stage) was off by one without the compiler noticing.

use std::ops::Index;

use super::Stage;

/// A stage's place on the scale, from 0 for the lowest. [`StageIndex::get`] is the index into
/// [`Questionnaire::stages`](super::Questionnaire::stages) (a `Vec<Stage>` or `[Stage]` can be
/// indexed with it directly); [`StageIndex::number`] is the stage's number as users read it,
/// from 1, which is also the whole level the stage stands for.
///
/// ```
/// use cyberassess::model::StageIndex;
///
/// let second = StageIndex::new(1);
/// assert_eq!(second.get(), 1);
/// assert_eq!(second.number(), 2);
/// assert_eq!(StageIndex::from_number(2), Some(second));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(transparent)]
pub struct StageIndex(usize);

impl StageIndex {
    /// The lowest stage.
    pub const LOWEST: StageIndex = StageIndex(0);

    /// The stage at `index`, from 0.
    pub const fn new(index: usize) -> Self {
        StageIndex(index)
    }

    /// The stage numbered `number`, from 1; `None` for 0.
    pub const fn from_number(number: usize) -> Option<Self> {
        match number.checked_sub(1) {
            Some(index) => Some(StageIndex(index)),
            None => None,
        }
    }

    /// The index, from 0.
    pub const fn get(self) -> usize {
        self.0
    }

    /// The stage's number, from 1: the whole level it stands for.
    pub const fn number(self) -> usize {
        self.0 + 1
    }
}

impl Index<StageIndex> for [Stage] {
    type Output = Stage;

    fn index(&self, index: StageIndex) -> &Stage {
        &self[index.0]
    }
}

impl Index<StageIndex> for Vec<Stage> {
    type Output = Stage;

    fn index(&self, index: StageIndex) -> &Stage {
        &self[index.0]
    }
}
