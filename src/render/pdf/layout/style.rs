//! Text styles of the PDF reports: a face, size, line height and colour for running text,
//! labels, fine print and headings, so every page sets the same kind of text the same way.

use printpdf::Color;

use super::super::draw::palette;
use super::super::fonts::Face;

/// A face, size, line height and colour.
#[derive(Debug, Clone)]
pub(crate) struct Style {
    /// Regular or bold.
    pub(crate) face: Face,
    /// Font size in points.
    pub(crate) size: f32,
    /// Distance from one baseline to the next.
    pub(crate) leading: f32,
    /// Text colour.
    pub(crate) color: Color,
}

impl Style {
    fn new(face: Face, size: f32, leading: f32, color: Color) -> Self {
        Style {
            face,
            size,
            leading,
            color,
        }
    }
    /// Running text.
    pub(crate) fn body() -> Self {
        Self::new(Face::Regular, 9.5, 13.5, palette::ink())
    }
    /// Running text in bold.
    pub(crate) fn strong() -> Self {
        Self::new(Face::Bold, 9.5, 13.5, palette::ink())
    }
    /// Captions, identifiers and fine print.
    pub(crate) fn small() -> Self {
        Self::new(Face::Regular, 8.0, 11.0, palette::muted())
    }
    /// Small bold labels.
    pub(crate) fn label() -> Self {
        Self::new(Face::Bold, 8.0, 11.0, palette::muted())
    }
    /// Section titles.
    pub(crate) fn h1() -> Self {
        Self::new(Face::Bold, 17.0, 22.0, palette::accent())
    }
    /// Sub-section titles.
    pub(crate) fn h2() -> Self {
        Self::new(Face::Bold, 12.0, 16.0, palette::accent())
    }
    /// With another colour.
    pub(crate) fn color(mut self, color: Color) -> Self {
        self.color = color;
        self
    }
    /// Where the baseline sits below the top of a line box.
    pub(super) fn baseline_offset(&self) -> f32 {
        self.leading / 2.0 + self.size * 0.32
    }
}
