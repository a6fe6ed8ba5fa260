//! JSON output: the stable contract for other programs (documented in the README).

use serde::Serialize;

use super::format::{fmt_date, round};
use super::{Batch, Entry, ErrorEntry, Render, RenderOptions};
use crate::fill::response_text;
use crate::model::Response;
use crate::score::Outcome;

/// Renders the JSON contract.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

#[derive(Serialize)]
struct Document<'a> {
    assessments: Vec<AssessmentJson<'a>>,
    errors: &'a [ErrorEntry],
}

#[derive(Serialize)]
struct AssessmentJson<'a> {
    source: &'a str,
    country: &'a str,
    assessed_on: Option<String>,
    assessors: &'a [String],
    marking: Option<&'a str>,
    status: Option<&'static str>,
    respondents: usize,
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
    fn render(&self, batch: &Batch<'_>, _options: &RenderOptions) -> Vec<u8> {
        let doc = Document {
            assessments: batch.assessments.iter().map(assessment).collect(),
            errors: &batch.errors,
        };
        let mut out = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        out.push(b'\n');
        out
    }
}

fn assessment<'a>(entry: &'a Entry<'a>) -> AssessmentJson<'a> {
    let s = &entry.scored;
    let q = s.questionnaire;
    let info = &s.assessment.info;
    let stage = |i: usize| q.stages[i].id.as_str();
    AssessmentJson {
        source: entry.source,
        country: &info.country,
        assessed_on: info.assessed_on.map(|d| fmt_date(Some(d))),
        assessors: &info.assessors,
        marking: info.marking.as_deref(),
        status: info.status.map(|st| st.as_str()),
        respondents: s.assessment.records.respondents().len(),
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
            score: round(s.overall.score, 2),
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
                score: round(p.score, 2),
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
                        Outcome::Level { level, .. } => Some(level),
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
