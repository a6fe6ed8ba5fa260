//! The words and rows of a comparison, shared by the table and Markdown renderers so both say
//! the same thing; each lays them out its own way.

use crate::compare::{
    Change, Comparison, Direction, Movement, QuestionChange, Side, TargetStatus, Versions,
};
use crate::model::{Questionnaire, StageIndex};
use crate::render::format::{fmt_date, fmt_level};
use crate::score::{NextStep, Scored};

use super::change::{
    Marks, fmt_credit_change, fmt_level_change, fmt_score_change, fmt_stage_change,
};
use super::{Compared, Single};

/// A cell's text and, for a change, its direction (for colour).
#[derive(Debug, Clone)]
pub(crate) struct Text {
    pub(crate) text: String,
    pub(crate) direction: Option<Direction>,
}

impl Text {
    fn plain(text: impl Into<String>) -> Self {
        Text {
            text: text.into(),
            direction: None,
        }
    }

    fn change((text, direction): (String, Direction)) -> Self {
        Text {
            text,
            direction: Some(direction),
        }
    }
}

/// Column titles of the pillar table.
pub(crate) const PILLAR_HEADER: [&str; 6] = ["Pillar", "Before", "Now", "Level", "Score", "Target"];

/// Column titles of the question tables.
pub(crate) const QUESTION_HEADER: [&str; 5] = ["Question", "Pillar", "Before", "Now", "Change"];

/// Column titles of the next-step tables.
pub(crate) const STEP_HEADER: [&str; 4] = ["Pillar", "Question", "From → to", "Action"];

/// `Fictiland · 2024-03-01 → 2026-03-01 · mini-weighted 1.2.0`
pub(crate) fn title(compared: &Compared<'_, '_>) -> String {
    let c = &compared.comparison;
    let (o, n) = (c.old, c.new);
    let country = country(n);
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
        fmt_date(o.assessment.info.assessed_on),
        fmt_date(n.assessment.info.assessed_on)
    )
}

/// `Before: old.toml · now: new.toml`
pub(crate) fn files(compared: &Compared<'_, '_>) -> String {
    format!(
        "Before: {} · now: {}",
        compared.old_source, compared.new_source
    )
}

/// What a reader must know before reading the numbers: other countries, other versions.
pub(crate) fn notes(c: &Comparison<'_, '_>) -> Vec<String> {
    let (oq, nq) = (c.old.questionnaire, c.new.questionnaire);
    let mut notes = Vec::new();
    if !c.same_country {
        notes.push(format!(
            "Different countries: {} before, {} now.",
            country(c.old),
            country(c.new)
        ));
    }
    match c.versions {
        Versions::Same => {}
        Versions::OtherMinor => notes.push(format!(
            "Questionnaire versions {} and {}: questions are matched by id; {} added and {} \
             removed are listed, not counted as change.",
            oq.version,
            nq.version,
            c.added.len(),
            c.removed.len()
        )),
        Versions::OtherMajor => notes.push(format!(
            "Questionnaire versions {} and {} (another major version): pillars are compared by \
             id and the overall result as it stands; {} of the {} questions now are matched to \
             one before, the others are not comparable.",
            oq.version,
            nq.version,
            c.questions.len(),
            nq.question_count()
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
        notes.push(format!(
            "Pillars only in {} (not comparable): {}.",
            nq.version,
            new.join(", ")
        ));
    }
    if !gone.is_empty() {
        notes.push(format!(
            "Pillars only in {} (not comparable): {}.",
            oq.version,
            gone.join(", ")
        ));
    }
    notes
}

/// One row per pillar, then the overall row.
pub(crate) fn pillar_rows(c: &Comparison<'_, '_>, marks: Marks) -> Vec<[Text; 6]> {
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
            let side = |s: Option<(&Questionnaire, StageIndex, f64)>, version| match s {
                Some((q, stage, level)) => {
                    format!(
                        "{} {}",
                        q.stages[stage].name,
                        fmt_level(level, q.stage_count())
                    )
                }
                None => format!("not in {version}"),
            };
            let before = side(o.map(|o| (oq, o.stage, o.level)), &oq.version);
            let now = side(n.map(|n| (nq, n.stage, n.level)), &nq.version);
            match (o, n, p.change) {
                (Some(o), Some(n), Some(change)) => [
                    Text::plain(name),
                    Text::plain(before),
                    Text::plain(now),
                    Text::change(fmt_level_change(o.level, n.level, marks)),
                    Text::change(fmt_score_change(o.progress, n.progress, marks)),
                    Text::plain(target(nq, n.target, change)),
                ],
                _ => [
                    Text::plain(name),
                    Text::plain(before),
                    Text::plain(now),
                    Text::plain("not comparable"),
                    Text::plain("not comparable"),
                    Text::plain(""),
                ],
            }
        })
        .collect();
    let (o, n) = (&old.overall, &new.overall);
    rows.push([
        Text::plain("Overall"),
        Text::plain(format!(
            "{} {}",
            oq.stages[o.stage].name,
            fmt_level(o.level, oq.stage_count())
        )),
        Text::plain(format!(
            "{} {}",
            nq.stages[n.stage].name,
            fmt_level(n.level, nq.stage_count())
        )),
        Text::change(fmt_level_change(o.level, n.level, marks)),
        Text::change(fmt_score_change(o.progress, n.progress, marks)),
        Text::plain(target(nq, n.target, c.overall)),
    ]);
    rows
}

/// `Working: met now`
fn target(q: &Questionnaire, target: StageIndex, change: Change) -> String {
    let status = match change.target {
        TargetStatus::StillMet => "met",
        TargetStatus::NowMet => "met now",
        TargetStatus::NoLongerMet => "no longer met",
        TargetStatus::NotMet => "not met",
    };
    format!("{}: {status}", q.stages[target].name)
}

/// One question that moved, with its answers before and now (and what each chosen stage means,
/// with `detail`).
pub(crate) fn question_row(
    c: &Comparison<'_, '_>,
    qc: &QuestionChange,
    marks: Marks,
    detail: bool,
) -> [Text; 5] {
    let nq = c.new.questionnaire;
    let question = nq.question(qc.new);
    let id = if c.old.questionnaire.question(qc.old).id == question.id {
        question.id.clone()
    } else {
        format!(
            "{} (was {})",
            question.id,
            c.old.questionnaire.question(qc.old).id
        )
    };
    let change = match qc.movement {
        Movement::Improved | Movement::Declined => Text::change(if question.is_indicator() {
            fmt_credit_change(qc.delta, marks)
        } else {
            fmt_stage_change(qc.delta.round() as i64, marks)
        }),
        other => Text::plain(movement(other)),
    };
    [
        Text::plain(id),
        Text::plain(nq.pillars[qc.new.pillar].name.clone()),
        Text::plain(side(c.old, qc.before, qc.old, detail)),
        Text::plain(side(c.new, qc.after, qc.new, detail)),
        change,
    ]
}

/// How a question moved, in words.
pub(crate) fn movement(m: Movement) -> &'static str {
    match m {
        Movement::Improved => "improved",
        Movement::Declined => "declined",
        Movement::NewlyAnswered => "newly answered",
        Movement::NewlyNotApplicable => "newly n/a",
        Movement::NowApplicable => "applicable again",
        Movement::NoLongerAnswered => "no longer answered",
        Movement::Unchanged => "unchanged",
    }
}

/// An answer as read: stage name (and, with `detail`, what it looks like for this question),
/// yes/partly/no, n/a or unanswered.
fn side(s: &Scored<'_>, side: Side, r: crate::model::QuestionRef, detail: bool) -> String {
    let q = s.questionnaire;
    match side {
        Side::Stage(i) => {
            let name = &q.stages[i].name;
            match q.question(r).option_for(i).filter(|_| detail) {
                Some(option) => format!("{name}: {}", option.text.trim()),
                None => name.clone(),
            }
        }
        Side::Indicator(i) => i.as_str().to_owned(),
        Side::NotApplicable => "n/a".to_owned(),
        Side::Unanswered => "unanswered".to_owned(),
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
pub(crate) fn counts(c: &Comparison<'_, '_>) -> String {
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
        .map(|(k, n)| format!("{n} {}", movement(k)))
        .collect();
    let mut line = format!("Questions: {}.", parts.join(", "));
    let id_list = |q: &Questionnaire, refs: &[crate::model::QuestionRef]| -> String {
        let ids: Vec<&str> = refs.iter().map(|r| q.question(*r).id.as_str()).collect();
        ids.join(", ")
    };
    if c.versions == Versions::OtherMinor {
        if !c.added.is_empty() {
            line.push_str(&format!(
                " Added in {}: {}.",
                c.new.questionnaire.version,
                id_list(c.new.questionnaire, &c.added)
            ));
        }
        if !c.removed.is_empty() {
            line.push_str(&format!(
                " Not in {}: {}.",
                c.new.questionnaire.version,
                id_list(c.old.questionnaire, &c.removed)
            ));
        }
    }
    line
}

/// One next step as text.
pub(crate) fn step_row(q: &Questionnaire, step: &NextStep<'_>) -> [String; 4] {
    [
        q.pillars[step.question.pillar].name.clone(),
        q.question(step.question).id.clone(),
        format!("{} → {}", q.stages[step.from].name, q.stages[step.to].name),
        step.action.trim().to_owned(),
    ]
}

/// The step lists with their headings, each with the questionnaire its steps refer to.
pub(crate) fn step_sections<'c, 'a>(
    c: &'c Comparison<'_, 'a>,
    top: usize,
) -> Vec<(String, &'a Questionnaire, Vec<&'c NextStep<'a>>)> {
    let (oq, nq) = (c.old.questionnaire, c.new.questionnaire);
    let since = fmt_date(c.old.assessment.info.assessed_on);
    let steps = &c.steps;
    let mut sections = vec![(
        format!("Next steps done since {since} ({})", steps.done.len()),
        oq,
        steps.done.iter().collect::<Vec<_>>(),
    )];
    let shown = steps.open.len().min(top);
    sections.push((
        format!("Next steps still open ({shown} of {})", steps.open.len()),
        nq,
        steps.open.iter().take(top).collect(),
    ));
    sections.push((
        format!("New next steps ({})", steps.new.len()),
        nq,
        steps.new.iter().collect(),
    ));
    // Steps whose question has no counterpart now cannot be followed up; the others were
    // matched but are no longer asked for.
    let (unmatched, dropped): (Vec<&NextStep<'a>>, Vec<&NextStep<'a>>) = steps
        .dropped
        .iter()
        .partition(|s| c.removed.contains(&s.question));
    if !dropped.is_empty() {
        sections.push((
            format!(
                "Next steps no longer asked for ({}): the question is n/a now, or its target \
                 is lower",
                dropped.len()
            ),
            oq,
            dropped,
        ));
    }
    if !unmatched.is_empty() {
        sections.push((
            format!(
                "Next steps of {} whose question is not in {} ({}): not comparable",
                oq.version,
                nq.version,
                unmatched.len()
            ),
            oq,
            unmatched,
        ));
    }
    sections
}

/// A country as named in an assessment, or a placeholder.
pub(crate) fn country<'s>(s: &'s Scored<'_>) -> &'s str {
    match s.assessment.info.country.trim() {
        "" => "(no country)",
        name => name,
    }
}

/// `Isla Ñandú (2025-01-01, isla.toml)`: a country with one assessment.
pub(crate) fn single(single: &Single<'_, '_>) -> String {
    format!(
        "{} ({}, {})",
        country(single.scored),
        fmt_date(single.scored.assessment.info.assessed_on),
        single.source
    )
}

/// Comparisons grouped for summary tables: one group per questionnaire id and major version,
/// in order of first appearance.
pub(crate) fn groups<'c, 's, 'a>(
    comparisons: &'c [Compared<'s, 'a>],
) -> Vec<Vec<&'c Compared<'s, 'a>>> {
    let mut groups: Vec<Vec<&Compared<'_, '_>>> = Vec::new();
    for c in comparisons {
        let q = c.comparison.new.questionnaire;
        match groups.iter_mut().find(|g| {
            let first = g[0].comparison.new.questionnaire;
            first.id == q.id && first.version.major == q.version.major
        }) {
            Some(g) => g.push(c),
            None => groups.push(vec![c]),
        }
    }
    groups
}

/// The summary table's header for a group: country, dates, each pillar, overall.
pub(crate) fn summary_header(q: &Questionnaire) -> Vec<String> {
    let mut header = vec!["Country".to_owned(), "Before → now".to_owned()];
    header.extend(q.pillars.iter().map(|p| p.name.clone()));
    header.push("Overall".to_owned());
    header
}

/// One country's row of the summary table: the change in level of each pillar of `q` (matched
/// by id) and overall. `separator` goes between the two dates: a line break in a terminal
/// table, a space in Markdown.
pub(crate) fn summary_row(
    q: &Questionnaire,
    compared: &Compared<'_, '_>,
    marks: Marks,
    separator: &str,
) -> Vec<Text> {
    let c = &compared.comparison;
    let (old, new) = (c.old, c.new);
    let mut row = vec![
        Text::plain(country(new)),
        Text::plain(format!(
            "{}{separator}→ {}",
            fmt_date(old.assessment.info.assessed_on),
            fmt_date(new.assessment.info.assessed_on)
        )),
    ];
    for pillar in &q.pillars {
        let levels = c.pillars.iter().find_map(|p| {
            let n = new.pillars.get(p.new?)?;
            let o = old.pillars.get(p.old?)?;
            (new.questionnaire.pillars[n.pillar].id == pillar.id).then_some((o.level, n.level))
        });
        row.push(match levels {
            Some((o, n)) => Text::change(fmt_level_change(o, n, marks)),
            None => Text::plain("not comparable"),
        });
    }
    row.push(Text::change(fmt_level_change(
        old.overall.level,
        new.overall.level,
        marks,
    )));
    row
}
