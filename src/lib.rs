//! cyberassess: national cyber security strategy maturity self-assessment.
//!
//! The library holds the pure core — [`model`], [`parse`], [`score`], [`select`], [`compare`],
//! [`merge`], [`plan`] — the [`loader`] that reads files, the [`render`]ers that turn a scored
//! assessment into bytes, and the JSON [`schema`]s of the file formats, for editors. It never
//! prints: the binary decides what goes to the terminal and what goes to files.
//!
//! A program that embeds the scorer parses a questionnaire (one of the [`builtin`] ones, or its
//! own text), resolves an answers file against it and scores the result. Every problem comes
//! back as a [`diagnostic::Diagnostic`] with its place in the file, never as a panic.
//!
//! ```
//! use cyberassess::{builtin, parse, score};
//!
//! let text = builtin::find("ncss-maturity").expect("built in").text;
//! let questionnaire = parse::parse_questionnaire(text).value.expect("a valid questionnaire");
//!
//! let answers = r#"
//! questionnaire = "ncss-maturity"
//!
//! [assessment]
//! country = "Exampleland"
//! assessed_on = 2026-03-14
//! "#;
//! let file = parse::parse_answers(answers).value.expect("a valid answers file");
//! let assessment = parse::resolve_answers(&file, &questionnaire)
//!     .value
//!     .expect("answers that fit the questionnaire");
//!
//! let scored = score::score(&questionnaire, &assessment);
//! // Nothing answered yet: every pillar is at the lowest stage, level 1, with no progress.
//! assert_eq!(scored.overall.stage.number(), 1);
//! assert_eq!(scored.overall.progress, 0.0);
//! assert_eq!(scored.unanswered(), scored.total());
//! let first = &questionnaire.stages[scored.overall.stage];
//! assert!(!first.name.is_empty());
//! ```
//!
//! Words used throughout: a *stage* is a step of the questionnaire's scale, named by a
//! [`model::StageIndex`] (from 0; its number, from 1, is the whole level it stands for); a
//! *level* is a result from 1 to the number of stages, possibly fractional; *progress* is the
//! same result from 0 to 100 % (written `score` in the JSON and CSV outputs); the *details* of an
//! assessment are its `[assessment]` table (country, date, assessors, target), and *evidence*
//! means an answer's evidence and notes.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod builtin;
pub mod carry;
pub mod compare;
#[cfg(feature = "corpus")]
pub mod corpus;
pub mod diagnostic;
pub mod fill;
pub mod import;
pub mod loader;
pub mod merge;
pub mod model;
pub mod parse;
pub mod plan;
pub mod render;
pub mod schema;
pub mod score;
pub mod select;
pub mod template;
