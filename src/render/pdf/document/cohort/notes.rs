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
use super::{date_range, questionnaire, title};
use crate::i18n::Locale;
use crate::model::StageIndex;
use crate::render::CohortGroup;
use crate::t;

/// Draws the cover; returns where the table of contents goes, when there is room for it.
pub(super) fn cover(
    flow: &mut Flow<'_>,
    cohorts: &[CohortGroup<'_>],
    options: &CohortOptions,
    marking: Option<&str>,
) -> Option<f32> {
    let locale = options.locale;
    flow.advance(24.0);
    flow.paragraph(
        &t!(locale, "cohort-cover-kicker"),
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
    let total: usize = cohorts.iter().map(|c| c.records.len()).sum();
    let countries: std::collections::BTreeSet<&str> = cohorts
        .iter()
        .flat_map(|c| &c.records)
        .map(super::country)
        .collect();
    let assessments = t!(locale, "cohort-assessments", count = total);
    let countries = countries_text(countries.len(), locale);
    let lead = if cohorts.len() == 1 {
        t!(
            locale,
            "cohort-cover-lead",
            assessments = assessments,
            countries = countries
        )
    } else {
        t!(
            locale,
            "cohort-cover-lead-groups",
            assessments = assessments,
            countries = countries,
            groups = cohorts.len()
        )
    };
    flow.paragraph(&lead, &Style::body(), 0.0);
    flow.advance(16.0);

    let tab = 100.0;
    for (i, cohort) in cohorts.iter().enumerate() {
        let q = questionnaire(cohort);
        if cohorts.len() > 1 {
            flow.heading(
                &t!(
                    locale,
                    "cohort-group",
                    number = i + 1,
                    groups = cohorts.len()
                ),
                &Style::h2(),
                60.0,
            );
            flow.advance(2.0);
        }
        let questionnaire = format!("{} ({})", q.title, q.id_version());
        let facts = [
            (
                t!(locale, "cohort-cover-questionnaire"),
                capped(flow, &questionnaire, tab, 3),
            ),
            (
                t!(locale, "cohort-cover-assessments"),
                total_text(cohort, locale),
            ),
            (
                t!(locale, "cohort-cover-assessed"),
                date_range(cohort, locale),
            ),
        ];
        for (label, value) in facts {
            flow.labelled(&label, &value, &Style::body(), 0.0, tab);
            flow.advance(3.0);
        }
        flow.advance(8.0);
    }
    let none = t!(locale, "cohort-cover-no-marking");
    let marking = capped(flow, marking.unwrap_or(&none), tab, 2);
    let label = t!(locale, "cohort-cover-marking");
    flow.labelled(&label, &marking, &Style::body(), 0.0, tab);
    flow.advance(3.0);

    let produced = t!(
        locale,
        "cohort-cover-produced",
        version = env!("CARGO_PKG_VERSION")
    );
    let contents = t!(locale, "cohort-contents");
    contents_and_credit(flow, cohorts.len() * 2 + 1, &produced, &contents)
}

/// A cover fact's text in at most `max` lines beside a label column of width `tab`.
fn capped(flow: &mut Flow<'_>, text: &str, tab: f32, max: usize) -> String {
    let width = flow.geometry().text_width() - tab;
    flow.lines_at_most(text, &Style::body(), width, max)
        .0
        .join("\n")
}

/// `1 country`, `8 countries`.
fn countries_text(n: usize, locale: Locale) -> String {
    t!(locale, "cohort-countries", count = n)
}

/// `60 (8 countries)`.
fn total_text(cohort: &CohortGroup<'_>, locale: Locale) -> String {
    let countries: std::collections::BTreeSet<&str> =
        cohort.records.iter().map(super::country).collect();
    t!(
        locale,
        "cohort-cover-total",
        count = cohort.records.len(),
        countries = countries_text(countries.len(), locale)
    )
}

/// The method note, on a page of its own, with the fingerprint at its end.
pub(super) fn method(flow: &mut Flow<'_>, cohorts: &[CohortGroup<'_>], options: &CohortOptions) {
    let locale = options.locale;
    flow.new_page();
    flow.heading(&t!(locale, "cohort-method"), &Style::h1(), 80.0);
    flow.mark(&t!(locale, "cohort-method-contents"));
    flow.set_running(Some(t!(locale, "cohort-method-running")));
    flow.advance(4.0);
    let stage = |stage: StageIndex| {
        cohorts
            .first()
            .and_then(|c| questionnaire(c).stage(stage))
            .map_or_else(
                || t!(locale, "cohort-method-stage", number = stage.number()),
                |s| s.name.clone(),
            )
    };
    let (second, third) = (stage(StageIndex::new(1)), stage(StageIndex::new(2)));
    let paragraphs = [
        t!(locale, "cohort-method-groups"),
        t!(locale, "cohort-method-levels"),
        t!(locale, "cohort-method-statistics"),
        t!(
            locale,
            "cohort-method-stage-of",
            level = locale.decimal("2.5"),
            second = second,
            third = third
        ),
        t!(
            locale,
            "cohort-method-distribution",
            whole = locale.percent(100)
        ),
        t!(locale, "cohort-method-every"),
        t!(locale, "cohort-method-change"),
        t!(locale, "cohort-method-colours"),
    ];
    for p in &paragraphs {
        flow.paragraph(p, &Style::body(), 0.0);
        flow.advance(6.0);
    }
    if let Some(fingerprint) = options.fingerprint() {
        let intro = t!(
            locale,
            "cohort-verification-intro",
            count = options.files.len(),
            version = env!("CARGO_PKG_VERSION")
        );
        let all = t!(locale, "cohort-verification-all");
        let heading = t!(locale, "cohort-verification");
        verification(flow, &heading, &intro, &[(&all, &fingerprint)]);
        flow.advance(8.0);
        files(flow, &options.files, locale);
    }
    flow.set_running(None);
}

/// The input files and their fingerprints, as a table that may run over several pages.
fn files(flow: &mut Flow<'_>, files: &[FileHash], locale: Locale) {
    let w = flow.geometry().text_width();
    let hash_width = 330.0_f32.min(w / 2.0);
    let columns = [
        Column {
            title: t!(locale, "cohort-file"),
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
