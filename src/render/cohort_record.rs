//! What the cohort report keeps of each assessment: its row of the cohort table and its marking,
//! a few hundred bytes, so a cohort of any size is gathered while the files are loaded, scored
//! and freed a chunk at a time, and drawn from these records alone.

use super::cohort::{CohortRow, compare_rows};
use super::{Batch, CohortSort, Entry};
use crate::model::{Questionnaire, StageIndex};

/// One assessment of a cohort report: its row (file, country, date, level and stage of each
/// pillar and overall) and its handling label.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortRecord {
    /// File, country, date, and level and stage of each pillar, then overall.
    pub row: CohortRow,
    /// The answers file's own handling label, when it has one.
    pub marking: Option<String>,
}

impl CohortRecord {
    /// The record of a scored assessment.
    pub fn of(entry: &Entry<'_>) -> Self {
        CohortRecord {
            row: CohortRow::of(entry),
            marking: entry.scored.assessment.info.marking.clone(),
        }
    }

    /// Level and stage of column `i`: a pillar, or overall after the last.
    pub fn cell(&self, i: usize) -> (f64, StageIndex) {
        let levels = &self.row.levels;
        levels
            .get(i)
            .or(levels.last())
            .copied()
            .unwrap_or((f64::NAN, StageIndex::LOWEST))
    }
}

/// The assessments of a cohort report on one questionnaire (id and version).
#[derive(Debug, Clone)]
pub struct CohortGroup<'q> {
    /// The questionnaire, in the report's language (its stage and pillar names are shown).
    pub questionnaire: &'q Questionnaire,
    /// The assessments, in display order.
    pub records: Vec<CohortRecord>,
}

/// The cohort report's groups of a whole batch: [`super::cohorts`], each assessment kept as its
/// record.
pub fn cohort_groups<'q>(batch: &Batch<'q>, sort: CohortSort) -> Vec<CohortGroup<'q>> {
    super::cohorts(batch, sort)
        .iter()
        .map(|c| CohortGroup {
            questionnaire: c.entries[0].scored.questionnaire,
            records: c.entries.iter().map(|e| CohortRecord::of(e)).collect(),
        })
        .collect()
}

/// Sorts the records of a group gathered one assessment at a time as [`super::cohorts`] sorts
/// the entries of a whole batch.
pub fn sort_records(records: &mut [CohortRecord], sort: CohortSort) {
    records.sort_by(|a, b| compare_rows(sort, &a.row, &b.row));
}
