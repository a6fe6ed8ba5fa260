//! Checking a translation file against the questionnaire it translates: every id it names must
//! be there, every text it gives must have an English counterpart, and what it leaves out is
//! listed, since it is then shown in the questionnaire's own language.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::{Place, TranslationFile};
use crate::diagnostic::{Diagnostic, closest};
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
            Diagnostic::error(
                file.translates.span(),
                format!(
                    "this translates \"{}\", but the questionnaire found is \"{}\"",
                    file.translates.get_ref(),
                    q.id
                ),
            )
            .with_help(format!(
                "write translates = \"{}\" if this file translates it, or put the file beside \
                 its own questionnaire",
                q.id
            )),
        );
        return Parsed::finish(None, diags);
    }
    check_version(file, q, &mut diags);
    if q.language
        .parse()
        .is_ok_and(|own: crate::i18n::Language| own.serves(language))
    {
        diags.push(
            Diagnostic::error(
                file.language.span(),
                format!(
                    "{} {} is written in \"{}\" already",
                    q.id, q.version, q.language
                ),
            )
            .with_help("write the language this file translates the questionnaire into"),
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
                    Diagnostic::error(
                        value.span(),
                        format!(
                            "two glossary terms are translated as \"{}\"",
                            value.get_ref().trim()
                        ),
                    )
                    .with_help(
                        "each term needs its own translation, or a reader could not tell which \
                         definition a question means; make one of them more precise",
                    ),
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
    if written.major != q.version.major {
        diags.push(
            Diagnostic::error(
                file.version.span(),
                format!(
                    "this translates {} {written}, but the questionnaire is version {}",
                    q.id, q.version
                ),
            )
            .with_help(format!(
                "a new major version changes what questions mean, so a translation fits only its \
                 own major version; translate {} {} (its texts are in `cyberassess \
                 questionnaires show {}@{}` for a built-in one)",
                q.id, q.version, q.id, q.version
            )),
        );
    } else {
        diags.push(
            Diagnostic::warning(
                file.version.span(),
                format!(
                    "this translates {} {written}, and the questionnaire is version {}: texts \
                     reworded since keep their older translation",
                    q.id, q.version
                ),
            )
            .with_help(format!(
                "compare the two versions' texts, bring the translation up to date, then write \
                 version = \"{}\"",
                q.version
            )),
        );
    }
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
        // `message` says what is missing; the fix suggests the closest of `among`.
        let unknown = |message: String, id: &str, among: &[&str], never: &str| {
            let help = match closest(id, among.iter().copied()) {
                Some(best) => format!("did you mean \"{best}\"? {never}"),
                None => format!(
                    "use one of: {}. {never}; remove this table if the questionnaire no longer \
                     has it",
                    among.join(", ")
                ),
            };
            Some(Diagnostic::error(span.clone(), message).with_help(help))
        };
        const IDS: &str = "Ids are never translated";
        match place {
            Place::Stage(id) if !self.stages.contains(&id.as_str()) => unknown(
                format!("{qid} has no stage \"{id}\""),
                id,
                &self.stages,
                IDS,
            ),
            Place::Pillar(id) if !self.pillars.contains(&id.as_str()) => unknown(
                format!("{qid} has no pillar \"{id}\""),
                id,
                &self.pillars,
                IDS,
            ),
            Place::Question(id) | Place::Option(id, _)
                if !self.questions.contains(&id.as_str()) =>
            {
                unknown(
                    format!("{qid} has no question \"{id}\""),
                    id,
                    &self.questions,
                    IDS,
                )
            }
            Place::Option(id, stage) => {
                let question = self.q.find_question(id).map(|r| self.q.question(r))?;
                let QuestionKind::Choice { options } = &question.kind else {
                    return Some(
                        Diagnostic::error(
                            span,
                            format!(
                                "question `{id}` of {qid} is a yes/partly/no indicator, which \
                                 has no options"
                            ),
                        )
                        .with_help(format!(
                            "translate its texts in [questions.{id}] (prompt, help, evidence, \
                             next_step) and remove this table"
                        )),
                    );
                };
                let stages: Vec<&str> = options
                    .iter()
                    .filter_map(|o| self.stages.get(o.stage.get()).copied())
                    .collect();
                if stages.contains(&stage.as_str()) {
                    return None;
                }
                unknown(
                    format!("question `{id}` of {qid} has no option for the stage \"{stage}\""),
                    stage,
                    &stages,
                    IDS,
                )
            }
            Place::Term(term) if !self.terms.contains(&term.as_str()) => unknown(
                format!("{qid} has no glossary term \"{term}\""),
                term,
                &self.terms,
                "Glossary entries are named by the term as the questionnaire writes it",
            ),
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
    let help = match text {
        Text::NextStep(id) if !indicator => format!(
            "`{id}` is a choice question: its next steps belong to its options, in \
             [questions.{id}.options.STAGE]"
        ),
        _ => "the translation gives only the texts the questionnaire has; remove this line, or \
              add the text to the questionnaire first"
            .to_owned(),
    };
    Diagnostic::error(
        span,
        format!(
            "{} {} has no text at {text}, so it cannot be translated",
            q.id, q.version
        ),
    )
    .with_help(help)
}

/// Tables listed in the warning about texts left out; a translation just begun would list
/// hundreds, and the first ones are what to do next.
const MISSING_SHOWN: usize = 30;

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
    let n = missing.len();
    let shown = list.len().min(MISSING_SHOWN);
    let more = match list.len() - shown {
        0 => String::new(),
        1 => "; and 1 more table".to_owned(),
        more => format!("; and {more} more tables"),
    };
    Diagnostic::warning(
        file.language.span(),
        format!(
            "{n} {} of {} {} not translated, so {} shown in {}: {}",
            if n == 1 { "text" } else { "texts" },
            q.id,
            if n == 1 { "is" } else { "are" },
            if n == 1 { "it is" } else { "they are" },
            english_name(&q.language),
            list[..shown].join("; ")
        ) + &more,
    )
    .with_help(
        "add each of them under its table header, as in the questionnaire (`cyberassess \
         questionnaires show ID` prints a built-in one)",
    )
}

fn english_name(tag: &str) -> String {
    tag.parse::<crate::i18n::Language>()
        .map_or_else(|_| tag.to_owned(), |l| l.english_name().to_owned())
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
        Diagnostic::warning(
            span,
            format!(
                "{} of {uses} uses of glossary terms in the questions are not found in the \
                 translated texts, so those questions do not show the definition: {}",
                misses.len(),
                list.join(", ")
            ),
        )
        .with_help(
            "a term is found as whole words in any letter case, with a plural in -s or -es; \
             where a text needs another form (another plural, a feminine), this is expected; \
             otherwise write the term as the glossary translates it",
        ),
    )
}
