//! Laying tables out: grids and blocks within a width, and a table written in parts being the
//! table rendered whole.

use super::*;

fn grid() -> Grid {
    Grid {
        header: [
            "Country",
            "Assessed",
            "Governance and implementation",
            "Overall",
        ]
        .map(String::from)
        .to_vec(),
        rows: vec![
            [
                "República de Costa Esmeralda",
                "2025-10-08",
                "Established 3.1",
                "Formative 2.4",
            ]
            .map(Cell::new)
            .to_vec(),
        ],
    }
}

/// Every line at most `width` characters, and every word of the wide layout whole.
fn fits(text: &str, width: usize) {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| c.is_whitespace() || "│┆║╞╡╪═─┌┐└┘├┤┬┴┼".contains(c))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let whole = words(&grid().render(None, false));
    for line in text.lines() {
        assert!(line.chars().count() <= width, "{line}\n{text}");
    }
    for word in words(text) {
        assert!(whole.contains(&word), "broken word {word:?}:\n{text}");
    }
}

#[test]
fn headings_wrap_between_words() {
    let text = "República de Costa Esmeralda · assessed 2025-10-08 · ncss-maturity 1.0.0";
    assert_eq!(
        wrap_words(text, Some(30)),
        "República de Costa Esmeralda ·\nassessed 2025-10-08 ·\nncss-maturity 1.0.0"
    );
    assert_eq!(wrap_words(text, None), text);
}

/// A small random generator (a linear congruential one), enough to vary test tables.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % n
    }

    /// One to `most` words, some of them long or running text.
    fn text(&mut self, most: usize) -> String {
        const WORDS: [&str; 15] = [
            "Start-up",
            "Formative",
            "Established",
            "Strategic",
            "Dynamic",
            "3.1",
            "2.0",
            "of",
            "República",
            "Governance and implementation",
            "Incident response capacity",
            "x",
            "Esmeralda",
            "2026-03-14",
            "a-very-long-word-without-any-break-in-it",
        ];
        let n = 1 + self.below(most);
        (0..n)
            .map(|_| WORDS[self.below(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A grid of `rows` rows from `seed`: long and short headings, words and running text,
/// values repeated down the columns.
fn random_grid(seed: u64, rows: usize) -> Grid {
    let mut rng = Rng(seed);
    let columns = 2 + rng.below(6);
    let header: Vec<String> = (0..columns).map(|_| rng.text(3)).collect();
    let distinct: Vec<Vec<String>> = (0..columns)
        .map(|c| {
            let n = 1 + rng.below(4);
            (0..n)
                .map(|_| rng.text(if c == 0 { 5 } else { 2 }))
                .collect()
        })
        .collect();
    let rows = (0..rows)
        .map(|_| {
            distinct
                .iter()
                .map(|values| Cell::new(&values[rng.below(values.len())]))
                .collect()
        })
        .collect();
    Grid { header, rows }
}

/// One row per distinct text of each column (in any order), padded with empty cells.
fn sample(grid: &Grid) -> Grid {
    let mut columns: Vec<Vec<String>> = vec![Vec::new(); grid.header.len()];
    for row in &grid.rows {
        for (c, cell) in row.iter().enumerate() {
            if !columns[c].contains(&cell.content()) {
                columns[c].push(cell.content());
            }
        }
    }
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let rows = (0..longest)
        .rev()
        .map(|i| {
            columns
                .iter()
                .map(|values| Cell::new(values.get(i).map_or("", String::as_str)))
                .collect()
        })
        .collect();
    Grid {
        header: grid.header.clone(),
        rows,
    }
}

#[test]
fn a_grid_written_in_parts_is_the_grid_rendered_whole() {
    for seed in 0..60 {
        let grid = random_grid(seed, 1 + usize::try_from(seed % 9).unwrap_or(0));
        for width in [
            None,
            Some(24),
            Some(40),
            Some(60),
            Some(80),
            Some(100),
            Some(160),
        ] {
            let whole = grid.render(width, false);
            let layout = sample(&grid).layout(width, false);
            for part in [1, 2, 3, 100] {
                let count = grid.rows.len().div_ceil(part);
                let written: String = grid
                    .rows
                    .chunks(part)
                    .enumerate()
                    .map(|(i, rows)| layout.rows(rows.to_vec(), i == 0, i + 1 == count))
                    .collect();
                assert_eq!(
                    written, whole,
                    "seed {seed}, width {width:?}, parts of {part}\n{written}\n{whole}"
                );
            }
        }
    }
}

#[test]
fn a_grid_that_fits_stays_a_grid() {
    let text = grid().render(Some(80), false);
    assert!(
        text.lines()
            .next()
            .is_some_and(|l| l.matches('┬').count() == 3),
        "{text}"
    );
    fits(&text, 80);
}

#[test]
fn a_grid_too_wide_becomes_blocks_of_whole_words() {
    let text = grid().render(Some(40), false);
    assert!(text.contains("Governance"), "{text}");
    assert!(
        text.lines()
            .next()
            .is_some_and(|l| l.matches('┬').count() == 1),
        "{text}"
    );
    fits(&text, 40);
}
