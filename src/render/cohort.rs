//! The cohort view: many assessments side by side, one table per questionnaire, with median,
//! minimum and maximum rows — the view a regional programme compares member states with.

use std::collections::HashSet;
use std::convert::Infallible;
use std::sync::Arc;

use comfy_table::{Attribute, Cell, CellAlignment};
use toml::value::Date;

use super::fit::{Grid, wrap_words};
use super::format::{fmt_date, fmt_level_value};
use super::table::heat;
use super::{Batch, Entry};
use crate::model::Questionnaire;
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
    /// The country ("" when not named); shared by the rows of one country (see
    /// [`CohortRow::share_country`]).
    pub country: Arc<str>,
    /// When it was assessed.
    pub assessed_on: Option<Date>,
    /// Level and stage of each pillar, then overall.
    pub levels: Box<[(f64, usize)]>,
}

impl CohortRow {
    /// The row of a scored assessment.
    pub fn of(entry: &Entry<'_>) -> Self {
        let s = &entry.scored;
        let info = &s.assessment.info;
        CohortRow {
            source: entry.source.to_owned(),
            country: Arc::from(info.country.as_str()),
            assessed_on: info.assessed_on,
            levels: s
                .pillars
                .iter()
                .map(|p| (p.level, p.stage.get()))
                .chain(std::iter::once((s.overall.level, s.overall.stage.get())))
                .collect(),
        }
    }

    /// Makes this row's country the one of `countries` with the same name (adding it when
    /// new), so the many rows of one country hold its name once.
    pub fn share_country(&mut self, countries: &mut HashSet<Arc<str>>) {
        match countries.get(&self.country) {
            Some(shared) => self.country = Arc::clone(shared),
            None => {
                countries.insert(Arc::clone(&self.country));
            }
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
        let rows: Vec<&CohortRow> = rows.iter().collect();
        cohort_table(self.entries[0].scored.questionnaire, &rows, width, styled)
    }
}

/// How many rows of a cohort table are laid out at once: a table of any length is written in
/// parts of this many rows, so its memory does not grow with it.
const ROWS_AT_ONCE: usize = 256;

/// Renders the rows of one cohort on questionnaire `q`, in their order, as a terminal table in
/// at most `width` columns (`None`: no limit): a grid, or one block per assessment when the grid
/// cannot fit without breaking words; `styled` colours cells by stage (a heat map).
pub fn cohort_table(
    q: &Questionnaire,
    rows: &[&CohortRow],
    width: Option<u16>,
    styled: bool,
) -> String {
    let mut out = String::new();
    let written = write_cohort_table(q, rows, width, styled, &mut |part| {
        out.push_str(part);
        Ok::<(), Infallible>(())
    });
    match written {
        Ok(()) => out,
        Err(never) => match never {},
    }
}

/// Writes the table of [`cohort_table`] through `write`, a few hundred rows at a time, and
/// stops at the first error `write` returns.
pub fn write_cohort_table<E>(
    q: &Questionnaire,
    rows: &[&CohortRow],
    width: Option<u16>,
    styled: bool,
    write: &mut dyn FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let look = Look { q, styled };
    let statistics = if rows.len() > 1 {
        statistics(q, rows)
    } else {
        Vec::new()
    };
    let layout = look.sample(rows, &statistics).layout(width, styled);
    write(&format!("{}\n", wrap_words(&title(q, rows.len()), width)))?;
    let lines = rows
        .iter()
        .map(|row| look.row(row))
        .chain(statistics.iter().map(|stat| look.statistic(stat)));
    let parts = (rows.len() + statistics.len()).div_ceil(ROWS_AT_ONCE);
    let mut lines = lines.peekable();
    for part in 0..parts {
        let cells: Vec<Vec<Cell>> = lines.by_ref().take(ROWS_AT_ONCE).collect();
        write(&layout.rows(cells, part == 0, part + 1 == parts))?;
    }
    Ok(())
}

/// "ncss-maturity 2.0.0 — 12 assessments".
fn title(q: &Questionnaire, count: usize) -> String {
    format!(
        "{} {} — {count} assessment{}",
        q.id,
        q.version,
        if count == 1 { "" } else { "s" },
    )
}

/// A row of statistics under the assessments: its name and a level per pillar, then overall.
struct Statistic {
    name: &'static str,
    levels: Vec<f64>,
}

/// The median, minimum and maximum of each column of `rows`.
fn statistics(q: &Questionnaire, rows: &[&CohortRow]) -> Vec<Statistic> {
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
    let columns = q.pillars.len() + 1;
    let column = |i: usize| -> Vec<f64> { rows.iter().map(|r| r.levels[i].0).collect() };
    stats
        .into_iter()
        .map(|(name, stat)| Statistic {
            name,
            levels: (0..columns).map(|i| stat(&mut column(i))).collect(),
        })
        .collect()
}

/// How the cells of a cohort table look.
struct Look<'q> {
    q: &'q Questionnaire,
    styled: bool,
}

impl Look<'_> {
    fn header(&self) -> Vec<String> {
        let mut header = vec!["Country".to_owned(), "Assessed".to_owned()];
        header.extend(self.q.pillars.iter().map(|p| p.name.clone()));
        header.push("Overall".to_owned());
        header
    }

    /// "Formative 2.9", coloured by stage in a heat map.
    fn stage(&self, level: f64, stage: usize, bold: bool) -> Cell {
        let mut c = Cell::new(format!(
            "{} {}",
            self.q.stages[stage].name,
            fmt_level_value(level)
        ))
        .set_alignment(CellAlignment::Left);
        if self.styled {
            c = heat(c, stage, self.q.stage_count());
        }
        if bold {
            c = c.add_attribute(Attribute::Bold);
        }
        c
    }

    /// An assessment's row: country (or file), date, each pillar, overall in bold.
    fn row(&self, row: &CohortRow) -> Vec<Cell> {
        let name: &str = if row.country.is_empty() {
            &row.source
        } else {
            &row.country
        };
        let last = row.levels.len() - 1;
        [Cell::new(name), Cell::new(fmt_date(row.assessed_on))]
            .into_iter()
            .chain(
                row.levels
                    .iter()
                    .enumerate()
                    .map(|(i, &(level, stage))| self.stage(level, stage, i == last)),
            )
            .collect()
    }

    /// A row of statistics, each level at the stage it falls in.
    fn statistic(&self, stat: &Statistic) -> Vec<Cell> {
        let stages = self.q.stage_count();
        [
            Cell::new(stat.name).add_attribute(Attribute::Italic),
            Cell::new(""),
        ]
        .into_iter()
        .chain(
            stat.levels
                .iter()
                .map(|&level| self.stage(level, stage_of(level, stages).get(), false)),
        )
        .collect()
    }

    /// A grid that holds each distinct text of each column of the table once, to lay the table
    /// out from (see [`Grid::layout`]). Texts of printable ASCII without spaces (file names,
    /// dates) are laid out alike when they are as long, so one of each length stands for all.
    fn sample(&self, rows: &[&CohortRow], statistics: &[Statistic]) -> Grid {
        let header = self.header();
        let mut columns: Vec<Vec<String>> = vec![Vec::new(); header.len()];
        let mut seen: Vec<HashSet<Shape>> = vec![HashSet::new(); header.len()];
        let lines = rows
            .iter()
            .map(|row| self.row(row))
            .chain(statistics.iter().map(|stat| self.statistic(stat)));
        for cells in lines {
            for (c, cell) in cells.iter().enumerate() {
                let text = cell.content();
                if seen[c].insert(Shape::of(&text)) {
                    columns[c].push(text);
                }
            }
        }
        let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
        let rows = (0..longest)
            .map(|i| {
                columns
                    .iter()
                    .map(|texts| Cell::new(texts.get(i).map_or("", String::as_str)))
                    .collect()
            })
            .collect();
        Grid { header, rows }
    }
}

/// What of a text decides how a table lays it out.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Shape {
    /// A word of printable ASCII: only its length matters.
    Word(usize),
    /// Anything else: the text itself.
    Text(String),
}

impl Shape {
    fn of(text: &str) -> Self {
        if text.bytes().all(|b| b.is_ascii_graphic()) {
            Shape::Word(text.len())
        } else {
            Shape::Text(text.to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` rows on `q`: some countries long or repeated, some missing (the file name shows),
    /// levels spread over the scale.
    fn rows(q: &Questionnaire, n: usize) -> Vec<CohortRow> {
        let countries = [
            "Exampleland",
            "República de Costa Esmeralda",
            "",
            "Federated States of a Very Long Country Name Indeed",
            "X",
        ];
        (0..n)
            .map(|i| {
                let levels = (0..=q.pillars.len())
                    .map(|p| {
                        let level = 1.0 + ((i * 7 + p * 3) % 31) as f64 / 10.0;
                        (level, stage_of(level, q.stage_count()).get())
                    })
                    .collect();
                CohortRow {
                    source: format!("answers/country-{i:05}.toml"),
                    country: Arc::from(countries[i % countries.len()]),
                    assessed_on: (i % 3 > 0).then_some(Date {
                        year: 2026,
                        month: 1 + u8::try_from(i % 12).unwrap_or(0),
                        day: 1 + u8::try_from(i % 28).unwrap_or(0),
                    }),
                    levels,
                }
            })
            .collect()
    }

    /// The table as it was made before it was written in parts: every cell in one grid.
    fn whole(q: &Questionnaire, rows: &[&CohortRow], width: Option<u16>, styled: bool) -> String {
        let look = Look { q, styled };
        let statistics = if rows.len() > 1 {
            statistics(q, rows)
        } else {
            Vec::new()
        };
        let grid = Grid {
            header: look.header(),
            rows: rows
                .iter()
                .map(|row| look.row(row))
                .chain(statistics.iter().map(|stat| look.statistic(stat)))
                .collect(),
        };
        format!(
            "{}\n{}",
            wrap_words(&title(q, rows.len()), width),
            grid.render(width, styled)
        )
    }

    #[test]
    fn a_long_cohort_written_in_parts_is_the_table_laid_out_whole() {
        let q = crate::parse::parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
            .value
            .expect("fixture parses");
        for n in [1, 2, 7, 700] {
            let rows = rows(&q, n);
            let rows: Vec<&CohortRow> = rows.iter().collect();
            for width in [None, Some(40), Some(80), Some(100), Some(200)] {
                for styled in [false, true] {
                    let written = cohort_table(&q, &rows, width, styled);
                    assert!(
                        written == whole(&q, &rows, width, styled),
                        "{n} rows, width {width:?}, styled {styled}:\n{written}"
                    );
                }
            }
        }
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
