//! Comparisons in Markdown, for wikis, e-mails and pull requests: the same content as the
//! table, in words (never arrows or colour).

use crate::render::cohort::ROWS_AT_ONCE;
use crate::render::{Markdown, RenderError};
use crate::t;

use super::change::Marks;
use super::view::{self, Text};
use super::{
    CompareOptions, Compared, Comparisons, RenderComparisons, SummarizeComparisons, SummaryLine,
    Unpaired, summarized,
};

/// Escapes the characters that would break a table cell.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| escape(c.as_ref())).collect();
    format!("| {} |\n", cells.join(" | "))
}

fn texts(cells: &[Text]) -> String {
    let cells: Vec<&str> = cells.iter().map(|t| t.text.as_str()).collect();
    row(&cells)
}

fn rule(n: usize) -> String {
    format!("|{}|\n", vec!["---"; n].join("|"))
}

fn comparison(compared: &Compared<'_, '_>, options: &CompareOptions, level: &str) -> String {
    let c = &compared.comparison;
    let locale = options.locale;
    let mut out = format!(
        "{level} {}\n\n{}\n\n",
        escape(&view::title(compared, locale)),
        escape(&view::files(compared, locale))
    );
    for note in view::notes_in(c, locale) {
        let note = t!(locale, "views-compare-note", note = escape(&note));
        out.push_str(&format!("> {}\n\n", bold_label(&note)));
    }
    let header = view::pillar_header(locale);
    out.push_str(&row(&header));
    out.push_str(&rule(header.len()));
    for r in view::pillar_rows_in(c, Marks::Words, locale) {
        out.push_str(&texts(&r));
    }
    let questions = |title: String, list: &[&crate::compare::QuestionChange]| {
        if list.is_empty() {
            let none = t!(locale, "views-compare-none-heading", title = title);
            return format!("\n{level}# {none}\n");
        }
        let heading = t!(
            locale,
            "views-compare-list-heading",
            title = title,
            count = list.len()
        );
        let mut s = format!("\n{level}# {heading}\n\n");
        let header = view::question_header(locale);
        s.push_str(&row(&header));
        s.push_str(&rule(header.len()));
        for q in list {
            s.push_str(&texts(&view::question_row_in(
                c,
                q,
                Marks::Words,
                options.detail,
                locale,
            )));
        }
        s
    };
    if options.detail {
        out.push_str(&questions(
            t!(locale, "views-compare-moved"),
            &view::all_moved(c),
        ));
    } else {
        out.push_str(&questions(
            t!(locale, "views-compare-most-improved"),
            &c.most_improved(options.top),
        ));
        out.push_str(&questions(
            t!(locale, "views-compare-concern"),
            &c.areas_of_concern(options.top),
        ));
    }
    let other = view::other_changes(c);
    if !other.is_empty() {
        out.push_str(&questions(
            t!(locale, "views-compare-other-changes"),
            &other,
        ));
    }
    out.push_str(&format!("\n{}\n", escape(&view::counts_in(c, locale))));
    for (title, q, steps) in view::step_sections(c, options.top, locale) {
        out.push_str(&format!("\n{level}# {}\n\n", escape(&title)));
        if steps.is_empty() {
            out.push_str(&format!("{}\n", t!(locale, "views-compare-none-below")));
            continue;
        }
        let header = view::step_header(locale);
        out.push_str(&row(&header));
        out.push_str(&rule(header.len()));
        for step in steps {
            out.push_str(&row(&view::step_row(q, step)));
        }
    }
    out
}

/// `**Note:** text`: the label before the first colon in bold, as a Markdown note reads.
fn bold_label(note: &str) -> String {
    match note.split_once(':') {
        Some((label, rest)) => format!("**{label}:**{rest}"),
        None => note.to_owned(),
    }
}

impl RenderComparisons for Markdown {
    fn render_comparisons(
        &self,
        set: &Comparisons<'_, '_>,
        options: &CompareOptions,
    ) -> Result<Vec<u8>, RenderError> {
        Ok(summarized(self, set, options).into_bytes())
    }
}

impl SummarizeComparisons for Markdown {
    /// A summary table per questionnaire, written a few hundred rows at a time, then the
    /// countries that could not be paired.
    fn summary<E>(
        &self,
        lines: &[SummaryLine<'_>],
        unpaired: &Unpaired<'_>,
        options: &CompareOptions,
        write: &mut dyn FnMut(&str) -> Result<(), E>,
    ) -> Result<(), E> {
        let locale = options.locale;
        for group in view::groups(lines) {
            let Some(q) = view::group_questionnaire(&group) else {
                continue;
            };
            let heading = t!(
                locale,
                "views-compare-summary-heading",
                questionnaire = q.id.as_str(),
                version = q.version.to_string()
            );
            let header = view::summary_header(q, locale);
            let mut out = format!("## {heading}\n\n");
            out.push_str(&row(&header));
            out.push_str(&rule(header.len()));
            for part in group.chunks(ROWS_AT_ONCE) {
                for line in part {
                    let summary = view::summary_row(q, line, Marks::Words, " ", locale);
                    out.push_str(&texts(&summary));
                }
                write(&out)?;
                out.clear();
            }
            write("\n")?;
        }
        let mut out = String::new();
        if lines.is_empty() {
            out.push_str(&format!("{}\n\n", t!(locale, "views-compare-no-pairs")));
        }
        if !unpaired.single.is_empty() {
            let heading = t!(locale, "views-compare-single-heading");
            out.push_str(&format!("{heading}\n\n"));
            for single in &unpaired.single {
                out.push_str(&format!("- {}\n", escape(&view::single(single, locale))));
            }
            out.push('\n');
        }
        if !unpaired.without_country.is_empty() {
            let heading = t!(locale, "views-compare-no-country-heading");
            out.push_str(&format!("{heading}\n\n"));
            for source in &unpaired.without_country {
                out.push_str(&format!("- {}\n", escape(source)));
            }
            out.push('\n');
        }
        write(&out)
    }

    fn detail(&self, compared: &Compared<'_, '_>, options: &CompareOptions, alone: bool) -> String {
        if alone {
            comparison(compared, options, "##")
        } else {
            format!("{}\n", comparison(compared, options, "###"))
        }
    }
}
