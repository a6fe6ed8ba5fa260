//! Test doubles for the fill flow: a prompter that replies from a script and records what it
//! was shown, and a store that keeps every saved text in memory. Compiled for the unit tests
//! only; they are not part of the library.

use std::collections::VecDeque;

use super::prompter::{PickAsk, PromptError, Prompter, QuestionAction, QuestionScreen, TextAsk};
use super::store::Store;

/// One scripted reply.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Step {
    /// Reply to a text prompt ("" accepts the initial text, else the default, if any).
    Text(String),
    /// Reply to a pick with this index.
    Pick(usize),
    /// Reply to a question screen.
    Act(QuestionAction),
    /// Press Ctrl-C at the next prompt, whatever it is.
    Interrupt,
}

/// What a scripted prompter was shown, for tests to check.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Shown {
    /// A message.
    Said(String),
    /// A question screen: the question id and the label of the preselected choice.
    Question {
        /// The question id.
        id: String,
        /// Label of the preselected choice.
        selected: String,
    },
    /// A text or pick prompt.
    Asked(String),
    /// A confirmation that something was saved.
    Saved(String),
}

/// A prompter that replies from a script and records what it was shown. When the script runs
/// out it interrupts, as a person pressing Ctrl-C would.
#[derive(Debug, Default)]
pub(crate) struct ScriptedPrompter {
    steps: VecDeque<Step>,
    /// Everything shown so far, in order.
    pub(crate) shown: Vec<Shown>,
    /// The help entry of every question screen shown: question id, then its paragraphs.
    pub(crate) helps: Vec<(String, Vec<String>)>,
}

impl ScriptedPrompter {
    /// A prompter that will reply with `steps`, in order.
    pub(crate) fn new(steps: impl IntoIterator<Item = Step>) -> Self {
        ScriptedPrompter {
            steps: steps.into_iter().collect(),
            shown: Vec::new(),
            helps: Vec::new(),
        }
    }

    /// Whether every step was used.
    pub(crate) fn finished(&self) -> bool {
        self.steps.is_empty()
    }

    /// The ids of the question screens shown, in order.
    pub(crate) fn questions(&self) -> Vec<&str> {
        self.shown
            .iter()
            .filter_map(|s| match s {
                Shown::Question { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Every message, in order.
    pub(crate) fn said(&self) -> Vec<&str> {
        self.shown
            .iter()
            .filter_map(|s| match s {
                Shown::Said(t) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }

    fn next(&mut self, what: &str) -> Result<Step, PromptError> {
        match self.steps.pop_front() {
            None | Some(Step::Interrupt) => {
                self.shown
                    .push(Shown::Asked(format!("{what} (interrupted)")));
                Err(PromptError::Interrupted)
            }
            Some(step) => Ok(step),
        }
    }

    fn wrong(what: &str, step: &Step) -> PromptError {
        PromptError::Failed(format!("the script replies {step:?} to {what}"))
    }
}

impl Prompter for ScriptedPrompter {
    fn say(&mut self, text: &str) {
        self.shown.push(Shown::Said(text.to_owned()));
    }

    fn saved(&mut self, text: &str) {
        self.shown.push(Shown::Saved(text.to_owned()));
    }

    fn question(&mut self, screen: &QuestionScreen<'_>) -> Result<QuestionAction, PromptError> {
        let selected = screen.choices.get(screen.selected).map(|c| c.label.clone());
        self.helps
            .push((screen.id.to_owned(), screen.help_paragraphs()));
        self.shown.push(Shown::Question {
            id: screen.id.to_owned(),
            selected: selected.unwrap_or_default(),
        });
        match self.next(screen.id)? {
            Step::Act(action) if screen.choices.iter().any(|c| c.value == action) => Ok(action),
            step => Err(Self::wrong(screen.id, &step)),
        }
    }

    fn text(&mut self, ask: &TextAsk<'_>) -> Result<String, PromptError> {
        self.shown.push(Shown::Asked(ask.prompt.to_owned()));
        match self.next(ask.prompt)? {
            Step::Text(t) if t.is_empty() => {
                Ok(ask.initial.or(ask.default).unwrap_or_default().to_owned())
            }
            Step::Text(t) => Ok(t),
            step => Err(Self::wrong(ask.prompt, &step)),
        }
    }

    fn pick(&mut self, ask: &PickAsk<'_, usize>) -> Result<usize, PromptError> {
        self.shown.push(Shown::Asked(ask.prompt.to_owned()));
        match self.next(ask.prompt)? {
            Step::Pick(i) if i < ask.choices.len() => Ok(ask.choices[i].value),
            step => Err(Self::wrong(ask.prompt, &step)),
        }
    }
}

/// A store that keeps every saved text, for tests.
#[derive(Debug, Default, Clone)]
pub(crate) struct MemoryStore {
    /// Every text saved, oldest first.
    pub(crate) saves: Vec<String>,
}

impl MemoryStore {
    /// The text saved last, if any.
    pub(crate) fn last(&self) -> Option<&str> {
        self.saves.last().map(String::as_str)
    }
}

impl Store for MemoryStore {
    fn save(&mut self, text: &str) -> std::io::Result<()> {
        self.saves.push(text.to_owned());
        Ok(())
    }
}
