//! The summary of many comparisons (`compare FOLDER...`): one table per questionnaire of each
//! country's change in level, and the countries that could not be paired, in the language asked
//! for. Each comparison is kept as a [`SummaryLine`], the few numbers and words its row shows,
//! so the comparisons themselves can be freed as soon as they are made.

use toml::value::Date;

use crate::i18n::Locale;
use crate::model::Questionnaire;
use crate::render::format::local_date;
use crate::t;

use super::change::{Marks, level_change};
use super::view::Text;
use super::{Compared, Listed};

/// One comparison as the summary shows it: the country, the two dates, and the level before
/// and after of each pillar and overall. A folder of any size is summarised from these alone.
#[derive(Debug, Clone)]
pub struct SummaryLine<'q> {
    /// The questionnaire of the later assessment (lines are grouped by its id and major
    /// version).
    questionnaire: &'q Questionnaire,
    /// The later assessment's country, as written ("" when not named).
    country: Box<str>,
    /// The earlier assessment's date.
    old_on: Option<Date>,
    /// The later assessment's date.
    new_on: Option<Date>,
    /// For each pillar of `questionnaire`, the level before and after, when both sides have it.
    levels: Box<[Option<(f64, f64)>]>,
    /// The overall level before and after.
    overall: (f64, f64),
}

impl<'q> SummaryLine<'q> {
    /// The line of `compared`, whose later assessment was scored on `questionnaire` (or on a
    /// questionnaire with the same pillars, such as its translation).
    pub fn of(questionnaire: &'q Questionnaire, compared: &Compared<'_, '_>) -> Self {
        let c = &compared.comparison;
        let (old, new) = (c.old, c.new);
        let levels = (0..questionnaire.pillars.len())
            .map(|i| {
                c.pillars.iter().find_map(|p| {
                    let n = new.pillars.get(p.new?)?;
                    let o = old.pillars.get(p.old?)?;
                    (n.pillar == i).then_some((o.level, n.level))
                })
            })
            .collect();
        SummaryLine {
            questionnaire,
            country: new.assessment.info.country.trim().into(),
            old_on: old.assessment.info.assessed_on,
            new_on: new.assessment.info.assessed_on,
            levels,
            overall: (old.overall.level, new.overall.level),
        }
    }

    /// A line of made-up values, for tests of the layout.
    #[cfg(test)]
    pub(crate) fn made_up(
        questionnaire: &'q Questionnaire,
        country: &str,
        dates: (Option<Date>, Option<Date>),
        levels: Vec<Option<(f64, f64)>>,
        overall: (f64, f64),
    ) -> Self {
        SummaryLine {
            questionnaire,
            country: country.into(),
            old_on: dates.0,
            new_on: dates.1,
            levels: levels.into(),
            overall,
        }
    }

    /// The levels before and after of the pillar of this line's questionnaire with `id`.
    fn pillar(&self, id: &str) -> Option<(f64, f64)> {
        let i = self.questionnaire.pillars.iter().position(|p| p.id == id)?;
        self.levels.get(i).copied().flatten()
    }
}

/// `Isla Ñandú (2025-01-01, isla.toml)`: a country with one assessment.
pub(crate) fn single(single: &Listed<'_>, locale: Locale) -> String {
    format!(
        "{} ({}, {})",
        country_name(single.country, locale),
        local_date(single.assessed_on, locale),
        single.source
    )
}

/// A country as written, or "no country" in the language asked for.
fn country_name(country: &str, locale: Locale) -> String {
    match country.trim() {
        "" => t!(locale, "heading-no-country"),
        name => name.to_owned(),
    }
}

/// Summary lines grouped for summary tables: one group per questionnaire id and major version,
/// in order of first appearance; each group's table has the pillars of its first line's
/// questionnaire.
pub(crate) fn groups<'l, 'q>(lines: &'l [SummaryLine<'q>]) -> Vec<Vec<&'l SummaryLine<'q>>> {
    let mut groups: Vec<Vec<&SummaryLine<'_>>> = Vec::new();
    for line in lines {
        let q = line.questionnaire;
        match groups.iter_mut().find(|g| {
            let first = g[0].questionnaire;
            first.id == q.id && first.version.major == q.version.major
        }) {
            Some(g) => g.push(line),
            None => groups.push(vec![line]),
        }
    }
    groups
}

/// The questionnaire whose pillars a group's table shows.
pub(crate) fn group_questionnaire<'q>(group: &[&SummaryLine<'q>]) -> Option<&'q Questionnaire> {
    group.first().map(|line| line.questionnaire)
}

/// The summary table's header for a group: country, dates, each pillar, overall.
pub(crate) fn summary_header(q: &Questionnaire, locale: Locale) -> Vec<String> {
    let mut header = vec![
        t!(locale, "views-compare-country"),
        t!(locale, "views-compare-before-now"),
    ];
    header.extend(q.pillars.iter().map(|p| p.name.clone()));
    header.push(t!(locale, "views-compare-overall"));
    header
}

/// The country a line shows ("no country" in the language asked for when not named).
pub(crate) fn line_country(line: &SummaryLine<'_>, locale: Locale) -> String {
    country_name(&line.country, locale)
}

/// One country's row of the summary table: the change in level of each pillar of `q` (matched
/// by id) and overall. `separator` goes between the two dates: a line break in a terminal
/// table, a space in Markdown.
pub(crate) fn summary_row(
    q: &Questionnaire,
    line: &SummaryLine<'_>,
    marks: Marks,
    separator: &str,
    locale: Locale,
) -> Vec<Text> {
    let mut row = vec![
        Text::plain(line_country(line, locale)),
        Text::plain(format!(
            "{}{separator}→ {}",
            local_date(line.old_on, locale),
            local_date(line.new_on, locale)
        )),
    ];
    for pillar in &q.pillars {
        row.push(match line.pillar(&pillar.id) {
            Some((o, n)) => Text::change(level_change(o, n, marks, locale)),
            None => Text::plain(t!(locale, "views-compare-not-comparable")),
        });
    }
    let (o, n) = line.overall;
    row.push(Text::change(level_change(o, n, marks, locale)));
    row
}
