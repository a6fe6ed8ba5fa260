//! Languages: which language a text is in, and the words of the interface in each.
//!
//! - [`Language`]: a language tag, the language of a questionnaire and of its translations.
//! - [`Locale`]: one of the languages the interface and the reports speak (English, Spanish,
//!   French, Portuguese), how the environment chooses one, and how numbers and dates are
//!   written in it.
//! - The message catalogues (`catalogue/LANG/*.ftl`, Project Fluent), read with
//!   [`t!`](crate::t): every word a person reads is looked up here at the edge, by the
//!   renderers and the application, so the core returns data and a language is added by adding
//!   its catalogue.
//!
//! Uses nothing else of ours.

mod catalogue;
mod language;
mod locale;

pub use catalogue::Args;
pub use language::{Language, LanguageError};
pub use locale::Locale;
