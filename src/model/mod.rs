//! The questionnaire and answers data model: plain values, already validated.
//!
//! Everything here is built by [`crate::parse`] from TOML text and is pure data. Nothing in this
//! module reads files, prints, or knows about the command line.

mod answers;
mod questionnaire;
mod record;
mod stage_index;
mod translation;
pub mod workbook;

pub use answers::{
    Answer, Answers, Assessment, AssessmentInfo, IndicatorAnswer, Response, UnansweredNotes,
};
pub(crate) use questionnaire::mentions_in;
pub use questionnaire::{
    GlossaryEntry, Method, Overall, Pillar, Question, QuestionKind, QuestionRef, Questionnaire,
    Scoring, Stage, StageOption, mentions,
};
pub use record::{Record, Records, RespondentAnswer, Status};
pub use stage_index::StageIndex;
pub use translation::{Text, Translation, texts_of, translate};
