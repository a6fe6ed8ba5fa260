//! The cohort view: many assessments side by side, one table per questionnaire, with median,
//! minimum and maximum rows — the view a regional programme compares member states with.

use std::collections::HashSet;
use std::convert::Infallible;

use comfy_table::{Attribute, Cell, CellAlignment};
use toml::value::Date;

use super::fit::{Grid, wrap_words};
use super::format::{fmt_level_value, local_date};
use super::table::heat;
use super::{Batch, Entry};
use crate::i18n::Locale;
use crate::model::{Questionnaire, StageIndex};
use crate::score::stage_of;
use crate::t;

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
    pub levels: Vec<(f64, StageIndex)>,
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
                .map(|p| (p.level, p.stage))
                .chain(std::iter::once((s.overall.level, s.overall.stage)))
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
    /// `styled` colours cells by stage (a heat map); words and numbers are `locale`'s.
    pub fn table(&self, width: Option<u16>, styled: bool, locale: Locale) -> String {
        let rows: Vec<CohortRow> = self.entries.iter().map(|e| CohortRow::of(e)).collect();
        cohort_table(
            self.entries[0].scored.questionnaire,
            &rows,
            width,
            styled,
            locale,
        )
    }
}

/// One cell of a cohort table, before it is drawn for a terminal or written as Markdown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CohortCell {
    /// What it says.
    pub(crate) text: String,
    /// The stage it shows (coloured by it in a terminal), if any.
    pub(crate) stage: Option<StageIndex>,
    /// The overall column: in bold.
    pub(crate) bold: bool,
    /// A statistic's name: in italics.
    pub(crate) italic: bool,
}

/// The content of one cohort's table, the same in every format: its title, headings and rows
/// (one per assessment, then median, minimum and maximum when there are several). Tables are
/// written a part at a time; this is the whole they must add up to, for the tests.
#[cfg(test)]
pub(crate) struct CohortGrid {
    /// "ID VERSION — N assessments".
    pub(crate) title: String,
    /// Country, Assessed, each pillar, Overall.
    pub(crate) header: Vec<String>,
    /// The rows.
    pub(crate) rows: Vec<Vec<CohortCell>>,
}

#[cfg(test)]
impl CohortGrid {
    /// The table of the rows of one cohort on questionnaire `q`, in their order, in `locale`'s
    /// words and numbers.
    pub(crate) fn of(q: &Questionnaire, rows: &[CohortRow], locale: Locale) -> Self {
        let mut grid: Vec<Vec<CohortCell>> = rows.iter().map(|r| cells(q, r, locale)).collect();
        grid.extend(statistics(q, rows.iter(), locale));
        CohortGrid {
            title: title(q, rows.len(), locale),
            header: header(q, locale),
            rows: grid,
        }
    }
}

/// "ID VERSION — N assessments".
pub(crate) fn title(q: &Questionnaire, count: usize, locale: Locale) -> String {
    t!(
        locale,
        "views-cohort-title",
        questionnaire = q.id.as_str(),
        version = q.version.to_string(),
        count = count
    )
}

/// Country, Assessed, each pillar, Overall.
pub(crate) fn header(q: &Questionnaire, locale: Locale) -> Vec<String> {
    let mut header = vec![
        t!(locale, "views-cohort-country"),
        t!(locale, "views-cohort-assessed"),
    ];
    header.extend(q.pillars.iter().map(|p| p.name.clone()));
    header.push(t!(locale, "summary-overall"));
    header
}

fn plain(text: &str, italic: bool) -> CohortCell {
    CohortCell {
        text: text.to_owned(),
        stage: None,
        bold: false,
        italic,
    }
}

/// "Formative 2.9", at its stage.
fn level(
    q: &Questionnaire,
    level: f64,
    stage: StageIndex,
    bold: bool,
    locale: Locale,
) -> CohortCell {
    CohortCell {
        text: format!(
            "{} {}",
            q.stages[stage].name,
            locale.decimal(&fmt_level_value(level))
        ),
        stage: Some(stage),
        bold,
        italic: false,
    }
}

/// An assessment's row: country (or file), date, each pillar, overall in bold.
pub(crate) fn cells(q: &Questionnaire, row: &CohortRow, locale: Locale) -> Vec<CohortCell> {
    let name = if row.country.is_empty() {
        &row.source
    } else {
        &row.country
    };
    let mut cells = vec![
        plain(name, false),
        plain(&local_date(row.assessed_on, locale), false),
    ];
    let last = row.levels.len().saturating_sub(1);
    cells.extend(
        row.levels
            .iter()
            .enumerate()
            .map(|(i, &(l, s))| level(q, l, s, i == last, locale)),
    );
    cells
}

/// The median, minimum and maximum rows of a cohort of several rows (none for one).
pub(crate) fn statistics<'r>(
    q: &Questionnaire,
    rows: impl ExactSizeIterator<Item = &'r CohortRow> + Clone,
    locale: Locale,
) -> Vec<Vec<CohortCell>> {
    if rows.len() <= 1 {
        return Vec::new();
    }
    let stages = q.stage_count();
    let columns = q.pillars.len() + 1;
    let column = |i: usize| -> Vec<f64> { rows.clone().map(|e| e.levels[i].0).collect() };
    type Stat = fn(&mut [f64]) -> f64;
    let stats: [(String, Stat); 3] = [
        (t!(locale, "views-cohort-median"), median),
        (t!(locale, "views-cohort-minimum"), |v| {
            v.iter().copied().fold(f64::INFINITY, f64::min)
        }),
        (t!(locale, "views-cohort-maximum"), |v| {
            v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        }),
    ];
    stats
        .into_iter()
        .map(|(name, stat)| {
            let mut row = vec![plain(&name, true), plain("", false)];
            for i in 0..columns {
                let value = stat(&mut column(i));
                row.push(level(q, value, stage_of(value, stages), false, locale));
            }
            row
        })
        .collect()
}

/// How many rows of a cohort table are laid out at once: a table of any length is written in
/// parts of this many rows, so its memory does not grow with it.
pub(crate) const ROWS_AT_ONCE: usize = 256;

/// Renders the rows of one cohort on questionnaire `q`, in their order, as a terminal table in
/// at most `width` columns (`None`: no limit): a grid, or one block per assessment when the grid
/// cannot fit without breaking words; `styled` colours cells by stage (a heat map). Words and
/// numbers are `locale`'s.
pub fn cohort_table(
    q: &Questionnaire,
    rows: &[CohortRow],
    width: Option<u16>,
    styled: bool,
    locale: Locale,
) -> String {
    let rows: Vec<&CohortRow> = rows.iter().collect();
    let mut out = String::new();
    let written = write_cohort_table(q, &rows, width, styled, locale, &mut |part| {
        out.push_str(part);
        Ok::<(), Infallible>(())
    });
    match written {
        Ok(()) => out,
        Err(never) => match never {},
    }
}

/// Writes the table of [`cohort_table`] through `write`, a few hundred rows at a time, and
/// stops at the first error `write` returns: the table is laid out from one cell of each
/// distinct shape per column, so only one part of it is ever held.
pub fn write_cohort_table<E>(
    q: &Questionnaire,
    rows: &[&CohortRow],
    width: Option<u16>,
    styled: bool,
    locale: Locale,
    write: &mut dyn FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let stages = q.stage_count();
    let look = |c: &CohortCell| terminal_cell(c, stages, styled);
    let statistics = statistics(q, rows.iter().copied(), locale);
    let lines = || {
        rows.iter()
            .map(|row| cells(q, row, locale))
            .chain(statistics.iter().cloned())
    };
    let layout = sample(header(q, locale), lines()).layout(width, styled);
    let title = title(q, rows.len(), locale);
    write(&format!("{}\n", wrap_words(&title, width)))?;
    let parts = (rows.len() + statistics.len())
        .div_ceil(ROWS_AT_ONCE)
        .max(1);
    let mut lines = lines();
    for part in 0..parts {
        let part_rows: Vec<Vec<Cell>> = lines
            .by_ref()
            .take(ROWS_AT_ONCE)
            .map(|r| r.iter().map(look).collect())
            .collect();
        write(&layout.rows(part_rows, part == 0, part + 1 == parts))?;
    }
    Ok(())
}

/// A cohort cell drawn for a terminal: levels left-aligned and, when `styled`, coloured by
/// stage; the overall column in bold, statistics' names in italics.
fn terminal_cell(c: &CohortCell, stages: usize, styled: bool) -> Cell {
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
}

/// A grid that holds each distinct shape of text of each column once, to lay the whole table
/// out from (see [`Grid::layout`]).
fn sample(header: Vec<String>, lines: impl Iterator<Item = Vec<CohortCell>>) -> Grid {
    let mut columns: Vec<Vec<String>> = vec![Vec::new(); header.len()];
    let mut seen: Vec<HashSet<Shape>> = vec![HashSet::new(); header.len()];
    for cells in lines {
        for ((cell, seen), column) in cells.into_iter().zip(&mut seen).zip(&mut columns) {
            if seen.insert(Shape::of(&cell.text)) {
                column.push(cell.text);
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

/// What of a text decides how a table lays it out.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Shape {
    /// A word of printable ASCII (a file name, a date): only its length matters.
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
#[path = "cohort_tests.rs"]
mod tests;
