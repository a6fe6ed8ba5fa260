//! What every page carries: the header with the marking (and the draft mark while questions are
//! unanswered), the footer with the questionnaire and "page X of Y". Drawn last, in the margins,
//! once the page count is known. Every field is shortened with an ellipsis to its share of the
//! line, so no header text runs off the page or over another.

use std::collections::BTreeSet;

use printpdf::Op;

use super::super::draw::{self, palette};
use super::super::fonts::{Fonts, clean, text_width};
use super::super::layout::{Geometry, Style};
use super::super::wrap::fit;
use crate::i18n::Locale;
use crate::report::Document;
use crate::t;

/// Room kept between two fields on one header or footer line.
const GAP: f32 = 16.0;

/// What the header and footer of every page say.
pub(super) struct Running<'a> {
    /// Left of the header: what the document is.
    pub(super) title: &'a str,
    /// Right of the header: the handling label.
    pub(super) marking: Option<&'a str>,
    /// Above the header, in the warning colour: why the figures are not final.
    pub(super) draft: Option<&'a str>,
    /// Left of the footer: the questionnaire.
    pub(super) footer: &'a str,
}

/// Adds the header (title, marking, draft mark) and footer (questionnaire and page X of Y) to
/// every page of a single assessment's report, in the report's language.
pub(super) fn decorate(
    fonts: &Fonts,
    pages: &mut [Vec<Op>],
    doc: &Document,
    g: Geometry,
    missing: &mut BTreeSet<char>,
) {
    let running = &doc.running;
    let running = Running {
        title: &running.title,
        marking: running.marking.as_deref(),
        draft: running.draft.as_deref(),
        footer: &running.footer,
    };
    decorate_in(fonts, pages, &running, doc.options.locale, g, missing);
}

/// The header's small type.
fn small() -> Style {
    Style {
        size: 7.5,
        leading: 10.0,
        ..Style::small()
    }
}

/// The marking's and draft mark's bold type.
fn mark() -> Style {
    Style {
        size: 8.5,
        leading: 10.0,
        ..Style::strong()
    }
}

/// Baseline of the header line, from the bottom of the page.
pub(super) fn header_baseline(g: Geometry) -> f32 {
    g.height - 40.0
}

/// Baseline of the draft mark above the header line.
pub(super) fn draft_baseline(g: Geometry) -> f32 {
    g.height - 27.0
}

/// Baseline of the footer line.
pub(super) const FOOTER_BASELINE: f32 = 38.0;

/// Adds a header and a footer (`running`, and "page X of Y" in `locale`) to every page.
pub(super) fn decorate_in(
    fonts: &Fonts,
    pages: &mut [Vec<Op>],
    running: &Running<'_>,
    locale: Locale,
    g: Geometry,
    missing: &mut BTreeSet<char>,
) {
    let count = pages.len();
    let (small, mark) = (small(), mark());
    let width = |st: &Style, t: &str| text_width(fonts.get(st.face), t, st.size);
    let shorten = |st: &Style, t: &str, room: f32| fit(fonts.get(st.face), t, st.size, room);
    let title = clean(fonts, running.title, missing);
    let marking = running.marking.map(|m| clean(fonts, m, missing));
    let draft = running.draft.map(|d| clean(fonts, d, missing));
    let footer = clean(fonts, running.footer, missing);

    // The marking keeps its whole width when it can; when title and marking do not fit side by
    // side, each gets at least half the line and both are shortened.
    let avail = g.text_width();
    let title_w = width(&small, &title);
    let marking = marking.map(|m| {
        let full = width(&mark, &m);
        let room = full.min((avail - GAP - title_w).max((avail - GAP) / 2.0));
        shorten(&mark, &m, room)
    });
    let marking_w = marking.as_deref().map_or(0.0, |m| width(&mark, m));
    let title = shorten(&small, &title, avail - marking_w - GAP);
    let draft = draft.map(|d| shorten(&mark, &d, avail));

    let header_y = header_baseline(g);
    for (i, ops) in pages.iter_mut().enumerate() {
        let text = |ops: &mut Vec<Op>, st: &Style, x: f32, y: f32, t: &str| {
            draw::text(ops, st.face, st.size, x, y, st.color.clone(), t);
        };
        text(ops, &small, g.left(), header_y, &title);
        if let Some(m) = marking.as_deref() {
            text(ops, &mark, g.right() - marking_w, header_y, m);
        }
        if let Some(d) = draft.as_deref() {
            let style = mark.clone().color(palette::warning());
            text(ops, &style, g.left(), draft_baseline(g), d);
        }
        // Hairlines under the header and over the footer.
        for rule_y in [header_y - 8.0, FOOTER_BASELINE + 12.0] {
            draw::line(
                ops,
                (g.left(), rule_y),
                (g.right(), rule_y),
                0.5,
                palette::rule(),
                &[],
            );
        }
        let page = t!(locale, "report-page", page = i + 1, count = count);
        let page = clean(fonts, &page, missing);
        let page_w = width(&small, &page);
        let footer = shorten(&small, &footer, avail - page_w - GAP);
        text(ops, &small, g.left(), FOOTER_BASELINE, &footer);
        text(ops, &small, g.right() - page_w, FOOTER_BASELINE, &page);
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::fonts::{Face, fonts};
    use super::super::super::layout::Geometry;
    use super::*;
    use crate::render::pdf::Paper;

    /// Every text drawn on a page, with where it starts and how wide it is.
    fn texts(fonts: &Fonts, ops: &[Op]) -> Vec<(f32, f32, String)> {
        let mut found = Vec::new();
        let (mut face, mut size, mut x) = (Face::Regular, 0.0, 0.0);
        for op in ops {
            match op {
                Op::SetFont { font, size: s } => {
                    face = if format!("{font:?}").contains("DJVBLD") {
                        Face::Bold
                    } else {
                        Face::Regular
                    };
                    size = s.0;
                }
                Op::SetTextCursor { pos } => x = pos.x.0,
                Op::ShowText { items } => {
                    for item in items {
                        if let printpdf::TextItem::Text(t) = item {
                            found.push((x, text_width(fonts.get(face), t, size), t.clone()));
                        }
                    }
                }
                _ => {}
            }
        }
        found
    }

    #[test]
    fn long_header_fields_are_shortened_inside_the_margins() {
        let f = fonts().expect("fonts");
        let g = Geometry::for_paper(Paper::A4);
        let title = "T".repeat(300);
        let marking = format!("TLP:AMBER+STRICT {}", "x".repeat(217));
        let running = Running {
            title: &title,
            marking: Some(&marking),
            draft: Some("Draft: 33 of 43 questions unanswered"),
            footer: &"q".repeat(400),
        };
        let mut pages = vec![Vec::new(), Vec::new()];
        decorate_in(f, &mut pages, &running, Locale::En, g, &mut BTreeSet::new());
        for ops in &pages {
            let found = texts(f, ops);
            assert_eq!(found.len(), 5, "{found:?}");
            for (x, w, t) in &found {
                assert!(*x >= g.left() - 0.01, "{t}");
                assert!(x + w <= g.right() + 0.01, "{t}");
            }
            let [title, marking, draft, footer, _page] = &found[..] else {
                unreachable!()
            };
            assert!(
                title.2.ends_with('…') && title.2.starts_with("TTT"),
                "{title:?}"
            );
            assert!(marking.2.starts_with("TLP:AMBER+STRICT") && marking.2.ends_with('…'));
            assert!(title.0 + title.1 + GAP <= marking.0 + 0.01, "they overlap");
            assert_eq!(draft.2, "Draft: 33 of 43 questions unanswered");
            assert!(footer.2.ends_with('…'));
        }
    }

    #[test]
    fn short_header_fields_are_kept_whole() {
        let f = fonts().expect("fonts");
        let g = Geometry::for_paper(Paper::Letter);
        let running = Running {
            title: "Exampleland · Cyber security maturity self-assessment",
            marking: Some("TLP:GREEN"),
            draft: None,
            footer: "ncss-maturity@1.0.0",
        };
        let mut pages = vec![Vec::new()];
        decorate_in(f, &mut pages, &running, Locale::En, g, &mut BTreeSet::new());
        let found: Vec<String> = texts(f, &pages[0]).into_iter().map(|t| t.2).collect();
        assert_eq!(
            found,
            [
                "Exampleland · Cyber security maturity self-assessment",
                "TLP:GREEN",
                "ncss-maturity@1.0.0",
                "page 1 of 1"
            ]
        );
    }
}
