//! The cover: title, country, overall result, key facts and the table of contents.
//!
//! The contents' page numbers are only known once every section is laid out, so the cover
//! reserves their place and [`table_of_contents`] fills it in afterwards.

use std::collections::BTreeSet;

use printpdf::Op;

use super::super::PdfOptions;
use super::super::draw::{self, palette};
use super::super::fonts::{Fonts, clean, text_width};
use super::super::layout::{Flow, Geometry, Style};
use super::page::fit;
use super::{country, stage_name};
use crate::render::format::{first_upper, fmt_date, fmt_gap, fmt_level, fmt_score, status_text};
use crate::score::Scored;

/// Height of one line of the table of contents.
const CONTENTS_LEADING: f32 = 14.0;

/// Draws the cover; returns where the table of contents goes, when there is room for it.
pub(super) fn cover(
    flow: &mut Flow<'_>,
    s: &Scored<'_>,
    options: &PdfOptions,
    marking: Option<&str>,
) -> Option<f32> {
    let g = flow.geometry();
    let q = s.questionnaire;
    let info = &s.assessment.info;
    // Less room above the title on shorter paper, so the contents still fit on the cover.
    flow.advance(if flow.geometry().height > 800.0 {
        70.0
    } else {
        40.0
    });
    flow.paragraph(
        "SELF-ASSESSMENT REPORT",
        &Style::label().color(palette::accent()),
        0.0,
    );
    flow.advance(6.0);
    let title = Style {
        size: 15.0,
        leading: 20.0,
        ..Style::h2()
    };
    flow.paragraph(&q.title, &title, 0.0);
    flow.advance(10.0);
    let big = Style {
        size: 30.0,
        leading: 38.0,
        ..Style::h1()
    };
    flow.paragraph(country(s), &big, 0.0);
    flow.advance(8.0);
    flow.paragraph(
        &format!("Assessed {}", fmt_date(info.assessed_on)),
        &Style::body(),
        0.0,
    );
    flow.advance(22.0);

    // The overall result, in a shaded panel.
    let o = &s.overall;
    let n = q.stage_count();
    let detail = format!(
        "Level {} · score {} · target {} · gap {}",
        fmt_level(o.level, n),
        fmt_score(o.score),
        stage_name(s, o.target),
        fmt_gap(o.gap)
    );
    let panel_h = 84.0;
    let top = flow.y();
    draw::rect(
        flow.ops(),
        g.left(),
        top - panel_h,
        g.text_width(),
        panel_h,
        palette::shade(),
    );
    draw::rect(
        flow.ops(),
        g.left(),
        top - panel_h,
        4.0,
        panel_h,
        palette::level(),
    );
    flow.advance(14.0);
    flow.paragraph("OVERALL STAGE", &Style::label(), 16.0);
    let stage = Style {
        size: 22.0,
        leading: 30.0,
        ..Style::h1()
    };
    flow.paragraph(stage_name(s, o.stage), &stage, 16.0);
    flow.paragraph(&detail, &Style::body(), 16.0);
    let below = flow.y() - (top - panel_h);
    flow.advance(below + 26.0);

    let facts = [
        ("Country", country(s).to_owned()),
        ("Assessed", fmt_date(info.assessed_on)),
        (
            "Assessors",
            if info.assessors.is_empty() {
                "not named".to_owned()
            } else {
                info.assessors.join("\n")
            },
        ),
        (
            "Questionnaire",
            format!("{} ({} {})", q.title, q.id, q.version),
        ),
        (
            "Scoring",
            format!(
                "pillars: {}; overall: {}",
                q.scoring.method.as_str(),
                q.scoring.overall.as_str()
            ),
        ),
        ("Marking", marking.unwrap_or("none").to_owned()),
    ];
    let status = status_text(s.assessment).map(|t| ("Status", first_upper(&t)));
    for (label, value) in facts.into_iter().chain(status) {
        flow.labelled(label, &value, &Style::body(), 0.0, 92.0);
        flow.advance(3.0);
    }
    if options.redact.any() {
        let left_out = match (options.redact.notes, options.redact.evidence) {
            (true, true) => "the assessors' notes and evidence",
            (true, false) => "the assessors' notes",
            _ => "the evidence",
        };
        flow.advance(16.0);
        let text = format!(
            "Redacted edition: {left_out} are left out of this report, for sharing outside \
             government. The scores are unchanged."
        );
        let style = Style::strong().color(palette::warning());
        let h = flow.paragraph_height(&text, &style, 12.0) + 14.0;
        let top = flow.y();
        flow.ensure(h);
        draw::rect(flow.ops(), g.left(), top - h, 3.0, h, palette::warning());
        flow.advance(7.0);
        flow.paragraph(&text, &style, 12.0);
        flow.advance(7.0);
    }
    // The table of contents: its entries are drawn once every section has its page.
    let produced = format!(
        "Produced with cyberassess {}. The method and the fingerprints of the questionnaire and \
         answers files are on the last page.",
        env!("CARGO_PKG_VERSION")
    );
    contents_and_credit(flow, 3 + s.pillars.len(), &produced)
}

/// Reserves room for a table of contents of `entries` lines when it fits on the page, then
/// writes the `produced` credit line. Returns where the contents go (drawn once every section
/// knows its page), or `None` when there was no room.
pub(super) fn contents_and_credit(
    flow: &mut Flow<'_>,
    entries: usize,
    produced: &str,
) -> Option<f32> {
    let contents_h = Style::h2().leading + 6.0 + entries as f32 * CONTENTS_LEADING;
    let produced_h = flow.paragraph_height(produced, &Style::small(), 0.0);
    let contents = if flow.remaining() > 20.0 + contents_h + 16.0 + produced_h {
        flow.advance(20.0);
        flow.paragraph("Contents", &Style::h2(), 0.0);
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
        let title = fit(fonts, &title, &style, g.text_width() - page_w - 24.0);
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
