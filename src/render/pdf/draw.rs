//! Drawing primitives: text lines, rectangles, lines and polygons as printpdf operations, and
//! the report's palette.
//!
//! Every text line and rectangle sets its own fill colour (and a text line its font), so what
//! one leaves behind never colours the next; lines and polygons, which also set a width or a
//! dash pattern, are wrapped in a save/restore of the graphics state. Saving and restoring
//! around every line of text doubled the operations a page holds in memory until it is written.
//! Coordinates are points from the bottom-left corner of the page. Nothing here decides where
//! things go.

use printpdf::{
    Color, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, Rect, Rgb, TextItem, WindingOrder,
};

use super::fonts::Face;

/// An sRGB colour from 0–255 components.
pub(crate) fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::Rgb(Rgb::new(
        f32::from(r) / 255.0,
        f32::from(g) / 255.0,
        f32::from(b) / 255.0,
        None,
    ))
}

/// The palette. Data colours are from Okabe & Ito's colour-blind-safe set; values are always
/// printed as well, so colour never carries meaning alone.
pub(crate) mod palette {
    use super::{Color, rgb};
    use crate::model::StageIndex;

    /// Body text.
    pub(crate) fn ink() -> Color {
        rgb(0x1f, 0x23, 0x28)
    }
    /// Secondary text: labels, captions, header and footer.
    pub(crate) fn muted() -> Color {
        rgb(0x5b, 0x63, 0x6e)
    }
    /// Hairlines and grid lines.
    pub(crate) fn rule() -> Color {
        rgb(0xc9, 0xce, 0xd4)
    }
    /// Table header and box backgrounds.
    pub(crate) fn shade() -> Color {
        rgb(0xf0, 0xf2, 0xf5)
    }
    /// Headings and the cover band: a dark navy.
    pub(crate) fn accent() -> Color {
        rgb(0x12, 0x2b, 0x4a)
    }
    /// Okabe–Ito blue: the level reached.
    pub(crate) fn level() -> Color {
        rgb(0x00, 0x72, 0xb2)
    }
    /// Okabe–Ito sky blue, lightened: the radar's filled area.
    pub(crate) fn level_fill() -> Color {
        rgb(0xcc, 0xe6, 0xf6)
    }
    /// Okabe–Ito vermillion: the target.
    pub(crate) fn target() -> Color {
        rgb(0xd5, 0x5e, 0x00)
    }
    /// Okabe–Ito reddish purple: unanswered questions.
    pub(crate) fn warning() -> Color {
        rgb(0xa8, 0x3e, 0x7e)
    }

    /// Paper white: a swatch for "no shading".
    pub(crate) fn white() -> Color {
        rgb(0xff, 0xff, 0xff)
    }
    /// Okabe–Ito sky blue, lightened: a level that went up.
    pub(crate) fn rise() -> Color {
        rgb(0xbf, 0xe2, 0xf7)
    }
    /// Okabe–Ito orange, lightened: a level that went down.
    pub(crate) fn fall() -> Color {
        rgb(0xf5, 0xdb, 0x9e)
    }

    /// Okabe–Ito colours for stages, lowest to highest: vermillion, orange, yellow, sky blue,
    /// blue (the same scale as the terminal heat map).
    const STAGES: [(u8, u8, u8); 5] = [
        (0xd5, 0x5e, 0x00),
        (0xe6, 0x9f, 0x00),
        (0xf0, 0xe4, 0x42),
        (0x56, 0xb4, 0xe9),
        (0x00, 0x72, 0xb2),
    ];

    /// The scale colour of stage `stage` of `stages`, mixed with white: `strength` 1 is the
    /// full colour, smaller is lighter (light fills keep dark text readable).
    pub(crate) fn stage(stage: StageIndex, stages: usize, strength: f32) -> Color {
        let i = if stages <= 1 {
            0
        } else {
            stage.get() * (STAGES.len() - 1) / (stages - 1)
        };
        let (r, g, b) = STAGES[i.min(STAGES.len() - 1)];
        let mix = |c: u8| (255.0 - (255.0 - f32::from(c)) * strength.clamp(0.0, 1.0)) as u8;
        rgb(mix(r), mix(g), mix(b))
    }
}

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// One line of text with its baseline starting at (x, y). Each line is its own text object, so
/// the position is absolute (a second `Td` in the same object would be relative).
pub(crate) fn text(ops: &mut Vec<Op>, face: Face, size: f32, x: f32, y: f32, col: Color, s: &str) {
    if s.is_empty() {
        return;
    }
    ops.extend([
        Op::StartTextSection,
        Op::SetFillColor { col },
        Op::SetFont {
            font: PdfFontHandle::External(face.id()),
            size: Pt(size),
        },
        Op::SetTextCursor { pos: point(x, y) },
        Op::ShowText {
            items: vec![TextItem::Text(s.to_owned())],
        },
        Op::EndTextSection,
    ]);
}

/// A filled rectangle; (x, y) is its lower-left corner.
pub(crate) fn rect(ops: &mut Vec<Op>, x: f32, y: f32, w: f32, h: f32, fill: Color) {
    ops.extend([
        Op::SetFillColor { col: fill },
        Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(w),
                height: Pt(h),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        },
    ]);
}

/// A straight line; `dash` is an on/off pattern in points, empty for a solid line.
pub(crate) fn line(
    ops: &mut Vec<Op>,
    from: (f32, f32),
    to: (f32, f32),
    width: f32,
    col: Color,
    dash: &[f32],
) {
    ops.extend([
        Op::SaveGraphicsState,
        Op::SetOutlineColor { col },
        Op::SetOutlineThickness { pt: Pt(width) },
    ]);
    if !dash.is_empty() {
        ops.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, dash),
        });
    }
    ops.extend([
        Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: point(from.0, from.1),
                        bezier: false,
                    },
                    LinePoint {
                        p: point(to.0, to.1),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        },
        Op::RestoreGraphicsState,
    ]);
}

/// How a polygon is painted.
pub(crate) struct PolygonStyle<'a> {
    /// Fill colour, if filled.
    pub(crate) fill: Option<Color>,
    /// Outline colour, if outlined.
    pub(crate) stroke: Option<Color>,
    /// Outline width in points.
    pub(crate) width: f32,
    /// Outline dash pattern, empty for solid.
    pub(crate) dash: &'a [f32],
}

/// A closed polygon through `points`.
pub(crate) fn polygon(ops: &mut Vec<Op>, points: &[(f32, f32)], style: &PolygonStyle<'_>) {
    let mode = match (&style.fill, &style.stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, _) => PaintMode::Stroke,
    };
    ops.push(Op::SaveGraphicsState);
    if let Some(col) = style.fill.clone() {
        ops.push(Op::SetFillColor { col });
    }
    if let Some(col) = style.stroke.clone() {
        ops.extend([
            Op::SetOutlineColor { col },
            Op::SetOutlineThickness {
                pt: Pt(style.width),
            },
        ]);
    }
    if !style.dash.is_empty() {
        ops.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, style.dash),
        });
    }
    ops.extend([
        Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing {
                    points: points
                        .iter()
                        .map(|&(x, y)| LinePoint {
                            p: point(x, y),
                            bezier: false,
                        })
                        .collect(),
                }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        },
        Op::RestoreGraphicsState,
    ]);
}
