//! Page flow: where the next block goes, when to start a new page, and what to repeat at the
//! top of a page that continues a section (the pillar heading, the table header).
//!
//! Blocks are laid out top to bottom inside the margins; nothing is ever drawn outside them
//! except the running header and footer, which [`super::document`] adds once the page count is
//! known.

use std::collections::BTreeSet;

use printpdf::{Color, Op};

mod geometry;
mod style;
mod table;

pub(crate) use geometry::Geometry;
pub(crate) use style::Style;
pub(crate) use table::{Align, Column, Row, TableLook};

use super::draw::{self, palette};
use super::fonts::{Face, Fonts, clean, text_width};
use super::wrap::{fit, wrap, wrap_at_most};
use crate::i18n::Locale;
use crate::t;

/// Most lines a heading takes.
pub(crate) const HEADING_LINES: usize = 6;

/// Starts a list item in [`Flow::labelled`].
pub(crate) const BULLET: &str = "• ";

/// Lays blocks out on pages.
pub(crate) struct Flow<'f> {
    fonts: &'f Fonts,
    geometry: Geometry,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    y: f32,
    fresh_y: f32,
    running: Option<Vec<String>>,
    table: Option<Vec<Column>>,
    missing: BTreeSet<char>,
    marks: Vec<(String, usize)>,
    locale: Locale,
}

impl<'f> Flow<'f> {
    /// An empty first page.
    pub(crate) fn new(fonts: &'f Fonts, geometry: Geometry) -> Self {
        Flow {
            fonts,
            geometry,
            pages: Vec::new(),
            ops: Vec::new(),
            y: geometry.height - geometry.top,
            fresh_y: geometry.height - geometry.top,
            running: None,
            table: None,
            missing: BTreeSet::new(),
            marks: Vec::new(),
            locale: Locale::En,
        }
    }

    /// The flow for a document in `locale`: the words it adds itself, such as "(continued)"
    /// and the charts' keys, are in that language (English unless set).
    pub(crate) fn in_locale(self, locale: Locale) -> Self {
        Flow { locale, ..self }
    }

    /// The language of the words the flow adds itself.
    pub(crate) fn locale(&self) -> Locale {
        self.locale
    }

    /// The page geometry.
    pub(crate) fn geometry(&self) -> Geometry {
        self.geometry
    }

    /// Records that the section `title` is on the current page, for the table of contents.
    pub(crate) fn mark(&mut self, title: &str) {
        self.marks.push((title.to_owned(), self.pages.len() + 1));
    }

    /// The sections recorded by [`Flow::mark`], with their page numbers.
    pub(crate) fn marks(&self) -> &[(String, usize)] {
        &self.marks
    }

    /// The number of the current page, from 1.
    pub(crate) fn page_number(&self) -> usize {
        self.pages.len() + 1
    }

    /// Top of the free space on the current page.
    pub(crate) fn y(&self) -> f32 {
        self.y
    }

    /// Moves down by `h` points (up when negative).
    pub(crate) fn advance(&mut self, h: f32) {
        self.y -= h;
    }

    /// Vertical space before the next block; dropped at the top of a page.
    pub(crate) fn space(&mut self, h: f32) {
        if !self.at_top() {
            self.y -= h.min(self.remaining());
        }
    }

    /// Free space left on the current page.
    pub(crate) fn remaining(&self) -> f32 {
        self.y - self.geometry.bottom
    }

    /// The operations of the current page, for drawing shapes.
    pub(crate) fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.ops
    }

    /// NFC-normalises text and replaces characters the fonts lack (remembering them).
    pub(crate) fn clean(&mut self, text: &str) -> String {
        clean(self.fonts, text, &mut self.missing)
    }

    /// Width of already cleaned text.
    pub(crate) fn measure(&self, face: Face, size: f32, text: &str) -> f32 {
        text_width(self.fonts.get(face), text, size)
    }

    /// Cleans and wraps text to a width.
    pub(crate) fn lines(&mut self, text: &str, style: &Style, width: f32) -> Vec<String> {
        let text = self.clean(text);
        wrap(self.fonts.get(style.face), &text, style.size, width)
    }

    /// Cleans and wraps text to a width, keeping at most `max` lines (the last one then ends
    /// with an ellipsis); says whether the text was shortened.
    pub(crate) fn lines_at_most(
        &mut self,
        text: &str,
        style: &Style,
        width: f32,
        max: usize,
    ) -> (Vec<String>, bool) {
        let text = self.clean(text);
        wrap_at_most(self.fonts.get(style.face), &text, style.size, width, max)
    }

    /// Cleans text and shortens it with an ellipsis to fit on one line of `width`.
    pub(crate) fn fit(&mut self, text: &str, style: &Style, width: f32) -> String {
        let text = self.clean(text);
        fit(self.fonts.get(style.face), &text, style.size, width)
    }

    /// Height a paragraph would take.
    pub(crate) fn paragraph_height(&mut self, text: &str, style: &Style, indent: f32) -> f32 {
        let width = self.geometry.text_width() - indent;
        self.lines(text, style, width).len() as f32 * style.leading
    }

    /// Draws one already cleaned line with its baseline at `y`.
    pub(crate) fn text_at(&mut self, style: &Style, x: f32, y: f32, text: &str) {
        draw::text(
            &mut self.ops,
            style.face,
            style.size,
            x,
            y,
            style.color.clone(),
            text,
        );
    }

    /// Draws text centred on `x`, cleaning it first.
    pub(crate) fn text_centred(&mut self, style: &Style, x: f32, y: f32, text: &str) {
        let text = self.clean(text);
        let w = self.measure(style.face, style.size, &text);
        self.text_at(style, x - w / 2.0, y, &text);
    }

    /// Sets (or clears) the heading repeated at the top of a page that continues a section. It
    /// takes one line: a long heading is shortened with an ellipsis before "(continued)".
    pub(crate) fn set_running(&mut self, heading: Option<String>) {
        let style = Self::running_style();
        let locale = self.locale;
        let continued = |heading: String| t!(locale, "report-continued", heading = heading);
        let suffix = continued(String::new());
        let room = self.geometry.text_width() - self.measure(style.face, style.size, &suffix);
        self.running = heading.map(|h| vec![continued(self.fit(&h, &style, room))]);
    }

    fn running_style() -> Style {
        Style::h2().color(palette::muted())
    }

    /// Starts a new page, repeating the running heading and the open table's header.
    pub(crate) fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        self.y = self.geometry.height - self.geometry.top;
        if let Some(lines) = self.running.clone() {
            self.lines_at(&lines, &Self::running_style(), 0.0);
            self.y -= 6.0;
        }
        if let Some(columns) = self.table.clone() {
            self.table_header(&columns);
        }
        self.fresh_y = self.y;
    }

    /// Ends a section: the next one starts on a new page, unless this page is still mostly
    /// empty, where it follows after `gap` points rather than leave the page half blank.
    pub(crate) fn section_break(&mut self, gap: f32) {
        let used = self.geometry.height - self.geometry.top - self.y;
        if used > self.geometry.text_height() / 2.0 {
            self.new_page();
        } else {
            self.space(gap);
        }
    }

    /// Whether nothing has been placed on the current page yet, besides what repeats on it.
    pub(crate) fn at_top(&self) -> bool {
        self.y >= self.fresh_y - 0.01
    }

    /// Starts a new page unless `h` points are still free.
    pub(crate) fn ensure(&mut self, h: f32) {
        if h > self.remaining() {
            self.new_page();
        }
    }

    /// Keeps a block of height `h` on one page when it is short (up to 40 % of a page);
    /// a longer block may be split, but at least `min` points of it start on this page.
    pub(crate) fn keep(&mut self, h: f32, min: f32) {
        let fresh = self.geometry.text_height() - self.continuation_height();
        if h <= fresh * 0.4 {
            self.ensure(h)
        } else {
            self.ensure(min.min(fresh))
        }
    }

    fn continuation_height(&self) -> f32 {
        let heading = if self.running.is_some() {
            Style::h2().leading + 6.0
        } else {
            0.0
        };
        let table = self
            .table
            .as_deref()
            .map_or(0.0, |columns| self.header_height(columns));
        heading + table
    }

    /// Draws already cleaned lines at the left margin plus `indent`, breaking pages between
    /// lines as needed.
    pub(crate) fn lines_at(&mut self, lines: &[String], style: &Style, indent: f32) {
        let x = self.geometry.left() + indent;
        for line in lines {
            self.ensure(style.leading);
            let baseline = self.y - style.baseline_offset();
            self.text_at(style, x, baseline, line);
            self.y -= style.leading;
        }
    }

    /// A wrapped paragraph indented by `indent` points.
    pub(crate) fn paragraph(&mut self, text: &str, style: &Style, indent: f32) {
        let width = self.geometry.text_width() - indent;
        let lines = self.lines(text, style, width);
        self.lines_at(&lines, style, indent);
    }

    /// A paragraph with a bold label in a hanging column: `Label   text that wraps here`. Lines
    /// of `text` that start with "• " are list items, wrapped with a hanging indent.
    pub(crate) fn labelled(
        &mut self,
        label: &str,
        text: &str,
        style: &Style,
        indent: f32,
        tab: f32,
    ) {
        let width = self.geometry.text_width() - indent - tab;
        let bullet_w = self.measure(style.face, style.size, BULLET);
        let mut lines: Vec<(f32, String)> = Vec::new();
        for item in text.split('\n') {
            match item.strip_prefix(BULLET) {
                Some(rest) => {
                    for (i, line) in self
                        .lines(rest, style, width - bullet_w)
                        .into_iter()
                        .enumerate()
                    {
                        if i == 0 {
                            lines.push((0.0, format!("{BULLET}{line}")));
                        } else {
                            lines.push((bullet_w, line));
                        }
                    }
                }
                None => lines.extend(self.lines(item, style, width).into_iter().map(|l| (0.0, l))),
            }
        }
        let label = self.clean(label);
        let label_style = Style {
            face: Face::Bold,
            ..style.clone()
        }
        .color(palette::muted());
        let x = self.geometry.left() + indent;
        for (i, (dx, line)) in lines.iter().enumerate() {
            self.ensure(style.leading);
            let baseline = self.y - style.baseline_offset();
            if i == 0 {
                self.text_at(&label_style, x, baseline, &label);
            }
            self.text_at(style, x + tab + dx, baseline, line);
            self.y -= style.leading;
        }
    }

    /// Height of a [`Flow::labelled`] paragraph.
    pub(crate) fn labelled_height(
        &mut self,
        text: &str,
        style: &Style,
        indent: f32,
        tab: f32,
    ) -> f32 {
        let width = self.geometry.text_width() - indent - tab;
        let bullet_w = self.measure(style.face, style.size, BULLET);
        let lines: usize = text
            .split('\n')
            .map(|item| match item.strip_prefix(BULLET) {
                Some(rest) => self.lines(rest, style, width - bullet_w).len(),
                None => self.lines(item, style, width).len(),
            })
            .sum();
        lines as f32 * style.leading
    }

    /// A heading kept on the same page as the `keep_with` points that follow it; a heading
    /// longer than [`HEADING_LINES`] lines is shortened with an ellipsis.
    pub(crate) fn heading(&mut self, text: &str, style: &Style, keep_with: f32) {
        let width = self.geometry.text_width();
        let (lines, _) = self.lines_at_most(text, style, width, HEADING_LINES);
        self.ensure(lines.len() as f32 * style.leading + keep_with);
        self.lines_at(&lines, style, 0.0);
    }

    /// A horizontal hairline across the text area.
    pub(crate) fn rule(&mut self, color: Color, width: f32) {
        let (l, r) = (self.geometry.left(), self.geometry.right());
        let y = self.y;
        draw::line(&mut self.ops, (l, y), (r, y), width, color, &[]);
    }

    /// Ends the last page; returns every page's operations and the characters the fonts lack.
    pub(crate) fn finish(mut self) -> (Vec<Vec<Op>>, BTreeSet<char>) {
        self.pages.push(std::mem::take(&mut self.ops));
        (self.pages, self.missing)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Paper;
    use super::super::fonts::fonts;
    use super::*;

    fn flow() -> Flow<'static> {
        Flow::new(fonts().expect("fonts"), Geometry::for_paper(Paper::A4))
    }

    #[test]
    fn paragraphs_break_pages_inside_the_margins() {
        let mut f = flow();
        let g = f.geometry();
        let text = "word ".repeat(3000);
        f.paragraph(&text, &Style::body(), 0.0);
        assert!(f.y() >= g.bottom - 0.01);
        let (pages, missing) = f.finish();
        assert!(pages.len() > 3, "{} pages", pages.len());
        assert!(missing.is_empty());
    }

    #[test]
    fn keep_moves_a_block_that_fits_on_a_fresh_page() {
        let mut f = flow();
        let g = f.geometry();
        f.advance(g.text_height() - 50.0);
        f.keep(100.0, 20.0);
        assert_eq!(f.y(), g.height - g.top, "moved to a new page");
        f.advance(g.text_height() - 50.0);
        f.keep(10_000.0, 20.0);
        assert!(
            f.y() < g.height - g.top,
            "a block taller than a page starts where it is"
        );
    }

    #[test]
    fn continued_sections_repeat_their_heading() {
        let mut f = flow();
        f.set_running(Some("Governance".into()));
        f.new_page();
        let (pages, _) = f.finish();
        let shown = pages[1].iter().any(|op| {
            matches!(op, Op::ShowText { items } if items.iter().any(|i| matches!(i,
                printpdf::TextItem::Text(t) if t == "Governance (continued)")))
        });
        assert!(shown);
    }
}
