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
    use super::lines::CHECKPOINT;
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
        let out = file.render(&diagnostics, false, Locale::En);
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
        let out = file.render(&diagnostics, false, Locale::En);
        assert_eq!(out.matches("unknown key number").count(), SHOWN_PER_FILE);
        assert!(!out.contains("more problem"), "{out}");
    }

    #[test]
    fn render_words_the_problems_and_the_count_of_the_rest_in_the_language_asked_for() {
        let (file, diagnostics) = errors(SHOWN_PER_FILE + 2);
        let out = file.render(&diagnostics, false, Locale::Es);
        assert!(out.contains("error: unknown key number 0\n"), "{out}");
        assert!(
            out.ends_with(
                "... y 2 problemas más en many.toml (2 errores) que no se muestran.\n\
                 Corrija los anteriores y vuelva a revisar el archivo para ver el resto.\n\n"
            ),
            "{out}"
        );
        let (file, mut diagnostics) = errors(SHOWN_PER_FILE + 1);
        diagnostics[SHOWN_PER_FILE] = Code::PillarAllNa.warning(None).with("pillar", "ops");
        let out = file.render(&diagnostics, false, Locale::Fr);
        assert!(
            out.contains("... et 1 autre problème dans many.toml (1 avertissement), non affiché."),
            "{out}"
        );
        let d = Code::UnknownQuestion
            .error(0..5)
            .with("question", "key-0")
            .with("questionnaire", "q")
            .with("hint", "list");
        let out = file.render(&[d], false, Locale::Pt);
        assert!(
            out.starts_with("erro: `key-0` não é uma pergunta de q\n"),
            "{out}"
        );
        assert!(out.contains("many.toml:1:1"), "{out}");
        assert!(
            out.contains("ajuda: execute `cyberassess questionnaires show q` para ver os ids"),
            "{out}"
        );
    }

    #[test]
    fn choices_join_with_the_word_for_or_of_each_language() {
        let d = Code::UnknownStatus
            .error(None)
            .with("status", "dfrat")
            .with("statuses", Arg::choices(&["draft", "validated"]))
            .with("hint", "list");
        let help = |locale| d.help(locale).expect("help");
        assert_eq!(
            help(Locale::En),
            "use one of \"draft\" or \"validated\", or remove the line"
        );
        assert_eq!(
            help(Locale::Es),
            "use \"draft\" o \"validated\", o elimine la línea"
        );
        assert_eq!(
            help(Locale::Fr),
            "utilisez \"draft\" ou \"validated\", ou supprimez la ligne"
        );
        assert_eq!(
            help(Locale::Pt),
            "use \"draft\" ou \"validated\", ou remova a linha"
        );
    }

    #[test]
    fn a_problem_without_a_code_keeps_its_english_words_and_may_have_no_help() {
        let d = Diagnostic::error(None, "something odd");
        assert_eq!(d.code, Code::Other);
        assert_eq!(d.message(Locale::Fr), "something odd");
        assert_eq!(d.help(Locale::Fr), None);
        let d = d.with_help("fix it");
        assert_eq!(d.one_line(Locale::Es), "something odd (fix it)");
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
        let out = file.render(&[d], false, Locale::En);
        assert!(out.contains("q.toml:2:1"), "{out}");
        assert!(out.contains("wieght = 2"), "{out}");
        assert!(out.contains("did you mean `weight`?"), "{out}");
    }
}
