//! The report laid out on pages: the cover, then each section of the [`Document`] with its
//! blocks, then the header and footer of every page.
//!
//! The document decides what is said and in which order; this module decides how each kind of
//! block looks and where it goes ([`Flow`] breaks the pages). Any section the document gains is
//! laid out here without change, as long as it is made of the existing kinds of block.

use std::collections::BTreeSet;

use printpdf::Op;

mod blocks;
pub(super) mod cohort;
mod cover;
mod method;
mod page;

use super::Paper;
use super::fonts::Fonts;
use super::layout::{Flow, Geometry, Style};
use crate::report::{Block, Document, Section, Start};

/// Space above a section that starts on the page where the one before it ended.
const SECTION_GAP: f32 = 30.0;

/// Space above a section that follows the one before it on the same page.
const FOLLOW_GAP: f32 = 20.0;

/// Lays out the whole report; returns the pages' operations and the characters the font lacks.
pub(super) fn build(fonts: &Fonts, doc: &Document, paper: Paper) -> (Vec<Vec<Op>>, BTreeSet<char>) {
    let geometry = Geometry::for_paper(paper);
    let mut flow = Flow::new(fonts, geometry).in_locale(doc.options.locale);
    let cover = cover::cover(&mut flow, doc);
    for section in &doc.sections {
        self::section(&mut flow, section, cover.assessors_cut);
    }
    let sections = flow.marks().to_vec();
    let (mut pages, mut missing) = flow.finish();
    if let (Some(top), Some(first)) = (cover.contents, pages.first_mut()) {
        cover::table_of_contents(fonts, first, top, &sections, geometry, &mut missing);
    }
    page::decorate(fonts, &mut pages, doc, geometry, &mut missing);
    (pages, missing)
}

/// One section: where it starts, its heading (kept with what follows and listed in the
/// contents), then its blocks with the space between them.
fn section(flow: &mut Flow<'_>, section: &Section, assessors_cut: bool) {
    flow.set_running(None);
    match section.start {
        Start::NewPage => flow.new_page(),
        Start::Break => flow.section_break(SECTION_GAP),
        Start::Follow => flow.space(FOLLOW_GAP),
    }
    flow.heading(&section.title, &Style::h1(), 80.0);
    flow.mark(&section.contents);
    flow.set_running(section.running.clone());
    flow.advance(4.0);
    let mut previous: Option<&Block> = None;
    for block in &section.blocks {
        if matches!(block, Block::AllAssessors { .. }) && !assessors_cut {
            continue;
        }
        if let Some(previous) = previous {
            blocks::gap(flow, previous, block);
        }
        blocks::block(flow, block);
        previous = Some(block);
    }
    flow.set_running(None);
}
