//! The report as a Word document (DOCX), from its [`Document`]: the same content as the PDF,
//! to edit before sending.
//!
//! Everything is set in named styles — Title, Subtitle, Heading 1 to 3, Caption, Table Heading,
//! Table Text, the "Report Table" table style and a few more — so that a ministry changes the
//! fonts and colours of the whole report in one place. Charts are tables of their values: an
//! image would need a rasteriser, and a table stays editable and readable by screen readers.
//! The same document always gives the same bytes: the package's files carry fixed timestamps
//! and the document's dates are the assessment's, never the clock's.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts,
    SpecialIndentType, Style, StyleType, Tab, TabValueType, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableProperty, TableRow, WidthType,
};

use super::pdf::Paper;

mod package;
mod page;
#[cfg(test)]
mod tests;

use crate::i18n::Locale;
use crate::model::StageIndex;
use crate::report::{
    self, Block, Detail, Document, Figure, Item, Start, Tone, Value, figure_columns,
};
use package::{clean, compress, core_properties, pack_error};
use page::{footer, header};

/// Why a Word document could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// Packing the document's parts failed.
    #[error("could not assemble the Word document: {0}")]
    Pack(String),
}

/// Text colours (hex RGB), the same as the PDF's.
const ACCENT: &str = "1F3A5F";
const MUTED: &str = "5F6B7A";
const WARNING: &str = "B35900";

/// Page sizes in twentieths of a point, and the margins.
fn page_size(paper: Paper) -> (u32, u32) {
    match paper {
        Paper::A4 => (11_906, 16_838),
        Paper::Letter => (12_240, 15_840),
    }
}
const MARGIN: i32 = 1_247;

/// Renders a report's document as a Word document on `paper`.
pub fn render_docx(doc: &Document, paper: Paper) -> Result<Vec<u8>, DocxError> {
    let (width, height) = page_size(paper);
    let text_width = width as usize - 2 * MARGIN as usize;
    let date = doc
        .info
        .date
        .map_or_else(|| "1980-01-01".to_owned(), |d| d.to_string());
    let mut docx = styles(Docx::new())
        .page_size(width, height)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(620)
                .footer(620),
        )
        .header(header(&doc.running, text_width))
        .footer(footer(&doc.running, doc.options.locale, text_width));
    docx = cover(docx, doc, text_width);
    for section in &doc.sections {
        docx = self::section(docx, section, doc.options.locale, text_width);
    }
    let mut xml = docx.build();
    xml.doc_props.core = core_properties(&doc.info, &date).into_bytes();
    let mut stored = Cursor::new(Vec::new());
    xml.pack(&mut stored).map_err(pack_error)?;
    compress(&stored.into_inner())
}

/// The named styles every paragraph and table uses.
fn styles(docx: Docx) -> Docx {
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
    };
    let rule = |position| {
        TableBorder::new(position)
            .border_type(BorderType::Single)
            .size(4)
            .color("C8CDD3")
    };
    docx.default_fonts(RunFonts::new().ascii("DejaVu Sans").hi_ansi("DejaVu Sans"))
        .default_size(19)
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .q_format(true)
                .line_spacing(spacing(0, 120)),
        )
        .add_style(
            paragraph("Title", "Title")
                .size(56)
                .bold()
                .color(ACCENT)
                .line_spacing(spacing(120, 160)),
        )
        .add_style(
            paragraph("Subtitle", "Subtitle")
                .size(30)
                .bold()
                .color(ACCENT)
                .line_spacing(spacing(0, 120)),
        )
        .add_style(
            paragraph("Heading1", "heading 1")
                .size(34)
                .bold()
                .color(ACCENT)
                .outline_lvl(0)
                .line_spacing(spacing(360, 120)),
        )
        .add_style(
            paragraph("Heading2", "heading 2")
                .size(26)
                .bold()
                .color(ACCENT)
                .outline_lvl(1)
                .line_spacing(spacing(240, 80)),
        )
        .add_style(
            paragraph("Heading3", "heading 3")
                .size(20)
                .bold()
                .outline_lvl(2)
                .line_spacing(spacing(200, 40)),
        )
        .add_style(
            paragraph("Caption", "caption")
                .size(18)
                .bold()
                .color(ACCENT)
                .line_spacing(spacing(200, 80)),
        )
        .add_style(paragraph("Kicker", "Kicker").size(16).bold().color(ACCENT))
        .add_style(
            paragraph("OverallStage", "Overall Stage")
                .size(44)
                .bold()
                .color(ACCENT),
        )
        .add_style(paragraph("SmallPrint", "Small Print").size(16).color(MUTED))
        .add_style(paragraph("Note", "Note").bold().color(WARNING))
        .add_style(
            paragraph("TableHeading", "Table Heading")
                .size(16)
                .bold()
                .color(MUTED),
        )
        .add_style(
            paragraph("TableText", "Table Text")
                .size(16)
                .line_spacing(spacing(0, 0)),
        )
        .add_style(
            paragraph("Fingerprint", "Fingerprint").size(16).fonts(
                RunFonts::new()
                    .ascii("DejaVu Sans Mono")
                    .hi_ansi("DejaVu Sans Mono"),
            ),
        )
        .add_style(
            Style::new("ReportTable", StyleType::Table)
                .name("Report Table")
                .table_property(
                    TableProperty::without_borders().set_borders(
                        TableBorders::with_empty()
                            .set(rule(TableBorderPosition::Top))
                            .set(rule(TableBorderPosition::Bottom))
                            .set(rule(TableBorderPosition::InsideH)),
                    ),
                ),
        )
}

fn styled(style: &str, text: &str) -> Paragraph {
    lines(Paragraph::new().style(style), text, Run::new)
}

/// Adds `text` to a paragraph, one run per line with line breaks between.
fn lines(mut p: Paragraph, text: &str, run: impl Fn() -> Run) -> Paragraph {
    for (i, line) in text.split('\n').enumerate() {
        let mut r = run();
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        p = p.add_run(r.add_text(clean(line)));
    }
    p
}

/// A run in a tone.
fn toned(tone: Tone) -> impl Fn() -> Run {
    move || match tone {
        Tone::Plain => Run::new(),
        Tone::Muted => Run::new().color(MUTED),
        Tone::Warning => Run::new().bold().color(WARNING),
    }
}

/// The cover: title, country, overall result, facts, then a page break.
fn cover(docx: Docx, doc: &Document, width: usize) -> Docx {
    let c = &doc.cover;
    let mut docx = docx
        .add_paragraph(styled("Kicker", &c.kicker))
        .add_paragraph(styled("Subtitle", &c.title))
        .add_paragraph(styled("Title", &c.country))
        .add_paragraph(styled("Normal", &c.assessed))
        .add_paragraph(styled("Kicker", &c.overall.label))
        .add_paragraph(styled("OverallStage", &c.overall.stage))
        .add_paragraph(styled("Normal", &c.overall.detail));
    if let Some(draft) = &c.overall.draft {
        docx = docx.add_paragraph(styled("Note", draft));
    }
    let rows = c
        .all_facts()
        .iter()
        .map(|(label, value)| {
            TableRow::new(vec![
                cell(styled("TableHeading", label), width / 4),
                cell(styled("TableText", value), width - width / 4),
            ])
        })
        .collect();
    docx = docx.add_table(table(rows, &[width / 4, width - width / 4]));
    if let Some(redaction) = &c.redaction {
        docx = docx.add_paragraph(styled("Note", redaction));
    }
    docx.add_paragraph(styled("SmallPrint", &c.credit))
}

/// One section: its heading (on a new page where the section starts one), then its blocks.
fn section(mut docx: Docx, section: &report::Section, locale: Locale, width: usize) -> Docx {
    // Word cannot tell where the page before ended, so a section that would start on a new
    // page unless the last one ended high up always does.
    let new_page = matches!(section.start, Start::NewPage | Start::Break);
    docx = docx.add_paragraph(
        styled("Heading1", &section.title)
            .page_break_before(new_page)
            .keep_next(true),
    );
    let mut previous: Option<&Figure> = None;
    for block in &section.blocks {
        if let Block::Figure(figure) = block {
            // A second chart of the same values would be the same table again.
            if previous.is_some_and(|p| p.data == figure.data) {
                continue;
            }
            previous = Some(figure);
        }
        docx = self::block(docx, block, locale, width);
    }
    docx
}

fn block(docx: Docx, block: &Block, locale: Locale, width: usize) -> Docx {
    match block {
        Block::Heading(text) => docx.add_paragraph(styled("Heading2", text).keep_next(true)),
        Block::Paragraph(p) => docx.add_paragraph(lines(Paragraph::new(), &p.text, toned(p.tone))),
        Block::KeyFigures(figures) => {
            let share = width / figures.len().max(1);
            let labels = figures
                .iter()
                .map(|f| cell(styled("TableHeading", &f.label), share))
                .collect();
            let values = figures
                .iter()
                .map(|f| {
                    let p = Paragraph::new()
                        .style("TableText")
                        .add_run(Run::new().bold().add_text(clean(&f.value)));
                    cell(p, share)
                })
                .collect();
            let widths = vec![share; figures.len()];
            docx.add_table(table(
                vec![TableRow::new(labels), TableRow::new(values)],
                &widths,
            ))
        }
        Block::Labelled(entries) => entries.iter().fold(docx, |docx, (label, text)| {
            docx.add_paragraph(labelled(label, text, Tone::Plain))
        }),
        Block::Table(t) => docx.add_table(self::report_table(t, width)),
        Block::Figure(figure) => self::figure(docx, figure, locale, width),
        Block::Item(item) => self::item(docx, item),
        Block::Term { term, definition } => docx
            .add_paragraph(
                Paragraph::new()
                    .keep_next(true)
                    .add_run(Run::new().bold().add_text(clean(term))),
            )
            .add_paragraph(styled("Normal", definition).indent(Some(284), None, None, None)),
        Block::Fingerprints(entries) => entries.iter().fold(docx, |docx, (label, hash)| {
            docx.add_paragraph(
                Paragraph::new()
                    .style("Fingerprint")
                    .add_run(Run::new().bold().add_text(clean(&format!("{label}: "))))
                    .add_run(Run::new().add_text(clean(hash))),
            )
        }),
        // The cover names every assessor: Word has the room a PDF cover lacks.
        Block::AllAssessors { .. } => docx,
    }
}

/// "Label  text", the label in bold, wrapped lines hanging under the text.
fn labelled(label: &str, text: &str, tone: Tone) -> Paragraph {
    let p = Paragraph::new()
        .indent(
            Some(1_134),
            Some(SpecialIndentType::Hanging(1_134)),
            None,
            None,
        )
        .add_tab(Tab::new().val(TabValueType::Left).pos(1_134))
        .add_run(
            Run::new()
                .bold()
                .color(MUTED)
                .add_text(clean(label))
                .add_tab(),
        );
    lines(p, text, toned(tone))
}

fn item(docx: Docx, item: &Item) -> Docx {
    let mut docx = docx
        .add_paragraph(
            styled("Heading3", &format!("{} {}", item.number, item.title)).keep_next(true),
        )
        .add_paragraph(styled("SmallPrint", &item.meta).keep_next(true));
    for Detail { label, value, tone } in &item.details {
        docx = match value {
            Value::Text(text) => docx.add_paragraph(labelled(label, text, *tone)),
            Value::List(entries) => {
                let text: Vec<String> = entries.iter().map(|e| format!("• {e}")).collect();
                docx.add_paragraph(labelled(label, &text.join("\n"), *tone))
            }
        };
    }
    docx
}

/// A chart as a captioned table of its values.
fn figure(docx: Docx, figure: &Figure, locale: Locale, width: usize) -> Docx {
    let d = &figure.data;
    let stage = |t: StageIndex| d.stages.get(t.get()).cloned().unwrap_or_default();
    let paired = figure.kind == report::FigureKind::Paired;
    let [pillar, before, now, level, target] = figure_columns(locale);
    let mut columns = vec![column(&pillar, 0.5, report::Align::Left)];
    if paired {
        columns.push(column(&before, 0.15, report::Align::Right));
        columns.push(column(&now, 0.15, report::Align::Right));
        columns.push(column(&target, 0.2, report::Align::Left));
    } else {
        columns.push(column(&level, 0.2, report::Align::Right));
        columns.push(column(&target, 0.3, report::Align::Left));
    }
    let rows = (0..d.labels.len())
        .map(|i| {
            let cell = |v: &[String]| v.get(i).cloned().unwrap_or_default();
            let mut row = vec![d.labels[i].clone()];
            if paired {
                row.push(cell(&d.baseline_values));
            }
            row.push(cell(&d.values));
            row.push(d.targets.get(i).map(|t| stage(*t)).unwrap_or_default());
            row
        })
        .collect();
    let t = report::Table {
        columns,
        rows,
        totals: 0,
    };
    docx.add_paragraph(styled("Caption", &figure.title).keep_next(true))
        .add_table(report_table(&t, width))
}

fn column(title: &str, share: f32, align: report::Align) -> report::Column {
    report::Column {
        title: title.to_owned(),
        share,
        align,
    }
}

fn report_table(t: &report::Table, width: usize) -> Table {
    let widths: Vec<usize> = t
        .columns
        .iter()
        .map(|c| (width as f32 * c.share) as usize)
        .collect();
    let align = |a: report::Align| match a {
        report::Align::Left => AlignmentType::Left,
        report::Align::Right => AlignmentType::Right,
    };
    let header = TableRow::new(
        t.columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| cell(styled("TableHeading", &c.title).align(align(c.align)), *w))
            .collect(),
    )
    .cant_split();
    let first_total = t.rows.len().saturating_sub(t.totals);
    let mut rows = vec![header];
    for (i, cells) in t.rows.iter().enumerate() {
        let bold = i >= first_total;
        let row = cells
            .iter()
            .zip(&t.columns)
            .zip(&widths)
            .map(|((text, c), w)| {
                let run = move || if bold { Run::new().bold() } else { Run::new() };
                let p = lines(Paragraph::new().style("TableText"), text, run);
                cell(p.align(align(c.align)), *w)
            })
            .collect();
        rows.push(TableRow::new(row).cant_split());
    }
    table(rows, &widths)
}

fn cell(p: Paragraph, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(p)
        .width(width, WidthType::Dxa)
}

fn table(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::without_borders(rows)
        .style("ReportTable")
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}
