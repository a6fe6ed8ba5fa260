//! Markdown output: the same summary as the table, for wikis, e-mails and pull requests.

use std::convert::Infallible;

use super::cohort::{CohortCell, ROWS_AT_ONCE, cells, header, statistics, title};
use super::format::{answer_text, counts_as, fmt_weight, heading, summary_header, summary_rows};
use super::table::explain_header;
use super::{CohortRow, Entry, Render, RenderError, RenderOptions};
use crate::i18n::Locale;
use crate::model::Questionnaire;
use crate::t;

/// Renders Markdown.
#[derive(Debug, Clone, Copy, Default)]
pub struct Markdown;

/// Escapes the characters that would break a table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| cell(c.as_ref())).collect();
    format!("| {} |\n", cells.join(" | "))
}

/// The header rule; columns listed in `right` are right-aligned (numbers).
fn rule(n: usize, right: &[usize]) -> String {
    let cols: Vec<&str> = (0..n)
        .map(|i| if right.contains(&i) { "---:" } else { "---" })
        .collect();
    format!("|{}|\n", cols.join("|"))
}

impl Render for Markdown {
    fn assessment(
        &self,
        entry: &Entry<'_>,
        options: &RenderOptions,
        bytes: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        let mut out = String::new();
        let s = &entry.scored;
        let locale = options.locale;
        out.push_str(&format!("## {}\n\n", cell(&heading(s, locale))));
        let header = summary_header(locale);
        out.push_str(&row(&header));
        out.push_str(&rule(header.len(), &[2, 3, 5, 6]));
        let rows = summary_rows(s, locale);
        let last = rows.len() - 1;
        for (i, r) in rows.into_iter().enumerate() {
            if i == last {
                let bold: Vec<String> = r.iter().map(|c| format!("**{c}**")).collect();
                out.push_str(&row(&bold));
            } else {
                out.push_str(&row(&r));
            }
        }
        if options.explain {
            for p in &s.pillars {
                out.push_str(&format!(
                    "\n### {}\n\n",
                    cell(&s.questionnaire.pillars[p.pillar].name)
                ));
                out.push_str(&row(&explain_header(locale)));
                out.push_str(&rule(4, &[3]));
                for qs in &p.questions {
                    let question = s.questionnaire.question(qs.question);
                    out.push_str(&row(&[
                        format!("`{}` {}", question.id, question.prompt),
                        answer_text(s, qs, locale),
                        counts_as(qs, locale),
                        locale.decimal(&fmt_weight(qs.weight)),
                    ]));
                }
            }
        }
        let steps = if options.top > 0 {
            s.next_steps()
        } else {
            Vec::new()
        };
        if !steps.is_empty() {
            let title = t!(
                locale,
                "views-next-steps-heading",
                shown = steps.len().min(options.top),
                total = steps.len()
            );
            out.push_str(&format!("\n### {title}\n\n"));
            let q = s.questionnaire;
            for n in steps.iter().take(options.top) {
                out.push_str(&format!(
                    "{}. **{}** · `{}` · {} → {}: {}\n",
                    n.rank,
                    q.pillars[n.question.pillar].name,
                    q.question(n.question).id,
                    q.stages[n.from].name,
                    q.stages[n.to].name,
                    n.action.replace('\n', " ")
                ));
            }
        }
        out.push('\n');
        bytes.extend_from_slice(out.as_bytes());
        Ok(())
    }
}

/// The cohort table of the rows of one cohort on questionnaire `q`, in their order, as a
/// Markdown section: the same title, columns and statistics as the terminal's cohort table, in
/// `locale`'s words and numbers.
pub fn cohort_markdown(q: &Questionnaire, rows: &[CohortRow], locale: Locale) -> String {
    let rows: Vec<&CohortRow> = rows.iter().collect();
    let mut out = String::new();
    let written = write_cohort_markdown(q, &rows, locale, &mut |part| {
        out.push_str(part);
        Ok::<(), Infallible>(())
    });
    match written {
        Ok(()) => out,
        Err(never) => match never {},
    }
}

/// Writes the section of [`cohort_markdown`] through `write`, a few hundred rows at a time, and
/// stops at the first error `write` returns: only one part of the table is ever held.
pub fn write_cohort_markdown<E>(
    q: &Questionnaire,
    rows: &[&CohortRow],
    locale: Locale,
    write: &mut dyn FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let header = header(q, locale);
    let mut out = format!("## {}\n\n", cell(&title(q, rows.len(), locale)));
    out.push_str(&row(&header));
    out.push_str(&rule(header.len(), &[]));
    write(&out)?;
    for part in rows.chunks(ROWS_AT_ONCE) {
        let mut out = String::new();
        for r in part {
            out.push_str(&cohort_line(&cells(q, r, locale)));
        }
        write(&out)?;
    }
    let mut out = String::new();
    for r in statistics(q, rows.iter().copied(), locale) {
        out.push_str(&cohort_line(&r));
    }
    out.push('\n');
    write(&out)
}

/// One row of a cohort table: the overall column in bold, statistics' names in italics.
fn cohort_line(cells: &[CohortCell]) -> String {
    let text = |c: &CohortCell| match (c.bold, c.italic) {
        _ if c.text.is_empty() => String::new(),
        (true, _) => format!("**{}**", c.text),
        (_, true) => format!("*{}*", c.text),
        _ => c.text.clone(),
    };
    let cells: Vec<String> = cells.iter().map(text).collect();
    row(&cells)
}
