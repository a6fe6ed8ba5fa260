//! The summary of many comparisons written in parts is the table laid out whole, however many
//! rows it has, at any width, plain or coloured.

use toml::value::Date;

use super::*;
use crate::i18n::Locale;
use crate::model::Questionnaire;

/// `n` lines on `q`: countries long, short, accented, repeated or missing; dates and levels
/// spread out; some pillars not comparable.
fn lines(q: &Questionnaire, n: usize) -> Vec<SummaryLine<'_>> {
    let countries = [
        "Exampleland",
        "República de Costa Esmeralda",
        "",
        "Federated States of a Very Long Country Name Indeed",
        "X",
        "Côte-des-Palmes 17",
    ];
    let date = |year: i32, i: usize| {
        (!i.is_multiple_of(5)).then_some(Date {
            year: u16::try_from(year).unwrap_or(2026),
            month: 1 + u8::try_from(i % 12).unwrap_or(0),
            day: 1 + u8::try_from(i % 28).unwrap_or(0),
        })
    };
    (0..n)
        .map(|i| {
            let levels = (0..q.pillars.len())
                .map(|p| {
                    let old = 1.0 + ((i * 7 + p * 3) % 31) as f64 / 10.0;
                    let new = 1.0 + ((i * 11 + p * 5) % 31) as f64 / 10.0;
                    (!(i + p).is_multiple_of(9)).then_some((old, new))
                })
                .collect();
            let overall = (1.0 + (i % 23) as f64 / 10.0, 1.0 + (i % 29) as f64 / 10.0);
            SummaryLine::made_up(
                q,
                countries[i % countries.len()],
                (date(2024, i), date(2026, i + 1)),
                levels,
                overall,
            )
        })
        .collect()
}

/// The summary as it was laid out before it was written in parts: every row of a group in one
/// comfy-table table.
fn whole(lines: &[SummaryLine<'_>], width: Option<u16>, options: &CompareOptions) -> String {
    let mut out = String::new();
    let locale = options.locale;
    let no_change = t!(locale, "views-change-none");
    for group in view::groups(lines) {
        let q = view::group_questionnaire(&group).expect("a line");
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
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(longest + 2)));
            }
        }
        let country = group
            .iter()
            .map(|line| view::line_country(line, locale))
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
        if let Some(w) = width {
            let needed = country + 5 + 15 + (columns as u16 - 2) * (longest + 3) + 1;
            t.set_width(w.max(needed));
        }
        for line in &group {
            let row = view::summary_row(q, line, options.marks(), "\n", locale);
            t.add_row(row.iter().map(|text| cell(text, options.styled, true)));
        }
        out.push_str(&format!("{t}\n\n"));
    }
    out
}

#[test]
fn a_long_summary_written_in_parts_is_the_table_laid_out_whole() {
    let q = crate::parse::parse_questionnaire(include_str!("../../../tests/fixtures/gated.toml"))
        .value
        .expect("fixture parses");
    for n in [1, 2, 7, 700] {
        let lines = lines(&q, n);
        for width in [None, Some(40), Some(80), Some(100), Some(300)] {
            for styled in [false, true] {
                let options = CompareOptions {
                    top: 5,
                    detail: false,
                    each: false,
                    styled,
                    locale: Locale::En,
                };
                let mut written = String::new();
                let unpaired = Unpaired::default();
                Table { width }
                    .summary(&lines, &unpaired, &options, &mut |part| {
                        written.push_str(part);
                        Ok::<(), ()>(())
                    })
                    .expect("written");
                assert!(
                    written == whole(&lines, width, &options),
                    "{n} lines, width {width:?}, styled {styled}:\n{written}"
                );
            }
        }
    }
}

#[test]
fn a_summary_stops_at_the_first_failed_write() {
    let q = crate::parse::parse_questionnaire(include_str!("../../../tests/fixtures/gated.toml"))
        .value
        .expect("fixture parses");
    let lines = lines(&q, 700);
    let options = CompareOptions {
        top: 5,
        detail: false,
        each: false,
        styled: false,
        locale: Locale::En,
    };
    let mut parts = 0;
    let written =
        Table { width: Some(100) }.summary(&lines, &Unpaired::default(), &options, &mut |_| {
            parts += 1;
            if parts == 3 { Err("closed") } else { Ok(()) }
        });
    assert_eq!(written, Err("closed"));
    assert_eq!(parts, 3, "the title, a first part, then the failed one");
}
