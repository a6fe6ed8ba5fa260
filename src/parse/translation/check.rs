//! Checking a translation file against the questionnaire it translates: every id it names must
//! be there, every text it gives must have an English counterpart, and what it leaves out is
//! listed, since it is then shown in the questionnaire's own language.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::{Place, TranslationFile};
use crate::diagnostic::{Arg, Code, Diagnostic, closest};
use crate::model::{QuestionKind, Questionnaire, Text, Translation, mentions, texts_of, translate};
use crate::parse::Parsed;

/// Checks `file` against `q`, the questionnaire it translates: an id `q` does not have, or a
/// text where `q` has none, is an error (the questionnaire's structure changed, or the id is
/// misspelt); a text `q` has and `file` does not is a warning listing them all; another major
/// version is an error, another minor or patch version a warning.
pub fn check_translation(file: &TranslationFile, q: &Questionnaire) -> Parsed<Translation> {
    let mut diags = Vec::new();
    let language = file.language.get_ref();
    if file.translates.get_ref() != &q.id {
        diags.push(
            Code::TranslatesOther
                .error(file.translates.span())
                .with("translates", file.translates.get_ref())
                .with("questionnaire", &q.id),
        );
        return Parsed::finish(None, diags);
    }
    check_version(file, q, &mut diags);
    if q.language
        .parse()
        .is_ok_and(|own: crate::i18n::Language| own.serves(language))
    {
        diags.push(
            Code::TranslationSameLanguage
                .error(file.language.span())
                .with("questionnaire", format!("{} {}", q.id, q.version))
                .with("language", &q.language),
        );
    }
    let english: Vec<(Text, &str)> = texts_of(q);
    let slots: HashSet<&Text> = english.iter().map(|(t, _)| t).collect();
    let known = Known::of(q);
    let mut unknown: Vec<Place> = Vec::new();
    for (place, span) in &file.places {
        if let Some(d) = known.check(place, span.clone()) {
            diags.push(d);
            unknown.push(place.clone());
        }
    }
    let mut texts = HashMap::new();
    let mut terms: HashSet<String> = HashSet::new();
    for (text, value) in &file.texts {
        if Place::of(text).is_some_and(|p| unknown.contains(&p)) {
            continue;
        }
        if !slots.contains(text) {
            diags.push(no_such_text(text, value.span(), q));
            continue;
        }
        if value.get_ref().trim().is_empty() {
            continue;
        }
        if let Text::Term(_) = text {
            let key = value.get_ref().trim().to_lowercase();
            if terms.contains(&key) {
                diags.push(
                    Code::TranslationDuplicateTerm
                        .error(value.span())
                        .with("term", value.get_ref().trim()),
                );
                continue;
            }
            terms.insert(key);
        }
        texts.insert(text.clone(), value.get_ref().trim().to_owned());
    }
    let missing: Vec<&Text> = english
        .iter()
        .map(|(t, _)| t)
        .filter(|t| !texts.contains_key(*t))
        .collect();
    if !missing.is_empty() {
        diags.push(missing_texts(&missing, file, q));
    }
    let translation = Translation {
        translates: q.id.clone(),
        version: file.version.get_ref().clone(),
        language: language.clone(),
        texts,
    };
    if !diags.iter().any(Diagnostic::is_error) {
        diags.extend(glossary_matching(q, &translation, file));
    }
    Parsed::finish(Some(translation), diags)
}

fn check_version(file: &TranslationFile, q: &Questionnaire, diags: &mut Vec<Diagnostic>) {
    let written = file.version.get_ref();
    if written == &q.version {
        return;
    }
    let d = if written.major != q.version.major {
        Code::TranslationMajorVersion.error(file.version.span())
    } else {
        Code::TranslationMinorVersion.warning(file.version.span())
    };
    diags.push(
        d.with("id", &q.id)
            .with("written", written.to_string())
            .with("version", q.version.to_string()),
    );
}

/// The ids of the questionnaire, to check the places a translation names.
struct Known<'q> {
    q: &'q Questionnaire,
    stages: Vec<&'q str>,
    pillars: Vec<&'q str>,
    questions: Vec<&'q str>,
    terms: Vec<&'q str>,
}

impl<'q> Known<'q> {
    fn of(q: &'q Questionnaire) -> Self {
        Known {
            q,
            stages: q.stages.iter().map(|s| s.id.as_str()).collect(),
            pillars: q.pillars.iter().map(|p| p.id.as_str()).collect(),
            questions: q.questions().map(|(_, x)| x.id.as_str()).collect(),
            terms: q.glossary.iter().map(|g| g.term.as_str()).collect(),
        }
    }

    /// The error for a place the questionnaire does not have, if it does not.
    fn check(&self, place: &Place, span: Range<usize>) -> Option<Diagnostic> {
        let qid = format!("{} {}", self.q.id, self.q.version);
        // `what` names the kind of id; the fix suggests the closest of `among`.
        let unknown = |what: &'static str, id: &str, among: &[&str]| {
            let d = Code::TranslationUnknownId
                .error(span.clone())
                .with("what", what)
                .with("questionnaire", qid.as_str())
                .with("id", id)
                .with("among", among.join(", "));
            Some(match closest(id, among.iter().copied()) {
                Some(best) => d.with("hint", "typo").with("suggestion", best),
                None => d.with("hint", "list"),
            })
        };
        match place {
            Place::Stage(id) if !self.stages.contains(&id.as_str()) => {
                unknown("stage", id, &self.stages)
            }
            Place::Pillar(id) if !self.pillars.contains(&id.as_str()) => {
                unknown("pillar", id, &self.pillars)
            }
            Place::Question(id) | Place::Option(id, _)
                if !self.questions.contains(&id.as_str()) =>
            {
                unknown("question", id, &self.questions)
            }
            Place::Option(id, stage) => {
                let question = self.q.find_question(id).map(|r| self.q.question(r))?;
                let QuestionKind::Choice { options } = &question.kind else {
                    return Some(
                        Code::TranslationIndicatorOptions
                            .error(span)
                            .with("id", id)
                            .with("questionnaire", qid.as_str()),
                    );
                };
                let stages: Vec<&str> = options
                    .iter()
                    .filter_map(|o| self.stages.get(o.stage.get()).copied())
                    .collect();
                if stages.contains(&stage.as_str()) {
                    return None;
                }
                unknown("option", stage, &stages).map(|d| d.with("question", id))
            }
            Place::Term(term) if !self.terms.contains(&term.as_str()) => {
                unknown("term", term, &self.terms)
            }
            _ => None,
        }
    }
}

/// A text the questionnaire does not have in that place (a question without help, an option
/// without evidence): the structure changed, or the key is in the wrong table.
fn no_such_text(text: &Text, span: Range<usize>, q: &Questionnaire) -> Diagnostic {
    let indicator = text
        .question()
        .and_then(|id| q.find_question(id))
        .is_some_and(|r| q.question(r).is_indicator());
    let d = Code::TranslationNoSuchText
        .error(span)
        .with("questionnaire", format!("{} {}", q.id, q.version))
        .with("text", text.to_string());
    match text {
        Text::NextStep(id) if !indicator => d.with("hint", "next-step").with("id", id),
        _ => d.with("hint", "remove").with("id", ""),
    }
}

/// Tables listed in the warning about texts left out; a translation just begun would list
/// hundreds, and the first few are what to do next (`check` counts the texts of each file).
const MISSING_SHOWN: usize = 5;

/// One warning listing the texts left out, table by table, at the `language` line.
fn missing_texts(missing: &[&Text], file: &TranslationFile, q: &Questionnaire) -> Diagnostic {
    let mut by_table: BTreeMap<(usize, String), Vec<&str>> = BTreeMap::new();
    for (order, text) in missing.iter().enumerate() {
        let table = text.table();
        let first = by_table
            .keys()
            .find(|(_, t)| *t == table)
            .map_or(order, |(o, _)| *o);
        by_table
            .entry((first, table))
            .or_default()
            .push(text.field());
    }
    let list: Vec<String> = by_table
        .into_iter()
        .map(|((_, table), fields)| match table.as_str() {
            "" => fields.join(", "),
            _ => format!("[{table}] {}", fields.join(", ")),
        })
        .collect();
    let shown = list.len().min(MISSING_SHOWN);
    Code::TranslationMissingTexts
        .warning(file.language.span())
        .with("count", missing.len())
        .with("questionnaire", &q.id)
        .with("language", Arg::Language(q.language.clone()))
        .with("list", list[..shown].join("; "))
        .with("more", list.len() - shown)
}

/// A question whose texts use a glossary term in the questionnaire's language, but whose
/// translated texts do not use the term's translation: it would not show that definition.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct GlossaryMiss {
    /// The question id.
    pub question: String,
    /// The term as the questionnaire writes it.
    pub term: String,
    /// The term as the translation writes it.
    pub translated: String,
}

/// How many times the questions use a glossary term, and the uses the translated texts lose.
/// Word forms differ between languages (a plural such as "ações" for "ação"), so a loss is a
/// warning, with every case listed.
pub fn glossary_misses(q: &Questionnaire, t: &Translation) -> (usize, Vec<GlossaryMiss>) {
    let translated = translate(q, t);
    let mut uses = 0;
    let mut misses = Vec::new();
    for ((_, original), (_, question)) in q.questions().zip(translated.questions()) {
        for (english, term) in q.glossary.iter().zip(&translated.glossary) {
            if !original.texts().any(|x| mentions(x, &english.term)) {
                continue;
            }
            uses += 1;
            if !question.texts().any(|x| mentions(x, &term.term)) {
                misses.push(GlossaryMiss {
                    question: question.id.clone(),
                    term: english.term.clone(),
                    translated: term.term.clone(),
                });
            }
        }
    }
    (uses, misses)
}

/// The warning for the uses of glossary terms a translation loses, at the first term lost.
fn glossary_matching(
    q: &Questionnaire,
    t: &Translation,
    file: &TranslationFile,
) -> Option<Diagnostic> {
    let (uses, misses) = glossary_misses(q, t);
    let first = misses.first()?;
    let span = file
        .places
        .iter()
        .find(|(p, _)| *p == Place::Term(first.term.clone()))
        .map_or_else(|| file.language.span(), |(_, s)| s.clone());
    let list: Vec<String> = misses
        .iter()
        .map(|m| format!("{} (\"{}\")", m.question, m.translated))
        .collect();
    Some(
        Code::TranslationGlossaryMisses
            .warning(span)
            .with("count", misses.len())
            .with("uses", uses)
            .with("list", list.join(", ")),
    )
}
