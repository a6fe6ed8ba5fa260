//! The "Progress since DATE" section of a report with a baseline (`report --baseline`): the
//! pillars before and now against the target, the table of changes, the questions that moved
//! and the next steps done since. Built from a [`Comparison`], in the words `compare` uses, so
//! the report and `compare` never disagree.

use super::{
    Align, BaselineFile, Block, Column, Cover, Figure, FigureKind, LevelChart, Paragraph, Section,
    Start, Table,
};
use crate::compare::Comparison;
use crate::i18n::Locale;
use crate::render::compare::Marks;
use crate::render::compare::view::{
    all_moved, counts_in, notes_in, other_changes, pillar_header, pillar_rows_in, question_header,
    question_row_in, step_header, step_row,
};
use crate::t;

use super::level;

/// "Progress since 2024-03-01".
pub(super) fn title(c: &Comparison<'_, '_>, locale: Locale) -> String {
    t!(
        locale,
        "report-progress",
        date = super::cover_date(c.old.assessment.info.assessed_on, locale)
    )
}

/// The section: a lead, what is not comparable, the chart, then the tables of changes.
pub(super) fn progress(c: &Comparison<'_, '_>, top: usize, locale: Locale) -> Section {
    let title = title(c, locale);
    let rows = pillar_rows_in(c, Marks::Words, locale);
    let mut blocks = vec![Paragraph::plain(lead(c, locale))];
    blocks.extend(notes_in(c, locale).into_iter().map(Paragraph::muted));
    blocks.push(Block::Figure(Figure {
        kind: FigureKind::Paired,
        title: t!(locale, "report-progress-figure"),
        data: chart(c, locale),
    }));
    blocks.push(Block::Heading(t!(locale, "report-progress-by-pillar")));
    let shares = [0.2, 0.17, 0.17, 0.12, 0.13, 0.21];
    blocks.push(Block::Table(Table {
        columns: columns(&pillar_header(locale), &shares, &[3, 4]),
        totals: 1,
        rows: rows
            .into_iter()
            .map(|r| r.into_iter().map(|t| t.text).collect())
            .collect(),
    }));
    blocks.push(Block::Heading(t!(locale, "report-progress-moved")));
    blocks.push(Paragraph::muted(counts_in(c, locale)));
    let moved: Vec<_> = all_moved(c).into_iter().chain(other_changes(c)).collect();
    if !moved.is_empty() {
        let shares = [0.16, 0.24, 0.21, 0.21, 0.18];
        blocks.push(Block::Table(Table {
            columns: columns(&question_header(locale), &shares, &[]),
            totals: 0,
            rows: moved
                .into_iter()
                .map(|q| {
                    question_row_in(c, q, Marks::Words, false, locale)
                        .into_iter()
                        .map(|t| t.text)
                        .collect()
                })
                .collect(),
        }));
    }
    let done = &c.steps.done;
    blocks.push(Block::Heading(t!(
        locale,
        "report-progress-done",
        date = super::cover_date(c.old.assessment.info.assessed_on, locale),
        count = done.len()
    )));
    if done.is_empty() {
        blocks.push(Paragraph::muted(t!(locale, "report-progress-none-done")));
    } else {
        let shares = [0.22, 0.14, 0.22, 0.42];
        blocks.push(Block::Table(Table {
            columns: columns(&step_header(locale), &shares, &[]),
            totals: 0,
            rows: done
                .iter()
                .map(|step| Vec::from(step_row(c.old.questionnaire, step)))
                .collect(),
        }));
    }
    let open = c.steps.open.len() + c.steps.new.len();
    blocks.push(Paragraph::muted(t!(
        locale,
        "report-progress-open",
        open = open,
        top = top
    )));
    Section {
        contents: title.clone(),
        running: Some(title.clone()),
        title,
        start: Start::Break,
        blocks,
    }
}

/// The cover with the baseline named among its facts, when there is one.
pub(super) fn name_baseline(
    mut cover: Cover,
    c: Option<&Comparison<'_, '_>>,
    file: Option<&BaselineFile>,
    locale: Locale,
) -> Cover {
    if let Some(c) = c {
        let date = super::assessed(c.old.assessment.info.assessed_on, locale);
        let value = match file {
            Some(f) => format!("{date}\n{}", f.name),
            None => date,
        };
        cover
            .facts
            .push((t!(locale, "report-fact-baseline"), value));
    }
    cover
}

/// "Since the assessment of 2024-03-01, the overall level went from 2.1/5 to 2.8/5 (+0.7). …"
fn lead(c: &Comparison<'_, '_>, locale: Locale) -> String {
    let (o, n) = (&c.old.overall, &c.new.overall);
    let change = pillar_rows_in(c, Marks::Words, locale)
        .last()
        .map_or_else(String::new, |r| r[3].text.clone());
    let stages = c.new.questionnaire.stage_count();
    let up = c
        .pillars
        .iter()
        .filter_map(|p| p.change)
        .filter(|ch| ch.level > 1e-9)
        .count();
    let down = c
        .pillars
        .iter()
        .filter_map(|p| p.change)
        .filter(|ch| ch.level < -1e-9)
        .count();
    t!(
        locale,
        "report-progress-lead",
        date = super::cover_date(c.old.assessment.info.assessed_on, locale),
        from = level(o.level, c.old.questionnaire.stage_count(), locale),
        to = level(n.level, stages, locale),
        change = change,
        compared = c.pillars.iter().filter(|p| p.change.is_some()).count(),
        up = up,
        down = down,
        done = c.steps.done.len()
    )
}

/// Old and new level per pillar in both assessments, with the target now.
fn chart(c: &Comparison<'_, '_>, locale: Locale) -> LevelChart {
    let (old, new) = (c.old, c.new);
    let nq = new.questionnaire;
    let n = nq.stage_count();
    let mut data = LevelChart {
        labels: Vec::new(),
        levels: Vec::new(),
        targets: Vec::new(),
        values: Vec::new(),
        stages: nq.stages.iter().map(|st| st.name.clone()).collect(),
        baseline: Vec::new(),
        baseline_values: Vec::new(),
    };
    for p in &c.pillars {
        let (Some(o), Some(np)) = (
            p.old.and_then(|i| old.pillars.get(i)),
            p.new.and_then(|i| new.pillars.get(i)),
        ) else {
            continue;
        };
        data.labels.push(nq.pillars[np.pillar].name.clone());
        data.levels.push(np.level);
        data.targets.push(np.target);
        data.values.push(level(np.level, n, locale));
        data.baseline.push(o.level);
        data.baseline_values.push(level(o.level, n, locale));
    }
    data
}

/// Table columns from titles and shares; the columns at `right` hold numbers.
fn columns(titles: &[String], shares: &[f32], right: &[usize]) -> Vec<Column> {
    titles
        .iter()
        .zip(shares)
        .enumerate()
        .map(|(i, (title, share))| Column {
            title: title.clone(),
            share: *share,
            align: if right.contains(&i) {
                Align::Right
            } else {
                Align::Left
            },
        })
        .collect()
}
