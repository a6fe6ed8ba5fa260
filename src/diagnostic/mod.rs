//! Problems found in a file: what is wrong, where, and how to fix it.
//!
//! A [`Diagnostic`] is data, not words: a stable [`Code`] with the values its words are made of
//! ([`Arg`]), a severity and a byte span into the file's text. The words are looked up in the
//! catalogue (`diagnostics-CODE` and its `.help`) in the [`Locale`] given where they are shown:
//! [`SourceFile::render`] for a person, in the interface's language, with `file:line:col` and the
//! source line underlined; the JSON errors in English, the same whatever the language. Rendering
//! returns a `String`; printing is the application's job.
//!
//! A file can have tens of thousands of problems (an answers file written by a faulty script),
//! so positions come from a [`LineIndex`] built once per file, and rendering shows at most
//! [`SHOWN_PER_FILE`] of them: the time taken grows with the file, not with the file times its
//! problems.

use std::ops::Range;
use std::sync::OnceLock;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::i18n::Locale;
use crate::t;

mod arg;
mod code;
mod lines;

pub use arg::{Arg, Place};
pub use code::Code;
pub use lines::{LineIndex, position_in};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be used until this is fixed.
    Error,
    /// The file can be used, but something is probably not what was meant.
    Warning,
}

/// One problem in one file: its kind ([`Code`]) with the values its words are made from, its
/// severity and its place. The words come from the catalogue, in the language asked for, when
/// it is shown ([`Diagnostic::message`], [`SourceFile::render`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Byte range in the file's text, if the problem has a place.
    pub span: Option<Range<usize>>,
    /// The kind of problem, stable across versions and languages.
    pub code: Code,
    /// The values the words are made from, by the name the catalogue uses.
    pub args: Vec<(&'static str, Arg)>,
}

impl Code {
    /// An error of this kind at `span`; add its values with [`Diagnostic::with`].
    pub fn error(self, span: impl Into<Option<Range<usize>>>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            span: span.into(),
            code: self,
            args: Vec::new(),
        }
    }

    /// A warning of this kind at `span`.
    pub fn warning(self, span: impl Into<Option<Range<usize>>>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..self.error(span)
        }
    }
}

impl Diagnostic {
    /// An error at `span` described in English words, of code [`Code::Other`]: for problems
    /// that have no code of their own yet.
    pub fn error(span: impl Into<Option<Range<usize>>>, message: impl Into<String>) -> Self {
        Code::Other.error(span).with("message", message.into())
    }

    /// A warning at `span` described in English words, of code [`Code::Other`].
    pub fn warning(span: impl Into<Option<Range<usize>>>, message: impl Into<String>) -> Self {
        Code::Other.warning(span).with("message", message.into())
    }

    /// Adds how to fix it, in English words, to a diagnostic of code [`Code::Other`].
    pub fn with_help(self, help: impl Into<String>) -> Self {
        self.with("help", help.into())
    }

    /// Adds the value `name` of the words.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The value `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The error for a questionnaire given where an answers file was expected, with the
    /// command that starts an answers file for it (`questionnaire` is its path or id).
    pub fn questionnaire_not_answers(questionnaire: impl std::fmt::Display) -> Self {
        Code::QuestionnaireNotAnswers
            .error(None)
            .with("questionnaire", questionnaire.to_string())
    }

    /// What is wrong, in one sentence, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let args = arg::fluent_args(locale, &self.args);
        locale.text(&format!("diagnostics-{}", self.code), Some(&args))
    }

    /// How to fix it, in `locale`; every code has one, a problem of code [`Code::Other`] only
    /// when it was given.
    pub fn help(&self, locale: Locale) -> Option<String> {
        if self.code == Code::Other && self.arg("help").is_none() {
            return None;
        }
        let args = arg::fluent_args(locale, &self.args);
        Some(locale.text(&format!("diagnostics-{}.help", self.code), Some(&args)))
    }

    /// The message and its help on one line, `message (help)`, for outputs without room for
    /// two (a usage error).
    pub fn one_line(&self, locale: Locale) -> String {
        match self.help(locale) {
            Some(help) => format!("{} ({help})", self.message(locale)),
            None => self.message(locale),
        }
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Severity {
    /// The stable name, for machine outputs: `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
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
    pub fn render(&self, diagnostics: &[Diagnostic], styled: bool, locale: Locale) -> String {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let shown = shown(diagnostics);
        let mut out = String::new();
        for d in shown.iter().map(|&i| &diagnostics[i]) {
            let level = match d.severity {
                Severity::Error => Level::ERROR.with_name(t!(locale, "diagnostics-level-error")),
                Severity::Warning => {
                    Level::WARNING.with_name(t!(locale, "diagnostics-level-warning"))
                }
            };
            let message = d.message(locale);
            let title = level.primary_title(message.as_str());
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
            if let Some(help) = d.help(locale) {
                report.push(Group::with_title(
                    Level::HELP
                        .with_name(t!(locale, "diagnostics-level-help"))
                        .secondary_title(help),
                ));
            }
            out.push_str(&renderer.render(&report));
            out.push_str("\n\n");
        }
        if let Some(line) = self.not_shown(diagnostics, &shown, locale) {
            out.push_str(&line);
        }
        out
    }

    /// The closing line of [`SourceFile::render`] when some diagnostics were left out.
    fn not_shown(
        &self,
        diagnostics: &[Diagnostic],
        shown: &[usize],
        locale: Locale,
    ) -> Option<String> {
        let hidden = diagnostics.len() - shown.len();
        if hidden == 0 {
            return None;
        }
        let errors = diagnostics.iter().filter(|d| d.is_error()).count()
            - shown.iter().filter(|&&i| diagnostics[i].is_error()).count();
        let warnings = hidden - errors;
        let what = match (errors, warnings) {
            (_, 0) => t!(locale, "diagnostics-errors", count = errors),
            (0, _) => t!(locale, "diagnostics-warnings", count = warnings),
            _ => format!(
                "{}, {}",
                t!(locale, "diagnostics-errors", count = errors),
                t!(locale, "diagnostics-warnings", count = warnings)
            ),
        };
        let line = t!(
            locale,
            "diagnostics-not-shown",
            hidden = hidden,
            file = self.name.as_str(),
            counts = what
        );
        Some(format!("{line}\n\n"))
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

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests;
