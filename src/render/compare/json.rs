//! Comparisons as JSON: a documented contract for other programs (README, "Progress over
//! time"). Values carry more digits than the tables: levels and their changes to 4 decimals,
//! scores to 2.

use serde::Serialize;

use crate::compare::{Change, Comparison, Movement, QuestionChange, Side, TargetStatus, Versions};
use crate::model::{Questionnaire, StageIndex};
use crate::render::format::{fmt_date, round};
use crate::render::{ErrorEntry, Json, RenderError};
use crate::score::{NextStep, Scored};

use super::{
    CompareOptions, Compared, Comparisons, Listed, RenderComparisons, SCHEMA_VERSION,
    StreamComparisons, Unpaired,
};

#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    comparisons: Vec<ComparisonJson<'a>>,
    single: Vec<AssessmentJson<'a>>,
    without_country: &'a [&'a str],
    errors: &'a [ErrorEntry],
}

#[derive(Serialize)]
struct ComparisonJson<'a> {
    old: AssessmentJson<'a>,
    new: AssessmentJson<'a>,
    same_country: bool,
    versions: &'static str,
    overall: ResultJson<'a>,
    pillars: Vec<ResultJson<'a>>,
    questions: Vec<QuestionJson<'a>>,
    counts: Counts,
    most_improved: Vec<&'a str>,
    areas_of_concern: Vec<&'a str>,
    added: Vec<&'a str>,
    removed: Vec<&'a str>,
    steps: StepsJson<'a>,
}

#[derive(Serialize)]
struct AssessmentJson<'a> {
    source: &'a str,
    country: &'a str,
    assessed_on: Option<String>,
    questionnaire: QuestionnaireJson<'a>,
}

#[derive(Serialize)]
struct QuestionnaireJson<'a> {
    id: &'a str,
    version: String,
}

/// A pillar (with `id`) or the overall result (`id` "overall").
#[derive(Serialize)]
struct ResultJson<'a> {
    id: &'a str,
    old: Option<LevelJson<'a>>,
    new: Option<LevelJson<'a>>,
    delta: Option<DeltaJson>,
    target: Option<&'static str>,
}

#[derive(Serialize)]
struct LevelJson<'a> {
    level: f64,
    stage: &'a str,
    score: f64,
    target: &'a str,
    met: bool,
}

#[derive(Serialize)]
struct DeltaJson {
    level: f64,
    score: f64,
    stages: i64,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    old_id: &'a str,
    pillar: &'a str,
    old: AnswerJson,
    new: AnswerJson,
    change: &'static str,
    delta: f64,
    weight: f64,
    weighted: f64,
}

#[derive(Serialize)]
struct AnswerJson {
    answer: Option<String>,
    level: Option<usize>,
    credit: Option<f64>,
}

#[derive(Serialize, Default)]
struct Counts {
    improved: usize,
    declined: usize,
    newly_answered: usize,
    newly_not_applicable: usize,
    now_applicable: usize,
    no_longer_answered: usize,
    unchanged: usize,
}

#[derive(Serialize)]
struct StepsJson<'a> {
    done: Vec<StepJson<'a>>,
    open: Vec<StepJson<'a>>,
    new: Vec<StepJson<'a>>,
    dropped: Vec<StepJson<'a>>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    rank: usize,
    pillar: &'a str,
    question: &'a str,
    from: &'a str,
    to: &'a str,
    action: &'a str,
}

impl RenderComparisons for Json {
    fn render_comparisons(
        &self,
        set: &Comparisons<'_, '_>,
        options: &CompareOptions,
    ) -> Result<Vec<u8>, RenderError> {
        let doc = Document {
            schema_version: SCHEMA_VERSION,
            comparisons: set
                .comparisons
                .iter()
                .map(|c| comparison(c, options.top))
                .collect(),
            single: set
                .single
                .iter()
                .map(|s| assessment(&Listed::of(s.source, s.scored)))
                .collect(),
            without_country: &set.without_country,
            errors: &set.errors,
        };
        let mut out = serde_json::to_vec_pretty(&doc).map_err(RenderError::Json)?;
        out.push(b'\n');
        Ok(out)
    }
}

/// Comparisons one at a time: the pieces of the document [`RenderComparisons`] writes whole,
/// laid out as `serde_json`'s pretty printer lays out the whole (two spaces a level; each
/// comparison is an element of the `comparisons` array, two levels deep). Pretty JSON holds no
/// line break inside a string, so indenting every line after a break is safe.
impl StreamComparisons for Json {
    fn head(&self, out: &mut Vec<u8>) -> Result<(), RenderError> {
        out.extend_from_slice(
            format!("{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"comparisons\": [").as_bytes(),
        );
        Ok(())
    }

    fn comparison(
        &self,
        compared: &Compared<'_, '_>,
        options: &CompareOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        out.extend_from_slice(b"    ");
        indented(&comparison(compared, options.top), "\n    ", out)
    }

    fn separator(&self, written: usize, out: &mut Vec<u8>) {
        out.extend_from_slice(if written == 0 { b"\n" } else { b",\n" });
    }

    fn tail(
        &self,
        written: usize,
        unpaired: &Unpaired<'_>,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        out.extend_from_slice(if written == 0 { b"]" } else { b"\n  ]" });
        let single: Vec<AssessmentJson<'_>> = unpaired.single.iter().map(assessment).collect();
        out.extend_from_slice(b",\n  \"single\": ");
        indented(&single, "\n  ", out)?;
        out.extend_from_slice(b",\n  \"without_country\": ");
        indented(&unpaired.without_country, "\n  ", out)?;
        out.extend_from_slice(b",\n  \"errors\": ");
        indented(&unpaired.errors, "\n  ", out)?;
        out.extend_from_slice(b"\n}\n");
        Ok(())
    }
}

/// `value` as pretty JSON with every line break followed by `break_to` (a break and the
/// indentation of the level it sits at).
fn indented(value: &impl Serialize, break_to: &str, out: &mut Vec<u8>) -> Result<(), RenderError> {
    let text = serde_json::to_string_pretty(value).map_err(RenderError::Json)?;
    out.extend_from_slice(text.replace('\n', break_to).as_bytes());
    Ok(())
}

fn assessment<'a>(l: &Listed<'a>) -> AssessmentJson<'a> {
    AssessmentJson {
        source: l.source,
        country: l.country,
        assessed_on: l.assessed_on.map(|d| fmt_date(Some(d))),
        questionnaire: QuestionnaireJson {
            id: &l.questionnaire.id,
            version: l.questionnaire.version.to_string(),
        },
    }
}

fn comparison<'a>(compared: &'a Compared<'_, '_>, top: usize) -> ComparisonJson<'a> {
    let c: &Comparison<'_, '_> = &compared.comparison;
    let (old, new) = (c.old, c.new);
    let (oq, nq) = (old.questionnaire, new.questionnaire);
    let level = |q: &'a Questionnaire,
                 level: f64,
                 stage: StageIndex,
                 score: f64,
                 target: StageIndex,
                 gap: f64| {
        LevelJson {
            level: round(level, 4),
            stage: &q.stages[stage].id,
            score: round(score, 2),
            target: &q.stages[target].id,
            met: gap <= 0.0,
        }
    };
    let delta = |d: &Change| DeltaJson {
        level: round(d.level, 4),
        score: round(d.progress, 2),
        stages: d.stages,
    };
    let pillars = c
        .pillars
        .iter()
        .map(|p| {
            let o = p.old.and_then(|i| old.pillars.get(i));
            let n = p.new.and_then(|i| new.pillars.get(i));
            ResultJson {
                id: n.map_or_else(
                    || o.map_or("", |o| oq.pillars[o.pillar].id.as_str()),
                    |n| nq.pillars[n.pillar].id.as_str(),
                ),
                old: o.map(|o| level(oq, o.level, o.stage, o.progress, o.target, o.gap)),
                new: n.map(|n| level(nq, n.level, n.stage, n.progress, n.target, n.gap)),
                delta: p.change.as_ref().map(delta),
                target: p.change.map(|c| target(c.target)),
            }
        })
        .collect();
    let (oo, no) = (&old.overall, &new.overall);
    let mut counts = Counts::default();
    for q in &c.questions {
        *match q.movement {
            Movement::Improved => &mut counts.improved,
            Movement::Declined => &mut counts.declined,
            Movement::NewlyAnswered => &mut counts.newly_answered,
            Movement::NewlyNotApplicable => &mut counts.newly_not_applicable,
            Movement::NowApplicable => &mut counts.now_applicable,
            Movement::NoLongerAnswered => &mut counts.no_longer_answered,
            Movement::Unchanged => &mut counts.unchanged,
        } += 1;
    }
    let question_id = |q: &QuestionChange| nq.question(q.new).id.as_str();
    let steps = |q: &'a Questionnaire, steps: &'a [NextStep<'_>]| -> Vec<StepJson<'a>> {
        steps
            .iter()
            .map(|s| StepJson {
                rank: s.rank,
                pillar: &q.pillars[s.question.pillar].id,
                question: &q.question(s.question).id,
                from: &q.stages[s.from].id,
                to: &q.stages[s.to].id,
                action: s.action,
            })
            .collect()
    };
    ComparisonJson {
        old: assessment(&Listed::of(compared.old_source, old)),
        new: assessment(&Listed::of(compared.new_source, new)),
        same_country: c.same_country,
        versions: match c.versions {
            Versions::Same => "same",
            Versions::OtherMinor => "other-minor",
            Versions::OtherMajor => "other-major",
        },
        overall: ResultJson {
            id: "overall",
            old: Some(level(
                oq,
                oo.level,
                oo.stage,
                oo.progress,
                oo.target,
                oo.gap,
            )),
            new: Some(level(
                nq,
                no.level,
                no.stage,
                no.progress,
                no.target,
                no.gap,
            )),
            delta: Some(delta(&c.overall)),
            target: Some(target(c.overall.target)),
        },
        pillars,
        questions: c
            .questions
            .iter()
            .map(|q| QuestionJson {
                id: question_id(q),
                old_id: &oq.question(q.old).id,
                pillar: &nq.pillars[q.new.pillar].id,
                old: answer(oq, q.before, old, q.old),
                new: answer(nq, q.after, new, q.new),
                change: movement(q.movement),
                delta: round(q.delta, 4),
                weight: q.weight,
                weighted: round(q.weighted, 4),
            })
            .collect(),
        counts,
        most_improved: c.most_improved(top).into_iter().map(question_id).collect(),
        areas_of_concern: c
            .areas_of_concern(top)
            .into_iter()
            .map(question_id)
            .collect(),
        added: c
            .added
            .iter()
            .map(|r| nq.question(*r).id.as_str())
            .collect(),
        removed: c
            .removed
            .iter()
            .map(|r| oq.question(*r).id.as_str())
            .collect(),
        steps: StepsJson {
            done: steps(oq, &c.steps.done),
            open: steps(nq, &c.steps.open),
            new: steps(nq, &c.steps.new),
            dropped: steps(oq, &c.steps.dropped),
        },
    }
}

fn answer(
    q: &Questionnaire,
    side: Side,
    s: &Scored<'_>,
    r: crate::model::QuestionRef,
) -> AnswerJson {
    use crate::score::Outcome;
    let outcome = s
        .pillars
        .get(r.pillar)
        .and_then(|p| p.questions.get(r.question))
        .map(|qs| qs.outcome);
    AnswerJson {
        answer: match side {
            Side::Stage(i) => Some(q.stages[i].id.clone()),
            Side::Indicator(i) => Some(i.as_str().to_owned()),
            Side::NotApplicable => Some("n/a".to_owned()),
            Side::Unanswered => None,
        },
        level: match outcome {
            Some(Outcome::Level { stage, .. }) => Some(stage.number()),
            _ => None,
        },
        credit: match outcome {
            Some(Outcome::Indicator { credit, .. }) => Some(credit),
            _ => None,
        },
    }
}

fn target(status: TargetStatus) -> &'static str {
    match status {
        TargetStatus::StillMet => "still-met",
        TargetStatus::NowMet => "now-met",
        TargetStatus::NoLongerMet => "no-longer-met",
        TargetStatus::NotMet => "not-met",
    }
}

fn movement(m: Movement) -> &'static str {
    match m {
        Movement::Improved => "improved",
        Movement::Declined => "declined",
        Movement::NewlyAnswered => "newly-answered",
        Movement::NewlyNotApplicable => "newly-not-applicable",
        Movement::NowApplicable => "now-applicable",
        Movement::NoLongerAnswered => "no-longer-answered",
        Movement::Unchanged => "unchanged",
    }
}
