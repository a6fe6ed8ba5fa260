//! The cohort table written in parts is the table laid out whole, in a terminal and in
//! Markdown, however many rows it has; statistics.

use super::*;
use crate::render::fit::Grid;
use crate::render::markdown::{cohort_markdown, write_cohort_markdown};

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
                    (level, stage_of(level, q.stage_count()))
                })
                .collect();
            CohortRow {
                source: format!("answers/country-{i:05}.toml"),
                country: countries[i % countries.len()].to_owned(),
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

/// The table laid out whole, as before it was written in parts: every cell in one grid.
fn whole(q: &Questionnaire, rows: &[CohortRow], width: Option<u16>, styled: bool) -> String {
    let grid = CohortGrid::of(q, rows, Locale::En);
    let stages = q.stage_count();
    let t = Grid {
        header: grid.header,
        rows: grid
            .rows
            .iter()
            .map(|r| r.iter().map(|c| terminal_cell(c, stages, styled)).collect())
            .collect(),
    };
    format!(
        "{}\n{}",
        wrap_words(&grid.title, width),
        t.render(width, styled)
    )
}

#[test]
fn a_long_cohort_written_in_parts_is_the_table_laid_out_whole() {
    let q = crate::parse::parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
        .value
        .expect("fixture parses");
    for n in [0, 1, 2, 7, 700] {
        let rows = rows(&q, n);
        for width in [None, Some(40), Some(80), Some(100), Some(200)] {
            for styled in [false, true] {
                let written = cohort_table(&q, &rows, width, styled, Locale::En);
                assert!(
                    written == whole(&q, &rows, width, styled),
                    "{n} rows, width {width:?}, styled {styled}:\n{written}"
                );
            }
        }
    }
}

#[test]
fn a_cohort_table_stops_at_the_first_failed_write() {
    let q = crate::parse::parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
        .value
        .expect("fixture parses");
    let rows = rows(&q, 700);
    let rows: Vec<&CohortRow> = rows.iter().collect();
    let mut parts = 0;
    let written = write_cohort_table(&q, &rows, Some(100), false, Locale::En, &mut |_| {
        parts += 1;
        if parts == 2 { Err("closed") } else { Ok(()) }
    });
    assert_eq!(written, Err("closed"));
    assert_eq!(parts, 2);
}

#[test]
fn median_of_odd_and_even_counts() {
    assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
    assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
}

/// The Markdown section made whole, as before it was written in parts.
fn whole_markdown(q: &Questionnaire, rows: &[CohortRow]) -> String {
    let grid = CohortGrid::of(q, rows, Locale::En);
    let escape = |t: &str| {
        t.replace('\\', "\\\\")
            .replace('|', "\\|")
            .replace(['\n', '\r'], " ")
    };
    let line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = format!("## {}\n\n", escape(&grid.title));
    out.push_str(&line(grid.header.clone()));
    out.push_str(&format!("|{}|\n", vec!["---"; grid.header.len()].join("|")));
    for r in &grid.rows {
        out.push_str(&line(
            r.iter()
                .map(|c| match (c.bold, c.italic) {
                    _ if c.text.is_empty() => String::new(),
                    (true, _) => format!("**{}**", c.text),
                    (_, true) => format!("*{}*", c.text),
                    _ => c.text.clone(),
                })
                .collect(),
        ));
    }
    out.push('\n');
    out
}

#[test]
fn a_long_markdown_cohort_written_in_parts_is_the_section_made_whole() {
    let q = crate::parse::parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
        .value
        .expect("fixture parses");
    for n in [0, 1, 2, 7, ROWS_AT_ONCE, ROWS_AT_ONCE + 1, 700] {
        let rows = rows(&q, n);
        let written = cohort_markdown(&q, &rows, Locale::En);
        assert!(written == whole_markdown(&q, &rows), "{n} rows:\n{written}");
        // The rows come in their order, several parts for a long table.
        let refs: Vec<&CohortRow> = rows.iter().collect();
        let mut parts = Vec::new();
        let _ = write_cohort_markdown(&q, &refs, Locale::En, &mut |part| {
            parts.push(part.to_owned());
            Ok::<(), ()>(())
        });
        assert_eq!(parts.len(), 2 + n.div_ceil(ROWS_AT_ONCE), "{n} rows");
        assert_eq!(parts.concat(), written);
    }
    // A hand-checked line: a country's row and the median of a column.
    let rows = rows(&q, 3);
    let text = cohort_markdown(&q, &rows, Locale::En);
    assert!(text.starts_with("## "), "{text}");
    assert!(text.contains("| Exampleland | "), "{text}");
    assert!(text.contains("| *Median* |  | "), "{text}");
}
