//! Number and date formatting shared by every renderer, so all outputs agree to the digit.

use toml::value::Date;

/// `2.4/5`: a level with one decimal, out of the number of stages.
pub fn fmt_level(level: f64, stages: usize) -> String {
    format!("{}/{stages}", fmt_level_value(level))
}

/// `2.4`: a level with one decimal, halves rounded away from zero — the one rounding every
/// output uses, so tables, cohort views and PDFs agree to the digit.
pub fn fmt_level_value(level: f64) -> String {
    format!("{:.1}", round(level, 1))
}

/// `35%`: a score rounded to a whole percent.
pub fn fmt_score(score: f64) -> String {
    format!("{:.0}%", round(score, 0))
}

/// `0.6`, or `-` when the target is met.
pub fn fmt_gap(gap: f64) -> String {
    if gap > 0.0 {
        format!("{:.1}", round(gap, 1))
    } else {
        "-".to_owned()
    }
}

/// `2026-11-27`, or `undated`.
pub fn fmt_date(date: Option<Date>) -> String {
    date.map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

/// Rounds for machine-readable output, so 2.3333333333333335 becomes 2.3333.
pub(crate) fn round(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    let scaled = value * factor;
    // A value this large has no decimals left to round, and scaling it would overflow.
    if !scaled.is_finite() {
        return value;
    }
    scaled.round() / factor
}

/// Column titles of the pillar summary, shared by the table, Markdown and PDF.
pub(crate) const SUMMARY_HEADER: [&str; 7] = [
    "Pillar", "Stage", "Level", "Score", "Target", "Gap", "Answered",
];

/// One row of the pillar summary, as text.
pub(crate) fn summary_rows(s: &crate::score::Scored<'_>) -> Vec<[String; 7]> {
    let q = s.questionnaire;
    let n = q.stage_count();
    let answered = |answered: usize, total: usize, na: usize| {
        if na > 0 {
            format!("{answered}/{total} ({na} n/a)")
        } else {
            format!("{answered}/{total}")
        }
    };
    let mut rows: Vec<[String; 7]> = s
        .pillars
        .iter()
        .map(|p| {
            [
                q.pillars[p.pillar].name.clone(),
                q.stages[p.stage].name.clone(),
                fmt_level(p.level, n),
                fmt_score(p.score),
                q.stages[p.target].name.clone(),
                fmt_gap(p.gap),
                answered(p.answered, p.total, p.not_applicable),
            ]
        })
        .collect();
    let o = &s.overall;
    rows.push([
        "Overall".to_owned(),
        q.stages[o.stage].name.clone(),
        fmt_level(o.level, n),
        fmt_score(o.score),
        q.stages[o.target].name.clone(),
        fmt_gap(o.gap),
        answered(
            s.pillars.iter().map(|p| p.answered).sum(),
            s.pillars.iter().map(|p| p.total).sum(),
            s.pillars.iter().map(|p| p.not_applicable).sum(),
        ),
    ]);
    rows
}

/// The heading of one assessment: `Exampleland · assessed 2026-01-31 · ncss-maturity 1.0.0`.
pub(crate) fn heading(s: &crate::score::Scored<'_>) -> String {
    let info = &s.assessment.info;
    let country = if info.country.is_empty() {
        "(no country)"
    } else {
        info.country.as_str()
    };
    let mut h = format!(
        "{country} · assessed {} · {} {} ({})",
        fmt_date(info.assessed_on),
        s.questionnaire.id,
        s.questionnaire.version,
        s.questionnaire.scoring.method.as_str()
    );
    if let Some(marking) = &info.marking {
        h.push_str(&format!(" · {marking}"));
    }
    h
}

/// What an answer reads as in an explanation: stage name, yes/partly/no, n/a or unanswered.
pub(crate) fn answer_text(
    s: &crate::score::Scored<'_>,
    qs: &crate::score::QuestionScore,
) -> String {
    use crate::model::Response;
    match s.assessment.answers.get(&qs.question).map(|a| a.response) {
        Some(Response::Stage(i)) => s.questionnaire.stages[i].name.clone(),
        Some(Response::Indicator(i)) => i.as_str().to_owned(),
        Some(Response::NotApplicable) => "n/a".to_owned(),
        None => "unanswered".to_owned(),
    }
}

/// What a question counts as: `level 3`, `met`, `half`, `not met` or `not scored (n/a)`.
pub(crate) fn counts_as(qs: &crate::score::QuestionScore) -> String {
    use crate::score::Outcome;
    match qs.outcome {
        Outcome::Level { level, .. } => format!("level {level}"),
        Outcome::Indicator { credit, .. } if credit >= 1.0 => "met".to_owned(),
        Outcome::Indicator { credit, .. } if credit > 0.0 => "half (not met)".to_owned(),
        Outcome::Indicator { .. } => "not met".to_owned(),
        Outcome::NotApplicable => "not scored (n/a)".to_owned(),
    }
}

/// `2.0`, `1.5`: a weight, short.
pub(crate) fn fmt_weight(w: f64) -> String {
    format!("{w}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(fmt_level(2.3333, 5), "2.3/5");
        assert_eq!(fmt_score(33.3333), "33%");
        assert_eq!(fmt_gap(0.0), "-");
        assert_eq!(fmt_gap(0.6667), "0.7");
        assert_eq!(round(2.333333333, 4), 2.3333);
        assert_eq!(fmt_level(2.75, 4), "2.8/4", "halves round away from zero");
        assert_eq!(fmt_gap(0.25), "0.3");
    }
}
