//! The Verification block of the cohort report: a heading, what the fingerprints are, and one
//! labelled line each. (The single report's method is a section of its document.)

use super::super::layout::{Flow, Style};
use crate::t;

/// Draws the Verification block.
pub(super) fn verification(flow: &mut Flow<'_>, intro: &str, fingerprints: &[(&str, &str)]) {
    flow.space(10.0);
    let heading = t!(flow.locale(), "report-verification");
    flow.heading(&heading, &Style::h2(), 80.0);
    flow.advance(2.0);
    flow.paragraph(intro, &Style::body(), 0.0);
    flow.advance(6.0);
    let lines: Vec<(String, String)> = fingerprints
        .iter()
        .map(|(l, v)| ((*l).to_owned(), (*v).to_owned()))
        .collect();
    super::blocks::fingerprints(flow, &lines);
}
