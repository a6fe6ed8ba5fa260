//! Problems found in a file: what is wrong, where, and how to fix it.
//!
//! A [`Diagnostic`] holds a byte span into the file's text; [`SourceFile`] turns spans into line
//! and column numbers and renders diagnostics with the source line underlined. Rendering returns
//! a `String`; printing is the application's job.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

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

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A file's name and text, for turning spans into positions.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    /// The path as the user gave it (or a built-in name such as `<built-in ncss-maturity>`).
    pub name: String,
    /// The whole text.
    pub text: String,
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
        }
    }

    /// The line and column of byte `offset` (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        position_in(&self.text, offset)
    }

    /// Renders diagnostics with the source line underlined, `file:line:col` and the fix.
    pub fn render(&self, diagnostics: &[Diagnostic], styled: bool) -> String {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        for d in diagnostics {
            let level = match d.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
            };
            let title = level.primary_title(d.message.as_str());
            let group = match &d.span {
                Some(span) => title.element(
                    Snippet::source(self.text.as_str())
                        .path(self.name.as_str())
                        .annotation(AnnotationKind::Primary.span(self.clamp(span.clone()))),
                ),
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
        out
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

/// The line and column of byte `offset` in `text`.
pub fn position_in(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].trim_end_matches('\r').chars().count() + 1;
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
