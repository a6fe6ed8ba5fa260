//! The words and rows of a comparison, shared by the table and Markdown renderers so both say
//! the same thing; each lays them out its own way. The next steps' lists are in `steps`, the
//! summary of many comparisons in `summary`. Words come from the catalogue in the language
//! asked for; the English-only forms (`notes`, `pillar_rows`, `question_row`, `counts` and the
//! `*_HEADER` constants) serve the report's progress section until it takes a language.

use crate::compare::{
    Change, Comparison, Direction, Movement, QuestionChange, Side, TargetStatus, Versions,
};
use crate::i18n::Locale;
use crate::model::{Questionnaire, StageIndex};
use crate::render::format::{fmt_level_value, local_date};
use crate::score::Scored;
use crate::t;

use super::Compared;
use super::change::{Marks, credit_change, level_change, score_change, stage_change};
pub(crate) use super::steps::{step_header, step_row, step_sections};
pub(crate) use super::summary::{
    group_questionnaire, groups, line_country, single, summary_header, summary_row,
};

/// A cell's text and, for a change, its direction (for colour).
#[derive(Debug, Clone)]
pub(crate) struct Text {
    pub(crate) text: String,
    pub(crate) direction: Option<Direction>,
}

impl Text {
    /// Text that is not a change.
    pub(crate) fn plain(text: impl Into<String>) -> Self {
        Text {
            text: text.into(),
            direction: None,
        }
    }

    /// A change, with its direction.
    pub(crate) fn change((text, direction): (String, Direction)) -> Self {
        Text {
            text,
            direction: Some(direction),
        }
    }
}

/// Column titles of the pillar table, in `locale`.
pub(crate) fn pillar_header(locale: Locale) -> [String; 6] {
    [
        t!(locale, "views-column-pillar"),
        t!(locale, "views-compare-before"),
        t!(locale, "views-compare-now"),
        t!(locale, "views-compare-level"),
        t!(locale, "views-compare-score"),
        t!(locale, "views-compare-target"),
    ]
}

/// Column titles of the question tables, in `locale`.
pub(crate) fn question_header(locale: Locale) -> [String; 5] {
    [
        t!(locale, "views-column-question"),
        t!(locale, "views-column-pillar"),
        t!(locale, "views-compare-before"),
        t!(locale, "views-compare-now"),
        t!(locale, "views-compare-change"),
    ]
}

/// `Fictiland · 2024-03-01 → 2026-03-01 · mini-weighted 1.2.0`
pub(crate) fn title(compared: &Compared<'_, '_>, locale: Locale) -> String {
    let c = &compared.comparison;
    let (o, n) = (c.old, c.new);
    let country = country(n, locale);
    let questionnaire = if c.versions == Versions::Same {
        format!("{} {}", n.questionnaire.id, n.questionnaire.version)
    } else {
        format!(
            "{} {} → {}",
            n.questionnaire.id, o.questionnaire.version, n.questionnaire.version
        )
    };
    format!(
        "{country} · {} → {} · {questionnaire}",
        local_date(o.assessment.info.assessed_on, locale),
        local_date(n.assessment.info.assessed_on, locale)
    )
}

/// `Before: old.toml · now: new.toml`
pub(crate) fn files(compared: &Compared<'_, '_>, locale: Locale) -> String {
    t!(
        locale,
        "views-compare-files",
        old = compared.old_source,
        new = compared.new_source
    )
}

/// What a reader must know before reading the numbers: other countries, other versions.
pub(crate) fn notes_in(c: &Comparison<'_, '_>, locale: Locale) -> Vec<String> {
    let (oq, nq) = (c.old.questionnaire, c.new.questionnaire);
    let mut notes = Vec::new();
    if !c.same_country {
        notes.push(t!(
            locale,
            "views-compare-different-countries",
            old = country(c.old, locale),
            new = country(c.new, locale)
        ));
    }
    let (old_version, new_version) = (oq.version.to_string(), nq.version.to_string());
    match c.versions {
        Versions::Same => {}
        Versions::OtherMinor => notes.push(t!(
            locale,
            "views-compare-other-minor",
            old = old_version.as_str(),
            new = new_version.as_str(),
            added = c.added.len(),
            removed = c.removed.len()
        )),
        Versions::OtherMajor => notes.push(t!(
            locale,
            "views-compare-other-major",
            old = old_version.as_str(),
            new = new_version.as_str(),
            matched = c.questions.len(),
            total = nq.question_count()
        )),
    }
    let only = |old: bool| -> Vec<&str> {
        c.pillars
            .iter()
            .filter(|p| p.change.is_none())
            .filter_map(|p| match (old, p.old, p.new) {
                (true, Some(i), None) => Some(oq.pillars[i].name.as_str()),
                (false, None, Some(i)) => Some(nq.pillars[i].name.as_str()),
                _ => None,
            })
            .collect()
    };
    let (gone, new) = (only(true), only(false));
    if !new.is_empty() {
        notes.push(t!(
            locale,
            "views-compare-pillars-only-in",
            version = new_version.as_str(),
            pillars = new.join(", ")
        ));
    }
    if !gone.is_empty() {
        notes.push(t!(
            locale,
            "views-compare-pillars-only-in",
            version = old_version.as_str(),
            pillars = gone.join(", ")
        ));
    }
    notes
}

/// `Formative 2.4/5`, with the level written the local way.
fn stage_level(q: &Questionnaire, stage: StageIndex, level: f64, locale: Locale) -> String {
    format!(
        "{} {}/{}",
        q.stages[stage].name,
        locale.decimal(&fmt_level_value(level)),
        q.stage_count()
    )
}

/// One row per pillar, then the overall row, in `locale`.
pub(crate) fn pillar_rows_in(
    c: &Comparison<'_, '_>,
    marks: Marks,
    locale: Locale,
) -> Vec<[Text; 6]> {
    let (old, new) = (c.old, c.new);
    let (oq, nq) = (old.questionnaire, new.questionnaire);
    let mut rows: Vec<[Text; 6]> = c
        .pillars
        .iter()
        .map(|p| {
            let o = p.old.and_then(|i| old.pillars.get(i));
            let n = p.new.and_then(|i| new.pillars.get(i));
            let name = n
                .map(|n| nq.pillars[n.pillar].name.as_str())
                .or(o.map(|o| oq.pillars[o.pillar].name.as_str()))
                .unwrap_or_default();
            let side = |s: Option<(&Questionnaire, StageIndex, f64)>, version: String| match s {
                Some((q, stage, level)) => stage_level(q, stage, level, locale),
                None => t!(locale, "views-compare-not-in", version = version),
            };
            let before = side(o.map(|o| (oq, o.stage, o.level)), oq.version.to_string());
            let now = side(n.map(|n| (nq, n.stage, n.level)), nq.version.to_string());
            match (o, n, p.change) {
                (Some(o), Some(n), Some(change)) => [
                    Text::plain(name),
                    Text::plain(before),
                    Text::plain(now),
                    Text::change(level_change(o.level, n.level, marks, locale)),
                    Text::change(score_change(o.progress, n.progress, marks, locale)),
                    Text::plain(target(nq, n.target, change, locale)),
                ],
                _ => [
                    Text::plain(name),
                    Text::plain(before),
                    Text::plain(now),
                    Text::plain(t!(locale, "views-compare-not-comparable")),
                    Text::plain(t!(locale, "views-compare-not-comparable")),
                    Text::plain(""),
                ],
            }
        })
        .collect();
    let (o, n) = (&old.overall, &new.overall);
    rows.push([
        Text::plain(t!(locale, "views-compare-overall")),
        Text::plain(stage_level(oq, o.stage, o.level, locale)),
        Text::plain(stage_level(nq, n.stage, n.level, locale)),
        Text::change(level_change(o.level, n.level, marks, locale)),
        Text::change(score_change(o.progress, n.progress, marks, locale)),
        Text::plain(target(nq, n.target, c.overall, locale)),
    ]);
    rows
}

/// `Working: met now`
fn target(q: &Questionnaire, target: StageIndex, change: Change, locale: Locale) -> String {
    let status = match change.target {
        TargetStatus::StillMet => "still-met",
        TargetStatus::NowMet => "now-met",
        TargetStatus::NoLongerMet => "no-longer-met",
        TargetStatus::NotMet => "not-met",
    };
    t!(
        locale,
        "views-compare-target-status",
        target = q.stages[target].name.as_str(),
        status = status
    )
}

/// One question that moved, with its answers before and now (and what each chosen stage means,
/// with `detail`), in `locale`.
pub(crate) fn question_row_in(
    c: &Comparison<'_, '_>,
    qc: &QuestionChange,
    marks: Marks,
    detail: bool,
    locale: Locale,
) -> [Text; 5] {
    let nq = c.new.questionnaire;
    let question = nq.question(qc.new);
    let id = if c.old.questionnaire.question(qc.old).id == question.id {
        question.id.clone()
    } else {
        t!(
            locale,
            "views-compare-was",
            id = question.id.as_str(),
            old = c.old.questionnaire.question(qc.old).id.as_str()
        )
    };
    let change = match qc.movement {
        Movement::Improved | Movement::Declined => Text::change(if question.is_indicator() {
            credit_change(qc.delta, marks, locale)
        } else {
            stage_change(qc.delta.round() as i64, marks, locale)
        }),
        other => Text::plain(t!(locale, "views-movement", movement = movement(other))),
    };
    [
        Text::plain(id),
        Text::plain(nq.pillars[qc.new.pillar].name.clone()),
        Text::plain(side(c.old, qc.before, qc.old, detail, locale)),
        Text::plain(side(c.new, qc.after, qc.new, detail, locale)),
        change,
    ]
}

/// How a question moved, as the catalogue names it (`newly-answered`).
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

/// An answer as read: stage name (and, with `detail`, what it looks like for this question),
/// yes/partly/no, n/a or unanswered.
fn side(
    s: &Scored<'_>,
    side: Side,
    r: crate::model::QuestionRef,
    detail: bool,
    locale: Locale,
) -> String {
    let q = s.questionnaire;
    match side {
        Side::Stage(i) => {
            let name = &q.stages[i].name;
            match q.question(r).option_for(i).filter(|_| detail) {
                Some(option) => format!("{name}: {}", option.text.trim()),
                None => name.clone(),
            }
        }
        Side::Indicator(i) => t!(locale, "answer-indicator", value = i.as_str()),
        Side::NotApplicable => t!(locale, "answer-not-applicable"),
        Side::Unanswered => t!(locale, "answer-unanswered"),
    }
}

/// Questions that changed in other ways than up or down: newly answered, newly n/a, ...
pub(crate) fn other_changes<'c>(c: &'c Comparison<'_, '_>) -> Vec<&'c QuestionChange> {
    c.questions
        .iter()
        .filter(|q| {
            !matches!(
                q.movement,
                Movement::Improved | Movement::Declined | Movement::Unchanged
            )
        })
        .collect()
}

/// Every question that went up or down, largest weighted change first.
pub(crate) fn all_moved<'c>(c: &'c Comparison<'_, '_>) -> Vec<&'c QuestionChange> {
    let mut moved: Vec<&QuestionChange> = c
        .questions
        .iter()
        .filter(|q| matches!(q.movement, Movement::Improved | Movement::Declined))
        .collect();
    moved.sort_by(|a, b| b.weighted.abs().total_cmp(&a.weighted.abs()));
    moved
}

/// `Questions: 1 improved, 1 declined, 1 newly answered, 1 newly n/a, 2 unchanged.`
pub(crate) fn counts_in(c: &Comparison<'_, '_>, locale: Locale) -> String {
    let kinds = [
        Movement::Improved,
        Movement::Declined,
        Movement::NewlyAnswered,
        Movement::NewlyNotApplicable,
        Movement::NowApplicable,
        Movement::NoLongerAnswered,
        Movement::Unchanged,
    ];
    let parts: Vec<String> = kinds
        .iter()
        .map(|&k| (k, c.count(k)))
        .filter(|&(k, n)| n > 0 || matches!(k, Movement::Improved | Movement::Declined))
        .map(|(k, n)| {
            t!(
                locale,
                "views-movement-count",
                count = n,
                movement = movement(k)
            )
        })
        .collect();
    let mut line = t!(locale, "views-compare-counts", list = parts.join(", "));
    let id_list = |q: &Questionnaire, refs: &[crate::model::QuestionRef]| -> String {
        let ids: Vec<&str> = refs.iter().map(|r| q.question(*r).id.as_str()).collect();
        ids.join(", ")
    };
    if c.versions == Versions::OtherMinor {
        let version = c.new.questionnaire.version.to_string();
        if !c.added.is_empty() {
            let added = t!(
                locale,
                "views-compare-added-in",
                version = version.as_str(),
                ids = id_list(c.new.questionnaire, &c.added)
            );
            line.push_str(&format!(" {added}"));
        }
        if !c.removed.is_empty() {
            let removed = t!(
                locale,
                "views-compare-removed-in",
                version = version.as_str(),
                ids = id_list(c.old.questionnaire, &c.removed)
            );
            line.push_str(&format!(" {removed}"));
        }
    }
    line
}

/// A country as named in an assessment, or a placeholder.
pub(crate) fn country(s: &Scored<'_>, locale: Locale) -> String {
    match s.assessment.info.country.trim() {
        "" => t!(locale, "heading-no-country"),
        name => name.to_owned(),
    }
}
