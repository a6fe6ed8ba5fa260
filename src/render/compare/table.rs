//! Comparisons as terminal tables: one comparison's pillar table, the questions and next steps
//! that moved; several comparisons as a summary table (country × pillar, heat-mapped by the
//! sign of the change in a terminal), then each comparison with `each`.

use std::collections::HashSet;

use comfy_table::{Attribute, Cell, CellAlignment, Color, ColumnConstraint, Width};

use crate::compare::Direction;
use crate::render::cohort::ROWS_AT_ONCE;
use crate::render::fit::{Layout, column_widths, new_table};
use crate::render::{RenderError, Table};
use crate::t;

use super::view::{self, Text};
use super::{
    CompareOptions, Compared, Comparisons, RenderComparisons, SummarizeComparisons, SummaryLine,
    Unpaired, summarized,
};

/// Up in blue, down in vermillion: a colour-blind-safe pair; the arrow is always printed too.
const UP: Color = Color::Rgb {
    r: 0,
    g: 114,
    b: 178,
};
const DOWN: Color = Color::Rgb {
    r: 213,
    g: 94,
    b: 0,
};

/// A cell; a change is coloured by its direction when styled (`heat`: as background).
fn cell(text: &Text, styled: bool, heat: bool) -> Cell {
    let mut cell = Cell::new(&text.text);
    if let Some(direction) = text.direction {
        cell = cell.set_alignment(CellAlignment::Right);
        let color = match direction {
            Direction::Up => Some(UP),
            Direction::Down => Some(DOWN),
            Direction::Same => None,
        };
        match color {
            Some(c) if styled && heat => cell = cell.bg(c).fg(Color::White),
            Some(c) if styled => cell = cell.fg(c),
            _ => {}
        }
    }
    cell
}

impl Table {
    /// One comparison: the pillar table, the questions that moved and the next steps.
    pub fn comparison(&self, compared: &Compared<'_, '_>, options: &CompareOptions) -> String {
        let c = &compared.comparison;
        let styled = options.styled;
        let marks = options.marks();
        let locale = options.locale;
        let mut out = format!(
            "{}\n{}\n",
            view::title(compared, locale),
            view::files(compared, locale)
        );
        for note in view::notes_in(c, locale) {
            out.push_str(&format!(
                "{}\n",
                t!(locale, "views-compare-note", note = note)
            ));
        }
        let mut t = new_table(self.width, styled);
        t.set_header(view::pillar_header(locale));
        let rows = view::pillar_rows_in(c, marks, locale);
        let last = rows.len() - 1;
        for (i, row) in rows.iter().enumerate() {
            let cells = row.iter().map(|text| {
                let cell = cell(text, styled, false);
                if i == last {
                    cell.add_attribute(Attribute::Bold)
                } else {
                    cell
                }
            });
            t.add_row(cells);
        }
        out.push_str(&format!("{t}\n"));

        let questions = |title: String, list: &[&crate::compare::QuestionChange]| {
            if list.is_empty() {
                return format!("\n{}\n", t!(locale, "views-compare-none", title = title));
            }
            let intro = t!(
                locale,
                "views-compare-list-intro",
                title = title,
                count = list.len()
            );
            let mut section = format!("\n{intro}\n");
            let mut t = new_table(self.width, styled);
            t.set_header(view::question_header(locale));
            for q in list {
                let row = view::question_row_in(c, q, marks, options.detail, locale);
                t.add_row(row.iter().map(|text| cell(text, styled, false)));
            }
            section.push_str(&format!("{t}\n"));
            section
        };
        if options.detail {
            let moved = view::all_moved(c);
            out.push_str(&questions(t!(locale, "views-compare-moved"), &moved));
        } else {
            let improved = c.most_improved(options.top);
            out.push_str(&questions(
                t!(locale, "views-compare-most-improved"),
                &improved,
            ));
            let concern = c.areas_of_concern(options.top);
            out.push_str(&questions(t!(locale, "views-compare-concern"), &concern));
        }
        let other = view::other_changes(c);
        if !other.is_empty() {
            out.push_str(&questions(
                t!(locale, "views-compare-other-changes"),
                &other,
            ));
        }
        out.push_str(&format!("\n{}\n", view::counts_in(c, locale)));

        for (title, q, steps) in view::step_sections(c, options.top, locale) {
            if steps.is_empty() {
                let line = t!(locale, "views-compare-list-empty", title = title);
                out.push_str(&format!("\n{line}\n"));
                continue;
            }
            let mut t = new_table(self.width, styled);
            t.set_header(view::step_header(locale));
            for step in steps {
                t.add_row(view::step_row(q, step));
            }
            let intro = t!(locale, "views-compare-steps-intro", title = title);
            out.push_str(&format!("\n{intro}\n{t}\n"));
        }
        out
    }
}

impl SummarizeComparisons for Table {
    /// A summary table per questionnaire, written a few hundred rows at a time, then the
    /// countries that could not be paired.
    fn summary<E>(
        &self,
        lines: &[SummaryLine<'_>],
        unpaired: &Unpaired<'_>,
        options: &CompareOptions,
        write: &mut dyn FnMut(&str) -> Result<(), E>,
    ) -> Result<(), E> {
        let locale = options.locale;
        let styled = options.styled;
        let no_change = t!(locale, "views-change-none");
        for group in view::groups(lines) {
            let Some(q) = view::group_questionnaire(&group) else {
                continue;
            };
            let title = t!(
                locale,
                "views-compare-summary-title",
                questionnaire = q.id.as_str(),
                version = q.version.to_string(),
                count = group.len()
            );
            write(&format!("{title}\n"))?;
            let header = view::summary_header(q, locale);
            let columns = header.len();
            // As in the cohort table: pillar names wrap between words, never inside one; the
            // dates stay on one line; a fixed width grows to what the columns need at least.
            let longest = q
                .pillars
                .iter()
                .flat_map(|p| p.name.split_whitespace())
                .map(|w| w.chars().count())
                .chain([no_change.chars().count()])
                .max()
                .unwrap_or(0) as u16;
            // Country names wrap between words too (up to a point: some are sentences).
            let country = group
                .iter()
                .flat_map(|line| {
                    view::line_country(line, locale)
                        .split_whitespace()
                        .map(|w| w.chars().count())
                        .collect::<Vec<_>>()
                })
                .max()
                .unwrap_or(0)
                .clamp(7, 24) as u16;
            let width = self.width.map(|w| {
                let needed = country + 5 + 15 + (columns as u16 - 2) * (longest + 3) + 1;
                w.max(needed)
            });
            let rows = || {
                group
                    .iter()
                    .map(|line| view::summary_row(q, line, options.marks(), "\n", locale))
            };
            // Laid out once from one cell of each shape of text per column, then written in
            // parts of that layout: the table is never held whole.
            let mut sample = new_table(width, styled);
            sample.set_header(header.clone());
            for i in 2..columns {
                if let Some(column) = sample.column_mut(i) {
                    column
                        .set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(longest + 2)));
                }
            }
            if let Some(column) = sample.column_mut(0) {
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(country + 2)));
            }
            if let Some(column) = sample.column_mut(1) {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
            sample.add_rows(shapes(columns, rows()));
            let layout = Layout::columns(header, width, styled, column_widths(&sample.to_string()));
            let parts = group.len().div_ceil(ROWS_AT_ONCE).max(1);
            let mut rows = rows();
            for part in 0..parts {
                let cells: Vec<Vec<Cell>> = rows
                    .by_ref()
                    .take(ROWS_AT_ONCE)
                    .map(|row| row.iter().map(|text| cell(text, styled, true)).collect())
                    .collect();
                write(&layout.rows(cells, part == 0, part + 1 == parts))?;
            }
            write("\n")?;
        }
        if lines.is_empty() {
            write(&format!("{}\n\n", t!(locale, "views-compare-no-pairs")))?;
        }
        if !unpaired.single.is_empty() {
            let names: Vec<String> = unpaired
                .single
                .iter()
                .map(|single| view::single(single, locale))
                .collect();
            let line = t!(
                locale,
                "views-compare-single",
                count = names.len(),
                list = names.join("; ")
            );
            write(&format!("{line}\n"))?;
        }
        if !unpaired.without_country.is_empty() {
            let line = t!(
                locale,
                "views-compare-no-country",
                count = unpaired.without_country.len(),
                list = unpaired.without_country.join(", ")
            );
            write(&format!("{line}\n"))?;
        }
        Ok(())
    }

    fn detail(&self, compared: &Compared<'_, '_>, options: &CompareOptions, alone: bool) -> String {
        let text = self.comparison(compared, options);
        if alone { text } else { format!("\n{text}") }
    }
}

/// Rows holding each shape of text of each column once, in any row: comfy-table lays a column
/// out from its lines' and words' widths, which a text's shape keeps (every ASCII letter and
/// digit is made `0`, of the same width), so these rows give the layout of all of them.
fn shapes(columns: usize, rows: impl Iterator<Item = Vec<Text>>) -> Vec<Vec<Cell>> {
    let mut seen: Vec<HashSet<String>> = vec![HashSet::new(); columns];
    let mut kept: Vec<Vec<String>> = vec![Vec::new(); columns];
    for row in rows {
        for ((text, seen), kept) in row.into_iter().zip(&mut seen).zip(&mut kept) {
            let shape: String = text
                .text
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { '0' } else { c })
                .collect();
            if seen.insert(shape.clone()) {
                kept.push(shape);
            }
        }
    }
    let longest = kept.iter().map(Vec::len).max().unwrap_or(0);
    (0..longest)
        .map(|i| {
            kept.iter()
                .map(|texts| Cell::new(texts.get(i).map_or("", String::as_str)))
                .collect()
        })
        .collect()
}

impl RenderComparisons for Table {
    fn render_comparisons(
        &self,
        set: &Comparisons<'_, '_>,
        options: &CompareOptions,
    ) -> Result<Vec<u8>, RenderError> {
        Ok(summarized(self, set, options).into_bytes())
    }
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
