//! The fill flow: assessment details for a new file, then the questions pillar by pillar (or only
//! the disputed ones, or the targets), saving the file after every answer.
//!
//! The flow decides what to ask and in which order, and what is written; it never draws anything
//! itself ([`Prompter`]) and never touches the disk ([`Store`]). Each text is checked with the
//! answers parser before it is saved, so a saved file always reads back. Whatever is written is
//! saved first and confirmed on screen after ([`Prompter::saved`]), never the other way round.

use super::answers_doc::{AnswersDoc, AnswersDocError, Details};
use super::details::DetailKey;
use super::prompter::{PromptError, Prompter};
use super::store::Store;
use crate::carry::needs_review;
use crate::i18n::Locale;
use crate::model::{Answer, Answers, Assessment, QuestionRef, Questionnaire, Records, StageIndex};

/// Which questions the flow walks through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The questions not answered yet, and answers carried over and not reviewed yet.
    Unanswered,
    /// Every question, the current answer preselected and marked (`--review`).
    Review,
    /// Only the disputed questions of a consensus, each to settle or to leave disputed
    /// (`--disputed`).
    Disputed,
    /// No question: the overall target, then each pillar's (`--targets`).
    Targets,
}

/// How the flow runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Which questions to walk through.
    pub mode: Mode,
    /// Do not ask for evidence and notes (n/a still asks why).
    pub quick: bool,
    /// Today's date, `YYYY-MM-DD`, offered as the assessment date.
    pub today: String,
    /// The answers file as named in messages.
    pub file: String,
    /// The language of the prompts, menus and messages (the questions come in the
    /// questionnaire's texts as given).
    pub locale: Locale,
}

/// What the flow starts from.
#[derive(Debug, Clone)]
pub enum Start {
    /// No file yet: ask the details first. `reference` is how the new file names its
    /// questionnaire (built-in id, or path relative to the file).
    New {
        /// Built-in id or relative path.
        reference: String,
    },
    /// No file yet, started from an older answers file (`fill --from`): the details are asked
    /// with the old ones offered, then the carried-over answers are written, each marked for
    /// review, and the flow shows them among the questions still to answer.
    Carried {
        /// Built-in id or relative path.
        reference: String,
        /// The old file's details (its date is not used) and answers.
        from: Prefill,
    },
    /// An existing, valid answers file.
    Existing {
        /// Its text.
        text: String,
        /// Its answers, resolved.
        assessment: Assessment,
    },
}

/// What a new file started from an older one is given (see [`crate::carry`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Prefill {
    /// Country, assessors, target and marking of the old file; the date is asked.
    pub details: Details,
    /// The carried-over answers, each with its review note.
    pub answers: Vec<(QuestionRef, Answer)>,
}

/// How the flow ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The end of the questionnaire was reached.
    Finished,
    /// "Save and quit" was chosen.
    Quit,
    /// Ctrl-C or Esc.
    Interrupted,
}

/// How a run of the fill flow ended and how far the file got: what `fill` sums up afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// How it ended.
    pub ending: Ending,
    /// Questions answered in the file (n/a included).
    pub answered: usize,
    /// Questions in the questionnaire.
    pub total: usize,
    /// Questions still disputed (a consensus's).
    pub disputed: usize,
    /// Whether the file exists (false only when a new file was left before its country).
    pub saved: bool,
}

/// Why the flow stopped before its end.
#[derive(Debug, thiserror::Error)]
pub enum FillError {
    /// The file could not be saved.
    #[error("could not save {file}")]
    Save {
        /// The file.
        file: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The terminal failed.
    #[error("{0}")]
    Prompt(String),
    /// The file could not be edited.
    #[error(transparent)]
    Doc(#[from] AnswersDocError),
    /// An edit would have made the file unreadable; it was not saved.
    #[error("the answer could not be written safely ({0}); the file was left as it was")]
    Unsafe(String),
}

/// Runs the flow to its end, to "Save and quit", or to Ctrl-C / Esc.
pub fn fill(
    q: &Questionnaire,
    start: Start,
    settings: &Settings,
    prompter: &mut dyn Prompter,
    store: &mut dyn Store,
) -> Result<Summary, FillError> {
    let refs: Vec<QuestionRef> = q.questions().map(|(r, _)| r).collect();
    let mut session = Session {
        q,
        settings,
        prompter,
        store,
        doc: AnswersDoc::default(),
        exists: false,
        answers: Answers::default(),
        records: Records::default(),
        shorts: Vec::new(),
        overall_target: q.default_target,
        refs,
    };
    let ending = session.run(start)?;
    Ok(Summary {
        ending,
        answered: session.answers.len(),
        total: session.refs.len(),
        disputed: session.records.disputed(),
        saved: session.exists,
    })
}

/// Turns a prompt result into flow control: `Ok(None)` means the person left.
pub(super) fn asked<T>(result: Result<T, PromptError>) -> Result<Option<T>, FillError> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(PromptError::Interrupted) => Ok(None),
        Err(PromptError::Failed(e)) => Err(FillError::Prompt(e)),
    }
}

/// One run of the flow: what it asks with, where it saves, and the file as last saved.
pub(super) struct Session<'a> {
    pub(super) q: &'a Questionnaire,
    pub(super) settings: &'a Settings,
    pub(super) prompter: &'a mut dyn Prompter,
    pub(super) store: &'a mut dyn Store,
    /// The file as last saved (for a new file, what will be saved with the country).
    pub(super) doc: AnswersDoc,
    /// Whether the file exists: saved at least once, or there to start with.
    pub(super) exists: bool,
    pub(super) answers: Answers,
    /// What each respondent answered, for a consensus.
    pub(super) records: Records,
    /// Each respondent's name and the short name that labels them on screen.
    pub(super) shorts: Vec<(String, String)>,
    /// The stage the whole assessment aims for, as the file says.
    pub(super) overall_target: StageIndex,
    pub(super) refs: Vec<QuestionRef>,
}

impl Session<'_> {
    /// The steps of a run: open or start the file, then the targets or the questions.
    fn run(&mut self, start: Start) -> Result<Ending, FillError> {
        let new = matches!(start, Start::New { .. });
        let carried = matches!(start, Start::Carried { .. });
        if self.begin(start)? == Ending::Interrupted {
            return Ok(Ending::Interrupted);
        }
        if self.settings.mode == Mode::Targets {
            return self.targets();
        }
        match self.first(new, carried) {
            Some(first) => self.walk(first),
            None => Ok(Ending::Finished),
        }
    }

    /// Starts a new file (asking its details), or opens an existing one.
    fn begin(&mut self, start: Start) -> Result<Ending, FillError> {
        match start {
            Start::New { reference } => self.start_new(&reference, None),
            Start::Carried { reference, from } => self.start_new(&reference, Some(from)),
            Start::Existing { text, assessment } => self.open(&text, assessment),
        }
    }

    /// Opens an existing file and asks the details it still lacks: all four when its country is
    /// empty (a template), else those missing from a file left during its details (no answer
    /// given yet, carried-over ones aside).
    fn open(&mut self, text: &str, assessment: Assessment) -> Result<Ending, FillError> {
        self.doc = AnswersDoc::parse(text)?;
        self.exists = true;
        self.answers = assessment.answers;
        self.records = assessment.records;
        self.overall_target = assessment.overall_target;
        let names: Vec<String> = self
            .records
            .respondents()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let shorts = crate::merge::short_names(&names);
        self.shorts = names.into_iter().zip(shorts).collect();
        let missing = self.doc.missing_details();
        let ask: &[DetailKey] = if missing.contains(&DetailKey::Country) {
            &DetailKey::ALL
        } else if self.doc.has_answers() && !self.answers.iter().all(|(_, a)| needs_review(a)) {
            &[]
        } else {
            &missing
        };
        if !ask.is_empty() && !self.ask_details(ask, false, assessment.overall_target, None)? {
            return Ok(Ending::Interrupted);
        }
        Ok(Ending::Finished)
    }
}
