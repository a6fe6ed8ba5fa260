//! The cover: title, country, overall result, key facts and the table of contents.
//!
//! The contents' page numbers are only known once every section is laid out, so the cover
//! reserves their place and [`table_of_contents`] fills it in afterwards.

use std::collections::BTreeSet;

use printpdf::Op;

use super::super::draw::{self, palette};
use super::super::fonts::{Fonts, clean, text_width};
use super::super::layout::{Flow, Geometry, Style};
use super::super::wrap::fit;
use crate::report::{self, Document};
use crate::t;

/// Height of one line of the table of contents.
const CONTENTS_LEADING: f32 = 14.0;

/// Where the cover put things that are finished later.
pub(super) struct Cover {
    /// Top of the table of contents, when there was room for it.
    pub(super) contents: Option<f32>,
    /// Whether some assessors were left off the cover (or shortened): the method section then
    /// lists them all.
    pub(super) assessors_cut: bool,
}

/// Width of the label column of the cover's facts.
const FACT_TAB: f32 = 92.0;

/// Most lines of the first fact (the country); other facts take at most two.
const FIRST_FACT_LINES: usize = 4;

/// Draws the cover, on one page whatever the length of the names: the country, title and facts
/// take a few lines at most (shortened with an ellipsis), and a long list of assessors ends
/// with "and N more".
pub(super) fn cover(flow: &mut Flow<'_>, doc: &Document) -> Cover {
    let g = flow.geometry();
    let c = &doc.cover;
    // Less room above the title on shorter paper, so the contents still fit on the cover.
    flow.advance(if flow.geometry().height > 800.0 {
        70.0
    } else {
        40.0
    });
    flow.paragraph(&c.kicker, &Style::label().color(palette::accent()), 0.0);
    flow.advance(6.0);
    let title = Style {
        size: 15.0,
        leading: 20.0,
        ..Style::h2()
    };
    let (lines, _) = flow.lines_at_most(&c.title, &title, g.text_width(), 2);
    flow.lines_at(&lines, &title, 0.0);
    flow.advance(10.0);
    let (big, lines) = country_lines(flow, &c.country);
    flow.lines_at(&lines, &big, 0.0);
    flow.advance(8.0);
    flow.paragraph(&c.assessed, &Style::body(), 0.0);
    flow.advance(22.0);
    overall_panel(flow, &c.overall);

    let body = Style::body();
    let fact_w = g.text_width() - FACT_TAB;
    let facts: Vec<(&str, Vec<String>)> = c
        .facts
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let max = if i == 0 { FIRST_FACT_LINES } else { 2 };
            let lines = flow.lines_at_most(value, &body, fact_w, max).0;
            (label.as_str(), lines)
        })
        .collect();
    let at = report::ASSESSORS_AT.min(facts.len());

    // What must fit below the assessors, so that the list takes only the room that is left.
    let fact_h = |lines: &[String]| lines.len().max(1) as f32 * body.leading + 3.0;
    let mut below: f32 = facts[at..].iter().map(|(_, v)| fact_h(v)).sum();
    if let Some(text) = &c.redaction {
        below += redaction_height(flow, text);
    }
    below += 16.0 + flow.paragraph_height(&c.credit, &Style::small(), 0.0);
    let above: f32 = facts[..at].iter().map(|(_, v)| fact_h(v)).sum();
    let entries = doc.sections.len();
    let room = flow.remaining() - above - below - 3.0;
    let fits = |room: f32| (room / body.leading).floor().max(0.0) as usize;
    let wanted = c.assessors.len().max(1);
    let with_contents = fits(room - contents_height(entries));
    let (assessor_lines, contents) = if wanted <= with_contents || with_contents >= 2 {
        (with_contents, entries)
    } else {
        (fits(room), 0)
    };
    let (assessors, assessors_cut) = assessor_list(flow, c, fact_w, assessor_lines);

    let assessors = (c.assessors_label.as_str(), assessors);
    let (before, after) = facts.split_at(at);
    for (label, value) in before.iter().chain([&assessors]).chain(after) {
        flow.labelled(label, &value.join("\n"), &body, 0.0, FACT_TAB);
        flow.advance(3.0);
    }
    if let Some(text) = &c.redaction {
        redaction_note(flow, text);
    }
    // The table of contents: its entries are drawn once every section has its page.
    Cover {
        contents: contents_and_credit(
            flow,
            contents,
            &c.credit,
            &t!(flow.locale(), "report-contents"),
        ),
        assessors_cut,
    }
}

/// The country in large type on at most two lines (three at the smallest size), set smaller
/// as the name grows, and shortened with an ellipsis beyond that.
fn country_lines(flow: &mut Flow<'_>, name: &str) -> (Style, Vec<String>) {
    let width = flow.geometry().text_width();
    let sizes = [(30.0, 38.0, 2), (24.0, 30.0, 2), (20.0, 26.0, 3)];
    let mut last = (Style::h1(), Vec::new());
    for (size, leading, max) in sizes {
        let style = Style {
            size,
            leading,
            ..Style::h1()
        };
        let (lines, shortened) = flow.lines_at_most(name, &style, width, max);
        if !shortened {
            return (style, lines);
        }
        last = (style, lines);
    }
    last
}

/// The shaded panel with the overall stage and figures, and the draft mark while questions are
/// unanswered.
fn overall_panel(flow: &mut Flow<'_>, overall: &report::Overall) {
    let g = flow.geometry();
    let draft = overall.draft.as_deref();
    let draft_style = Style::strong().color(palette::warning());
    let panel_h = if draft.is_some() {
        84.0 + draft_style.leading + 4.0
    } else {
        84.0
    };
    let top = flow.y();
    let bar = if draft.is_some() {
        palette::warning()
    } else {
        palette::level()
    };
    draw::rect(
        flow.ops(),
        g.left(),
        top - panel_h,
        g.text_width(),
        panel_h,
        palette::shade(),
    );
    draw::rect(flow.ops(), g.left(), top - panel_h, 4.0, panel_h, bar);
    flow.advance(14.0);
    flow.paragraph(&overall.label, &Style::label(), 16.0);
    let stage = Style {
        size: 22.0,
        leading: 30.0,
        ..Style::h1()
    };
    let width = g.text_width() - 32.0;
    let name = flow.fit(&overall.stage, &stage, width);
    flow.lines_at(&[name], &stage, 16.0);
    let (lines, _) = flow.lines_at_most(&overall.detail, &Style::body(), width, 1);
    flow.lines_at(&lines, &Style::body(), 16.0);
    if let Some(text) = draft {
        flow.advance(4.0);
        let line = flow.fit(text, &draft_style, width);
        flow.lines_at(&[line], &draft_style, 16.0);
    }
    let below = flow.y() - (top - panel_h);
    flow.advance(below + 26.0);
}

/// The assessors, one per line, in at most `lines` lines: when they do not all fit, as many as
/// fit and "and N more". Says whether any was left out or shortened.
fn assessor_list(
    flow: &mut Flow<'_>,
    cover: &report::Cover,
    width: f32,
    lines: usize,
) -> (Vec<String>, bool) {
    let body = Style::body();
    let assessors = &cover.assessors;
    if assessors.is_empty() {
        return (vec![cover.no_assessors.clone()], false);
    }
    let shown = if assessors.len() <= lines {
        assessors.len()
    } else {
        lines.saturating_sub(1)
    };
    let mut list: Vec<String> = assessors[..shown]
        .iter()
        .map(|a| flow.fit(a, &body, width))
        .collect();
    let mut cut = list.iter().zip(assessors).any(|(shown, a)| shown != a);
    if shown < assessors.len() {
        cut = true;
        let rest = assessors.len() - shown;
        let more = t!(
            flow.locale(),
            "report-assessors-more",
            shown = shown,
            rest = rest
        );
        list.push(flow.fit(&more, &body, width));
    }
    (list, cut)
}

fn redaction_style() -> Style {
    Style::strong().color(palette::warning())
}

/// Height of the redaction note with the space above it.
fn redaction_height(flow: &mut Flow<'_>, text: &str) -> f32 {
    16.0 + flow.paragraph_height(text, &redaction_style(), 12.0) + 14.0
}

/// The redaction note, marked by a bar in the warning colour.
fn redaction_note(flow: &mut Flow<'_>, text: &str) {
    let g = flow.geometry();
    flow.advance(16.0);
    let style = redaction_style();
    let h = flow.paragraph_height(text, &style, 12.0) + 14.0;
    let top = flow.y();
    flow.ensure(h);
    draw::rect(flow.ops(), g.left(), top - h, 3.0, h, palette::warning());
    flow.advance(7.0);
    flow.paragraph(text, &style, 12.0);
    flow.advance(7.0);
}

/// Height of a table of contents of `entries` lines, with its heading and the space above.
fn contents_height(entries: usize) -> f32 {
    20.0 + Style::h2().leading + 6.0 + entries as f32 * CONTENTS_LEADING
}

/// Reserves room for a table of contents of `entries` lines under `heading` when it fits on the
/// first page, then writes the `produced` credit line. Returns where the contents go (drawn once
/// every section knows its page), or `None` when there was no room (or no entries).
pub(super) fn contents_and_credit(
    flow: &mut Flow<'_>,
    entries: usize,
    produced: &str,
    heading: &str,
) -> Option<f32> {
    let produced_h = flow.paragraph_height(produced, &Style::small(), 0.0);
    let room = contents_height(entries) + 16.0 + produced_h;
    let contents = if entries > 0 && flow.page_number() == 1 && flow.remaining() > room {
        flow.advance(20.0);
        flow.paragraph(heading, &Style::h2(), 0.0);
        flow.advance(6.0);
        let top = flow.y();
        flow.advance(entries as f32 * CONTENTS_LEADING);
        Some(top)
    } else {
        None
    };
    flow.advance(16.0);
    flow.paragraph(produced, &Style::small(), 0.0);
    contents
}

/// Fills in the cover's table of contents: section titles and their first pages.
pub(super) fn table_of_contents(
    fonts: &Fonts,
    ops: &mut Vec<Op>,
    top: f32,
    sections: &[(String, usize)],
    g: Geometry,
    missing: &mut BTreeSet<char>,
) {
    let style = Style::body();
    let number = Style::body().color(palette::muted());
    for (i, (title, page)) in sections.iter().enumerate() {
        let y = top - i as f32 * CONTENTS_LEADING;
        let baseline = y - CONTENTS_LEADING + 4.0;
        let page = page.to_string();
        let page_w = text_width(fonts.get(number.face), &page, number.size);
        let title = clean(fonts, title, missing);
        let title = fit(
            fonts.get(style.face),
            &title,
            style.size,
            g.text_width() - page_w - 24.0,
        );
        draw::text(
            ops,
            style.face,
            style.size,
            g.left(),
            baseline,
            style.color.clone(),
            &title,
        );
        let x = g.right() - page_w;
        draw::text(
            ops,
            number.face,
            number.size,
            x,
            baseline,
            number.color.clone(),
            &page,
        );
        let rule_y = y - CONTENTS_LEADING;
        draw::line(
            ops,
            (g.left(), rule_y),
            (g.right(), rule_y),
            0.3,
            palette::rule(),
            &[],
        );
    }
}
