//! The cohort report's sections, in order: cover, then for each questionnaire group its heat map,
//! its distribution of stages by pillar and, when some country has several assessments, its
//! change since the previous assessment; then the method note; then the header and footer of
//! every page.
//!
//! Decides what is said and in which order, from the same figures as the terminal cohort table
//! (`render::cohort`); [`Flow`] decides where it goes. No IO, no clock.

use std::collections::BTreeSet;

use printpdf::Op;

use toml::value::Date;

mod change;
mod distribution;
mod heat_map;
mod key;
mod notes;

use super::super::CohortOptions;
use super::super::fonts::{Face, Fonts};
use super::super::layout::{Flow, Geometry};
use super::page::{Running, decorate_in};
use crate::i18n::Locale;
use crate::model::{Questionnaire, StageIndex};
use crate::render::{CohortGroup, CohortRecord, fmt_level_value, local_date, median};
use crate::score::stage_of;
use crate::t;

/// Lays out the whole cohort report on `geometry`; returns the pages' operations and the
/// characters the font lacks.
pub(in super::super) fn build(
    fonts: &Fonts,
    cohorts: &[CohortGroup<'_>],
    options: &CohortOptions,
    geometry: Geometry,
) -> (Vec<Vec<Op>>, BTreeSet<char>) {
    let locale = options.locale;
    let mut flow = Flow::new(fonts, geometry).in_locale(locale);
    let marking = marking(cohorts, options);
    let contents = notes::cover(&mut flow, cohorts, options, marking.as_deref());
    for (i, cohort) in cohorts.iter().enumerate() {
        let group = Group::new(cohort, i, cohorts.len(), locale);
        flow.set_running(None);
        flow.new_page();
        heat_map::heat_map(&mut flow, &group);
        flow.space(24.0);
        distribution::distribution(&mut flow, &group);
        change::change(&mut flow, &group);
    }
    flow.set_running(None);
    notes::method(&mut flow, cohorts, options);
    let sections = flow.marks().to_vec();
    let (mut pages, mut missing) = flow.finish();
    if let (Some(top), Some(cover)) = (contents, pages.first_mut()) {
        super::cover::table_of_contents(fonts, cover, top, &sections, geometry, &mut missing);
    }
    let title = t!(
        locale,
        "cohort-running-title",
        title = title(cohorts, options)
    );
    let footer = footer(cohorts, locale);
    let running = Running {
        title: &title,
        marking: marking.as_deref(),
        draft: None,
        footer: &footer,
    };
    decorate_in(fonts, &mut pages, &running, locale, geometry, &mut missing);
    (pages, missing)
}

/// The report's title: the one given, or the questionnaire's.
pub(in super::super) fn title(cohorts: &[CohortGroup<'_>], options: &CohortOptions) -> String {
    match (&options.title, cohorts) {
        (Some(t), _) if !t.trim().is_empty() => t.trim().to_owned(),
        (_, [one]) => questionnaire(one).title.clone(),
        _ => t!(options.locale, "cohort-title-several"),
    }
}

/// The footer: every questionnaire's id@version and the number of assessments.
fn footer(cohorts: &[CohortGroup<'_>], locale: Locale) -> String {
    let ids: Vec<String> = cohorts
        .iter()
        .map(|c| questionnaire(c).id_version())
        .collect();
    let n: usize = cohorts.iter().map(|c| c.records.len()).sum();
    t!(
        locale,
        "cohort-footer",
        questionnaires = ids.join(", "),
        count = n
    )
}

/// The marking on every page: the one given; otherwise the answers files' own marking when they
/// agree, the most restrictive when they are all TLP labels, or all of them.
pub(in super::super) fn marking(
    cohorts: &[CohortGroup<'_>],
    options: &CohortOptions,
) -> Option<String> {
    if let Some(m) = &options.marking {
        return Some(m.clone());
    }
    let found: BTreeSet<&str> = cohorts
        .iter()
        .flat_map(|c| &c.records)
        .filter_map(|e| e.marking.as_deref())
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .collect();
    const TLP: [&str; 5] = [
        "TLP:CLEAR",
        "TLP:GREEN",
        "TLP:AMBER",
        "TLP:AMBER+STRICT",
        "TLP:RED",
    ];
    let rank = |m: &str| TLP.iter().position(|t| t.eq_ignore_ascii_case(m));
    match found.len() {
        0 => None,
        1 => found.first().map(|m| (*m).to_owned()),
        _ if found.iter().all(|m| rank(m).is_some()) => found
            .iter()
            .max_by_key(|m| rank(m))
            .map(|m| (*m).to_owned()),
        _ => Some(found.into_iter().collect::<Vec<_>>().join(" / ")),
    }
}

fn questionnaire<'a>(cohort: &CohortGroup<'a>) -> &'a Questionnaire {
    cohort.questionnaire
}

/// `2024-03-01 to 2026-01-31`, with the undated ones counted.
fn date_range(cohort: &CohortGroup<'_>, locale: Locale) -> String {
    let dates: Vec<Date> = cohort
        .records
        .iter()
        .filter_map(|e| e.row.assessed_on)
        .collect();
    let undated = cohort.records.len() - dates.len();
    let (first, last) = (dates.iter().min().copied(), dates.iter().max().copied());
    let mut range = match (first, last) {
        (Some(a), Some(b)) if a == b => local_date(Some(a), locale),
        (Some(a), Some(b)) => t!(
            locale,
            "cohort-date-range",
            first = local_date(Some(a), locale),
            last = local_date(Some(b), locale)
        ),
        _ => t!(locale, "cohort-no-dates"),
    };
    if undated > 0 && undated < cohort.records.len() {
        range.push(' ');
        range.push_str(&t!(locale, "cohort-undated-count", count = undated));
    }
    range
}

/// The latest assessment date of all groups: the document's date.
pub(in super::super) fn latest_date(cohorts: &[CohortGroup<'_>]) -> Option<Date> {
    cohorts
        .iter()
        .flat_map(|c| &c.records)
        .filter_map(|e| e.row.assessed_on)
        .max()
}

/// The country of an entry, or its file name when it names none (the terminal table shows the
/// whole path; a shared PDF shows no folders).
fn country(entry: &CohortRecord) -> &str {
    let c = entry.row.country.as_str();
    if c.is_empty() {
        entry
            .row
            .source
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&entry.row.source)
    } else {
        c
    }
}

/// `Formative 2.4`: a stage and a level, exactly as the terminal cohort table prints them (with
/// the decimal comma where the language writes one).
fn stage_level(q: &Questionnaire, stage: StageIndex, level: f64, locale: Locale) -> String {
    let name = q.stage(stage).map_or("?", |s| s.name.as_str());
    format!("{name} {}", level_text(level, locale))
}

/// `2.4`: a level rounded down to one decimal, written the local way (`2,4`).
fn level_text(level: f64, locale: Locale) -> String {
    locale.decimal(&fmt_level_value(level))
}

/// One questionnaire group, with the figures every section needs.
struct Group<'c, 'a> {
    cohort: &'c CohortGroup<'a>,
    q: &'a Questionnaire,
    /// Heading of the group's sections when the report has several groups.
    label: Option<String>,
    /// The language of the report.
    locale: Locale,
}

/// Median, minimum and maximum of one column.
struct Stats {
    median: f64,
    min: f64,
    max: f64,
}

impl<'c, 'a> Group<'c, 'a> {
    fn new(cohort: &'c CohortGroup<'a>, index: usize, groups: usize, locale: Locale) -> Self {
        let q = questionnaire(cohort);
        let label = (groups > 1).then(|| {
            t!(
                locale,
                "cohort-group-label",
                number = index + 1,
                groups = groups,
                title = q.title.as_str()
            )
        });
        Group {
            cohort,
            q,
            label,
            locale,
        }
    }

    /// Number of stages of the questionnaire.
    fn stages(&self) -> usize {
        self.q.stage_count()
    }

    /// Number of columns: one per pillar, then overall.
    fn columns(&self) -> usize {
        self.q.pillars.len() + 1
    }

    /// Level and stage of column `i` (a pillar, or overall after the last) for one entry.
    fn cell(&self, entry: &CohortRecord, i: usize) -> (f64, StageIndex) {
        entry.cell(i)
    }

    /// Median, minimum and maximum level of column `i`.
    fn stats(&self, i: usize) -> Stats {
        let mut levels: Vec<f64> = self
            .cohort
            .records
            .iter()
            .map(|e| self.cell(e, i).0)
            .collect();
        Stats {
            median: median(&mut levels),
            min: levels.iter().copied().fold(f64::INFINITY, f64::min),
            max: levels.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        }
    }

    /// Stage of a statistic: the whole part of the level.
    fn stage_of(&self, level: f64) -> StageIndex {
        stage_of(level, self.stages())
    }

    /// Name of column `i`.
    fn column_name(&self, i: usize) -> String {
        self.q
            .pillars
            .get(i)
            .map_or_else(|| t!(self.locale, "summary-overall"), |p| p.name.clone())
    }

    /// `Formative 2.4` in the report's language.
    fn stage_level(&self, stage: StageIndex, level: f64) -> String {
        stage_level(self.q, stage, level, self.locale)
    }

    /// `2.4` in the report's language.
    fn level(&self, level: f64) -> String {
        level_text(level, self.locale)
    }
}

#[cfg(test)]
mod tests;

/// Widest of some texts, cleaned, in points.
fn widest(flow: &mut Flow<'_>, texts: &[String], face: Face, size: f32) -> f32 {
    texts
        .iter()
        .map(|t| {
            let t = flow.clean(t);
            flow.measure(face, size, &t)
        })
        .fold(0.0_f32, f32::max)
}
