//! cyberassess: national cyber security strategy maturity self-assessment.
//!
//! The library holds the pure core — [`model`], [`parse`], [`score`], [`select`], [`compare`],
//! [`merge`] — the [`loader`] that reads files, the [`render`]ers that turn a scored assessment
//! into bytes, and the JSON [`schema`]s of the file formats, for editors. It never prints: the
//! binary decides what goes to the terminal and what goes to files.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod builtin;
pub mod carry;
pub mod compare;
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
pub mod words;
