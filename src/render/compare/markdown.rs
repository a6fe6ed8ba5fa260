//! Comparisons in Markdown, for wikis, e-mails and pull requests: the same content as the
//! table, in words (never arrows or colour).

use crate::render::{Markdown, RenderError};

use super::change::Marks;
use super::view::{self, Text};
use super::{CompareOptions, Compared, Comparisons, RenderComparisons};

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
    let mut out = format!(
        "{level} {}\n\n{}\n\n",
        escape(&view::title(compared)),
        escape(&view::files(compared))
    );
    for note in view::notes(c) {
        out.push_str(&format!("> **Note:** {}\n\n", escape(&note)));
    }
    out.push_str(&row(&view::PILLAR_HEADER));
    out.push_str(&rule(view::PILLAR_HEADER.len()));
    for r in view::pillar_rows(c, Marks::Words) {
        out.push_str(&texts(&r));
    }
    let questions = |title: &str, list: &[&crate::compare::QuestionChange]| {
        if list.is_empty() {
            return format!("\n{level}# {title}: none\n");
        }
        let mut s = format!("\n{level}# {title} ({})\n\n", list.len());
        s.push_str(&row(&view::QUESTION_HEADER));
        s.push_str(&rule(view::QUESTION_HEADER.len()));
        for q in list {
            s.push_str(&texts(&view::question_row(
                c,
                q,
                Marks::Words,
                options.detail,
            )));
        }
        s
    };
    if options.detail {
        out.push_str(&questions(
            "Questions that moved, largest change × weight first",
            &view::all_moved(c),
        ));
    } else {
        out.push_str(&questions("Most improved", &c.most_improved(options.top)));
        out.push_str(&questions(
            "Areas of concern",
            &c.areas_of_concern(options.top),
        ));
    }
    let other = view::other_changes(c);
    if !other.is_empty() {
        out.push_str(&questions("Other changes", &other));
    }
    out.push_str(&format!("\n{}\n", escape(&view::counts(c))));
    for (title, q, steps) in view::step_sections(c, options.top) {
        out.push_str(&format!("\n{level}# {}\n\n", escape(&title)));
        if steps.is_empty() {
            out.push_str("None.\n");
            continue;
        }
        out.push_str(&row(&view::STEP_HEADER));
        out.push_str(&rule(view::STEP_HEADER.len()));
        for step in steps {
            out.push_str(&row(&view::step_row(q, step)));
        }
    }
    out
}

impl RenderComparisons for Markdown {
    fn render_comparisons(
        &self,
        set: &Comparisons<'_, '_>,
        options: &CompareOptions,
    ) -> Result<Vec<u8>, RenderError> {
        let mut out = String::new();
        if let [one] = set.comparisons.as_slice()
            && set.single.is_empty()
            && set.without_country.is_empty()
        {
            out.push_str(&comparison(one, options, "##"));
            return Ok(out.into_bytes());
        }
        for group in view::groups(&set.comparisons) {
            let q = group[0].comparison.new.questionnaire;
            out.push_str(&format!(
                "## {} {}: change in level since each country's previous assessment\n\n",
                q.id, q.version
            ));
            let header = view::summary_header(q);
            out.push_str(&row(&header));
            out.push_str(&rule(header.len()));
            for compared in &group {
                out.push_str(&texts(&view::summary_row(q, compared, Marks::Words, " ")));
            }
            out.push('\n');
        }
        if set.comparisons.is_empty() {
            out.push_str("No country has two assessments to compare.\n\n");
        }
        if !set.single.is_empty() {
            out.push_str("One assessment only, nothing to compare:\n\n");
            for single in &set.single {
                out.push_str(&format!("- {}\n", escape(&view::single(single))));
            }
            out.push('\n');
        }
        if !set.without_country.is_empty() {
            out.push_str("No country given, so not paired:\n\n");
            for source in &set.without_country {
                out.push_str(&format!("- {}\n", escape(source)));
            }
            out.push('\n');
        }
        if options.detail {
            for compared in &set.comparisons {
                out.push_str(&comparison(compared, options, "###"));
                out.push('\n');
            }
        }
        Ok(out.into_bytes())
    }
}
