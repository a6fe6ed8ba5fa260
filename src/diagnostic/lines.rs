//! Line and column numbers of byte offsets, found without reading a file again for each one.

use super::Position;

/// Where every line of a text starts, and how many characters come before regular checkpoints,
/// so the line and column of any byte are found without reading the text again.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// Characters before byte `i * CHECKPOINT`, for each `i`: a column on a very long line is
    /// counted from the checkpoint before it, not from the start of the line.
    chars_before: Vec<usize>,
}

/// Bytes between two character-count checkpoints.
pub(super) const CHECKPOINT: usize = 4096;

impl LineIndex {
    /// The index of `text`, in one pass over it.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut chars_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut chars = 0;
        for (c, chunk) in bytes.chunks(CHECKPOINT).enumerate() {
            chars_before.push(chars);
            for (i, &b) in chunk.iter().enumerate() {
                if b == b'\n' {
                    starts.push(c * CHECKPOINT + i + 1);
                }
                chars += usize::from(!is_continuation(b));
            }
        }
        // A checkpoint at the very end too, when the text ends on one.
        if bytes.len().is_multiple_of(CHECKPOINT) {
            chars_before.push(chars);
        }
        LineIndex {
            starts,
            chars_before,
        }
    }

    /// The line and column of byte `offset` of `text` (the text the index was built from),
    /// clamped to the text. A `\r` before the end of the line is not counted.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.start_of(line);
        let mut end = offset;
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        let column = self.chars_to(text, end) - self.chars_to(text, start) + 1;
        Position { line, column }
    }

    /// The line (from 1) that byte `offset` is on.
    pub(super) fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }

    /// The byte where line `line` (from 1) starts.
    pub(crate) fn start_of(&self, line: usize) -> usize {
        self.starts[line.clamp(1, self.starts.len()) - 1]
    }

    /// The byte where line `line` (from 1) ends, before its line break.
    pub(crate) fn end_of(&self, text: &str, line: usize) -> usize {
        match self.starts.get(line) {
            Some(&next) => next - 1,
            None => text.len(),
        }
    }

    /// Characters in `text[..offset]`.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let checkpoint = offset / CHECKPOINT;
        let before = self.chars_before.get(checkpoint).copied().unwrap_or(0);
        let from = (checkpoint * CHECKPOINT).min(offset);
        before
            + text.as_bytes()[from..offset]
                .iter()
                .filter(|&&b| !is_continuation(b))
                .count()
    }
}

/// Whether a byte continues a UTF-8 character rather than starting one.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The line and column of byte `offset` in `text`: for one position; for many, build a
/// [`LineIndex`] once.
pub fn position_in(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let on_line = &before[line_start..];
    let column = on_line
        .strip_suffix('\r')
        .unwrap_or(on_line)
        .chars()
        .count()
        + 1;
    Position { line, column }
}
