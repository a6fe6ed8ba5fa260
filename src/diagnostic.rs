//! Problems found in a file: what is wrong, where, and how to fix it.
//!
//! A [`Diagnostic`] holds a byte span into the file's text; [`SourceFile`] turns spans into line
//! and column numbers and renders diagnostics with the source line underlined. Rendering returns
//! a `String`; printing is the application's job.
//!
//! A file can have tens of thousands of problems (an answers file written by a faulty script),
//! so positions come from a [`LineIndex`] built once per file, and rendering shows at most
//! [`SHOWN_PER_FILE`] of them: the time taken grows with the file, not with the file times its
//! problems.

use std::ops::Range;
use std::sync::OnceLock;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::words::plural;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be used until this is fixed.
    Error,
    /// The file can be used, but something is probably not what was meant.
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Byte range in the file's text, if the problem has a place.
    pub span: Option<Range<usize>>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: impl Into<Option<Range<usize>>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            span: span.into(),
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(span: impl Into<Option<Range<usize>>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    /// Adds how to fix it.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The error for a questionnaire given where an answers file was expected, with the
    /// command that starts an answers file for it (`questionnaire` is its path or id).
    pub fn questionnaire_not_answers(questionnaire: impl std::fmt::Display) -> Self {
        Diagnostic::error(None, "this is a questionnaire, not an answers file").with_help(format!(
            "give an answers file; to start one for this questionnaire, run `cyberassess \
             template {questionnaire}`"
        ))
    }

    /// The message and its help on one line, `message (help)`, for outputs without room for
    /// two (JSON errors, a usage error).
    pub fn one_line(&self) -> String {
        match &self.help {
            Some(help) => format!("{} ({help})", self.message),
            None => self.message.clone(),
        }
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Problems rendered per file; the rest are counted in one closing line. Fifty is more than a
/// screen and enough to see a pattern; fixing those usually fixes many of the others.
pub const SHOWN_PER_FILE: usize = 50;

/// A file's name and text, for turning spans into positions.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or a built-in name such as `<built-in ncss-maturity>`).
    pub name: String,
    /// The whole text.
    pub text: String,
    /// Where the lines start, built the first time a position is asked for (boxed: most files
    /// never need it, and a report of one stays small).
    lines: OnceLock<Box<LineIndex>>,
}

impl PartialEq for SourceFile {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.text == other.text
    }
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

impl SourceFile {
    /// A source file from a name and its text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
            lines: OnceLock::new(),
        }
    }

    /// The line and column of byte `offset` (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        self.lines().position(&self.text, offset)
    }

    fn lines(&self) -> &LineIndex {
        self.lines
            .get_or_init(|| Box::new(LineIndex::new(&self.text)))
    }

    /// Renders diagnostics with the source line underlined, `file:line:col` and the fix: at most
    /// [`SHOWN_PER_FILE`] of them (errors before warnings, each in file order), then a line
    /// counting the others.
    pub fn render(&self, diagnostics: &[Diagnostic], styled: bool) -> String {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let shown = shown(diagnostics);
        let mut out = String::new();
        for d in shown.iter().map(|&i| &diagnostics[i]) {
            let level = match d.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
            };
            let title = level.primary_title(d.message.as_str());
            let group = match &d.span {
                Some(span) => {
                    // Only the lines the span covers go to the renderer, so each problem costs
                    // the length of its lines, not of the whole file.
                    let span = self.clamp(span.clone());
                    let lines = self.lines();
                    let first = lines.line_of(span.start);
                    let from = lines.start_of(first);
                    let to = lines.end_of(
                        &self.text,
                        lines.line_of(span.end.saturating_sub(1).max(span.start)),
                    );
                    title.element(
                        Snippet::source(&self.text[from..to.max(span.end)])
                            .line_start(first)
                            .path(self.name.as_str())
                            .annotation(
                                AnnotationKind::Primary.span(span.start - from..span.end - from),
                            ),
                    )
                }
                None => title.element(annotate_snippets::Origin::path(self.name.as_str())),
            };
            let mut report = vec![group];
            if let Some(help) = &d.help {
                report.push(Group::with_title(
                    Level::HELP.secondary_title(help.as_str()),
                ));
            }
            out.push_str(&renderer.render(&report));
            out.push_str("\n\n");
        }
        if let Some(line) = self.not_shown(diagnostics, &shown) {
            out.push_str(&line);
        }
        out
    }

    /// The closing line of [`SourceFile::render`] when some diagnostics were left out.
    fn not_shown(&self, diagnostics: &[Diagnostic], shown: &[usize]) -> Option<String> {
        let hidden = diagnostics.len() - shown.len();
        if hidden == 0 {
            return None;
        }
        let errors = diagnostics.iter().filter(|d| d.is_error()).count()
            - shown.iter().filter(|&&i| diagnostics[i].is_error()).count();
        let warnings = hidden - errors;
        let what = match (errors, warnings) {
            (_, 0) => plural(errors, "error"),
            (0, _) => plural(warnings, "warning"),
            _ => format!(
                "{}, {}",
                plural(errors, "error"),
                plural(warnings, "warning")
            ),
        };
        Some(format!(
            "... and {hidden} more {} in {} ({what}), not shown.\nFix the ones above and check \
             the file again to see the rest.\n\n",
            if hidden == 1 { "problem" } else { "problems" },
            self.name
        ))
    }

    /// Keeps a span inside the text and on character boundaries, and never empty when the text
    /// is not, so the underline is always visible.
    fn clamp(&self, span: Range<usize>) -> Range<usize> {
        let len = self.text.len();
        let mut start = span.start.min(len);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = span.end.clamp(start, len);
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        if start == end && end < len {
            end = start + self.text[start..].chars().next().map_or(0, char::len_utf8);
        }
        start..end
    }
}

/// Which diagnostics [`SourceFile::render`] shows: the first [`SHOWN_PER_FILE`] errors, then
/// warnings while there is room, as indices in file order.
fn shown(diagnostics: &[Diagnostic]) -> Vec<usize> {
    if diagnostics.len() <= SHOWN_PER_FILE {
        return (0..diagnostics.len()).collect();
    }
    let errors = diagnostics.iter().enumerate().filter(|(_, d)| d.is_error());
    let warnings = diagnostics
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.is_error());
    let mut shown: Vec<usize> = errors
        .chain(warnings)
        .map(|(i, _)| i)
        .take(SHOWN_PER_FILE)
        .collect();
    shown.sort_unstable();
    shown
}

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
const CHECKPOINT: usize = 4096;

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
    fn line_of(&self, offset: usize) -> usize {
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

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// `"a", "b" or "c"`, for listing valid values in a message.
pub fn one_of<S: AsRef<str>>(values: &[S]) -> String {
    let quoted: Vec<String> = values
        .iter()
        .map(|v| format!("\"{}\"", v.as_ref()))
        .collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_ignore_crlf() {
        let text = "a = 1\r\nçé = 2\n";
        assert_eq!(position_in(text, 0), Position { line: 1, column: 1 });
        let at = text.find('=').unwrap();
        assert_eq!(position_in(text, at), Position { line: 1, column: 3 });
        let second = text.rfind('=').unwrap();
        assert_eq!(position_in(text, second), Position { line: 2, column: 4 });
    }

    #[test]
    fn the_line_index_agrees_with_a_plain_count() {
        let mut long = String::from("é\r\n\n");
        long.push_str(&"aé€😀 = \"x\"\r\n".repeat(800));
        long.push_str(&"x".repeat(CHECKPOINT * 2 - long.len() % CHECKPOINT));
        for text in ["", "\n", "a", "a\r\nb", "é\n", long.as_str()] {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.position(text, offset),
                    position_in(text, offset),
                    "offset {offset} of {text:?}"
                );
            }
        }
    }

    fn errors(n: usize) -> (SourceFile, Vec<Diagnostic>) {
        let text: String = (0..n).map(|i| format!("key-{i} = 1\n")).collect();
        let mut at = 0;
        let diagnostics = (0..n)
            .map(|i| {
                let d = Diagnostic::error(at..at + 3, format!("unknown key number {i}"));
                at += format!("key-{i} = 1\n").len();
                d
            })
            .collect();
        (SourceFile::new("many.toml", text), diagnostics)
    }

    #[test]
    fn render_shows_a_screenful_and_counts_the_rest() {
        let (file, mut diagnostics) = errors(SHOWN_PER_FILE + 1949);
        // A warning early in the file gives way to the errors after it.
        diagnostics[1] = Diagnostic::warning(diagnostics[1].span.clone(), "a warning");
        let out = file.render(&diagnostics, false);
        assert_eq!(out.matches("unknown key number").count(), SHOWN_PER_FILE);
        assert!(out.contains("unknown key number 50\n"), "{out}");
        assert!(!out.contains("unknown key number 51\n"), "{out}");
        assert!(!out.contains("a warning"), "{out}");
        assert!(out.contains("many.toml:51:1"), "{out}");
        assert!(
            out.contains("51 | key-50 = 1"),
            "numbered as in the file: {out}"
        );
        assert!(
            out.ends_with(
                "... and 1949 more problems in many.toml (1948 errors, 1 warning), not shown.\n\
                 Fix the ones above and check the file again to see the rest.\n\n"
            ),
            "{}",
            &out[out.len() - 300..]
        );

        let (file, diagnostics) = errors(SHOWN_PER_FILE);
        let out = file.render(&diagnostics, false);
        assert_eq!(out.matches("unknown key number").count(), SHOWN_PER_FILE);
        assert!(!out.contains("more problem"), "{out}");
    }

    #[test]
    fn closest_finds_typos_only() {
        let keys = ["prompt", "weight", "options"];
        assert_eq!(closest("wieght", keys), Some("weight"));
        assert_eq!(closest("zzz", keys), None);
    }

    #[test]
    fn one_of_lists_naturally() {
        assert_eq!(
            one_of(&["yes", "partly", "no"]),
            "\"yes\", \"partly\" or \"no\""
        );
        assert_eq!(one_of(&["a"]), "\"a\"");
    }

    #[test]
    fn render_names_file_line_and_help() {
        let file = SourceFile::new("q.toml", "id = \"x\"\nwieght = 2\n");
        let d =
            Diagnostic::error(9..15, "unknown key `wieght`").with_help("did you mean `weight`?");
        let out = file.render(&[d], false);
        assert!(out.contains("q.toml:2:1"), "{out}");
        assert!(out.contains("wieght = 2"), "{out}");
        assert!(out.contains("did you mean `weight`?"), "{out}");
    }
}
