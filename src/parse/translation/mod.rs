//! Reading a translation file (`ncss-maturity.es.toml`): the questionnaire it translates, its
//! language, and every text it gives, each with its place in the file.
//!
//! [`parse_translation`] needs only the text; [`check_translation`] then checks every id against
//! the questionnaire, as answers are read first and resolved against their questionnaire after.

mod check;

use std::ops::Range;

use semver::Version;
use toml::Spanned;
use toml::de::DeTable;

pub use check::{GlossaryMiss, check_translation, glossary_misses};

use super::Parsed;
use super::fields::Fields;
use super::parse_toml;
use crate::diagnostic::{Code, Diagnostic, Place as DPlace};
use crate::i18n::Language;
use crate::model::Text;

/// The keys at the top of a translation file.
pub(crate) const ROOT_KEYS: &[&str] = &[
    "translates",
    "version",
    "language",
    "title",
    "summary",
    "stages",
    "pillars",
    "questions",
    "glossary",
];
const NAMED_KEYS: &[&str] = &["name", "summary"];
const QUESTION_KEYS: &[&str] = &["prompt", "help", "evidence", "next_step", "options"];
const OPTION_KEYS: &[&str] = &["text", "next_step", "evidence"];
const GLOSSARY_KEYS: &[&str] = &["term", "definition"];

/// A translation file as written, before it is checked against its questionnaire.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TranslationFile {
    /// The id of the questionnaire it translates.
    pub translates: Spanned<String>,
    /// The questionnaire version it was written for.
    pub version: Spanned<Version>,
    /// The language of its texts.
    pub language: Spanned<Language>,
    /// Every text given, in file order, with the place of its value.
    pub texts: Vec<(Text, Spanned<String>)>,
    /// Every table that names something of the questionnaire, with the place of its name.
    pub places: Vec<(Place, Range<usize>)>,
}

/// Something of the questionnaire a translation file names in a table header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// `[stages.ID]`.
    Stage(String),
    /// `[pillars.ID]`.
    Pillar(String),
    /// `[questions.ID]`.
    Question(String),
    /// `[questions.ID.options.STAGE]`.
    Option(String, String),
    /// `[glossary."TERM"]`.
    Term(String),
}

impl Place {
    /// The place of the table that holds `text`.
    pub(crate) fn of(text: &Text) -> Option<Place> {
        Some(match text {
            Text::Title | Text::Summary => return None,
            Text::StageName(s) | Text::StageSummary(s) => Place::Stage(s.clone()),
            Text::PillarName(p) | Text::PillarSummary(p) => Place::Pillar(p.clone()),
            Text::Prompt(q) | Text::Help(q) | Text::Evidence(q) | Text::NextStep(q) => {
                Place::Question(q.clone())
            }
            Text::OptionText(q, s) | Text::OptionNextStep(q, s) | Text::OptionEvidence(q, s) => {
                Place::Option(q.clone(), s.clone())
            }
            Text::Term(t) | Text::Definition(t) => Place::Term(t.clone()),
        })
    }
}

/// Whether a TOML document is a translation file: it names what it translates.
pub(crate) fn is_translation(root: &DeTable<'_>) -> bool {
    root.contains_key("translates")
}

/// Parses a translation file's structure; ids are checked later by [`check_translation`].
pub fn parse_translation(text: &str) -> Parsed<TranslationFile> {
    let root = match parse_toml(text) {
        Ok(root) => root,
        Err(diags) => return Parsed::finish(None, diags),
    };
    translation_from_table(root.get_ref(), text)
}

/// Reads a translation file from an already parsed TOML document.
pub(crate) fn translation_from_table(root: &DeTable<'_>, text: &str) -> Parsed<TranslationFile> {
    let mut diags = Vec::new();
    let top = 0..text.find('\n').unwrap_or(text.len());
    let f = Fields::new(root, top, DPlace::Translation, ROOT_KEYS, &mut diags);
    let translates = f.str("translates", "\"ncss-maturity\"", &mut diags);
    let version =
        f.str("version", "\"2.0.0\"", &mut diags)
            .and_then(|v| match Version::parse(v.get_ref()) {
                Ok(version) => Some(Spanned::new(v.span(), version)),
                Err(_) => {
                    diags.push(
                        Code::BadTranslationVersion
                            .error(v.span())
                            .with("version", v.get_ref()),
                    );
                    None
                }
            });
    let language = f.str("language", "\"es\"", &mut diags).and_then(|l| {
        match l.get_ref().parse::<Language>() {
            Ok(language) => Some(Spanned::new(l.span(), language)),
            Err(e) => {
                diags.push(
                    Code::BadLanguage
                        .error(l.span())
                        .with("language", e.0)
                        .with("file", "translation"),
                );
                None
            }
        }
    });
    let mut r = Read {
        texts: Vec::new(),
        places: Vec::new(),
        diags: &mut diags,
    };
    r.text(&f, "title", Text::Title);
    r.text(&f, "summary", Text::Summary);
    r.entries(&f, "stages", "stage", |r, id, t| {
        let e = Fields::new(
            t.0,
            t.1,
            DPlace::Table(format!("[stages.{id}]").into()),
            NAMED_KEYS,
            r.diags,
        );
        r.text(&e, "name", Text::StageName(id.to_owned()));
        r.text(&e, "summary", Text::StageSummary(id.to_owned()));
        Place::Stage(id.to_owned())
    });
    r.entries(&f, "pillars", "pillar", |r, id, t| {
        let e = Fields::new(
            t.0,
            t.1,
            DPlace::Table(format!("[pillars.{id}]").into()),
            NAMED_KEYS,
            r.diags,
        );
        r.text(&e, "name", Text::PillarName(id.to_owned()));
        r.text(&e, "summary", Text::PillarSummary(id.to_owned()));
        Place::Pillar(id.to_owned())
    });
    r.entries(&f, "questions", "question", |r, id, t| {
        let e = Fields::new(
            t.0,
            t.1,
            DPlace::Table(format!("[questions.{id}]").into()),
            QUESTION_KEYS,
            r.diags,
        );
        let q = || id.to_owned();
        r.text(&e, "prompt", Text::Prompt(q()));
        r.text(&e, "help", Text::Help(q()));
        r.text(&e, "evidence", Text::Evidence(q()));
        r.text(&e, "next_step", Text::NextStep(q()));
        r.entries(&e, "options", "option", |r, stage, t| {
            let what = format!("[questions.{id}.options.{stage}]");
            let o = Fields::new(t.0, t.1, DPlace::Table(what.into()), OPTION_KEYS, r.diags);
            let s = || stage.to_owned();
            r.text(&o, "text", Text::OptionText(q(), s()));
            r.text(&o, "next_step", Text::OptionNextStep(q(), s()));
            r.text(&o, "evidence", Text::OptionEvidence(q(), s()));
            Place::Option(q(), s())
        });
        Place::Question(q())
    });
    r.entries(&f, "glossary", "glossary-entry", |r, term, t| {
        let what = format!("[glossary.\"{term}\"]");
        let g = Fields::new(t.0, t.1, DPlace::Table(what.into()), GLOSSARY_KEYS, r.diags);
        r.text(&g, "term", Text::Term(term.to_owned()));
        r.text(&g, "definition", Text::Definition(term.to_owned()));
        Place::Term(term.to_owned())
    });
    let (texts, places) = (r.texts, r.places);
    let file = match (translates, version, language) {
        (Some(translates), Some(version), Some(language)) => Some(TranslationFile {
            translates,
            version,
            language,
            texts,
            places,
        }),
        _ => None,
    };
    Parsed::finish(file, diags)
}

/// The texts and places read so far.
struct Read<'d> {
    texts: Vec<(Text, Spanned<String>)>,
    places: Vec<(Place, Range<usize>)>,
    diags: &'d mut Vec<Diagnostic>,
}

/// A sub-table and its span.
type Sub<'t, 'i> = (&'t DeTable<'i>, Range<usize>);

impl Read<'_> {
    fn text(&mut self, f: &Fields<'_, '_, '_>, key: &str, text: Text) {
        if let Some(value) = f.opt_str(key, self.diags) {
            self.texts.push((text, value));
        }
    }

    /// Reads each entry of the table `key` (`[stages.ID]`, ...), which must itself be a table;
    /// `what` is an entry, in messages: `stage`, `pillar`, `question`, `option`, `glossary-entry`.
    fn entries(
        &mut self,
        f: &Fields<'_, '_, '_>,
        key: &str,
        what: &'static str,
        mut each: impl FnMut(&mut Self, &str, Sub<'_, '_>) -> Place,
    ) {
        let Some((table, _)) = f.opt_table(key, self.diags) else {
            return;
        };
        for (name, value) in table.iter() {
            let id: &str = name.get_ref();
            let Some(sub) = value.get_ref().as_table() else {
                self.diags.push(
                    Code::TextsNotATable
                        .error(value.span())
                        .with("id", id)
                        .with("key", key)
                        .with("what", what)
                        .with("found", super::fields::found(value.get_ref())),
                );
                continue;
            };
            let place = each(self, id, (sub, value.span()));
            self.places.push((place, name.span()));
        }
    }
}

#[cfg(test)]
mod tests;
