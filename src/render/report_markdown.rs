//! The report as Markdown, from its [`Document`]: for wikis, e-mail and pull requests, with the
//! same content as the PDF. Charts become tables of their values; the header and footer of
//! every page become the marking at the top and the bottom.
//!
//! `score --format markdown` is another thing: a short summary per assessment, streamed for
//! batches (see [`super::Markdown`]). Both take their pillar table from the same helper.

use crate::i18n::Locale;
use crate::model::StageIndex;
use crate::report::{
    Align, Block, Detail, Document, Figure, FigureKind, Item, Paragraph, Table, Tone, Value,
    figure_columns,
};

/// Renders a report's document as Markdown.
pub fn report_markdown(doc: &Document) -> Vec<u8> {
    let mut out = String::new();
    cover(doc, &mut out);
    for section in &doc.sections {
        out.push_str(&format!("\n## {}\n", inline(&section.title)));
        for block in &section.blocks {
            self::block(block, doc.options.locale, &mut out);
        }
    }
    if let Some(marking) = &doc.running.marking {
        out.push_str(&format!("\n---\n\n**{}**\n", inline(marking)));
    }
    out.into_bytes()
}

/// The marking, the title, the overall result and the facts.
fn cover(doc: &Document, out: &mut String) {
    let c = &doc.cover;
    if let Some(marking) = &doc.running.marking {
        out.push_str(&format!("**{}**\n\n", inline(marking)));
    }
    out.push_str(&format!("# {}\n\n", inline(&c.country)));
    out.push_str(&format!(
        "{} · {}\n\n{}\n\n",
        inline(&c.kicker),
        inline(&c.title),
        inline(&c.assessed)
    ));
    out.push_str(&format!(
        "**{}: {}** — {}\n",
        inline(&first_upper_only(&c.overall.label)),
        inline(&c.overall.stage),
        inline(&c.overall.detail)
    ));
    if let Some(draft) = &c.overall.draft {
        out.push_str(&format!("\n> **{}**\n", inline(draft)));
    }
    out.push('\n');
    for (label, value) in c.all_facts() {
        let value: Vec<String> = value.lines().map(inline).collect();
        out.push_str(&format!("- **{}:** {}\n", inline(&label), value.join("; ")));
    }
    if let Some(redaction) = &c.redaction {
        out.push_str(&format!("\n> {}\n", inline(redaction)));
    }
    out.push_str(&format!("\n*{}*\n", inline(&c.credit)));
}

/// "Overall stage" from "OVERALL STAGE".
fn first_upper_only(label: &str) -> String {
    let lower = label.to_lowercase();
    crate::render::format::first_upper(&lower)
}

fn block(block: &Block, locale: Locale, out: &mut String) {
    match block {
        Block::Heading(text) => out.push_str(&format!("\n### {}\n", inline(text))),
        Block::Paragraph(p) => paragraph(p, out),
        Block::KeyFigures(figures) => {
            let header: Vec<String> = figures.iter().map(|f| f.label.clone()).collect();
            let values: Vec<String> = figures.iter().map(|f| f.value.clone()).collect();
            out.push('\n');
            out.push_str(&row(&header));
            out.push_str(&rule(&vec![Align::Left; figures.len()]));
            out.push_str(&row(&values));
        }
        Block::Labelled(lines) => {
            out.push('\n');
            for (label, text) in lines {
                out.push_str(&format!("- **{}** {}\n", inline(label), inline(text)));
            }
        }
        Block::Table(table) => self::table(table, out),
        Block::Figure(figure) => self::figure(figure, locale, out),
        Block::Item(item) => self::item(item, out),
        Block::Term { term, definition } => {
            out.push_str(&format!(
                "\n**{}**  \n{}\n",
                inline(term),
                inline(definition)
            ));
        }
        Block::Fingerprints(lines) => {
            out.push('\n');
            for (label, hash) in lines {
                out.push_str(&format!("- {}: `{hash}`\n", inline(label)));
            }
        }
        // The cover above names every assessor.
        Block::AllAssessors { .. } => {}
    }
}

fn paragraph(p: &Paragraph, out: &mut String) {
    let text: Vec<String> = p.text.lines().map(inline).collect();
    let text = text.join("  \n");
    match p.tone {
        Tone::Plain => out.push_str(&format!("\n{text}\n")),
        Tone::Muted => out.push_str(&format!("\n*{text}*\n")),
        Tone::Warning => out.push_str(&format!("\n**{text}**\n")),
    }
}

fn table(table: &Table, out: &mut String) {
    let titles: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
    let aligns: Vec<Align> = table.columns.iter().map(|c| c.align).collect();
    out.push('\n');
    out.push_str(&row(&titles));
    out.push_str(&rule(&aligns));
    let first_total = table.rows.len().saturating_sub(table.totals);
    for (i, cells) in table.rows.iter().enumerate() {
        if i >= first_total {
            let bold: Vec<String> = cells.iter().map(|c| format!("**{c}**")).collect();
            out.push_str(&row(&bold));
        } else {
            out.push_str(&row(cells));
        }
    }
}

/// A chart as the table of its values.
fn figure(figure: &Figure, locale: Locale, out: &mut String) {
    let d = &figure.data;
    out.push_str(&format!("\n**{}**\n\n", inline(&figure.title)));
    let stage = |t: StageIndex| d.stages.get(t.get()).cloned().unwrap_or_default();
    let [pillar, before, now, level, target] = figure_columns(locale);
    if figure.kind == FigureKind::Paired {
        out.push_str(&row(&[pillar, before, now, target]));
        out.push_str(&rule(&[
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Left,
        ]));
        for (i, label) in d.labels.iter().enumerate() {
            let cell = |v: &[String]| v.get(i).cloned().unwrap_or_default();
            out.push_str(&row(&[
                label.clone(),
                cell(&d.baseline_values),
                cell(&d.values),
                d.targets.get(i).map(|t| stage(*t)).unwrap_or_default(),
            ]));
        }
        return;
    }
    out.push_str(&row(&[pillar, level, target]));
    out.push_str(&rule(&[Align::Left, Align::Right, Align::Left]));
    for ((label, value), target) in d.labels.iter().zip(&d.values).zip(&d.targets) {
        out.push_str(&row(&[label.clone(), value.clone(), stage(*target)]));
    }
}

fn item(item: &Item, out: &mut String) {
    out.push_str(&format!(
        "\n#### {} {}\n\n*{}*\n\n",
        inline(&item.number),
        inline(&item.title),
        inline(&item.meta)
    ));
    for d in &item.details {
        detail(d, out);
    }
}

fn detail(d: &Detail, out: &mut String) {
    let label = inline(&d.label);
    match &d.value {
        Value::Text(text) => {
            let text: Vec<String> = text.lines().map(inline).collect();
            let text = text.join(" ");
            let text = if d.tone == Tone::Warning {
                format!("**{text}**")
            } else {
                text
            };
            out.push_str(&format!("- **{label}:** {text}\n"));
        }
        Value::List(items) => {
            out.push_str(&format!("- **{label}:**\n"));
            for entry in items {
                out.push_str(&format!("  - {}\n", inline(entry)));
            }
        }
    }
}

/// Escapes the characters that Markdown would read as formatting.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| {
            c.as_ref()
                .split('\n')
                .map(|line| {
                    // Bold markers of totals stay; everything else is escaped.
                    match line.strip_prefix("**").and_then(|l| l.strip_suffix("**")) {
                        Some(inner) => format!("**{}**", inline(inner)),
                        None => inline(line),
                    }
                })
                .collect::<Vec<_>>()
                .join("<br>")
        })
        .collect();
    format!("| {} |\n", cells.join(" | "))
}

fn rule(aligns: &[Align]) -> String {
    let cols: Vec<&str> = aligns
        .iter()
        .map(|a| match a {
            Align::Left => "---",
            Align::Right => "---:",
        })
        .collect();
    format!("|{}|\n", cols.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};
    use crate::report::{Extras, Options};

    #[test]
    fn the_report_reads_in_order_with_its_tables_and_questions() {
        let q = parse_questionnaire(include_str!("../../tests/fixtures/weighted.toml"))
            .value
            .expect("questionnaire");
        let file = parse_answers(include_str!("../../tests/fixtures/weighted-answers.toml"))
            .value
            .expect("answers");
        let a = resolve_answers(&file, &q).value.expect("resolves");
        let s = crate::score::score(&q, &a);
        let doc = Document::build(&s, &Options::default(), &Extras::default());
        let md = String::from_utf8(report_markdown(&doc)).expect("UTF-8");
        let at = |needle: &str| {
            md.find(needle)
                .unwrap_or_else(|| panic!("{needle} in\n{md}"))
        };
        assert!(md.starts_with("**TLP:GREEN**\n\n# Fictiland\n"), "{md}");
        assert!(at("**Overall stage: Growing** — Level 2.5/4") < at("## Summary"));
        // gov: 2.75 → 2.7 shown, 58%, gap 0.25 → 0.3 shown.
        assert!(md.contains("| Governance | Growing | 2.7/4 | 58% | Working | 0.3 | 3/3 |"));
        assert!(md.contains("| **Overall** | **Growing** | **2.5/4** |"));
        // The bar chart as a table of its values, with the target's stage.
        assert!(md.contains("**Level by pillar**\n\n| Pillar | Level | Target |"));
        assert!(md.contains("| Operations | 2.0/4 | Leading |"));
        assert!(at("## Priorities") < at("## 1. Governance"));
        assert!(md.contains("#### 2.3 "));
        assert!(md.contains("- **Answer:** **Not answered — counts as Start (level 1)**"));
        assert!(md.contains("- **Evidence:**\n  - https://example.org/no-sectors\n"));
        assert!(at("## 2. Operations") < at("## Method"));
        assert!(
            md.trim_end().ends_with("**TLP:GREEN**"),
            "the marking closes it too"
        );
    }

    #[test]
    fn formatting_characters_are_escaped() {
        assert_eq!(
            inline("a*b_c [x](y) #1 | z"),
            "a\\*b\\_c \\[x\\](y) \\#1 \\| z"
        );
        assert_eq!(
            row(&["a|b", "**Overall**", "x\ny"]),
            "| a\\|b | **Overall** | x<br>y |\n"
        );
    }
}
