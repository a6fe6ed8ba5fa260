//! The page's size and margins, and the text area they leave: where every block of a PDF may
//! be drawn. Only the running header and footer sit outside it.

use super::super::Paper;

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Geometry {
    /// Page width.
    pub(crate) width: f32,
    /// Page height.
    pub(crate) height: f32,
    /// Left and right margin.
    pub(crate) side: f32,
    /// Distance from the top edge to the top of the text area.
    pub(crate) top: f32,
    /// Distance from the bottom edge to the bottom of the text area.
    pub(crate) bottom: f32,
}

impl Geometry {
    /// The geometry for a paper size: 22 mm side margins, room for the header and footer.
    pub(crate) fn for_paper(paper: Paper) -> Self {
        let (width, height) = match paper {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        };
        Geometry {
            width,
            height,
            side: 62.0,
            top: 74.0,
            bottom: 66.0,
        }
    }

    /// Left edge of the text area.
    pub(crate) fn left(&self) -> f32 {
        self.side
    }

    /// Right edge of the text area.
    pub(crate) fn right(&self) -> f32 {
        self.width - self.side
    }

    /// Width of the text area.
    pub(crate) fn text_width(&self) -> f32 {
        self.width - 2.0 * self.side
    }

    /// Height of the text area.
    pub(crate) fn text_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }
}
