//! The report's sections, in order: cover, summary (table and charts), priorities, one section
//! per pillar, the glossary annex (when the questionnaire has one), and the method with the
//! verification hashes; then the header and footer of every page.
//!
//! Decides what is said and in which order; [`Flow`] decides where it goes. Numbers are
//! formatted by the shared helpers in `render::format`, so the PDF agrees with the table.

use std::collections::BTreeSet;

use printpdf::Op;

pub(super) mod cohort;
mod cover;
mod glossary;
mod method;
mod page;
mod pillar;
mod summary;

use super::PdfOptions;
use super::fonts::Fonts;
use super::layout::{Flow, Geometry};
use crate::score::Scored;

/// Width of the label column in labelled paragraphs.
const TAB: f32 = 64.0;

/// Lays out the whole report; returns the pages' operations and the characters the font lacks.
pub(super) fn build(
    fonts: &Fonts,
    s: &Scored<'_>,
    options: &PdfOptions,
) -> (Vec<Vec<Op>>, BTreeSet<char>) {
    let geometry = Geometry::for_paper(options.paper);
    let mut flow = Flow::new(fonts, geometry);
    let marking = options
        .marking
        .clone()
        .or_else(|| s.assessment.info.marking.clone());
    let draft = draft(s);
    let cover = cover::cover(&mut flow, s, options, marking.as_deref(), draft.as_deref());
    flow.new_page();
    summary::summary(&mut flow, s);
    let steps = s.next_steps();
    summary::priorities(&mut flow, s, &steps, options.top);
    for p in &s.pillars {
        flow.set_running(None);
        flow.section_break(SECTION_GAP);
        pillar::pillar(&mut flow, s, p, &steps, options);
    }
    glossary::annex(&mut flow, s);
    flow.set_running(None);
    flow.section_break(SECTION_GAP);
    method::method(&mut flow, s, options, cover.assessors_cut);
    let sections = flow.marks().to_vec();
    let (mut pages, mut missing) = flow.finish();
    if let (Some(top), Some(first)) = (cover.contents, pages.first_mut()) {
        cover::table_of_contents(fonts, first, top, &sections, geometry, &mut missing);
    }
    page::decorate(
        fonts,
        &mut pages,
        s,
        marking.as_deref(),
        draft.as_deref(),
        geometry,
        &mut missing,
    );
    (pages, missing)
}

/// Space above a section that starts on the page where the one before it ended.
const SECTION_GAP: f32 = 30.0;

/// "Draft: 33 of 43 questions unanswered", while any question has no answer (`n/a` counts as
/// an answer); `None` once every question is answered.
fn draft(s: &Scored<'_>) -> Option<String> {
    let total: usize = s.pillars.iter().map(|p| p.total).sum();
    let unanswered: usize = s.pillars.iter().map(|p| p.total - p.answered).sum();
    (unanswered > 0).then(|| format!("Draft: {unanswered} of {total} questions unanswered"))
}

fn country<'a>(s: &Scored<'a>) -> &'a str {
    let c = s.assessment.info.country.as_str();
    if c.is_empty() {
        "(no country given)"
    } else {
        c
    }
}

fn stage_name<'a>(s: &Scored<'a>, stage: usize) -> &'a str {
    s.questionnaire
        .stages
        .get(stage)
        .map_or("?", |st| st.name.as_str())
}
