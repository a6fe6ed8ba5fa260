//! cyberassess: national cyber security strategy maturity self-assessment.
//!
//! The library holds the pure core — [`model`], [`parse`], [`score`] — the [`loader`] that reads
//! files, and the [`render`]ers that turn a scored assessment into bytes. It never prints: the
//! binary decides what goes to the terminal and what goes to files.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod builtin;
pub mod carry;
pub mod corpus;
pub mod diagnostic;
pub mod fill;
pub mod import;
pub mod loader;
pub mod model;
pub mod parse;
pub mod plan;
pub mod render;
pub mod score;
pub mod template;
