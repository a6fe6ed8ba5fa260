//! The arguments of a diagnostic: the values its words are made from, kept as data until a
//! language is chosen at the edge.

use std::borrow::Cow;

use crate::i18n::{Args, Locale};
use crate::t;

/// One value of a diagnostic.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as written: an id, a value from the file, a file name.
    Text(String),
    /// A number; a count chooses the plural form the language needs.
    Number(i64),
    /// The values one may choose from: `"a", "b" or "c"`, the last joined by the language's
    /// "or".
    Choices(Vec<String>),
    /// Where in the file, in words: "the answers file", "the answer to `gov-strategy`".
    Place(Place<'static>),
    /// The kind of a TOML value as found ("string", "integer"), in words: "text", "a number".
    Found(&'static str),
    /// Values shown as written, all of them: `a, b and c`, the last joined by the language's
    /// "and".
    All(Vec<String>),
    /// A language by its tag (`es`, `pt-BR`), named in words: "Spanish", "espagnol"; a tag the
    /// tool does not know is shown as it is.
    Language(String),
}

impl Arg {
    /// The choices `values`, shown quoted and joined with "or".
    pub fn choices<S: AsRef<str>>(values: &[S]) -> Arg {
        Arg::Choices(values.iter().map(|v| v.as_ref().to_owned()).collect())
    }

    /// The value in `locale`, for the catalogue.
    pub(super) fn words(&self, locale: Locale) -> fluent_bundle::FluentValue<'static> {
        match self {
            Arg::Text(s) => s.clone().into(),
            Arg::Number(n) => (*n).into(),
            Arg::Choices(values) => one_of_in(locale, values).into(),
            Arg::All(values) => all_of_in(locale, values).into(),
            Arg::Place(place) => place.words(locale).into(),
            Arg::Found(kind) => t!(locale, "diagnostics-found", found = *kind).into(),
            Arg::Language(tag) => {
                let code = tag.split('-').next().unwrap_or(tag);
                t!(
                    locale,
                    "diagnostics-language",
                    code = code,
                    tag = tag.as_str()
                )
                .into()
            }
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(n.into())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(n.into())
    }
}

impl From<Place<'_>> for Arg {
    fn from(place: Place<'_>) -> Self {
        Arg::Place(place.into_owned())
    }
}

/// `"a", "b" or "c"` in `locale`.
fn one_of_in(locale: Locale, values: &[String]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!(
            "{} {} {last}",
            rest.join(", "),
            t!(locale, "diagnostics-or")
        ),
    }
}

/// `a, b and c` in `locale`.
fn all_of_in(locale: Locale, values: &[String]) -> String {
    match values.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!(
            "{} {} {last}",
            rest.join(", "),
            t!(locale, "diagnostics-and")
        ),
    }
}

/// A table of a file, named in messages ("unknown key `wieght` in a question"). Borrowed while
/// the file is read, so naming each answer's table costs nothing until there is a problem.
#[derive(Debug, Clone, PartialEq)]
pub enum Place<'w> {
    /// The answers file's top level.
    AnswersFile,
    /// `[assessment]`.
    Assessment,
    /// The answer to a question, by its id.
    Answer(Cow<'w, str>),
    /// A respondent's record of the answer to a question, by the question's id.
    Respondent(Cow<'w, str>),
    /// The questionnaire's top level.
    Questionnaire,
    /// `[scoring]`.
    Scoring,
    /// A `[[stages]]` entry.
    StageEntry,
    /// A `[[pillars]]` entry.
    PillarEntry,
    /// A `[[glossary]]` entry.
    GlossaryEntry,
    /// A `[[questions]]` entry.
    Question,
    /// An option of a question, by the question's id when it has one.
    OptionOf(Option<Cow<'w, str>>),
    /// A question named by its id when it has one ("question `ir-csirt`", "this question").
    QuestionNamed(Option<Cow<'w, str>>),
    /// A pillar named by its id when it has one.
    PillarNamed(Option<Cow<'w, str>>),
    /// A translation file's top level.
    Translation,
    /// A table named by its header as written (`[stages.formative]`): the same in every
    /// language.
    Table(Cow<'w, str>),
}

impl Place<'_> {
    /// The same place, owning its text.
    pub fn into_owned(self) -> Place<'static> {
        let own = |c: Cow<'_, str>| Cow::Owned(c.into_owned());
        match self {
            Place::AnswersFile => Place::AnswersFile,
            Place::Assessment => Place::Assessment,
            Place::Answer(id) => Place::Answer(own(id)),
            Place::Respondent(id) => Place::Respondent(own(id)),
            Place::Questionnaire => Place::Questionnaire,
            Place::Scoring => Place::Scoring,
            Place::StageEntry => Place::StageEntry,
            Place::PillarEntry => Place::PillarEntry,
            Place::GlossaryEntry => Place::GlossaryEntry,
            Place::Question => Place::Question,
            Place::OptionOf(id) => Place::OptionOf(id.map(own)),
            Place::QuestionNamed(id) => Place::QuestionNamed(id.map(own)),
            Place::PillarNamed(id) => Place::PillarNamed(id.map(own)),
            Place::Translation => Place::Translation,
            Place::Table(header) => Place::Table(own(header)),
        }
    }

    /// The place in words, in `locale`.
    pub fn words(&self, locale: Locale) -> String {
        let (kind, id) = match self {
            Place::AnswersFile => ("answers-file", ""),
            Place::Assessment => ("assessment", ""),
            Place::Answer(id) => ("answer", id.as_ref()),
            Place::Respondent(id) => ("respondent", id.as_ref()),
            Place::Questionnaire => ("questionnaire", ""),
            Place::Scoring => ("scoring", ""),
            Place::StageEntry => ("stage-entry", ""),
            Place::PillarEntry => ("pillar-entry", ""),
            Place::GlossaryEntry => ("glossary-entry", ""),
            Place::Question => ("question", ""),
            Place::OptionOf(Some(id)) => ("option", id.as_ref()),
            Place::OptionOf(None) => ("option-unnamed", ""),
            Place::QuestionNamed(Some(id)) => ("question-named", id.as_ref()),
            Place::QuestionNamed(None) => ("question-unnamed", ""),
            Place::PillarNamed(Some(id)) => ("pillar-named", id.as_ref()),
            Place::PillarNamed(None) => ("pillar-unnamed", ""),
            Place::Translation => ("translation", ""),
            Place::Table(header) => ("table", header.as_ref()),
        };
        t!(locale, "diagnostics-place", place = kind, id = id)
    }
}

/// Fluent arguments from a diagnostic's values, in `locale`.
pub(super) fn fluent_args(locale: Locale, args: &[(&'static str, Arg)]) -> Args<'static> {
    let mut out = Args::new();
    for (name, value) in args {
        out.set(*name, value.words(locale));
    }
    out
}
