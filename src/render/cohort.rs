//! The cohort view: many assessments side by side, one table per questionnaire, with median,
//! minimum and maximum rows — the view a regional programme compares member states with.

use comfy_table::{Attribute, Cell, CellAlignment};
use toml::value::Date;

use super::fit::{Grid, wrap_words};
use super::format::{fmt_date, fmt_level_value};
use super::table::heat;
use super::{Batch, Entry};
use crate::model::Questionnaire;
use crate::score::stage_of;
use crate::words::plural;

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
        g.entries
            .sort_by(|a, b| order(sort, &Key::of(a), &Key::of(b)));
    }
    groups
}

/// What rows are sorted by.
struct Key<'e> {
    source: &'e str,
    country: &'e str,
    overall: f64,
}

impl<'e> Key<'e> {
    fn of(entry: &'e Entry<'_>) -> Self {
        Key {
            source: entry.source,
            country: &entry.scored.assessment.info.country,
            overall: entry.scored.overall.level,
        }
    }

    fn of_row(row: &'e CohortRow) -> Self {
        Key {
            source: &row.source,
            country: &row.country,
            overall: row.levels.last().map_or(f64::NAN, |l| l.0),
        }
    }
}

fn order(sort: CohortSort, a: &Key<'_>, b: &Key<'_>) -> std::cmp::Ordering {
    match sort {
        CohortSort::Path => a.source.cmp(b.source),
        CohortSort::Overall => b.overall.total_cmp(&a.overall).then(a.source.cmp(b.source)),
        CohortSort::Country => a
            .country
            .to_lowercase()
            .cmp(&b.country.to_lowercase())
            .then(a.source.cmp(b.source)),
    }
}

/// How two rows of one cohort compare, as [`cohorts`] sorts its entries.
pub fn compare_rows(sort: CohortSort, a: &CohortRow, b: &CohortRow) -> std::cmp::Ordering {
    order(sort, &Key::of_row(a), &Key::of_row(b))
}

/// One assessment's row of a cohort table: what the table shows and nothing more, so a batch of
/// any size can keep every row while the assessments behind them are freed.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortRow {
    /// The answers file.
    pub source: String,
    /// The country ("" when not named).
    pub country: String,
    /// When it was assessed.
    pub assessed_on: Option<Date>,
    /// Level and stage of each pillar, then overall.
    pub levels: Vec<(f64, usize)>,
}

impl CohortRow {
    /// The row of a scored assessment.
    pub fn of(entry: &Entry<'_>) -> Self {
        let s = &entry.scored;
        let info = &s.assessment.info;
        CohortRow {
            source: entry.source.to_owned(),
            country: info.country.clone(),
            assessed_on: info.assessed_on,
            levels: s
                .pillars
                .iter()
                .map(|p| (p.level, p.stage.get()))
                .chain(std::iter::once((s.overall.level, s.overall.stage.get())))
                .collect(),
        }
    }
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
    /// Renders the cohort as a terminal table in at most `width` columns (`None`: no limit):
    /// a grid, or one block per assessment when the grid cannot fit without breaking words;
    /// `styled` colours cells by stage (a heat map).
    pub fn table(&self, width: Option<u16>, styled: bool) -> String {
        let rows: Vec<CohortRow> = self.entries.iter().map(|e| CohortRow::of(e)).collect();
        cohort_table(self.entries[0].scored.questionnaire, &rows, width, styled)
    }
}

/// One cell of a cohort table, before it is drawn for a terminal or written as Markdown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CohortCell {
    /// What it says.
    pub(crate) text: String,
    /// The stage it shows (coloured by it in a terminal), if any.
    pub(crate) stage: Option<usize>,
    /// The overall column: in bold.
    pub(crate) bold: bool,
    /// A statistic's name: in italics.
    pub(crate) italic: bool,
}

/// The content of one cohort's table, the same in every format: its title, headings and rows
/// (one per assessment, then median, minimum and maximum when there are several).
pub(crate) struct CohortGrid {
    /// "ID VERSION — N assessments".
    pub(crate) title: String,
    /// Country, Assessed, each pillar, Overall.
    pub(crate) header: Vec<String>,
    /// The rows.
    pub(crate) rows: Vec<Vec<CohortCell>>,
}

impl CohortGrid {
    /// The table of the rows of one cohort on questionnaire `q`, in their order.
    pub(crate) fn of(q: &Questionnaire, rows: &[CohortRow]) -> Self {
        let stages = q.stage_count();
        let mut header = vec!["Country".to_owned(), "Assessed".to_owned()];
        header.extend(q.pillars.iter().map(|p| p.name.clone()));
        header.push("Overall".to_owned());
        let plain = |text: &str, italic: bool| CohortCell {
            text: text.to_owned(),
            stage: None,
            bold: false,
            italic,
        };
        let level = |level: f64, stage: usize, bold: bool| CohortCell {
            text: format!("{} {}", q.stages[stage].name, fmt_level_value(level)),
            stage: Some(stage),
            bold,
            italic: false,
        };
        let mut grid = Vec::new();
        for entry in rows {
            let name = if entry.country.is_empty() {
                &entry.source
            } else {
                &entry.country
            };
            let mut row = vec![
                plain(name, false),
                plain(&fmt_date(entry.assessed_on), false),
            ];
            let last = entry.levels.len() - 1;
            row.extend(
                entry
                    .levels
                    .iter()
                    .enumerate()
                    .map(|(i, &(l, s))| level(l, s, i == last)),
            );
            grid.push(row);
        }
        if rows.len() > 1 {
            let columns = q.pillars.len() + 1;
            let column = |i: usize| -> Vec<f64> { rows.iter().map(|e| e.levels[i].0).collect() };
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
                let mut row = vec![plain(name, true), plain("", false)];
                for i in 0..columns {
                    let value = stat(&mut column(i));
                    row.push(level(value, stage_of(value, stages).get(), false));
                }
                grid.push(row);
            }
        }
        CohortGrid {
            title: format!(
                "{} {} — {}",
                q.id,
                q.version,
                plural(rows.len(), "assessment")
            ),
            header,
            rows: grid,
        }
    }
}

/// Renders the rows of one cohort on questionnaire `q`, in their order, as a terminal table in
/// at most `width` columns (`None`: no limit): a grid, or one block per assessment when the grid
/// cannot fit without breaking words; `styled` colours cells by stage (a heat map).
pub fn cohort_table(
    q: &Questionnaire,
    rows: &[CohortRow],
    width: Option<u16>,
    styled: bool,
) -> String {
    let grid = CohortGrid::of(q, rows);
    let stages = q.stage_count();
    let cell = |c: &CohortCell| {
        let mut cell = Cell::new(&c.text);
        if let Some(stage) = c.stage {
            cell = cell.set_alignment(CellAlignment::Left);
            if styled {
                cell = heat(cell, stage, stages);
            }
        }
        if c.bold {
            cell = cell.add_attribute(Attribute::Bold);
        }
        if c.italic {
            cell = cell.add_attribute(Attribute::Italic);
        }
        cell
    };
    let t = Grid {
        header: grid.header,
        rows: grid
            .rows
            .iter()
            .map(|r| r.iter().map(cell).collect())
            .collect(),
    };
    format!(
        "{}\n{}",
        wrap_words(&grid.title, width),
        t.render(width, styled)
    )
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
