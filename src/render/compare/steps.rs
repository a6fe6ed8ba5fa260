//! The next steps of a comparison: done since the earlier assessment, still open, new, and
//! those no longer asked for, each list under its heading, in the language asked for.

use crate::compare::Comparison;
use crate::i18n::Locale;
use crate::model::Questionnaire;
use crate::render::format::local_date;
use crate::score::NextStep;
use crate::t;

/// Column titles of the next-step tables, in `locale`.
pub(crate) fn step_header(locale: Locale) -> [String; 4] {
    [
        t!(locale, "views-column-pillar"),
        t!(locale, "views-column-question"),
        t!(locale, "views-column-from-to"),
        t!(locale, "views-column-action"),
    ]
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
    locale: Locale,
) -> Vec<(String, &'a Questionnaire, Vec<&'c NextStep<'a>>)> {
    let (oq, nq) = (c.old.questionnaire, c.new.questionnaire);
    let since = local_date(c.old.assessment.info.assessed_on, locale);
    let steps = &c.steps;
    let mut sections = vec![(
        t!(
            locale,
            "views-compare-steps-done",
            date = since,
            count = steps.done.len()
        ),
        oq,
        steps.done.iter().collect::<Vec<_>>(),
    )];
    let shown = steps.open.len().min(top);
    sections.push((
        t!(
            locale,
            "views-compare-steps-open",
            shown = shown,
            count = steps.open.len()
        ),
        nq,
        steps.open.iter().take(top).collect(),
    ));
    sections.push((
        t!(locale, "views-compare-steps-new", count = steps.new.len()),
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
            t!(locale, "views-compare-steps-dropped", count = dropped.len()),
            oq,
            dropped,
        ));
    }
    if !unmatched.is_empty() {
        sections.push((
            t!(
                locale,
                "views-compare-steps-unmatched",
                old = oq.version.to_string(),
                new = nq.version.to_string(),
                count = unmatched.len()
            ),
            oq,
            unmatched,
        ));
    }
    sections
}
