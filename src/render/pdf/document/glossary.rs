//! The Glossary annex: the questionnaire's terms and their definitions, after the pillar
//! sections, so a reader meeting "SIM3" or "production order" in a question can look it up.
//! Nothing is added when the questionnaire has no glossary.

use super::super::draw::palette;
use super::super::layout::{Flow, Style};
use crate::score::Scored;

/// Indent of a definition under its term.
const INDENT: f32 = 14.0;

/// The annex on a new page, when the questionnaire has a glossary.
pub(super) fn annex(flow: &mut Flow<'_>, s: &Scored<'_>) {
    let q = s.questionnaire;
    if q.glossary.is_empty() {
        return;
    }
    flow.set_running(None);
    flow.new_page();
    flow.heading("Glossary", &Style::h1(), 80.0);
    flow.mark("Glossary");
    flow.set_running(Some("Glossary".to_owned()));
    flow.advance(4.0);
    flow.paragraph(
        &format!(
            "The terms used in the questions of {} ({}), in plain words.",
            q.title,
            q.id_version()
        ),
        &Style::body().color(palette::muted()),
        0.0,
    );
    flow.advance(8.0);
    for entry in &q.glossary {
        let term_h = flow.paragraph_height(&entry.term, &Style::strong(), 0.0);
        let definition_h = flow.paragraph_height(&entry.definition, &Style::body(), INDENT);
        flow.keep(
            term_h + definition_h + 2.0,
            term_h + 2.0 * Style::body().leading,
        );
        flow.paragraph(&entry.term, &Style::strong(), 0.0);
        flow.advance(2.0);
        flow.paragraph(&entry.definition, &Style::body(), INDENT);
        flow.advance(8.0);
    }
}
