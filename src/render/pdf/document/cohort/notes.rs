//! The cohort report's cover (what was compared, when, and its marking) and its closing method
//! note (how the cohort figures are computed, and the fingerprints of the input files).
//!
//! Every sentence of the method must describe what the heat map, distribution and change sections
//! actually compute; when those change, this text changes with it.

use super::super::super::draw::palette;
use super::super::super::layout::{Align, Column, Flow, Row, Style, TableLook};
use std::collections::HashMap;

use super::super::super::{CohortOptions, FileHash};
use super::super::cover::contents_and_credit;
use super::super::method::verification;
use super::{Group, date_range, plural, questionnaire, title};
use crate::render::Cohort;

/// Draws the cover; returns where the table of contents goes, when there is room for it.
pub(super) fn cover(
    flow: &mut Flow<'_>,
    cohorts: &[Cohort<'_, '_>],
    options: &CohortOptions,
    marking: Option<&str>,
) -> Option<f32> {
    flow.advance(24.0);
    flow.paragraph(
        "COHORT REPORT",
        &Style::label().color(palette::accent()),
        0.0,
    );
    flow.advance(6.0);
    let big = Style {
        size: 24.0,
        leading: 30.0,
        ..Style::h1()
    };
    let width = flow.geometry().text_width();
    let (lines, _) = flow.lines_at_most(&title(cohorts, options), &big, width, 3);
    flow.lines_at(&lines, &big, 0.0);
    flow.advance(6.0);
    let total: usize = cohorts.iter().map(|c| c.entries.len()).sum();
    let countries: std::collections::BTreeSet<&str> = cohorts
        .iter()
        .flat_map(|c| &c.entries)
        .map(|e| super::country(e))
        .collect();
    let lead = if cohorts.len() == 1 {
        format!(
            "Cyber security maturity self-assessments side by side: {} from {}.",
            plural(total, "assessment"),
            countries_text(countries.len()),
        )
    } else {
        format!(
            "Cyber security maturity self-assessments side by side: {} from {}, on {} \
             questionnaires, each group shown on its own.",
            plural(total, "assessment"),
            countries_text(countries.len()),
            cohorts.len()
        )
    };
    flow.paragraph(&lead, &Style::body(), 0.0);
    flow.advance(16.0);

    let tab = 100.0;
    for (i, cohort) in cohorts.iter().enumerate() {
        let q = questionnaire(cohort);
        if cohorts.len() > 1 {
            flow.heading(
                &format!("Group {} of {}", i + 1, cohorts.len()),
                &Style::h2(),
                60.0,
            );
            flow.advance(2.0);
        }
        let questionnaire = format!("{} ({})", q.title, q.id_version());
        let facts = [
            ("Questionnaire", capped(flow, &questionnaire, tab, 3)),
            ("Assessments", total_text(cohort)),
            ("Assessed", date_range(cohort)),
        ];
        for (label, value) in facts {
            flow.labelled(label, &value, &Style::body(), 0.0, tab);
            flow.advance(3.0);
        }
        flow.advance(8.0);
    }
    let marking = capped(flow, marking.unwrap_or("none"), tab, 2);
    flow.labelled("Marking", &marking, &Style::body(), 0.0, tab);
    flow.advance(3.0);

    let produced = format!(
        "Produced with cyberassess {}. How the cohort figures are computed, and the \
         fingerprint of the inputs, are on the last page.",
        env!("CARGO_PKG_VERSION")
    );
    contents_and_credit(flow, cohorts.len() * 2 + 1, &produced)
}

/// A cover fact's text in at most `max` lines beside a label column of width `tab`.
fn capped(flow: &mut Flow<'_>, text: &str, tab: f32, max: usize) -> String {
    let width = flow.geometry().text_width() - tab;
    flow.lines_at_most(text, &Style::body(), width, max)
        .0
        .join("\n")
}

/// `1 country`, `8 countries`.
fn countries_text(n: usize) -> String {
    if n == 1 {
        "1 country".to_owned()
    } else {
        format!("{n} countries")
    }
}

/// `60 (8 countries)`.
fn total_text(cohort: &Cohort<'_, '_>) -> String {
    let countries: std::collections::BTreeSet<&str> =
        cohort.entries.iter().map(|e| super::country(e)).collect();
    format!(
        "{} ({})",
        cohort.entries.len(),
        countries_text(countries.len())
    )
}

/// The method note, on a page of its own, with the fingerprint at its end.
pub(super) fn method(flow: &mut Flow<'_>, cohorts: &[Cohort<'_, '_>], options: &CohortOptions) {
    flow.new_page();
    flow.heading("How the cohort figures are computed", &Style::h1(), 80.0);
    flow.mark("Method and verification");
    flow.set_running(Some("Method".to_owned()));
    flow.advance(4.0);
    let example = cohorts.first().map(|c| Group::new(c, 0, 1));
    let (second, third) =
        example
            .as_ref()
            .map_or(("stage 2".to_owned(), "stage 3".to_owned()), |g| {
                let name = |i: usize| {
                    g.q.stages
                        .get(i)
                        .map_or(format!("stage {}", i + 1), |s| s.name.clone())
                };
                (name(1), name(2))
            });
    let paragraphs = [
        "Assessments are grouped by questionnaire: only assessments against the same \
         questionnaire id and version are compared, and each group has its own heat map and \
         distribution."
            .to_owned(),
        "Each assessment is scored on its own, exactly as in its individual report: the \
         questionnaire's scoring method gives each pillar a level from 1 to the number of \
         stages, and the overall level follows from the pillar levels. The heat map prints \
         these levels rounded down to one decimal, so the whole number printed is that of the \
         stage they reach."
            .to_owned(),
        "Median, Minimum and Maximum rows: for each pillar and for the overall result, the \
         median, lowest and highest level across the group's assessments. The median of an \
         even number of levels is the mean of the middle two. These are levels, not stages: \
         the median is not an average of stage names."
            .to_owned(),
        format!(
            "The stage shown for a median, minimum or maximum is the whole part of its level \
             (rounded down), as for a single assessment: a median level of 2.5 is at the \
             second stage ({second}), not the third ({third})."
        ),
        "Stages by pillar: for each pillar and overall, the number of assessments whose \
         pillar reached each stage, and that number as a share of the group, rounded to a \
         whole percent (so the shares may not add up to exactly 100%). The median, lowest \
         and highest level above each chart are those of the heat map."
            .to_owned(),
        "Every assessment in a group counts in its heat map and its stages by pillar: a \
         country assessed twice counts twice in the median, lowest and highest levels and in \
         the stage counts, and the pages say so when it happens. To count each country once, \
         make the report with --latest, which keeps each country's most recent assessment."
            .to_owned(),
        "Change page, when a country has assessments of different dates: for each such \
         country, its latest assessment and the previous one, the most recent dated before it \
         (countries matched ignoring letter case and spacing; an undated assessment counts as \
         the oldest; of several on one date, the last in file order counts), the same rule as \
         compare. Each change is the difference of the two levels as printed, so it can be \
         checked by subtraction."
            .to_owned(),
        "Colours follow the Okabe–Ito colour-blind-safe palette and only repeat what is \
         printed: every cell and bar also gives its stage and its number, and every change \
         its sign."
            .to_owned(),
    ];
    for p in &paragraphs {
        flow.paragraph(p, &Style::body(), 0.0);
        flow.advance(6.0);
    }
    if let Some(fingerprint) = options.fingerprint() {
        let intro = format!(
            "SHA-256 fingerprints of the {} files this report was made from, as the sha256sum \
             tool computes them for UTF-8 files without a byte-order mark, and one for them \
             all: the SHA-256 of the fingerprints below, sorted, one per line. With the same \
             files, cyberassess {} produces this PDF again byte for byte.",
            options.files.len(),
            env!("CARGO_PKG_VERSION")
        );
        verification(flow, &intro, &[("All files", &fingerprint)]);
        flow.advance(8.0);
        files(flow, &options.files);
    }
    flow.set_running(None);
}

/// The input files and their fingerprints, as a table that may run over several pages.
fn files(flow: &mut Flow<'_>, files: &[FileHash]) {
    let w = flow.geometry().text_width();
    let hash_width = 330.0_f32.min(w / 2.0);
    let columns = [
        Column {
            title: "File".to_owned(),
            width: w - hash_width,
            align: Align::Left,
        },
        Column {
            title: "SHA-256".to_owned(),
            width: hash_width,
            align: Align::Left,
        },
    ];
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let rows: Vec<Row> = short_names(&names)
        .into_iter()
        .zip(files)
        .map(|(name, f)| Row {
            cells: vec![name, f.sha256.clone()],
            bold: false,
        })
        .collect();
    let look = TableLook {
        size: 7.5,
        leading: 10.0,
        ..TableLook::default()
    };
    flow.table_with(&columns, &rows, &look);
}

/// Each path shortened to its last parts, as few as tell it apart from the others
/// (`2026/x.toml` and `2025/x.toml`, but `y.toml`), with `/` between parts.
pub(super) fn short_names(paths: &[&str]) -> Vec<String> {
    let parts: Vec<Vec<&str>> = paths
        .iter()
        .map(|p| {
            p.split(['/', '\\'])
                .filter(|part| !part.is_empty() && *part != ".")
                .collect()
        })
        .collect();
    let mut depth = vec![1; paths.len()];
    loop {
        let names: Vec<String> = parts
            .iter()
            .zip(&depth)
            .map(|(p, &d)| p[p.len().saturating_sub(d)..].join("/"))
            .collect();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for name in &names {
            *seen.entry(name.as_str()).or_default() += 1;
        }
        let mut longer = false;
        for (i, name) in names.iter().enumerate() {
            if seen[name.as_str()] > 1 && depth[i] < parts[i].len() {
                depth[i] += 1;
                longer = true;
            }
        }
        if !longer {
            return names;
        }
    }
}
