//! Languages: which language a text is in, and how a user names one.
//!
//! Today this holds [`Language`], the language of a questionnaire and of its translations. The
//! words of the interface itself (message catalogues, local number and date formats) belong here
//! too, so that the rest of the library names a language in one way. Uses nothing else of ours.

mod language;

pub use language::{Language, LanguageError};
