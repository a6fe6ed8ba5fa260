//! The cohort table: written in parts it is the table laid out whole; statistics.

use super::*;
use crate::render::fit::Grid;

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
