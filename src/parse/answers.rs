//! Reading an answers file into its parts, before it is checked against its questionnaire.
//!
//! [`parse_answers`] needs only the text: it yields the questionnaire reference so the loader can
//! find the questionnaire. [`super::resolve_answers`] then checks every id and value against it.

use std::borrow::Cow;
use std::ops::Range;

use semver::Version;
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Date;

use super::Parsed;
use super::fields::{Fields, found, suggest};
use super::parse_toml;
use crate::diagnostic::{Arg, Code, Diagnostic, Place, closest};
use crate::i18n::Language;
use crate::model::{AssessmentInfo, Status};

/// The keys of each table of an answers file: unknown keys are reported, and the JSON Schema
/// ([`crate::schema`]) lists exactly these.
pub(crate) const ROOT_KEYS: &[&str] = &[
    "questionnaire",
    "questionnaire_version",
    "assessment",
    "targets",
    "answers",
];
pub(crate) const ASSESSMENT_KEYS: &[&str] = &[
    "country",
    "assessed_on",
    "assessors",
    "target",
    "marking",
    "status",
    "language",
];
pub(crate) const ANSWER_KEYS: &[&str] = &["answer", "evidence", "notes", "disputed", "respondents"];
pub(crate) const RESPONDENT_KEYS: &[&str] = &["name", "answer", "evidence", "notes"];

/// The value written for "not applicable".
pub const NOT_APPLICABLE: &str = "n/a";

/// An answers file as written, before it is checked against its questionnaire. Question ids and
/// answer values borrow from the file's text (`'a`), so reading thousands of files does not
/// copy each one.
#[derive(Debug, Clone)]
pub struct AnswersFile<'a> {
    /// Built-in questionnaire id, or a path relative to the answers file.
    pub questionnaire: Spanned<String>,
    /// The questionnaire version the answers were written for.
    pub questionnaire_version: Option<Spanned<Version>>,
    /// The `[assessment]` details.
    pub info: AssessmentInfo,
    /// Where `assessed_on` is written, for messages about the date.
    pub assessed_on_span: Option<Range<usize>>,
    /// `assessment.target`, a stage id.
    pub target: Option<Spanned<String>>,
    /// `[targets]`: pillar id → stage id.
    pub targets: Vec<(Spanned<String>, Spanned<String>)>,
    /// `[answers]`, in file order.
    pub answers: Vec<RawAnswer<'a>>,
}

/// One entry of `[answers]` as written.
#[derive(Debug, Clone)]
pub struct RawAnswer<'a> {
    /// The question id (the key).
    pub id: Spanned<Cow<'a, str>>,
    /// The answer value, trimmed; `None` when empty or left out, which means unanswered.
    pub value: Option<Spanned<Cow<'a, str>>>,
    /// Evidence references.
    pub evidence: Vec<String>,
    /// Notes.
    pub notes: Option<String>,
    /// `disputed = true`: the respondents disagree and the answer is not settled yet.
    pub disputed: bool,
    /// `[[answers.ID.respondents]]`: what each respondent answered.
    pub respondents: Vec<RawRespondent<'a>>,
}

/// One respondent's record of an answer (`[[answers.ID.respondents]]`), as written.
#[derive(Debug, Clone)]
pub struct RawRespondent<'a> {
    /// Who answered.
    pub name: String,
    /// Their answer, trimmed; `None` when empty or left out.
    pub value: Option<Spanned<Cow<'a, str>>>,
    /// The evidence they cited.
    pub evidence: Vec<String>,
    /// Their notes.
    pub notes: Option<String>,
}

/// Parses an answers file's structure; ids and values are checked later by
/// [`super::resolve_answers`].
pub fn parse_answers(text: &str) -> Parsed<AnswersFile<'_>> {
    let root = match parse_toml(text) {
        Ok(root) => root,
        Err(diags) => return Parsed::finish(None, diags),
    };
    answers_from_table(root.get_ref(), text)
}

/// Reads an answers file from an already parsed TOML document.
pub(super) fn answers_from_table<'a>(root: &DeTable<'a>, text: &str) -> Parsed<AnswersFile<'a>> {
    let draft = draft_from_table(root, text, true);
    Parsed::finish(draft.file, draft.diagnostics)
}

/// An answers file read as far as it could be, even with errors, so that checking it against its
/// questionnaire can still report the other problems in the same run.
#[derive(Debug, Clone)]
pub struct AnswersDraft<'a> {
    /// The file, present whenever it names its questionnaire.
    pub file: Option<AnswersFile<'a>>,
    /// Errors and warnings found so far.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads an answers file into a draft (see [`AnswersDraft`]); without `keep_evidence`, evidence and
/// notes are checked but not kept.
pub(super) fn draft_from_table<'a>(
    root: &DeTable<'a>,
    text: &str,
    keep_evidence: bool,
) -> AnswersDraft<'a> {
    let mut diagnostics = Vec::new();
    let file = read_file(root, first_line(text), keep_evidence, &mut diagnostics);
    AnswersDraft { file, diagnostics }
}

fn first_line(text: &str) -> Range<usize> {
    0..text.find('\n').unwrap_or(text.len())
}

fn read_file<'a>(
    root: &DeTable<'a>,
    top: Range<usize>,
    keep_evidence: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<AnswersFile<'a>> {
    let f = Fields::new(root, top, Place::AnswersFile, ROOT_KEYS, diags);
    let questionnaire = f.str("questionnaire", "\"ncss-maturity\"", diags);
    let questionnaire_version =
        f.opt_str("questionnaire_version", diags)
            .and_then(|v| match Version::parse(v.get_ref()) {
                Ok(version) => Some(Spanned::new(v.span(), version)),
                Err(_) => {
                    diags.push(
                        Code::BadVersion
                            .error(v.span())
                            .with("version", v.get_ref()),
                    );
                    None
                }
            });

    let mut info = AssessmentInfo::default();
    let mut assessed_on_span = None;
    let mut target = None;
    match f.opt_table("assessment", diags) {
        Some((table, span)) => {
            let a = Fields::new(table, span, Place::Assessment, ASSESSMENT_KEYS, diags);
            info.country = a
                .str("country", "\"Exampleland\"", diags)
                .map(Spanned::into_inner)
                .unwrap_or_default();
            info.assessed_on = read_date(&a, diags);
            assessed_on_span = a.get("assessed_on").map(Spanned::span);
            info.assessors = a
                .opt_str_list("assessors", diags)
                .unwrap_or_default()
                .into_iter()
                .map(Spanned::into_inner)
                .collect();
            target = a.opt_str("target", diags);
            info.marking = a.opt_str("marking", diags).map(Spanned::into_inner);
            info.status = a
                .opt_str("status", diags)
                .and_then(|s| read_status(&s, diags));
            info.language = a
                .opt_str("language", diags)
                .and_then(|l| read_language(&l, diags));
        }
        None if f.get("assessment").is_none() => diags.push(Code::NoAssessment.error(f.span())),
        None => {}
    }

    let mut targets = Vec::new();
    if let Some((table, _)) = f.opt_table("targets", diags) {
        for (key, value) in table.iter() {
            match value.get_ref().as_str() {
                Some(stage) => targets.push((
                    Spanned::new(key.span(), key.get_ref().to_string()),
                    Spanned::new(value.span(), stage.to_owned()),
                )),
                None => diags.push(
                    Code::TargetNotText
                        .error(value.span())
                        .with("pillar", key.get_ref().as_ref())
                        .with("found", found(value.get_ref())),
                ),
            }
        }
    }

    let mut answers = Vec::new();
    if let Some((table, _)) = f.opt_table("answers", diags) {
        for (key, value) in table.iter() {
            let id = Spanned::new(key.span(), key.get_ref().clone());
            if let Some(answer) = read_answer(id, value, keep_evidence, diags) {
                answers.push(answer);
            }
        }
        answers.sort_by_key(|a| a.id.span().start);
    }

    Some(AnswersFile {
        questionnaire: questionnaire?,
        questionnaire_version,
        info,
        assessed_on_span,
        target,
        targets,
        answers,
    })
}

fn read_date(a: &Fields<'_, '_, '_>, diags: &mut Vec<Diagnostic>) -> Option<Date> {
    let value = a.get("assessed_on")?;
    match value.get_ref() {
        DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.date,
        DeValue::String(s) => {
            diags.push(super::date_hint(Code::DateInQuotes.error(value.span()), s));
            None
        }
        _ => {
            diags.push(super::date_hint(Code::NotADate.error(value.span()), ""));
            None
        }
    }
}

/// How many days after today an assessment date may be before it is taken for a typo: a few,
/// so that a workshop's date written the week before, or in another time zone, passes.
pub const FUTURE_DAYS_ALLOWED: i64 = 7;

/// How many days `date` is after `today`, when that is more than [`FUTURE_DAYS_ALLOWED`] (the
/// caller reads `today` from its clock; this module never does).
pub fn days_in_the_future(date: Date, today: jiff::civil::Date) -> Option<i32> {
    let written = jiff::civil::Date::new(
        i16::try_from(date.year).ok()?,
        i8::try_from(date.month).ok()?,
        i8::try_from(date.day).ok()?,
    )
    .ok()?;
    let days = (written - today).get_days();
    (i64::from(days) > FUTURE_DAYS_ALLOWED).then_some(days)
}

/// A warning when `assessed_on` is more than [`FUTURE_DAYS_ALLOWED`] days after `today`.
pub fn future_date_warning(file: &AnswersFile<'_>, today: jiff::civil::Date) -> Option<Diagnostic> {
    let date = file.info.assessed_on?;
    let days = days_in_the_future(date, today)?;
    Some(
        Code::FutureDate
            .warning(file.assessed_on_span.clone())
            .with("date", date.to_string())
            .with("days", days)
            .with("today", today.to_string()),
    )
}

/// `[assessment] language`: a language code such as `es` or `pt-BR`; anything else is an error
/// at the value.
fn read_language(written: &Spanned<String>, diags: &mut Vec<Diagnostic>) -> Option<Language> {
    match written.get_ref().parse::<Language>() {
        Ok(language) => Some(language),
        Err(e) => {
            diags.push(
                Code::BadLanguage
                    .error(written.span())
                    .with("language", e.0)
                    .with("file", "answers"),
            );
            None
        }
    }
}

fn read_status(written: &Spanned<String>, diags: &mut Vec<Diagnostic>) -> Option<Status> {
    let word = written.get_ref().trim().to_lowercase();
    let status = Status::from_word(&word);
    if status.is_none() {
        let words: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        let d = Code::UnknownStatus
            .error(written.span())
            .with("status", written.get_ref())
            .with("statuses", Arg::choices(&words));
        diags.push(suggest(d, closest(&word, words.iter().copied())));
    }
    status
}

/// Checks evidence and notes without copying them, for callers that only need the scores:
/// evidence comes back empty, notes as an empty string when there are some (so "n/a without
/// notes" still tells the two cases apart). Type errors are reported as usual.
fn skim_evidence(
    f: &Fields<'_, '_, '_>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Spanned<String>>, Option<String>) {
    let is_text = |v: &DeValue<'_>| v.as_str().is_some();
    let evidence_ok = f.get("evidence").is_none_or(|v| match v.get_ref() {
        DeValue::Array(items) => items.iter().all(|i| is_text(i.get_ref())),
        other => is_text(other),
    });
    if !evidence_ok {
        let _ = f.opt_str_list("evidence", diags);
    }
    let notes = match f.get("notes") {
        Some(v) => match v.get_ref().as_str() {
            Some(text) => (!text.trim().is_empty()).then(String::new),
            None => f.opt_str("notes", diags).map(Spanned::into_inner),
        },
        None => None,
    };
    (Vec::new(), notes)
}

/// An answer value without surrounding spaces, still borrowed from the text when it was.
fn trimmed(value: Spanned<Cow<'_, str>>) -> Option<Spanned<Cow<'_, str>>> {
    let span = value.span();
    let text = match value.into_inner() {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim()),
        Cow::Owned(s) if s.trim().len() == s.len() => Cow::Owned(s),
        Cow::Owned(s) => Cow::Owned(s.trim().to_owned()),
    };
    (!text.is_empty()).then(|| Spanned::new(span, text))
}

/// The evidence and notes of an answer or a respondent's record (see [`skim_evidence`]).
fn evidence_of(
    f: &Fields<'_, '_, '_>,
    keep_evidence: bool,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<String>, Option<String>) {
    let (evidence, notes) = if keep_evidence {
        let evidence = f.opt_str_list("evidence", diags).unwrap_or_default();
        let notes = f.opt_str("notes", diags).map(Spanned::into_inner);
        (evidence, notes.filter(|n| !n.trim().is_empty()))
    } else {
        skim_evidence(f, diags)
    };
    let evidence = evidence
        .into_iter()
        .map(Spanned::into_inner)
        .filter(|e| !e.trim().is_empty())
        .collect();
    (evidence, notes)
}

/// `[[answers.ID.respondents]]`: each needs a name, given once per question.
fn read_respondents<'a>(
    f: &Fields<'_, 'a, '_>,
    id: &str,
    keep_evidence: bool,
    diags: &mut Vec<Diagnostic>,
) -> Vec<RawRespondent<'a>> {
    let mut out: Vec<RawRespondent<'a>> = Vec::new();
    for (table, span) in f.tables("respondents", diags) {
        let r = Fields::new(
            table,
            span,
            Place::Respondent(id.into()),
            RESPONDENT_KEYS,
            diags,
        );
        let name = r.str("name", "\"Ministry of ICT\"", diags);
        let value = r.opt_text("answer", diags).and_then(trimmed);
        let (evidence, notes) = evidence_of(&r, keep_evidence, diags);
        let Some(name) = name else { continue };
        let written = name.get_ref().trim();
        if written.is_empty() {
            diags.push(
                Code::EmptyRespondentName
                    .error(name.span())
                    .with("question", id),
            );
            continue;
        }
        if out.iter().any(|o| o.name == written) {
            diags.push(
                Code::DuplicateRespondent
                    .error(name.span())
                    .with("name", written)
                    .with("question", id),
            );
            continue;
        }
        out.push(RawRespondent {
            name: written.to_owned(),
            value,
            evidence,
            notes,
        });
    }
    out
}

fn read_answer<'a>(
    id: Spanned<Cow<'a, str>>,
    value: &Spanned<DeValue<'a>>,
    keep_evidence: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<RawAnswer<'a>> {
    match value.get_ref() {
        DeValue::String(s) => Some(RawAnswer {
            value: trimmed(Spanned::new(value.span(), s.clone())),
            id,
            evidence: Vec::new(),
            notes: None,
            disputed: false,
            respondents: Vec::new(),
        }),
        DeValue::Table(table) => {
            let f = Fields::new(
                table,
                id.span(),
                Place::Answer(id.get_ref().as_ref().into()),
                ANSWER_KEYS,
                diags,
            );
            if f.get("answer").is_none() {
                diags.push(
                    Code::NoAnswerValue
                        .warning(id.span())
                        .with("question", id.get_ref().as_ref()),
                );
            }
            let answer = f.opt_text("answer", diags);
            let (evidence, notes) = evidence_of(&f, keep_evidence, diags);
            let disputed = f
                .opt_bool("disputed", diags)
                .is_some_and(Spanned::into_inner);
            let respondents = read_respondents(&f, id.get_ref(), keep_evidence, diags);
            Some(RawAnswer {
                value: answer.and_then(trimmed),
                id,
                evidence,
                notes,
                disputed,
                respondents,
            })
        }
        other => {
            diags.push(
                Code::AnswerNotText
                    .error(value.span())
                    .with("question", id.get_ref().as_ref())
                    .with("found", found(other)),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Document, parse_document_with};

    const TEXT: &str = "questionnaire = \"q\"\n[assessment]\ncountry = \"X\"\n[answers]\n\
        a = { answer = \"n/a\", notes = \"Not here\", evidence = [\"https://e.x\"] }\n\
        b = { answer = \"n/a\" }\nc = { answer = \"x\", evidence = [1] }\n";

    fn draft(keep_evidence: bool) -> AnswersDraft<'static> {
        match parse_document_with(TEXT, keep_evidence) {
            Ok(Document::Answers(d)) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn escaped_or_padded_answers_read_like_plain_ones() {
        let text = "questionnaire = \"q\"\n[assessment]\ncountry = \"X\"\n[answers]\n\
            a = \" formative \"\nb = \"\\u0066ormative\"\n\"\\u0063\" = { answer = \"\\tstart \" }\n\
            d = \"  \"\ne = { answer = \"\\t\" }\n";
        let file = parse_answers(text).value.expect("parses");
        let read: Vec<(&str, Option<&str>)> = file
            .answers
            .iter()
            .map(|a| {
                (
                    a.id.get_ref().as_ref(),
                    a.value.as_ref().map(|v| v.get_ref().as_ref()),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("a", Some("formative")),
                ("b", Some("formative")),
                ("c", Some("start")),
                ("d", None),
                ("e", None)
            ]
        );
    }

    #[test]
    fn skimming_details_keeps_checks_and_tells_notes_apart() {
        let (full, skim) = (draft(true), draft(false));
        assert_eq!(
            full.diagnostics, skim.diagnostics,
            "same problems found either way"
        );
        assert!(skim.diagnostics.iter().any(
            |d| d.code == Code::ListItemNotText && d.arg("key") == Some(&Arg::from("evidence"))
        ));
        let (f, s) = (full.file.expect("file"), skim.file.expect("file"));
        assert_eq!(f.answers[0].evidence, ["https://e.x"]);
        assert_eq!(f.answers[0].notes.as_deref(), Some("Not here"));
        assert!(s.answers[0].evidence.is_empty());
        assert!(s.answers[0].notes.is_some(), "notes present, not copied");
        assert!(s.answers[1].notes.is_none(), "no notes stays no notes");
    }
}
