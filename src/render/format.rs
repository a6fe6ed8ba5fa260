//! Number and date formatting shared by every renderer, so all outputs agree to the digit.
//!
//! The one place where numbers are rounded for people: a level is shown rounded down to one
//! decimal and a gap rounded up, both with the tolerance that turns a level into a stage, so the
//! whole part of a level shown is always its stage number and a gap shows `-` exactly when the
//! target is met. Scores are shown rounded down to a whole percent, so 100% means everything is
//! at the top. JSON and CSV carry more digits ([`round`]).

use toml::value::Date;

use crate::i18n::Locale;
use crate::score::EPSILON;
use crate::t;

/// `2.4/5`: a level rounded down to one decimal, out of the number of stages.
pub fn fmt_level(level: f64, stages: usize) -> String {
    format!("{}/{stages}", fmt_level_value(level))
}

/// `2.4`: a level rounded down to one decimal (with the stage tolerance, so 2.95 shows 2.9 at
/// stage 2 and 2.9999999999 shows 3.0 at stage 3): the one rounding every output uses, so
/// tables, cohort views and PDFs agree with each other and with the stage beside them.
pub fn fmt_level_value(level: f64) -> String {
    fmt_tenths(tenths_down(level))
}

/// `35%`: a score rounded down to a whole percent (with the stage tolerance), so 99.6% shows
/// 99% and 100% is shown only when it is reached.
pub fn fmt_score(score: f64) -> String {
    format!("{}%", (score + EPSILON).floor())
}

/// `0.6`: a gap rounded up to one decimal, or `-` when the target is met. With levels rounded
/// down, the gap shown is the target's number minus the level shown.
pub fn fmt_gap(gap: f64) -> String {
    match -tenths_down(-gap) {
        tenths if tenths > 0 => fmt_tenths(tenths),
        _ => "-".to_owned(),
    }
}

/// `value` in tenths, rounded down after adding the stage tolerance. The whole part is taken
/// first, as [`crate::score::stage_of`] takes it, so the whole number shown is the stage's.
fn tenths_down(value: f64) -> i64 {
    let value = value + EPSILON;
    let whole = value.floor();
    let tenth = ((value - whole) * 10.0).floor().clamp(0.0, 9.0);
    // Saturating casts: results are finite and small (weights are bounded), but a wild value
    // must still not panic.
    whole as i64 * 10 + tenth as i64
}

/// `2.4` from 24 tenths; `-0.3` from −3.
fn fmt_tenths(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// `2026-11-27`, or `undated`.
pub fn fmt_date(date: Option<Date>) -> String {
    date.map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

/// Rounds half away from zero for machine-readable output (JSON, CSV), so
/// 2.3333333333333335 becomes 2.3333. Never for what a person reads: see [`fmt_level`].
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
pub(crate) fn summary_header(locale: Locale) -> [String; 7] {
    [
        t!(locale, "summary-pillar"),
        t!(locale, "summary-stage"),
        t!(locale, "summary-level"),
        t!(locale, "summary-score"),
        t!(locale, "summary-target"),
        t!(locale, "summary-gap"),
        t!(locale, "summary-answered"),
    ]
}

/// One row of the pillar summary, as text, with numbers written the local way.
pub(crate) fn summary_rows(s: &crate::score::Scored<'_>, locale: Locale) -> Vec<[String; 7]> {
    let q = s.questionnaire;
    let n = q.stage_count();
    let answered = |answered: usize, total: usize, na: usize| {
        if na > 0 {
            t!(
                locale,
                "summary-answered-with-na",
                answered = answered,
                total = total,
                na = na
            )
        } else {
            format!("{answered}/{total}")
        }
    };
    let level = |level: f64| locale.decimal(&fmt_level_value(level)) + &format!("/{n}");
    let score = |score: f64| local_score(score, locale);
    let gap = |gap: f64| locale.decimal(&fmt_gap(gap));
    let mut rows: Vec<[String; 7]> = s
        .pillars
        .iter()
        .map(|p| {
            [
                q.pillars[p.pillar].name.clone(),
                q.stages[p.stage].name.clone(),
                level(p.level),
                score(p.progress),
                q.stages[p.target].name.clone(),
                gap(p.gap),
                answered(p.answered, p.total, p.not_applicable),
            ]
        })
        .collect();
    let o = &s.overall;
    rows.push([
        t!(locale, "summary-overall"),
        q.stages[o.stage].name.clone(),
        level(o.level),
        score(o.progress),
        q.stages[o.target].name.clone(),
        gap(o.gap),
        answered(
            s.pillars.iter().map(|p| p.answered).sum(),
            s.pillars.iter().map(|p| p.total).sum(),
            s.pillars.iter().map(|p| p.not_applicable).sum(),
        ),
    ]);
    rows
}

/// `35%` written the local way (`35 %` in Spanish and French), rounded down as [`fmt_score`].
pub fn local_score(score: f64, locale: Locale) -> String {
    locale.percent((score + EPSILON).floor())
}

/// `2026-11-27` in English; `undated` in the local language when there is no date. ISO dates
/// read the same in every language, so tables and headings keep them.
pub fn local_date(date: Option<Date>, locale: Locale) -> String {
    match date {
        Some(d) => d.to_string(),
        None => t!(locale, "date-undated"),
    }
}

/// The heading of one assessment: `Exampleland · assessed 2026-01-31 · ncss-maturity 1.0.0`.
pub(crate) fn heading(s: &crate::score::Scored<'_>, locale: Locale) -> String {
    let info = &s.assessment.info;
    let country = if info.country.is_empty() {
        t!(locale, "heading-no-country")
    } else {
        info.country.clone()
    };
    let mut h = t!(
        locale,
        "heading",
        country = country,
        date = local_date(info.assessed_on, locale),
        questionnaire = s.questionnaire.id.as_str(),
        version = s.questionnaire.version.to_string(),
        method = s.questionnaire.scoring.method.as_str()
    );
    if let Some(status) = status_text(s.assessment, locale) {
        h.push_str(&format!(" · {status}"));
    }
    if let Some(marking) = &info.marking {
        h.push_str(&format!(" · {marking}"));
    }
    h
}

/// `text` with its first letter in upper case ("Consensus of 3 respondents").
pub(crate) fn first_upper(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Where an assessment stands, for headings and the report's cover: "consensus of 3
/// respondents", "draft"; `None` when the file does not say and no respondents are recorded.
pub fn status_text(a: &crate::model::Assessment, locale: Locale) -> Option<String> {
    use crate::model::Status;
    let respondents = a.records.respondents().len();
    match a.info.status {
        Some(Status::Consensus) | None if respondents > 0 => {
            Some(t!(locale, "status-consensus-of", count = respondents))
        }
        Some(Status::Validated) if respondents > 0 => Some(t!(
            locale,
            "status-validated-consensus-of",
            count = respondents
        )),
        Some(status) => Some(t!(locale, "status-name", status = status.as_str())),
        None => None,
    }
}

/// What an answer reads as in an explanation: stage name, yes/partly/no, n/a or unanswered.
pub(crate) fn answer_text(
    s: &crate::score::Scored<'_>,
    qs: &crate::score::QuestionScore,
    locale: Locale,
) -> String {
    use crate::model::Response;
    match s.assessment.answers.get(&qs.question).map(|a| a.response) {
        Some(Response::Stage(i)) => s.questionnaire.stages[i].name.clone(),
        Some(Response::Indicator(i)) => t!(locale, "answer-indicator", value = i.as_str()),
        Some(Response::NotApplicable) => t!(locale, "answer-not-applicable"),
        None => t!(locale, "answer-unanswered"),
    }
}

/// What a question counts as: `level 3`, `met`, `half`, `not met` or `not scored (n/a)`.
pub(crate) fn counts_as(qs: &crate::score::QuestionScore, locale: Locale) -> String {
    use crate::score::Outcome;
    match qs.outcome {
        Outcome::Level { stage, .. } => t!(locale, "counts-as-level", number = stage.number()),
        Outcome::Indicator { credit, .. } if credit >= 1.0 => t!(locale, "counts-as-met"),
        Outcome::Indicator { credit, .. } if credit > 0.0 => t!(locale, "counts-as-half"),
        Outcome::Indicator { .. } => t!(locale, "counts-as-not-met"),
        Outcome::NotApplicable => t!(locale, "counts-as-not-applicable"),
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
        assert_eq!(
            round(2.75, 1),
            2.8,
            "machine output rounds halves away from zero"
        );
        assert_eq!(fmt_gap(0.25), "0.3");
    }

    #[test]
    fn levels_round_down_so_the_whole_part_is_the_stage() {
        use crate::score::stage_of;
        // 2.95 is at stage 2: it must not read 3.0.
        assert_eq!(fmt_level(2.95, 5), "2.9/5");
        assert_eq!(stage_of(2.95, 5).get(), 1);
        assert_eq!(fmt_level(2.75, 4), "2.7/4");
        assert_eq!(
            fmt_level_value(2.9999999999),
            "3.0",
            "within the stage tolerance"
        );
        assert_eq!(stage_of(2.9999999999, 5).get(), 2);
        // Decimal levels whose binary value sits just below them still show as written.
        assert_eq!(fmt_level_value(2.3), "2.3");
        assert_eq!(fmt_level_value(0.1 + 0.2 + 2.0), "2.3");
        assert_eq!(fmt_level_value(5.0), "5.0");
        assert_eq!(fmt_level_value(1.0), "1.0");
        for tenths in 10..=50 {
            let level = f64::from(tenths) / 10.0;
            assert_eq!(fmt_level_value(level), format!("{level:.1}"));
        }
    }

    #[test]
    fn gaps_round_up_so_a_dash_means_the_target_is_met() {
        // Target 3, level 2.95: stage 2, the target is not met, and the gap says so.
        assert_eq!(fmt_gap(3.0 - 2.95), "0.1");
        assert_eq!(fmt_gap(0.01), "0.1");
        assert_eq!(fmt_gap(0.2), "0.2");
        assert_eq!(fmt_gap(1.0 - 0.3), "0.7");
        assert_eq!(fmt_gap(2.0), "2.0");
        assert_eq!(fmt_gap(1e-10), "-", "within the stage tolerance: met");
        assert_eq!(fmt_gap(-0.5), "-");
        // The gap shown is the target minus the level shown.
        for hundredths in 100..=500 {
            let level = f64::from(hundredths) / 100.0;
            for target in 1..=5 {
                let gap = f64::from(target) - level;
                let shown_level: f64 = fmt_level_value(level).parse().expect("number");
                let expected = f64::from(target) - shown_level;
                if expected > 1e-9 {
                    let shown_gap: f64 = fmt_gap(gap).parse().expect("number");
                    assert!((shown_gap - expected).abs() < 1e-9, "{level} → {target}");
                } else {
                    assert_eq!(fmt_gap(gap.max(0.0)), "-", "{level} → {target}");
                }
            }
        }
    }

    #[test]
    fn scores_round_down_so_100_means_the_top() {
        assert_eq!(fmt_score(99.6), "99%");
        assert_eq!(fmt_score(100.0), "100%");
        assert_eq!(fmt_score(58.333), "58%");
        assert_eq!(fmt_score(0.0), "0%");
        assert_eq!(fmt_score(28.999999999999996), "29%", "within the tolerance");
    }
}
