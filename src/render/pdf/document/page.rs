//! What every page carries: the header with the marking, the footer with the questionnaire and
//! "page X of Y". Drawn last, in the margins, once the page count is known.

use std::collections::BTreeSet;

use printpdf::Op;

use super::super::draw::{self, palette};
use super::super::fonts::{Face, Fonts, clean, text_width};
use super::super::layout::{Geometry, Style};
use super::country;
use crate::score::Scored;

/// Adds the header (title and marking) and footer (questionnaire and page X of Y) to every page.
pub(super) fn decorate(
    fonts: &Fonts,
    pages: &mut [Vec<Op>],
    s: &Scored<'_>,
    marking: Option<&str>,
    g: Geometry,
    missing: &mut BTreeSet<char>,
) {
    let title = format!("{} · Cyber security maturity self-assessment", country(s));
    let footer = s.questionnaire.id_version();
    decorate_with(fonts, pages, &title, marking, &footer, g, missing);
}

/// Adds a header (`title` and marking) and a footer (`footer` and page X of Y) to every page.
pub(super) fn decorate_with(
    fonts: &Fonts,
    pages: &mut [Vec<Op>],
    title: &str,
    marking: Option<&str>,
    footer: &str,
    g: Geometry,
    missing: &mut BTreeSet<char>,
) {
    let count = pages.len();
    let small = Style {
        size: 7.5,
        leading: 10.0,
        ..Style::small()
    };
    let mark = Style {
        size: 8.5,
        leading: 10.0,
        ..Style::strong()
    };
    let title = clean(fonts, title, missing);
    let marking = marking.map(|m| clean(fonts, m, missing));
    let footer = clean(fonts, footer, missing);
    let width = |st: &Style, t: &str| text_width(fonts.get(st.face), t, st.size);
    let header_y = g.height - 40.0;
    let footer_y = 38.0;
    for (i, ops) in pages.iter_mut().enumerate() {
        let marking_w = marking.as_deref().map_or(0.0, |m| width(&mark, m));
        let room = g.text_width() - marking_w - 16.0;
        let title = fit(fonts, &title, &small, room);
        draw::text(
            ops,
            small.face,
            small.size,
            g.left(),
            header_y,
            small.color.clone(),
            &title,
        );
        if let Some(m) = marking.as_deref() {
            let x = g.right() - marking_w;
            draw::text(
                ops,
                Face::Bold,
                mark.size,
                x,
                header_y,
                mark.color.clone(),
                m,
            );
        }
        // Hairlines under the header and over the footer.
        for rule_y in [header_y - 8.0, footer_y + 12.0] {
            draw::line(
                ops,
                (g.left(), rule_y),
                (g.right(), rule_y),
                0.5,
                palette::rule(),
                &[],
            );
        }
        let page = format!("page {} of {count}", i + 1);
        let footer = fit(
            fonts,
            &footer,
            &small,
            g.text_width() - width(&small, &page) - 16.0,
        );
        draw::text(
            ops,
            small.face,
            small.size,
            g.left(),
            footer_y,
            small.color.clone(),
            &footer,
        );
        let x = g.right() - width(&small, &page);
        draw::text(
            ops,
            small.face,
            small.size,
            x,
            footer_y,
            small.color.clone(),
            &page,
        );
    }
}

/// Shortens text with an ellipsis until it fits `width`.
pub(super) fn fit(fonts: &Fonts, text: &str, style: &Style, width: f32) -> String {
    let font = fonts.get(style.face);
    if text_width(font, text, style.size) <= width {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().collect::<String>() + "…";
        if text_width(font, &candidate, style.size) <= width {
            return candidate;
        }
    }
    String::new()
}
