//! Filling in a questionnaire interactively: the flow of questions, the prompts it needs, and the
//! answers file edited after every answer.
//!
//! Everything here is pure against two small traits: a [`Prompter`] that asks the person at the
//! keyboard (the terminal one lives in the binary; a scripted one drives the unit tests) and a
//! [`Store`] that saves the file's text. This module never prints and never touches a terminal
//! or a file.

/// Leaves the calling function with [`Ending::Interrupted`] when the person left (a prompt
/// result turned into flow control by `flow::asked`).
macro_rules! ask {
    ($e:expr) => {
        match $crate::fill::flow::asked($e)? {
            Some(v) => v,
            None => return Ok($crate::fill::Ending::Interrupted),
        }
    };
}

mod answers_doc;
#[cfg(test)]
mod carry_tests;
#[cfg(test)]
mod consensus_tests;
mod details;
mod evidence;
mod flow;
mod prompter;
mod screen;
#[cfg(test)]
mod scripted;
mod start;
mod store;
#[cfg(test)]
mod tests;
mod wrap;

pub use answers_doc::{AnswersDoc, AnswersDocError, Details, response_text};
pub use details::{Detail, DetailKey};
pub use flow::{Ending, FillError, Prefill, Settings, Start, Summary, fill};
pub use prompter::{
    Choice, PickAsk, PromptError, Prompter, QuestionAction, QuestionScreen, TextAsk,
};
#[cfg(test)]
use scripted::{MemoryStore, ScriptedPrompter, Shown, Step};
pub use store::Store;
pub use wrap::wrap;
