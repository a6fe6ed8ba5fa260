//! Comparisons as terminal tables: one comparison's pillar table, the questions and next steps
//! that moved; several comparisons as a summary table (country × pillar, heat-mapped by the
//! sign of the change in a terminal), then each comparison with `each`.

use comfy_table::{Attribute, Cell, CellAlignment, Color, ColumnConstraint, Width};

use crate::compare::Direction;
use crate::render::fit::new_table;
use crate::render::{RenderError, Table};
use crate::t;

use super::view::{self, Text};
use super::{CompareOptions, Compared, Comparisons, RenderComparisons};

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

    /// Several comparisons: a summary table per questionnaire, the countries that could not be
    /// paired, then each comparison with `each`.
    fn summary(&self, set: &Comparisons<'_, '_>, options: &CompareOptions) -> String {
        let mut out = String::new();
        let locale = options.locale;
        let no_change = t!(locale, "views-change-none");
        for group in view::groups(&set.comparisons) {
            let q = group[0].comparison.new.questionnaire;
            let title = t!(
                locale,
                "views-compare-summary-title",
                questionnaire = q.id.as_str(),
                version = q.version.to_string(),
                count = group.len()
            );
            out.push_str(&format!("{title}\n"));
            let mut t = new_table(None, options.styled);
            let header = view::summary_header(q, locale);
            let columns = header.len();
            t.set_header(header);
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
            for i in 2..columns {
                if let Some(column) = t.column_mut(i) {
                    column
                        .set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(longest + 2)));
                }
            }
            // Country names wrap between words too (up to a point: some are sentences).
            let country = group
                .iter()
                .map(|c| view::country(c.comparison.new, locale))
                .flat_map(|name| {
                    name.split_whitespace()
                        .map(|w| w.chars().count())
                        .collect::<Vec<_>>()
                })
                .max()
                .unwrap_or(0)
                .clamp(7, 24) as u16;
            if let Some(column) = t.column_mut(0) {
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(country + 2)));
            }
            if let Some(column) = t.column_mut(1) {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
            if let Some(w) = self.width {
                let needed = country + 5 + 15 + (columns as u16 - 2) * (longest + 3) + 1;
                t.set_width(w.max(needed));
            }
            for compared in &group {
                let row = view::summary_row(q, compared, options.marks(), "\n", locale);
                t.add_row(row.iter().map(|text| cell(text, options.styled, true)));
            }
            out.push_str(&format!("{t}\n\n"));
        }
        if set.comparisons.is_empty() {
            out.push_str(&format!("{}\n\n", t!(locale, "views-compare-no-pairs")));
        }
        if !set.single.is_empty() {
            let names: Vec<String> = set
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
            out.push_str(&format!("{line}\n"));
        }
        if !set.without_country.is_empty() {
            let line = t!(
                locale,
                "views-compare-no-country",
                count = set.without_country.len(),
                list = set.without_country.join(", ")
            );
            out.push_str(&format!("{line}\n"));
        }
        if options.each {
            for compared in &set.comparisons {
                out.push('\n');
                out.push_str(&self.comparison(compared, options));
            }
        }
        out
    }
}

impl RenderComparisons for Table {
    fn render_comparisons(
        &self,
        set: &Comparisons<'_, '_>,
        options: &CompareOptions,
    ) -> Result<Vec<u8>, RenderError> {
        let text = match set.comparisons.as_slice() {
            [one] if set.single.is_empty() && set.without_country.is_empty() => {
                self.comparison(one, options)
            }
            _ => self.summary(set, options),
        };
        Ok(text.into_bytes())
    }
}
