//! The summary of many comparisons (`compare FOLDER...`): one table per questionnaire of each
//! country's change in level, and the countries that could not be paired, in the language asked
//! for.

use crate::i18n::Locale;
use crate::model::Questionnaire;
use crate::render::format::local_date;
use crate::t;

use super::change::{Marks, level_change};
use super::view::{Text, country};
use super::{Compared, Single};

/// `Isla Ñandú (2025-01-01, isla.toml)`: a country with one assessment.
pub(crate) fn single(single: &Single<'_, '_>, locale: Locale) -> String {
    format!(
        "{} ({}, {})",
        country(single.scored, locale),
        local_date(single.scored.assessment.info.assessed_on, locale),
        single.source
    )
}

/// Comparisons grouped for summary tables: one group per questionnaire id and major version,
/// in order of first appearance.
pub(crate) fn groups<'c, 's, 'a>(
    comparisons: &'c [Compared<'s, 'a>],
) -> Vec<Vec<&'c Compared<'s, 'a>>> {
    let mut groups: Vec<Vec<&Compared<'_, '_>>> = Vec::new();
    for c in comparisons {
        let q = c.comparison.new.questionnaire;
        match groups.iter_mut().find(|g| {
            let first = g[0].comparison.new.questionnaire;
            first.id == q.id && first.version.major == q.version.major
        }) {
            Some(g) => g.push(c),
            None => groups.push(vec![c]),
        }
    }
    groups
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

/// One country's row of the summary table: the change in level of each pillar of `q` (matched
/// by id) and overall. `separator` goes between the two dates: a line break in a terminal
/// table, a space in Markdown.
pub(crate) fn summary_row(
    q: &Questionnaire,
    compared: &Compared<'_, '_>,
    marks: Marks,
    separator: &str,
    locale: Locale,
) -> Vec<Text> {
    let c = &compared.comparison;
    let (old, new) = (c.old, c.new);
    let mut row = vec![
        Text::plain(country(new, locale)),
        Text::plain(format!(
            "{}{separator}→ {}",
            local_date(old.assessment.info.assessed_on, locale),
            local_date(new.assessment.info.assessed_on, locale)
        )),
    ];
    for pillar in &q.pillars {
        let levels = c.pillars.iter().find_map(|p| {
            let n = new.pillars.get(p.new?)?;
            let o = old.pillars.get(p.old?)?;
            (new.questionnaire.pillars[n.pillar].id == pillar.id).then_some((o.level, n.level))
        });
        row.push(match levels {
            Some((o, n)) => Text::change(level_change(o, n, marks, locale)),
            None => Text::plain(t!(locale, "views-compare-not-comparable")),
        });
    }
    row.push(Text::change(level_change(
        old.overall.level,
        new.overall.level,
        marks,
        locale,
    )));
    row
}
