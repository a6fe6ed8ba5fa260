//! Starting an assessment on a new major version of a questionnaire from an answers file written
//! for the previous one: the answers of the questions that declare `replaces = "old-id"` are
//! carried over (with their evidence and notes), each marked for review by a first notes line;
//! every other question is left unanswered.
//!
//! Pure: takes the two questionnaires and the old assessment, returns what to write. Writing the
//! template or running the fill flow is the caller's job.

use std::sync::OnceLock;

use crate::i18n::Locale;
use crate::model::{
    Answer, Assessment, QuestionKind, QuestionRef, Questionnaire, Response, StageIndex,
};
use crate::t;

/// What a new answers file starts from: the old file's details and the carried-over answers.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CarryOver<'q> {
    /// `id@version` of the questionnaire the old answers were written for.
    pub from: String,
    /// Country of the old file.
    pub country: String,
    /// Who answered the old file.
    pub assessors: Vec<String>,
    /// The old overall target, as a stage of the new questionnaire (when it has that stage).
    pub target: Option<StageIndex>,
    /// The old file's handling label.
    pub marking: Option<String>,
    /// The answers carried over, in the new questionnaire's order, review note first in notes.
    pub answers: Vec<(QuestionRef, Answer)>,
    /// `(new id, old id)` of every answer carried over, in the same order.
    pub carried: Vec<(&'q str, &'q str)>,
    /// The questions of the new questionnaire left unanswered, with why.
    pub left: Vec<(&'q str, Left)>,
}

/// Why a question of the new version is left unanswered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Left {
    /// It declares no `replaces`: it is new, or its meaning changed.
    NewOrChanged,
    /// The question it replaces was not answered in the old file.
    OldUnanswered,
    /// The old answer is not an answer this question takes (another kind or stage).
    DoesNotFit,
}

/// Why an answers file cannot be carried over to a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CarryError {
    /// The old answers are for another questionnaire.
    #[error("the answers are for {old}, not {new}")]
    OtherQuestionnaire {
        /// The old answers' questionnaire id.
        old: String,
        /// The new questionnaire's id.
        new: String,
    },
    /// The old answers are for a version that is not the previous major version.
    #[error(
        "the answers are for version {old}; answers carry over only from the major version before {new}"
    )]
    NotPreviousMajor {
        /// The old answers' questionnaire version.
        old: String,
        /// The new questionnaire's version.
        new: String,
    },
}

/// Carries the answers of `old` (written for `old_q`) over to `new_q`; the note asking for each
/// answer's review is written in `locale`, the language of the file being started.
pub fn carry_over<'q>(
    old_q: &Questionnaire,
    old: &Assessment,
    new_q: &'q Questionnaire,
    locale: Locale,
) -> Result<CarryOver<'q>, CarryError> {
    if old_q.id != new_q.id {
        return Err(CarryError::OtherQuestionnaire {
            old: old_q.id.clone(),
            new: new_q.id.clone(),
        });
    }
    if old_q.version.major + 1 != new_q.version.major {
        return Err(CarryError::NotPreviousMajor {
            old: old_q.version.to_string(),
            new: new_q.version.to_string(),
        });
    }
    let from = old_q.id_version();
    let mut out = CarryOver {
        from: from.clone(),
        country: old.info.country.clone(),
        assessors: old.info.assessors.clone(),
        target: old_q
            .stages
            .get(old.overall_target.get())
            .and_then(|s| new_q.stage_index(&s.id)),
        marking: old.info.marking.clone(),
        answers: Vec::new(),
        carried: Vec::new(),
        left: Vec::new(),
    };
    for (r, question) in new_q.questions() {
        let Some(old_id) = question.replaces.as_deref() else {
            out.left.push((&question.id, Left::NewOrChanged));
            continue;
        };
        let Some(old_answer) = old_q
            .find_question(old_id)
            .and_then(|o| old.answers.get(&o))
        else {
            out.left.push((&question.id, Left::OldUnanswered));
            continue;
        };
        let Some(response) = translate(old_q, old_answer.response, new_q, &question.kind) else {
            out.left.push((&question.id, Left::DoesNotFit));
            continue;
        };
        let mark = review_note(locale, &from, old_id);
        let notes = match old_answer.notes.as_deref() {
            Some(notes) => format!("{mark}\n{notes}"),
            None => mark,
        };
        out.answers.push((
            r,
            Answer {
                response,
                evidence: old_answer.evidence.clone(),
                notes: Some(notes),
            },
        ));
        out.carried.push((&question.id, old_id));
    }
    Ok(out)
}

/// The old response as an answer to a question of `kind` in `new_q`, if it is one.
fn translate(
    old_q: &Questionnaire,
    response: Response,
    new_q: &Questionnaire,
    kind: &QuestionKind,
) -> Option<Response> {
    match (response, kind) {
        (Response::NotApplicable, _) => Some(Response::NotApplicable),
        (Response::Stage(s), QuestionKind::Choice { options }) => {
            let stage = new_q.stage_index(&old_q.stage(s)?.id)?;
            options
                .iter()
                .any(|o| o.stage == stage)
                .then_some(Response::Stage(stage))
        }
        (Response::Indicator(a), QuestionKind::Indicator { .. }) => Some(Response::Indicator(a)),
        _ => None,
    }
}

/// Whether this answer was carried over and not reviewed yet: its notes start with the review
/// line.
pub fn needs_review(answer: &Answer) -> bool {
    answer
        .notes
        .as_deref()
        .and_then(|n| n.lines().next())
        .is_some_and(is_review_line)
}

/// The notes without their review line (`None` when nothing else is left).
pub fn reviewed_notes(notes: Option<&str>) -> Option<String> {
    let notes = notes?;
    let rest = match notes.split_once('\n') {
        Some((first, rest)) if is_review_line(first) => rest,
        None if is_review_line(notes) => "",
        _ => notes,
    };
    Some(rest.trim().to_owned()).filter(|r| !r.is_empty())
}

/// The review note of an answer carried over from question `question` of `from` (`id@version`).
pub fn review_note(locale: Locale, from: &str, question: &str) -> String {
    t!(
        locale,
        "template-review-note",
        from = from,
        question = question
    )
}

/// Whether `line` is the review note of a carried-over answer, in any language: a file started
/// in one language is read back whatever the language of the run that reads it.
pub fn is_review_line(line: &str) -> bool {
    let line = line.trim();
    review_marks().iter().any(|(start, end)| {
        line.len() > start.len() + end.len()
            && line.starts_with(start.as_str())
            && line.ends_with(end.as_str())
    })
}

/// What the review note of each language starts and ends with, around its two variables;
/// worked out once from the catalogue, as reading answers files asks for it on every note.
fn review_marks() -> &'static [(String, String)] {
    static MARKS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    MARKS.get_or_init(|| {
        // A character no note holds stands for the variables, to split the text around them.
        const SLOT: &str = "\u{1}";
        let mut marks: Vec<(String, String)> = Vec::new();
        for locale in Locale::ALL {
            let text = review_note(locale, SLOT, SLOT);
            if let (Some(first), Some(last)) = (text.find(SLOT), text.rfind(SLOT)) {
                let mark = (
                    text[..first].to_owned(),
                    text[last + SLOT.len()..].to_owned(),
                );
                if !mark.0.is_empty() && !mark.1.is_empty() && !marks.contains(&mark) {
                    marks.push(mark);
                }
            }
        }
        marks
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

    const OLD: &str = include_str!("../tests/fixtures/versions/mini-1.0.0.toml");
    const NEW: &str = include_str!("../tests/fixtures/versions/mini-2.0.0.toml");
    const ANSWERS: &str = include_str!("../tests/fixtures/versions/answers-1.0.0.toml");

    fn load() -> (Questionnaire, Questionnaire, Assessment) {
        let old_q = parse_questionnaire(OLD).value.expect("old parses");
        let new_q = parse_questionnaire(NEW).value.expect("new parses");
        let file = parse_answers(ANSWERS).value.expect("answers parse");
        let old = resolve_answers(&file, &old_q)
            .value
            .expect("answers resolve");
        (old_q, new_q, old)
    }

    #[test]
    fn carries_over_exactly_the_declared_questions() {
        let (old_q, new_q, old) = load();
        let c = carry_over(&old_q, &old, &new_q, Locale::En).expect("carries over");
        assert_eq!(
            c.carried,
            [
                ("a-plan", "a-plan"),
                ("a-lead", "a-owner"),
                ("b-na", "b-na")
            ]
        );
        assert_eq!(
            c.left,
            [
                ("a-budget", Left::NewOrChanged),
                ("b-team", Left::DoesNotFit),
                ("b-drill", Left::OldUnanswered),
                ("b-new", Left::NewOrChanged),
            ]
        );
        assert_eq!(c.country, "Testland");
        assert_eq!(c.assessors, ["Ministry of ICT"]);
        assert_eq!(c.target, new_q.stage_index("working"));
        assert_eq!(c.marking.as_deref(), Some("TLP:AMBER"));
        let (r, lead) = &c.answers[1];
        assert_eq!(new_q.question(*r).id, "a-lead");
        assert_eq!(lead.response, Response::Stage(StageIndex::new(1)));
        assert_eq!(lead.evidence, ["Decree 4/2025"]);
        assert_eq!(
            lead.notes.as_deref(),
            Some("Carried over from mini-versions@1.0.0 `a-owner`: review.\nActing lead only.")
        );
        assert!(c.answers.iter().all(|(_, a)| needs_review(a)));
        assert_eq!(
            reviewed_notes(lead.notes.as_deref()).as_deref(),
            Some("Acting lead only.")
        );
        assert_eq!(reviewed_notes(c.answers[0].1.notes.as_deref()), None);
    }

    #[test]
    fn refuses_another_questionnaire_or_version() {
        let (old_q, new_q, old) = load();
        assert!(matches!(
            carry_over(&new_q, &old, &new_q, Locale::En),
            Err(CarryError::NotPreviousMajor { .. })
        ));
        let mut other = old_q.clone();
        other.id = "other".into();
        assert!(matches!(
            carry_over(&other, &old, &new_q, Locale::En),
            Err(CarryError::OtherQuestionnaire { .. })
        ));
    }

    #[test]
    fn the_review_note_is_in_the_language_of_the_file_and_read_back_in_any() {
        let (old_q, new_q, old) = load();
        let c = carry_over(&old_q, &old, &new_q, Locale::Es).expect("carries over");
        let lead = &c.answers[1].1;
        assert_eq!(
            lead.notes.as_deref(),
            Some("Trasladada desde mini-versions@1.0.0 `a-owner`: revisar.\nActing lead only.")
        );
        assert!(c.answers.iter().all(|(_, a)| needs_review(a)));
        assert_eq!(
            reviewed_notes(lead.notes.as_deref()).as_deref(),
            Some("Acting lead only.")
        );
        // Written in one language, recognised whatever the language of the run reading it.
        for (locale, note) in [
            (Locale::En, "Carried over from x@1.0.0 `a`: review."),
            (Locale::Es, "Trasladada desde x@1.0.0 `a`: revisar."),
            (Locale::Fr, "Reprise de x@1.0.0 `a`\u{a0}: à relire."),
            (Locale::Pt, "Trazida de x@1.0.0 `a`: revisar."),
        ] {
            assert_eq!(review_note(locale, "x@1.0.0", "a"), note);
            assert!(is_review_line(note), "{note}");
            assert_eq!(
                reviewed_notes(Some(&format!("{note}\nKept."))).as_deref(),
                Some("Kept.")
            );
        }
        assert!(!is_review_line("Trasladada desde otra parte."));
        assert!(!is_review_line("Carried over from: review."));
    }

    #[test]
    fn review_lines_are_recognised_only_at_the_start() {
        let marked = Answer {
            response: Response::Stage(StageIndex::new(0)),
            evidence: Vec::new(),
            notes: Some("Keep.\nCarried over from x@1.0.0 `a`: review.".into()),
        };
        assert!(!needs_review(&marked));
        assert_eq!(
            reviewed_notes(marked.notes.as_deref()).as_deref(),
            marked.notes.as_deref()
        );
    }
}
