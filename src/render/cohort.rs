//! The cohort view: many assessments side by side, one table per questionnaire, with median,
//! minimum and maximum rows — the view a regional programme compares member states with.

use comfy_table::{Attribute, Cell, CellAlignment};

use super::fit::{Grid, wrap_words};
use super::format::{fmt_date, fmt_level_value};
use super::table::heat;
use super::{Batch, Entry};
use crate::score::stage_of;

/// How the rows of a cohort are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CohortSort {
    /// By file path (the default, stable across runs).
    #[default]
    Path,
    /// By overall level, highest first.
    Overall,
    /// By country name.
    Country,
}

/// A group of assessments on the same questionnaire (id and version).
#[derive(Debug)]
pub struct Cohort<'b, 'a> {
    /// Assessments in display order.
    pub entries: Vec<&'b Entry<'a>>,
}

/// Groups a batch by questionnaire, in order of first appearance, each group sorted.
pub fn cohorts<'b, 'a>(batch: &'b Batch<'a>, sort: CohortSort) -> Vec<Cohort<'b, 'a>> {
    let mut groups: Vec<Cohort<'b, 'a>> = Vec::new();
    for entry in &batch.assessments {
        let q = entry.scored.questionnaire;
        match groups.iter_mut().find(|g| {
            let first = g.entries[0].scored.questionnaire;
            first.id == q.id && first.version == q.version
        }) {
            Some(g) => g.entries.push(entry),
            None => groups.push(Cohort {
                entries: vec![entry],
            }),
        }
    }
    for g in &mut groups {
        match sort {
            CohortSort::Path => g.entries.sort_by(|a, b| a.source.cmp(b.source)),
            CohortSort::Overall => g.entries.sort_by(|a, b| {
                b.scored
                    .overall
                    .level
                    .total_cmp(&a.scored.overall.level)
                    .then(a.source.cmp(b.source))
            }),
            CohortSort::Country => g.entries.sort_by(|a, b| {
                a.scored
                    .assessment
                    .info
                    .country
                    .to_lowercase()
                    .cmp(&b.scored.assessment.info.country.to_lowercase())
                    .then(a.source.cmp(b.source))
            }),
        }
    }
    groups
}

/// The median of some values (mean of the middle two for an even count).
pub fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

impl Cohort<'_, '_> {
    /// Column values: one per pillar, then overall, for one entry.
    fn levels(entry: &Entry<'_>) -> Vec<(f64, usize)> {
        let s = &entry.scored;
        s.pillars
            .iter()
            .map(|p| (p.level, p.stage))
            .chain(std::iter::once((s.overall.level, s.overall.stage)))
            .collect()
    }

    /// Renders the cohort as a terminal table in at most `width` columns (`None`: no limit):
    /// a grid, or one block per assessment when the grid cannot fit without breaking words;
    /// `styled` colours cells by stage (a heat map).
    pub fn table(&self, width: Option<u16>, styled: bool) -> String {
        let q = self.entries[0].scored.questionnaire;
        let stages = q.stage_count();
        let mut header = vec!["Country".to_owned(), "Assessed".to_owned()];
        header.extend(q.pillars.iter().map(|p| p.name.clone()));
        header.push("Overall".to_owned());
        let mut t = Grid {
            header,
            rows: Vec::new(),
        };

        let cell = |level: f64, stage: usize, bold: bool| {
            let mut c = Cell::new(format!(
                "{} {}",
                q.stages[stage].name,
                fmt_level_value(level)
            ))
            .set_alignment(CellAlignment::Left);
            if styled {
                c = heat(c, stage, stages);
            }
            if bold {
                c = c.add_attribute(Attribute::Bold);
            }
            c
        };
        for entry in &self.entries {
            let info = &entry.scored.assessment.info;
            let mut row = vec![
                Cell::new(if info.country.is_empty() {
                    entry.source
                } else {
                    &info.country
                }),
                Cell::new(fmt_date(info.assessed_on)),
            ];
            let levels = Self::levels(entry);
            let last = levels.len() - 1;
            row.extend(
                levels
                    .into_iter()
                    .enumerate()
                    .map(|(i, (l, s))| cell(l, s, i == last)),
            );
            t.rows.push(row);
        }
        if self.entries.len() > 1 {
            let columns = q.pillars.len() + 1;
            let column = |i: usize| -> Vec<f64> {
                self.entries.iter().map(|e| Self::levels(e)[i].0).collect()
            };
            type Stat = fn(&mut [f64]) -> f64;
            let stats: [(&str, Stat); 3] = [
                ("Median", median),
                ("Minimum", |v| {
                    v.iter().copied().fold(f64::INFINITY, f64::min)
                }),
                ("Maximum", |v| {
                    v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
                }),
            ];
            for (name, stat) in stats {
                let mut row = vec![
                    Cell::new(name).add_attribute(Attribute::Italic),
                    Cell::new(""),
                ];
                for i in 0..columns {
                    let value = stat(&mut column(i));
                    row.push(cell(value, stage_of(value, stages), false));
                }
                t.rows.push(row);
            }
        }
        let title = format!(
            "{} {} — {} assessment{}",
            q.id,
            q.version,
            self.entries.len(),
            if self.entries.len() == 1 { "" } else { "s" },
        );
        format!("{}\n{}", wrap_words(&title, width), t.render(width, styled))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
