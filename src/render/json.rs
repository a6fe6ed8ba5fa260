//! JSON output: the stable contract for other programs (documented in the README).
//!
//! The document is written in pieces (see [`Render`]) that join into exactly what
//! `serde_json::to_vec_pretty` gives for the whole document: each assessment is pretty-printed
//! on its own and indented to its depth.

use serde::Serialize;

use super::format::{fmt_date, round};
use super::{Entry, ErrorEntry, Render, RenderError, RenderOptions};
use crate::fill::response_text;
use crate::model::{Response, StageIndex};
use crate::score::Outcome;

/// Renders the JSON contract.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

/// The version of the JSON contract. It changes when a key changes its meaning or goes away;
/// new keys may appear without a new version.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct AssessmentJson<'a> {
    source: &'a str,
    country: &'a str,
    assessed_on: Option<String>,
    assessors: &'a [String],
    marking: Option<&'a str>,
    complete: bool,
    unanswered: usize,
    status: Option<&'static str>,
    respondents: usize,
    differed: usize,
    disputed: usize,
    questionnaire: QuestionnaireJson<'a>,
    overall: OverallJson<'a>,
    pillars: Vec<PillarJson<'a>>,
    next_steps: Vec<NextStepJson<'a>>,
    questions: Vec<QuestionJson<'a>>,
}

#[derive(Serialize)]
struct QuestionnaireJson<'a> {
    id: &'a str,
    version: String,
    method: &'static str,
    overall_method: &'static str,
    stages: Vec<&'a str>,
}

#[derive(Serialize)]
struct OverallJson<'a> {
    level: f64,
    stage: &'a str,
    score: f64,
    target: &'a str,
    gap: f64,
}

#[derive(Serialize)]
struct PillarJson<'a> {
    id: &'a str,
    name: &'a str,
    level: f64,
    stage: &'a str,
    score: f64,
    target: &'a str,
    gap: f64,
    answered: usize,
    total: usize,
    not_applicable: usize,
}

#[derive(Serialize)]
struct NextStepJson<'a> {
    rank: usize,
    pillar: &'a str,
    question: &'a str,
    from: &'a str,
    to: &'a str,
    action: &'a str,
    unanswered: bool,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    pillar: &'a str,
    answer: Option<String>,
    level: Option<usize>,
    credit: Option<f64>,
    weight: f64,
    evidence: &'a [String],
    notes: Option<&'a str>,
    disputed: bool,
    respondents: Vec<RespondentJson<'a>>,
}

#[derive(Serialize)]
struct RespondentJson<'a> {
    name: &'a str,
    answer: Option<&'a str>,
    evidence: &'a [String],
    notes: Option<&'a str>,
}

impl Render for Json {
    fn head(&self, out: &mut Vec<u8>) -> Result<(), RenderError> {
        out.extend_from_slice(
            format!("{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"assessments\": [").as_bytes(),
        );
        Ok(())
    }

    fn assessment(
        &self,
        entry: &Entry<'_>,
        options: &RenderOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        entry.check_finite()?;
        let json = serde_json::to_vec_pretty(&assessment(entry, options.top))
            .map_err(RenderError::Json)?;
        out.extend_from_slice(b"\n    ");
        indent(&json, "    ", out);
        Ok(())
    }

    fn separator(&self, out: &mut Vec<u8>) {
        out.push(b',');
    }

    fn tail(
        &self,
        count: usize,
        errors: &[ErrorEntry],
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        out.extend_from_slice(if count > 0 { b"\n  ],\n" } else { b"],\n" });
        out.extend_from_slice(b"  \"errors\": ");
        let json = serde_json::to_vec_pretty(errors).map_err(RenderError::Json)?;
        indent(&json, "  ", out);
        out.extend_from_slice(b"\n}\n");
        Ok(())
    }
}

/// Appends pretty-printed JSON with every line after the first indented by `by`. A newline
/// inside a JSON string is written as `\n`, so every newline byte is between two values.
fn indent(json: &[u8], by: &str, out: &mut Vec<u8>) {
    for (i, line) in json.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.extend_from_slice(by.as_bytes());
        }
        out.extend_from_slice(line);
    }
}

/// The JSON of one assessment, with its first `top` next steps.
fn assessment<'a>(entry: &'a Entry<'a>, top: usize) -> AssessmentJson<'a> {
    let s = &entry.scored;
    let q = s.questionnaire;
    let info = &s.assessment.info;
    let stage = |i: StageIndex| q.stages[i].id.as_str();
    // Questions without any answer (n/a is an answer).
    let unanswered = s
        .pillars
        .iter()
        .flat_map(|p| &p.questions)
        .filter(|qs| !s.assessment.answers.contains_key(&qs.question))
        .count();
    AssessmentJson {
        source: entry.source,
        country: &info.country,
        assessed_on: info.assessed_on.map(|d| fmt_date(Some(d))),
        assessors: &info.assessors,
        marking: info.marking.as_deref(),
        complete: unanswered == 0,
        unanswered,
        status: info.status.map(|st| st.as_str()),
        respondents: s.assessment.records.respondents().len(),
        differed: s.assessment.records.differed(),
        disputed: s.assessment.records.disputed(),
        questionnaire: QuestionnaireJson {
            id: &q.id,
            version: q.version.to_string(),
            method: q.scoring.method.as_str(),
            overall_method: q.scoring.overall.as_str(),
            stages: q.stages.iter().map(|s| s.id.as_str()).collect(),
        },
        overall: OverallJson {
            level: round(s.overall.level, 4),
            stage: stage(s.overall.stage),
            score: round(s.overall.progress, 2),
            target: stage(s.overall.target),
            gap: round(s.overall.gap, 4),
        },
        pillars: s
            .pillars
            .iter()
            .map(|p| PillarJson {
                id: &q.pillars[p.pillar].id,
                name: &q.pillars[p.pillar].name,
                level: round(p.level, 4),
                stage: stage(p.stage),
                score: round(p.progress, 2),
                target: stage(p.target),
                gap: round(p.gap, 4),
                answered: p.answered,
                total: p.total,
                not_applicable: p.not_applicable,
            })
            .collect(),
        next_steps: s
            .next_steps()
            .iter()
            .take(top)
            .map(|n| NextStepJson {
                rank: n.rank,
                pillar: &q.pillars[n.question.pillar].id,
                question: &q.question(n.question).id,
                from: stage(n.from),
                to: stage(n.to),
                action: n.action,
                unanswered: n.unanswered,
            })
            .collect(),
        questions: s
            .pillars
            .iter()
            .flat_map(|p| &p.questions)
            .map(|qs| {
                let answer = s.assessment.answers.get(&qs.question);
                let record = s.assessment.records.get(&qs.question);
                QuestionJson {
                    id: &q.question(qs.question).id,
                    pillar: &q.pillars[qs.question.pillar].id,
                    answer: answer.map(|a| match a.response {
                        Response::Stage(i) => q.stages[i].id.clone(),
                        Response::Indicator(i) => i.as_str().to_owned(),
                        Response::NotApplicable => "n/a".to_owned(),
                    }),
                    level: match qs.outcome {
                        Outcome::Level { stage, .. } => Some(stage.number()),
                        _ => None,
                    },
                    credit: match qs.outcome {
                        Outcome::Indicator { credit, .. } => Some(credit),
                        _ => None,
                    },
                    weight: qs.weight,
                    evidence: answer.map_or(&[], |a| a.evidence.as_slice()),
                    notes: answer.and_then(|a| a.notes.as_deref()),
                    disputed: record.is_some_and(|r| r.disputed),
                    respondents: record.map_or_else(Vec::new, |r| {
                        r.respondents
                            .iter()
                            .map(|r| RespondentJson {
                                name: &r.name,
                                answer: r.response.map(|a| response_text(q, a)),
                                evidence: &r.evidence,
                                notes: r.notes.as_deref(),
                            })
                            .collect()
                    }),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::{LoadedAssessment, Loader};
    use crate::render::Batch;

    fn load(name: &str) -> LoadedAssessment {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        Loader::new().assessment(&path).expect("fixture loads")
    }

    /// The whole document as one `serde_json` value: what the pieces must add up to.
    #[derive(Serialize)]
    struct Whole<'a> {
        schema_version: u32,
        assessments: Vec<AssessmentJson<'a>>,
        errors: &'a [ErrorEntry],
    }

    fn whole(batch: &Batch<'_>) -> Vec<u8> {
        let doc = Whole {
            schema_version: SCHEMA_VERSION,
            assessments: batch
                .assessments
                .iter()
                .map(|e| assessment(e, usize::MAX))
                .collect(),
            errors: &batch.errors,
        };
        let mut out = serde_json::to_vec_pretty(&doc).expect("serialises");
        out.push(b'\n');
        out
    }

    fn options() -> RenderOptions {
        RenderOptions {
            top: usize::MAX,
            explain: false,
            ..RenderOptions::default()
        }
    }

    #[test]
    fn pieces_add_up_to_the_whole_pretty_document_byte_for_byte() {
        let (a, b) = (load("weighted-answers.toml"), load("gated-answers.toml"));
        let error = ErrorEntry {
            source: "bad.toml".into(),
            line: 3,
            column: 7,
            code: "other",
            severity: "error",
            message: "a \"quoted\"\nmessage".into(),
            help: Some("and \\ its help".into()),
        };
        fn entries<'a>(list: &[&'a LoadedAssessment]) -> Vec<Entry<'a>> {
            list.iter()
                .map(|a| Entry {
                    source: &a.source.name,
                    scored: crate::score::score(&a.questionnaire.questionnaire, &a.assessment),
                })
                .collect()
        }
        let cases = [
            (entries(&[&a, &b]), vec![]),
            (entries(&[&a]), vec![error.clone()]),
            (entries(&[]), vec![error.clone(), error]),
            (entries(&[]), vec![]),
        ];
        for (assessments, errors) in cases {
            let batch = Batch {
                assessments,
                errors,
            };
            let streamed = Json.render(&batch, &options()).expect("renders");
            assert_eq!(
                String::from_utf8_lossy(&streamed),
                String::from_utf8_lossy(&whole(&batch))
            );
        }
    }

    #[test]
    fn a_number_that_is_not_finite_is_an_error_never_null() {
        let a = load("weighted-answers.toml");
        let mut scored = crate::score::score(&a.questionnaire.questionnaire, &a.assessment);
        scored.pillars[0].level = f64::INFINITY;
        let batch = Batch {
            assessments: vec![Entry {
                source: "x.toml",
                scored,
            }],
            errors: vec![],
        };
        let err = Json.render(&batch, &options()).expect_err("refused");
        assert!(
            err.to_string().contains("x.toml is not a finite number"),
            "{err}"
        );
        let err = crate::render::Csv
            .render(&batch, &options())
            .expect_err("refused");
        assert!(matches!(err, RenderError::NotFinite { .. }));
    }

    #[test]
    fn completeness_counts_questions_without_any_answer() {
        let a = load("weighted-answers.toml");
        let entry = Entry {
            source: "a.toml",
            scored: crate::score::score(&a.questionnaire.questionnaire, &a.assessment),
        };
        let json = assessment(&entry, usize::MAX);
        // weighted-answers.toml answers 5 of the 6 questions of mini-weighted.
        assert_eq!((json.complete, json.unanswered), (false, 1));
    }
}
