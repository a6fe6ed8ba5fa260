//! Checking an answers file against its questionnaire: every id and value resolved, every
//! problem reported with the closest valid choice, and the result as an [`Assessment`].

use toml::Spanned;

use super::Parsed;
use super::answers::{AnswersFile, NOT_APPLICABLE, RawAnswer};
use super::fields::suggest;
use crate::carry::is_review_line;
use crate::diagnostic::{Arg, Code, Diagnostic, closest};
use crate::model::{
    Answer, Answers, Assessment, IndicatorAnswer, Question, QuestionKind, Questionnaire, Record,
    Records, RespondentAnswer, Response, StageIndex, UnansweredNotes,
};

/// Checks an answers file against its questionnaire and resolves it into an [`Assessment`].
///
/// Reports unknown question, pillar and stage ids (with the closest valid one), invalid answer
/// values (with the valid ones), version mismatches, `n/a` without notes and unanswered questions.
pub fn resolve_answers(file: &AnswersFile<'_>, q: &Questionnaire) -> Parsed<Assessment> {
    into_assessment(file.clone(), q)
}

/// Like [`resolve_answers`], taking the file by value so evidence and notes are moved, not
/// copied (the loader's path, where thousands of files go through).
pub fn into_assessment(file: AnswersFile<'_>, q: &Questionnaire) -> Parsed<Assessment> {
    let mut diags = Vec::new();
    check_version(&file, q, &mut diags);
    let (overall_target, targets) = resolve_targets(&file, q, &mut diags);
    let resolved = resolve_each_answer(file.answers, q, &mut diags);
    warn_not_reviewed(&resolved.to_review, &mut diags);
    warn_unanswered(q, &resolved.answers, &mut diags);
    warn_pillars_all_not_applicable(q, &resolved.answers, &mut diags);
    let assessment = Assessment {
        info: file.info,
        targets,
        overall_target,
        answers: resolved.answers,
        records: resolved.records,
        unanswered_notes: resolved.unanswered_notes,
    };
    Parsed::finish(Some(assessment), diags)
}

/// A stage named in the file as a target (of `pillar`, or the overall one), or `None` with an
/// error naming the closest stage.
fn resolve_stage(
    q: &Questionnaire,
    s: &Spanned<String>,
    pillar: Option<&str>,
    diags: &mut Vec<Diagnostic>,
) -> Option<StageIndex> {
    let found = lenient_stage(q, s.get_ref());
    if found.is_none() {
        let stage_ids: Vec<&str> = q.stages.iter().map(|s| s.id.as_str()).collect();
        let d = Code::UnknownStage
            .error(s.span())
            .with(
                "target",
                if pillar.is_some() {
                    "pillar"
                } else {
                    "overall"
                },
            )
            .with("pillar", pillar.unwrap_or_default())
            .with("stage", s.get_ref())
            .with("questionnaire", &q.id)
            .with("stages", Arg::choices(&stage_ids));
        diags.push(suggest(d, closest(s.get_ref(), stage_ids.iter().copied())));
    }
    found
}

/// The overall target and each pillar's target: the file's, or the questionnaire's default.
fn resolve_targets(
    file: &AnswersFile<'_>,
    q: &Questionnaire,
    diags: &mut Vec<Diagnostic>,
) -> (StageIndex, Vec<StageIndex>) {
    let overall_target = file
        .target
        .as_ref()
        .and_then(|t| resolve_stage(q, t, None, diags))
        .unwrap_or(q.default_target);
    let mut targets = vec![overall_target; q.pillars.len()];
    for (pillar, stage) in &file.targets {
        let target = resolve_stage(q, stage, Some(pillar.get_ref()), diags);
        let Some(p) = q.pillar_index(pillar.get_ref()) else {
            let ids: Vec<&str> = q.pillars.iter().map(|p| p.id.as_str()).collect();
            let d = Code::UnknownPillar
                .error(pillar.span())
                .with("pillar", pillar.get_ref())
                .with("questionnaire", &q.id)
                .with("pillars", ids.join(", "));
            diags.push(suggest(d, closest(pillar.get_ref(), ids.iter().copied())));
            continue;
        };
        if let Some(s) = target {
            targets[p] = s;
        }
    }
    (overall_target, targets)
}

/// The answers of a file, resolved against its questionnaire.
struct Resolved {
    answers: Answers,
    records: Records,
    /// Questions whose answer was carried over and is not reviewed yet.
    to_review: Vec<String>,
    /// Evidence and notes written without an answer, in question order.
    unanswered_notes: Vec<(crate::model::QuestionRef, crate::model::UnansweredNotes)>,
}

/// Resolves every entry of `[answers]`: its question, its answer and its respondents' records.
fn resolve_each_answer(
    raw_answers: Vec<RawAnswer<'_>>,
    q: &Questionnaire,
    diags: &mut Vec<Diagnostic>,
) -> Resolved {
    let mut answers = Answers::with_capacity(raw_answers.len());
    let mut to_review: Vec<String> = Vec::new();
    let mut records = Records::default();
    let mut unanswered_notes = Vec::new();
    for mut raw in raw_answers {
        let Some(r) = q.find_question(raw.id.get_ref()) else {
            let d = Code::UnknownQuestion
                .error(raw.id.span())
                .with("question", raw.id.get_ref().as_ref())
                .with("questionnaire", &q.id);
            let best = closest(raw.id.get_ref(), q.questions().map(|(_, q)| q.id.as_str()));
            diags.push(suggest(d, best));
            continue;
        };
        let question = q.question(r);
        if raw.disputed || !raw.respondents.is_empty() {
            let respondents = std::mem::take(&mut raw.respondents)
                .into_iter()
                .map(|respondent| RespondentAnswer {
                    response: respondent
                        .value
                        .as_ref()
                        .and_then(|v| resolve_response(q, question, raw.id.get_ref(), v, diags)),
                    name: respondent.name,
                    evidence: respondent.evidence,
                    notes: respondent.notes,
                })
                .collect();
            records.insert(
                r,
                Record {
                    disputed: raw.disputed,
                    respondents,
                },
            );
        }
        let Some(value) = &raw.value else {
            if !raw.evidence.is_empty() || raw.notes.is_some() {
                unanswered_notes.push((
                    r,
                    UnansweredNotes {
                        evidence: raw.evidence,
                        notes: raw.notes,
                    },
                ));
            }
            continue;
        };
        let response = if value.get_ref().eq_ignore_ascii_case(NOT_APPLICABLE) {
            if raw.notes.is_none() {
                diags.push(
                    Code::NaWithoutReason
                        .warning(value.span())
                        .with("question", raw.id.get_ref().as_ref()),
                );
            }
            Some(Response::NotApplicable)
        } else {
            resolve_response(q, question, raw.id.get_ref(), value, diags)
        };
        if raw
            .notes
            .as_deref()
            .and_then(|n| n.lines().next())
            .is_some_and(is_review_line)
        {
            to_review.push(raw.id.get_ref().to_string());
        }
        if let Some(response) = response {
            answers.insert(
                r,
                Answer {
                    response,
                    evidence: raw.evidence,
                    notes: raw.notes,
                },
            );
        }
    }
    unanswered_notes.sort_by_key(|(r, _)| *r);
    Resolved {
        answers,
        records,
        to_review,
        unanswered_notes,
    }
}

/// Warns about answers carried over from an older version and not reviewed yet.
fn warn_not_reviewed(to_review: &[String], diags: &mut Vec<Diagnostic>) {
    if !to_review.is_empty() {
        diags.push(first_five(
            Code::NotReviewed
                .warning(None)
                .with("count", to_review.len()),
            to_review,
        ));
    }
}

/// Warns about unanswered questions, when the file has no error to fix first.
fn warn_unanswered(q: &Questionnaire, answers: &Answers, diags: &mut Vec<Diagnostic>) {
    let unanswered: Vec<&str> = q
        .questions()
        .filter(|(r, _)| !answers.contains_key(r))
        .map(|(_, q)| q.id.as_str())
        .collect();
    if !unanswered.is_empty() && !diags.iter().any(Diagnostic::is_error) {
        diags.push(first_five(
            Code::Unanswered
                .warning(None)
                .with("count", unanswered.len())
                .with("total", q.question_count()),
            &unanswered,
        ));
    }
}

/// Warns about each pillar whose questions are all n/a.
fn warn_pillars_all_not_applicable(
    q: &Questionnaire,
    answers: &Answers,
    diags: &mut Vec<Diagnostic>,
) {
    for (i, pillar) in q.pillars.iter().enumerate() {
        let all_na = (0..pillar.questions.len()).all(|j| {
            matches!(answers.get(&crate::model::QuestionRef { pillar: i, question: j }), Some(a) if a.response == Response::NotApplicable)
        });
        if all_na {
            diags.push(Code::PillarAllNa.warning(None).with("pillar", &pillar.id));
        }
    }
}

/// The response `value` stands for in answer to `question` (`id`): n/a, a stage of one of its
/// options, or yes / partly / no for an indicator; an invalid value is reported with the valid
/// ones and gives `None`.
fn resolve_response(
    q: &Questionnaire,
    question: &Question,
    id: &str,
    value: &Spanned<std::borrow::Cow<'_, str>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Response> {
    if value.get_ref().eq_ignore_ascii_case(NOT_APPLICABLE) {
        return Some(Response::NotApplicable);
    }
    match &question.kind {
        QuestionKind::Choice { options } => {
            let valid: Vec<&str> = options
                .iter()
                .map(|o| q.stages[o.stage].id.as_str())
                .collect();
            let stage = lenient_stage(q, value.get_ref());
            if let Some(option) = options.iter().find(|o| Some(o.stage) == stage) {
                return Some(Response::Stage(option.stage));
            }
            let mut all = valid.clone();
            all.push(NOT_APPLICABLE);
            let d = Code::UnknownAnswer
                .error(value.span())
                .with("answer", value.get_ref().as_ref())
                .with("question", id)
                .with("answers", Arg::choices(&all));
            diags.push(suggest(d, closest(value.get_ref(), valid.iter().copied())));
            None
        }
        QuestionKind::Indicator { .. } => {
            let answer = IndicatorAnswer::from_word(value.get_ref());
            if answer.is_none() {
                diags.push(
                    Code::UnknownIndicatorAnswer
                        .error(value.span())
                        .with("answer", value.get_ref().as_ref())
                        .with("question", id),
                );
            }
            answer.map(Response::Indicator)
        }
    }
}

/// `d` naming up to five of `ids` (`questions`) and how many more (`more`): "a, b, c, d, e and
/// 3 more".
fn first_five<S: AsRef<str>>(d: Diagnostic, ids: &[S]) -> Diagnostic {
    let shown: Vec<&str> = ids.iter().take(5).map(AsRef::as_ref).collect();
    d.with("questions", shown.join(", "))
        .with("more", ids.len().saturating_sub(5))
}

/// The stage a person meant: its id, or its id or name in any letter case ("Formative",
/// "ESTABLISHED"), as people type what they read in the template.
fn lenient_stage(q: &Questionnaire, written: &str) -> Option<StageIndex> {
    q.stage_index(written).or_else(|| {
        q.stages
            .iter()
            .position(|s| {
                s.id.eq_ignore_ascii_case(written)
                    || s.name.to_lowercase() == written.to_lowercase()
            })
            .map(StageIndex::new)
    })
}

fn check_version(file: &AnswersFile<'_>, q: &Questionnaire, diags: &mut Vec<Diagnostic>) {
    let Some(wanted) = &file.questionnaire_version else {
        return;
    };
    let (w, have) = (wanted.get_ref(), &q.version);
    if w.major != have.major {
        diags.push(versions(Code::MajorVersion.error(wanted.span()), q, w));
    } else if w.minor != have.minor {
        diags.push(versions(Code::MinorVersion.warning(wanted.span()), q, w));
    }
}

/// `d` naming the questionnaire, the version the answers were written for and the one it is.
fn versions(d: Diagnostic, q: &Questionnaire, wanted: &semver::Version) -> Diagnostic {
    d.with("questionnaire", &q.id)
        .with("wanted", wanted.to_string())
        .with("have", q.version.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuestionRef;
    use crate::parse::{parse_answers, parse_questionnaire};

    #[test]
    fn notes_without_an_answer_are_kept_and_the_question_stays_unanswered() {
        let q = parse_questionnaire(include_str!("../../tests/fixtures/gated.toml"))
            .value
            .expect("fixture parses");
        let text = "questionnaire = \"gated.toml\"\n[assessment]\ncountry = \"X\"\n[answers]\n\
            e-choice = { evidence = [\"Audit plan\"], notes = \"Waiting for the audit.\" }\n\
            c-choice = { notes = \"Asked the ministry.\" }\nc-ind-2 = { answer = \"yes\" }\n";
        let file = parse_answers(text).value.expect("parses");
        let resolved = resolve_answers(&file, &q);
        let a = resolved.value.expect("resolves");
        let at = |id: &str| q.find_question(id).expect("question");
        assert!(!a.answers.contains_key(&at("e-choice")));
        assert_eq!(
            a.unanswered_notes(&at("e-choice")),
            Some(&UnansweredNotes {
                evidence: vec!["Audit plan".into()],
                notes: Some("Waiting for the audit.".into()),
            })
        );
        // In questionnaire order, whatever the order of the file.
        let order: Vec<QuestionRef> = a.unanswered_notes.iter().map(|(r, _)| *r).collect();
        assert_eq!(order, [at("c-choice"), at("e-choice")]);
        assert_eq!(a.unanswered_notes(&at("c-ind-2")), None);
    }
}
