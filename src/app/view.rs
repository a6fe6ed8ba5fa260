//! The view of a batch for reading, in a terminal (`-f table`) or in Markdown: one
//! assessment's own table, or a cohort table per questionnaire, followed (with `--detail`) by
//! each assessment's own table. Shared by `score` and `report`.

use std::sync::Arc;

use cyberassess::loader::LoadedQuestionnaire;
use cyberassess::model::Questionnaire;
use cyberassess::render::{
    CohortRow, CohortSort, Entry, Markdown, Render, RenderOptions, Table, compare_rows,
    write_cohort_markdown, write_cohort_table,
};

/// How the view is written.
#[derive(Debug, Clone, Copy)]
pub(crate) enum View {
    /// Tables for a terminal, in at most `width` columns (`None`: no limit).
    Terminal {
        /// The width.
        width: Option<u16>,
    },
    /// Markdown.
    Markdown,
}

impl View {
    /// One assessment's own table (or Markdown section).
    pub(crate) fn own(&self, entry: &Entry<'_>, options: &RenderOptions) -> anyhow::Result<String> {
        Ok(match self {
            View::Terminal { width } => Table { width: *width }.assessment(&entry.scored, options),
            View::Markdown => {
                let mut bytes = Vec::new();
                Markdown.assessment(entry, options, &mut bytes)?;
                String::from_utf8(bytes)?
            }
        })
    }

    /// Writes the cohort table of `rows`, all on questionnaire `q`, through `write`, in the
    /// words and colours of `options`: in a terminal a few hundred rows at a time.
    fn cohort(
        &self,
        q: &Questionnaire,
        rows: &[&CohortRow],
        options: &RenderOptions,
        write: &mut dyn FnMut(&[u8]) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let (styled, locale) = (options.styled, options.locale);
        match self {
            View::Terminal { width } => {
                write_cohort_table(q, rows, *width, styled, locale, &mut |part| {
                    write(part.as_bytes())
                })
            }
            View::Markdown => {
                write_cohort_markdown(q, rows, locale, &mut |part| write(part.as_bytes()))
            }
        }
    }

    /// What follows each table: a blank line in a terminal; a Markdown section already ends in
    /// one.
    fn gap(&self) -> &'static str {
        match self {
            View::Terminal { .. } => "\n",
            View::Markdown => "",
        }
    }
}

/// One assessment of the terminal view: its cohort row and, when it will be shown, its own
/// table.
pub(crate) struct Row {
    /// The questionnaire it answers (rows are grouped by it).
    pub(crate) questionnaire: Arc<LoadedQuestionnaire>,
    /// The values of its cohort row.
    pub(crate) row: CohortRow,
    /// Its own table, when made.
    pub(crate) own: Option<String>,
}

/// The view of rows in path order: one assessment's own table, or a cohort table per
/// questionnaire (followed by each assessment's table with `detail`). `own` makes an own table
/// that was not made beforehand. The view is written through `write`, a part at a time, and
/// stops at the first error it returns.
pub(crate) fn tables(
    rows: Vec<Row>,
    sort: CohortSort,
    detail: bool,
    view: View,
    options: &RenderOptions,
    own: impl Fn(&Row) -> anyhow::Result<String>,
    write: &mut dyn FnMut(&[u8]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let own_table = |row: &Row| match &row.own {
        Some(text) => Ok(text.clone()),
        None => own(row),
    };
    if rows.len() <= 1 {
        return match rows.first() {
            Some(row) => write(own_table(row)?.as_bytes()),
            None => Ok(()),
        };
    }
    // Grouped by questionnaire (id and version), in order of first appearance.
    let mut groups: Vec<Vec<Row>> = Vec::new();
    for row in rows {
        let q = &row.questionnaire.questionnaire;
        match groups.iter_mut().find(|g| {
            let first = &g[0].questionnaire.questionnaire;
            first.id == q.id && first.version == q.version
        }) {
            Some(g) => g.push(row),
            None => groups.push(vec![row]),
        }
    }
    for mut group in groups {
        group.sort_by(|a, b| compare_rows(sort, &a.row, &b.row));
        // A cohort of one is better shown as the assessment's own table.
        if group.len() > 1 {
            let values: Vec<&CohortRow> = group.iter().map(|r| &r.row).collect();
            // The stage and pillar names in the language of the rest of the view.
            let q = group[0].questionnaire.texts_in(options.locale);
            view.cohort(q, &values, options, write)?;
            write(view.gap().as_bytes())?;
        }
        if detail || group.len() == 1 {
            for row in &group {
                write(own_table(row)?.as_bytes())?;
                write(view.gap().as_bytes())?;
            }
        }
    }
    Ok(())
}
