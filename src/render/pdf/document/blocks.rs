//! How each kind of [`Block`] looks on the page, and the space between two blocks.
//!
//! One function per kind, so every section made of these blocks looks the same: a new section
//! of the report needs no code here.

use super::super::draw::{self, palette};
use super::super::fonts::Face;
use super::super::layout::{self, Flow, Style};
use super::super::{chart, paired};
use crate::report::{self, Block, Detail, Figure, FigureKind, Item, KeyFigure, Tone, Value};
use crate::t;

/// Width of the label column in an item's details.
const TAB: f32 = 64.0;

/// Indent of an item's text, right of its number.
const ITEM_INDENT: f32 = 30.0;

/// Indent of a definition under its term.
const TERM_INDENT: f32 = 14.0;

/// Width of the label column of fingerprints.
const FINGERPRINT_TAB: f32 = 80.0;

/// The space between two blocks that follow each other in a section.
pub(super) fn gap(flow: &mut Flow<'_>, previous: &Block, next: &Block) {
    match previous {
        Block::Paragraph(_) if matches!(next, Block::Table(_) | Block::Term { .. }) => {
            flow.advance(8.0)
        }
        Block::Paragraph(_) => flow.advance(6.0),
        Block::Heading(_) => flow.advance(2.0),
        Block::KeyFigures(_) => flow.advance(16.0),
        Block::Fingerprints(_) => flow.advance(8.0),
        _ => {}
    }
    match next {
        Block::Heading(_) | Block::AllAssessors { .. } => {
            let after_text = matches!(previous, Block::Paragraph(_) | Block::AllAssessors { .. });
            flow.space(if after_text { 10.0 } else { 12.0 });
        }
        Block::Figure(_) => flow.space(if matches!(previous, Block::Table(_)) {
            18.0
        } else {
            10.0
        }),
        _ => {}
    }
}

/// Draws one block.
pub(super) fn block(flow: &mut Flow<'_>, block: &Block) {
    match block {
        Block::Heading(text) => {
            flow.heading(text, &Style::h2(), 80.0);
        }
        Block::Paragraph(p) => flow.paragraph(&p.text, &style(p.tone), 0.0),
        Block::KeyFigures(figures) => key_figures(flow, figures),
        Block::Labelled(lines) => labelled(flow, lines),
        Block::Table(table) => self::table(flow, table),
        Block::Figure(figure) => self::figure(flow, figure),
        Block::Item(item) => self::item(flow, item),
        Block::Term { term, definition } => self::term(flow, term, definition),
        Block::Fingerprints(lines) => fingerprints(flow, lines),
        Block::AllAssessors { heading, names } => {
            flow.heading(heading, &Style::h2(), 3.0 * Style::body().leading);
            flow.advance(2.0);
            flow.paragraph(&names.join("\n"), &Style::body(), 0.0);
        }
    }
}

/// The body style in a tone.
fn style(tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::body(),
        Tone::Muted => Style::body().color(palette::muted()),
        Tone::Warning => Style::strong().color(palette::warning()),
    }
}

/// Short labelled lines in small type, the labels in a narrow column.
fn labelled(flow: &mut Flow<'_>, lines: &[(String, String)]) {
    let style = Style {
        size: 8.5,
        leading: 12.0,
        ..Style::body()
    };
    let widest = lines
        .iter()
        .map(|(label, _)| {
            let label = flow.clean(label);
            flow.measure(super::super::fonts::Face::Bold, style.size, &label)
        })
        .fold(0.0, f32::max);
    let tab = (widest + 10.0).max(18.0);
    for (label, text) in lines {
        flow.labelled(label, text, &style, 0.0, tab);
        flow.advance(2.0);
    }
}

/// SHA-256 fingerprints, one labelled line each.
pub(super) fn fingerprints(flow: &mut Flow<'_>, lines: &[(String, String)]) {
    let hash = Style {
        size: 8.0,
        leading: 11.0,
        ..Style::body()
    };
    for (i, (label, value)) in lines.iter().enumerate() {
        if i > 0 {
            flow.advance(2.0);
        }
        flow.labelled(label, value, &hash, 0.0, FINGERPRINT_TAB);
    }
}

/// A table across the text width, its columns in their shares of it.
fn table(flow: &mut Flow<'_>, table: &report::Table) {
    let w = flow.geometry().text_width();
    let columns: Vec<layout::Column> = table
        .columns
        .iter()
        .map(|c| layout::Column {
            title: c.title.clone(),
            width: w * c.share,
            align: match c.align {
                report::Align::Left => layout::Align::Left,
                report::Align::Right => layout::Align::Right,
            },
        })
        .collect();
    let first_total = table.rows.len().saturating_sub(table.totals);
    let rows: Vec<layout::Row> = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, cells)| layout::Row {
            cells: cells.clone(),
            bold: i >= first_total,
        })
        .collect();
    flow.table(&columns, &rows);
}

/// A chart with its title; the title stays with the chart, or with as much of it as a page
/// holds.
fn figure(flow: &mut Flow<'_>, figure: &Figure) {
    match figure.kind {
        FigureKind::Bars | FigureKind::Paired => {
            // Both have one row per pillar, of the same height.
            let page = flow.geometry().text_height() - Style::h2().leading - 4.0;
            let chart = chart::bars_height(flow, &figure.data).min(page);
            flow.heading(&figure.title, &Style::h2(), 4.0 + chart);
            flow.advance(4.0);
            if figure.kind == FigureKind::Bars {
                chart::bars(flow, &figure.data);
            } else {
                paired::paired(flow, &figure.data);
            }
        }
        FigureKind::Radar => {
            // Drawn a little smaller rather than leave the end of the page blank.
            let radius = chart::radar_radius(flow.remaining() - Style::h2().leading);
            let height = chart::radar_height(radius);
            flow.heading(&figure.title, &Style::h2(), height);
            chart::radar(flow, &figure.data, radius);
        }
    }
}

/// A shaded band of small labelled figures side by side, each in its share of the width.
fn key_figures(flow: &mut Flow<'_>, figures: &[KeyFigure]) {
    let g = flow.geometry();
    let (pad, inset) = (9.0, 12.0);
    let total: f32 = figures.iter().map(|f| f.share).sum();
    let widths: Vec<f32> = figures
        .iter()
        .map(|f| (g.text_width() - inset) * f.share / total)
        .collect();
    let label = Style {
        size: 6.8,
        leading: 10.0,
        ..Style::label()
    };
    let value = Style {
        size: 10.0,
        leading: 13.0,
        ..Style::strong()
    };
    let values: Vec<Vec<String>> = figures
        .iter()
        .zip(&widths)
        .map(|(f, w)| flow.lines_at_most(&f.value, &value, w - 8.0, 3).0)
        .collect();
    let lines = values.iter().map(Vec::len).max().unwrap_or(1);
    let h = 2.0 * pad + label.leading + lines as f32 * value.leading;
    flow.ensure(h);
    let top = flow.y();
    draw::rect(
        flow.ops(),
        g.left(),
        top - h,
        g.text_width(),
        h,
        palette::shade(),
    );
    draw::rect(flow.ops(), g.left(), top - h, 3.0, h, palette::level());
    let mut x = g.left() + inset;
    for ((f, w), lines) in figures.iter().zip(&widths).zip(&values) {
        let title = flow.clean(&f.label.to_uppercase());
        flow.text_at(&label, x, top - pad - label.size, &title);
        for (j, line) in lines.iter().enumerate() {
            let baseline = top - pad - label.leading - value.size - j as f32 * value.leading;
            flow.text_at(&value, x, baseline, line);
        }
        x += w;
    }
    flow.advance(h);
}

/// The text of a detail as [`Flow::labelled`] takes it: list entries start with a bullet.
fn detail_text(detail: &Detail) -> String {
    match &detail.value {
        Value::Text(text) => text.clone(),
        Value::List(items) => items
            .iter()
            .map(|e| format!("{}{e}", layout::BULLET))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A numbered item: the number in the margin, the title in bold, small print, then the
/// labelled details, kept together when short and closed by a hairline.
fn item(flow: &mut Flow<'_>, item: &Item) {
    let g = flow.geometry();
    let tab = detail_tab(flow);
    let details: Vec<(String, Style)> = item
        .details
        .iter()
        .map(|d| (detail_text(d), style(d.tone)))
        .collect();
    let title_h = flow.paragraph_height(&item.title, &Style::strong(), ITEM_INDENT);
    let mut h = title_h + Style::small().leading + 4.0;
    for (text, style) in &details {
        h += flow.labelled_height(text, style, ITEM_INDENT, tab) + 3.0;
    }
    flow.keep(
        h + 10.0,
        title_h + Style::small().leading + 3.0 * Style::body().leading,
    );
    let top = flow.y();
    let number_style = Style::strong().color(palette::accent());
    let baseline = top - Style::strong().leading / 2.0 - Style::strong().size * 0.32;
    flow.text_at(&number_style, g.left(), baseline, &item.number);
    flow.paragraph(&item.title, &Style::strong(), ITEM_INDENT);
    flow.paragraph(&item.meta, &Style::small(), ITEM_INDENT);
    flow.advance(4.0);
    for (d, (text, style)) in item.details.iter().zip(&details) {
        flow.labelled(&d.label, text, style, ITEM_INDENT, tab);
        flow.advance(3.0);
    }
    flow.advance(5.0);
    flow.rule(palette::rule(), 0.4);
    flow.advance(9.0);
}

/// Width of the label column of an item's details: [`TAB`], or more when a label of the
/// report's language is wider ("Próximo paso", "Prochaine étape"), so that every item of a
/// report lines up and no label runs into its text.
fn detail_tab(flow: &Flow<'_>) -> f32 {
    let locale = flow.locale();
    let labels = [
        t!(locale, "report-detail-answer"),
        t!(locale, "report-detail-shown-by"),
        t!(locale, "report-detail-evidence"),
        t!(locale, "report-detail-notes"),
        t!(locale, "report-detail-next-step"),
    ];
    let body = Style::body();
    labels
        .iter()
        .map(|label| flow.measure(Face::Bold, body.size, label) + 10.0)
        .fold(TAB, f32::max)
}

/// A term in bold with its definition indented below, kept together when short.
fn term(flow: &mut Flow<'_>, term: &str, definition: &str) {
    let term_h = flow.paragraph_height(term, &Style::strong(), 0.0);
    let definition_h = flow.paragraph_height(definition, &Style::body(), TERM_INDENT);
    flow.keep(
        term_h + definition_h + 2.0,
        term_h + 2.0 * Style::body().leading,
    );
    flow.paragraph(term, &Style::strong(), 0.0);
    flow.advance(2.0);
    flow.paragraph(definition, &Style::body(), TERM_INDENT);
    flow.advance(8.0);
}
