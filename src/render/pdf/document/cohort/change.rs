//! The Change page: for each country of a group with several assessments, its previous and
//! latest assessment (chosen by the rule of [`crate::select::pairs`], shared with `compare`),
//! the level of each pillar and overall in both, and the change, shaded by its sign with the
//! sign printed too. Also what the other sections count: every assessment, so a country
//! assessed several times counts once for each.
//!
//! The cohort report keeps each group in path order, so positions in the group are the path
//! order the rule expects of its candidates.

use printpdf::Color;

use super::super::super::draw::palette;
use super::super::super::fonts::Face;
use super::super::super::layout::{Align, Column, Flow, Row, Style, TableLook};
use super::key::swatch_key;
use super::{Group, country, widest};
use crate::compare::Direction;
use crate::i18n::Locale;
use crate::render::compare::{Marks, fmt_level_change};
use crate::render::local_date;
use crate::select::{self, Candidate, country_key};
use crate::t;

/// Cell padding, left and right together.
const PAD: f32 = 8.0;
/// Text size of the table.
const SIZE: f32 = 8.0;

/// Countries of the group named by more than one assessment, with how many, in order of their
/// first assessment. Assessments without a country are never counted as one country.
pub(super) fn repeated(group: &Group<'_, '_>) -> Vec<(String, usize)> {
    let mut seen: Vec<(String, String, usize)> = Vec::new();
    for e in &group.cohort.records {
        let key = country_key(&e.row.country);
        if key.is_empty() {
            continue;
        }
        match seen.iter_mut().find(|(k, _, _)| *k == key) {
            Some(found) => found.2 += 1,
            None => seen.push((key, country(e).trim().to_owned(), 1)),
        }
    }
    seen.into_iter()
        .filter(|(_, _, n)| *n > 1)
        .map(|(_, name, n)| (name, n))
        .collect()
}

/// The sentence the heat map and the distribution add when some country counts more than once.
pub(super) fn counted_twice_note(group: &Group<'_, '_>) -> Option<String> {
    counted_more_than_once(group).map(|who| t!(group.locale, "cohort-counted-twice", who = who))
}

/// `Exampleland (2 assessments) counts more than once`, when some country does.
fn counted_more_than_once(group: &Group<'_, '_>) -> Option<String> {
    let repeated = repeated(group);
    if repeated.is_empty() {
        return None;
    }
    Some(t!(
        group.locale,
        "cohort-counts-more-than-once",
        who = list(&repeated, group.locale),
        count = repeated.len()
    ))
}

/// `Exampleland (2 assessments) and Testland (3 assessments)`.
fn list(repeated: &[(String, usize)], locale: Locale) -> String {
    let items: Vec<String> = repeated
        .iter()
        .map(|(name, n)| {
            t!(
                locale,
                "cohort-change-repeated",
                country = name.as_str(),
                assessments = t!(locale, "cohort-assessments", count = *n)
            )
        })
        .collect();
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => t!(
            locale,
            "cohort-list-and",
            rest = rest.join(", "),
            last = last.as_str()
        ),
        None => String::new(),
    }
}

/// The Change page of one group; nothing when no country has two assessments of different
/// dates.
pub(super) fn change(flow: &mut Flow<'_>, group: &Group<'_, '_>) {
    let entries = &group.cohort.records;
    let candidates: Vec<Candidate<'_>> = entries
        .iter()
        .map(|e| Candidate {
            questionnaire: group.q,
            country: &e.row.country,
            assessed_on: e.row.assessed_on,
        })
        .collect();
    let found = select::pairs(&candidates);
    if found.pairs.is_empty() {
        return;
    }
    let locale = group.locale;
    let heading = match &group.label {
        Some(label) => t!(locale, "cohort-change-of", group = label.as_str()),
        None => t!(locale, "cohort-change"),
    };
    flow.new_page();
    flow.heading(&heading, &Style::h1(), 160.0);
    flow.mark(&heading);
    flow.advance(4.0);
    let mut lead = t!(
        locale,
        "cohort-change-lead",
        count = found.pairs.len(),
        zero = locale.decimal("0.0")
    );
    if let Some(who) = counted_more_than_once(group) {
        lead.push(' ');
        lead.push_str(&t!(locale, "cohort-change-counted-twice", who = who));
    }
    flow.paragraph(&lead, &Style::body(), 0.0);
    flow.advance(8.0);

    let columns = columns(flow, group);
    let mut rows = Vec::new();
    let mut fills: Vec<Vec<Option<Color>>> = Vec::new();
    for pair in &found.pairs {
        let (Some(old), Some(new)) = (entries.get(pair.previous), entries.get(pair.latest)) else {
            continue;
        };
        let mut cells = vec![
            country(new).trim().to_owned(),
            format!(
                "{} → {}",
                local_date(old.row.assessed_on, locale),
                local_date(new.row.assessed_on, locale)
            ),
        ];
        let mut row_fills = vec![None, None];
        for i in 0..group.columns() {
            let (o, n) = (group.cell(old, i).0, group.cell(new, i).0);
            let (delta, direction) = fmt_level_change(o, n, Marks::Signs);
            cells.push(format!(
                "{} → {} ({})",
                group.level(o),
                group.level(n),
                locale.decimal(&delta)
            ));
            row_fills.push(match direction {
                Direction::Up => Some(palette::rise()),
                Direction::Down => Some(palette::fall()),
                Direction::Same => None,
            });
        }
        rows.push(Row { cells, bold: false });
        fills.push(row_fills);
    }
    flow.set_running(Some(heading));
    let look = TableLook {
        size: SIZE,
        leading: SIZE + 3.0,
        fills,
        totals: 0,
    };
    flow.table_with(&columns, &rows, &look);
    key(flow, locale);
    let mut after = Vec::new();
    let name = |i: usize| entries.get(i).map_or("?", |e| country(e)).to_owned();
    if !found.single.is_empty() {
        let names: Vec<String> = found.single.iter().map(|&i| name(i)).collect();
        after.push(t!(
            locale,
            "cohort-change-single",
            countries = names.join(", ")
        ));
    }
    if !found.without_country.is_empty() {
        let names: Vec<String> = found.without_country.iter().map(|&i| name(i)).collect();
        after.push(t!(
            locale,
            "cohort-change-without-country",
            files = names.join(", ")
        ));
    }
    for tie in &found.ties {
        after.push(t!(
            locale,
            "cohort-change-tie",
            country = name(tie.kept),
            count = tie.left_out.len() + 1,
            date = local_date(tie.assessed_on, locale)
        ));
    }
    for text in after {
        flow.paragraph(&text, &Style::body(), 0.0);
        flow.advance(4.0);
    }
    flow.set_running(None);
}

/// Country, dates, then one column per pillar and overall. A pillar column is made wide enough
/// for a cell and the longest word of its title where the page allows; the country column takes
/// what is left, within bounds.
fn columns(flow: &mut Flow<'_>, group: &Group<'_, '_>) -> Vec<Column> {
    let w = flow.geometry().text_width();
    let label = Style::label();
    let countries: Vec<String> = group
        .cohort
        .records
        .iter()
        .map(|e| country(e).to_owned())
        .chain([t!(group.locale, "cohort-country")])
        .collect();
    let country_need = widest(flow, &countries, Face::Regular, SIZE) + PAD;
    let dates_w = widest(
        flow,
        &["2000-00-00 → 2000-00-00".to_owned()],
        Face::Regular,
        SIZE,
    ) + PAD;
    let words: Vec<String> = (0..group.columns())
        .flat_map(|i| {
            group
                .column_name(i)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let zero = group.locale.decimal("0.0");
    let data_need = (widest(
        flow,
        &[format!("{zero} → {zero} (+{zero})")],
        Face::Regular,
        SIZE,
    )
    .max(widest(flow, &words, label.face, label.size))
        + PAD)
        * group.columns() as f32;
    let country_w = country_need
        .min(w - dates_w - data_need)
        .clamp(70.0, w * 0.25);
    let data_w = ((w - country_w - dates_w) / group.columns() as f32).max(1.0);
    let mut columns = vec![
        Column {
            title: t!(group.locale, "cohort-country"),
            width: country_w,
            align: Align::Left,
        },
        Column {
            title: t!(group.locale, "cohort-change-dates"),
            width: dates_w,
            align: Align::Left,
        },
    ];
    columns.extend((0..group.columns()).map(|i| Column {
        title: group.column_name(i),
        width: data_w,
        align: Align::Left,
    }));
    columns
}

/// The key under the table: the two shadings and what no shading means.
fn key(flow: &mut Flow<'_>, locale: Locale) {
    let entries = [
        (Some(palette::rise()), t!(locale, "cohort-change-up")),
        (Some(palette::fall()), t!(locale, "cohort-change-down")),
        (
            None,
            t!(locale, "cohort-change-same", zero = locale.decimal("0.0")),
        ),
    ];
    swatch_key(flow, &t!(locale, "cohort-change-key"), &entries, 1.0, 10.0);
}
