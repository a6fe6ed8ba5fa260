//! Reading an answers file into its parts, before it is checked against its questionnaire.
//!
//! [`parse_answers`] needs only the text: it yields the questionnaire reference so the loader can
//! find the questionnaire. [`super::resolve_answers`] then checks every id and value against it.

use std::borrow::Cow;
use std::fmt::{self, Display};
use std::ops::Range;

use semver::Version;
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Date;

use super::Parsed;
use super::fields::{Fields, article};
use super::parse_toml;
use crate::diagnostic::{Diagnostic, closest, one_of};
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
    let f = Fields::new(root, top, "the answers file", ROOT_KEYS, diags);
    let questionnaire = f.str("questionnaire", "\"ncss-maturity\"", diags);
    let questionnaire_version = f.opt_str("questionnaire_version", diags).and_then(|v| {
        match Version::parse(v.get_ref()) {
            Ok(version) => Some(Spanned::new(v.span(), version)),
            Err(_) => {
                diags.push(
                    Diagnostic::error(v.span(), format!("questionnaire_version \"{}\" is not of the form MAJOR.MINOR.PATCH", v.get_ref()))
                        .with_help("copy the version from the questionnaire, like \"1.0.0\", or remove the line"),
                );
                None
            }
        }
    });

    let mut info = AssessmentInfo::default();
    let mut assessed_on_span = None;
    let mut target = None;
    match f.opt_table("assessment", diags) {
        Some((table, span)) => {
            let a = Fields::new(table, span, "[assessment]", ASSESSMENT_KEYS, diags);
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
        None if f.get("assessment").is_none() => diags.push(
            Diagnostic::error(f.span(), "the answers file has no [assessment] section")
                .with_help("add [assessment] with country = \"...\" and assessed_on = 2026-01-31"),
        ),
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
                    Diagnostic::error(
                        value.span(),
                        format!(
                            "the target of `{}` must be a stage id in quotes, not {}",
                            key.get_ref(),
                            article(value.get_ref().type_str())
                        ),
                    )
                    .with_help(format!(
                        "write it like this: {} = \"established\"",
                        key.get_ref()
                    )),
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

fn read_date(a: &Fields<'_, '_, impl Display>, diags: &mut Vec<Diagnostic>) -> Option<Date> {
    let value = a.get("assessed_on")?;
    match value.get_ref() {
        DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.date,
        DeValue::String(s) => {
            diags.push(
                Diagnostic::error(value.span(), "assessed_on must be a date without quotes")
                    .with_help(super::date_help(s)),
            );
            None
        }
        _ => {
            diags.push(
                Diagnostic::error(value.span(), "assessed_on must be a date (year-month-day)")
                    .with_help(super::date_help("")),
            );
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
        Diagnostic::warning(
            file.assessed_on_span.clone(),
            format!("assessed_on {date} is {days} days after today ({today})"),
        )
        .with_help(format!(
            "write the date the assessment was made, for example assessed_on = {today}"
        )),
    )
}

/// `[assessment] language`: a language code such as `es` or `pt-BR`; anything else is an error
/// at the value.
fn read_language(written: &Spanned<String>, diags: &mut Vec<Diagnostic>) -> Option<Language> {
    match written.get_ref().parse::<Language>() {
        Ok(language) => Some(language),
        Err(e) => {
            diags.push(
                Diagnostic::error(written.span(), format!("language {e}")).with_help(
                    "write the two-letter code of the language the report is to be written \
                     in, such as \"en\" (English), \"es\" (Spanish), \"fr\" (French) or \
                     \"pt\" (Portuguese), or remove the line",
                ),
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
        let help = match closest(&word, words.iter().copied()) {
            Some(best) => format!(
                "did you mean \"{best}\"? The statuses are {}",
                one_of(&words)
            ),
            None => format!("use one of {}, or remove the line", one_of(&words)),
        };
        diags.push(
            Diagnostic::error(
                written.span(),
                format!(
                    "status \"{}\" is not a status of an assessment",
                    written.get_ref()
                ),
            )
            .with_help(help),
        );
    }
    status
}

/// Checks evidence and notes without copying them, for callers that only need the scores:
/// evidence comes back empty, notes as an empty string when there are some (so "n/a without
/// notes" still tells the two cases apart). Type errors are reported as usual.
fn skim_evidence(
    f: &Fields<'_, '_, impl Display>,
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

/// Names an answer table in messages ("the answer to `gov-strategy`"), formatted only when
/// there is a problem to report.
struct AnswerTo<'k>(&'k str);

impl Display for AnswerTo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the answer to `{}`", self.0)
    }
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
    f: &Fields<'_, '_, impl Display>,
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

/// Names a respondent's record in messages ("a respondent of the answer to `gov-budget`").
struct RespondentOf<'k>(&'k str);

impl Display for RespondentOf<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a respondent of the answer to `{}`", self.0)
    }
}

/// `[[answers.ID.respondents]]`: each needs a name, given once per question.
fn read_respondents<'a>(
    f: &Fields<'_, 'a, impl Display>,
    id: &str,
    keep_evidence: bool,
    diags: &mut Vec<Diagnostic>,
) -> Vec<RawRespondent<'a>> {
    let mut out: Vec<RawRespondent<'a>> = Vec::new();
    for (table, span) in f.tables("respondents", diags) {
        let r = Fields::new(table, span, RespondentOf(id), RESPONDENT_KEYS, diags);
        let name = r.str("name", "\"Ministry of ICT\"", diags);
        let value = r.opt_text("answer", diags).and_then(trimmed);
        let (evidence, notes) = evidence_of(&r, keep_evidence, diags);
        let Some(name) = name else { continue };
        let written = name.get_ref().trim();
        if written.is_empty() {
            diags.push(
                Diagnostic::error(
                    name.span(),
                    format!("a respondent of the answer to `{id}` has an empty name"),
                )
                .with_help("write who answered between the quotes, as in their file's assessors"),
            );
            continue;
        }
        if out.iter().any(|o| o.name == written) {
            diags.push(
                Diagnostic::error(
                    name.span(),
                    format!("respondent \"{written}\" appears twice in the answer to `{id}`"),
                )
                .with_help("keep one [[answers.ID.respondents]] section per respondent: merge the two, or rename one"),
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
            let f = Fields::new(table, id.span(), AnswerTo(id.get_ref()), ANSWER_KEYS, diags);
            if f.get("answer").is_none() {
                diags.push(
                    Diagnostic::warning(
                        id.span(),
                        format!(
                            "the answer to `{}` has no `answer`, so the question counts as unanswered",
                            id.get_ref()
                        ),
                    )
                    .with_help(
                        "add answer = \"...\" beside the notes and evidence: a stage, yes / partly / no, or n/a",
                    ),
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
                Diagnostic::error(
                    value.span(),
                    format!(
                        "the answer to `{}` must be text in quotes, not {}",
                        id.get_ref(),
                        article(other.type_str())
                    ),
                )
                .with_help(format!(
                    "write it like this: {} = \"formative\"",
                    id.get_ref()
                )),
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
        assert!(
            skim.diagnostics
                .iter()
                .any(|d| d.message.contains("every item of `evidence`"))
        );
        let (f, s) = (full.file.expect("file"), skim.file.expect("file"));
        assert_eq!(f.answers[0].evidence, ["https://e.x"]);
        assert_eq!(f.answers[0].notes.as_deref(), Some("Not here"));
        assert!(s.answers[0].evidence.is_empty());
        assert!(s.answers[0].notes.is_some(), "notes present, not copied");
        assert!(s.answers[1].notes.is_none(), "no notes stays no notes");
    }
}
