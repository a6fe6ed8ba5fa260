//! The key under a cohort table (the heat map's stages, the Change page's shadings): a bold
//! label, then a swatch and a text for each entry, on as many lines as they need. It draws;
//! what the entries say and which colours they show are its callers'.

use printpdf::Color;

use super::super::super::draw::{self, palette};
use super::super::super::fonts::Face;
use super::super::super::layout::{Flow, Style};

/// Draws `label` in bold and, after it, each entry's swatch (its colour, or white for none) and
/// text, wrapping to a new line where the next entry does not fit. `lines` lines are kept
/// together on the page; `after` points are left below the key.
pub(super) fn swatch_key(
    flow: &mut Flow<'_>,
    label: &str,
    entries: &[(Option<Color>, String)],
    lines: f32,
    after: f32,
) {
    let style = Style {
        size: 7.5,
        leading: 10.0,
        ..Style::small()
    };
    let g = flow.geometry();
    flow.space(10.0);
    flow.ensure(lines * style.leading + 6.0);
    let mut x = g.left();
    let mut y = flow.y() - style.leading;
    flow.text_at(
        &Style {
            face: Face::Bold,
            ..style.clone()
        },
        x,
        y + 2.0,
        label,
    );
    x += flow.measure(Face::Bold, style.size, label) + 10.0;
    for (fill, text) in entries {
        let w = 12.0 + flow.measure(style.face, style.size, text) + 14.0;
        if x + w > g.right() {
            x = g.left();
            y -= style.leading + 2.0;
            flow.advance(style.leading + 2.0);
        }
        draw::rect(flow.ops(), x - 0.5, y - 0.5, 10.0, 10.0, palette::rule());
        draw::rect(
            flow.ops(),
            x,
            y,
            9.0,
            9.0,
            fill.clone().unwrap_or_else(palette::white),
        );
        flow.text_at(&style, x + 12.0, y + 2.0, text);
        x += w;
    }
    flow.advance(style.leading + after);
}
