//! The fill flow: assessment details for a new file, then the questions pillar by pillar, saving
//! the file after every answer.
//!
//! The flow decides what to ask and in which order, and what is written; it never draws anything
//! itself ([`Prompter`]) and never touches the disk ([`Store`]). Each text is checked with the
//! answers parser before it is saved, so a saved file always reads back. Whatever is written is
//! saved first and confirmed on screen after ([`Prompter::saved`]), never the other way round.

use super::answers_doc::{AnswersDoc, AnswersDocError, Details};
use super::details::DetailKey;
use super::prompter::{Choice, PickAsk, PromptError, Prompter, QuestionAction, TextAsk};
use super::screen::screen;
use super::store::Store;
use crate::carry::{needs_review, reviewed_notes};
use crate::model::{Answer, Answers, Assessment, QuestionRef, Questionnaire, Response};
use crate::parse::{parse_answers, resolve_answers};

/// How the flow runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Walk through every question, current answers preselected.
    pub review: bool,
    /// Do not ask for evidence and notes (n/a still asks why).
    pub quick: bool,
    /// Today's date, `YYYY-MM-DD`, offered as the assessment date.
    pub today: String,
    /// The answers file as named in messages.
    pub file: String,
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
        refs,
    };
    let ending = session.run(start)?;
    Ok(Summary {
        ending,
        answered: session.answers.len(),
        total: session.refs.len(),
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
    pub(super) refs: Vec<QuestionRef>,
}

impl Session<'_> {
    fn run(&mut self, start: Start) -> Result<Ending, FillError> {
        let total = self.refs.len();
        let new = matches!(start, Start::New { .. });
        let carried = matches!(start, Start::Carried { .. });
        match start {
            Start::New { reference } => {
                if self.start_new(&reference, None)? == Ending::Interrupted {
                    return Ok(Ending::Interrupted);
                }
            }
            Start::Carried { reference, from } => {
                if self.start_new(&reference, Some(from))? == Ending::Interrupted {
                    return Ok(Ending::Interrupted);
                }
            }
            Start::Existing { text, assessment } => {
                self.doc = AnswersDoc::parse(&text)?;
                self.exists = true;
                self.answers = assessment.answers;
                // A template's empty country asks for all four details; a file left during its
                // details (no answer given yet, carried-over ones aside) asks for the ones still
                // missing.
                let missing = self.doc.missing_details();
                let ask: &[DetailKey] = if missing.contains(&DetailKey::Country) {
                    &DetailKey::ALL
                } else if self.doc.has_answers()
                    && !self.answers.iter().all(|(_, a)| needs_review(a))
                {
                    &[]
                } else {
                    &missing
                };
                if !ask.is_empty()
                    && !self.ask_details(ask, false, assessment.overall_target, None)?
                {
                    return Ok(Ending::Interrupted);
                }
            }
        }

        let mut pos = if self.settings.review {
            self.prompter.say(&format!(
                "Reviewing all {total} questions ({} answered). The current answer is \
                 preselected: press Enter to keep it.",
                self.answers.len()
            ));
            (total > 0).then_some(0)
        } else {
            let first = self.next_unanswered(0);
            if let (Some(i), false) = (first, new) {
                let r = self.refs[i];
                let review = self.to_review();
                let reviewing = if review > 0 && !carried {
                    format!(
                        " ({review} carried over from an older version, shown again for review)"
                    )
                } else {
                    String::new()
                };
                self.prompter.say(&format!(
                    "{} of {total} answered{reviewing}; {} at {}, question {}.",
                    self.answers.len(),
                    if self.answers.is_empty() {
                        "starting"
                    } else {
                        "resuming"
                    },
                    self.q.pillars[r.pillar].name,
                    r.question + 1
                ));
            }
            if first.is_none() && !new {
                self.prompter.say(&format!(
                    "All {total} questions are already answered. To change answers, run the \
                     same command with --review."
                ));
                return Ok(Ending::Finished);
            }
            first
        };

        let mut history: Vec<usize> = Vec::new();
        let mut pillar_shown = None;
        loop {
            let Some(i) = pos else {
                let missing = total - self.answers.len();
                let review = self.to_review();
                if missing == 0 && review == 0 {
                    self.prompter
                        .say(&format!("All {total} questions are answered."));
                    return Ok(Ending::Finished);
                }
                let prompt = match (missing, review) {
                    (0, _) => format!(
                        "{review} answers carried over from an older version are not reviewed \
                         yet. They count as they are; each keeps its review note until you \
                         answer it again."
                    ),
                    (_, 0) => format!(
                        "{missing} of {total} questions are still unanswered. Until they are \
                         answered they count as the lowest stage."
                    ),
                    _ => format!(
                        "{missing} of {total} questions are still unanswered (they count as the \
                         lowest stage), and {review} carried-over answers are not reviewed yet."
                    ),
                };
                let choice = ask!(self.prompter.pick(&PickAsk {
                    prompt: &prompt,
                    choices: vec![
                        Choice::new("Answer them now", 0),
                        Choice::new("Finish for now and show the scores", 1),
                    ],
                    selected: 0,
                    saved: false,
                }));
                if choice == 1 {
                    return Ok(Ending::Finished);
                }
                pos = self.next_unanswered(0);
                continue;
            };
            let r = self.refs[i];
            if pillar_shown != Some(r.pillar) {
                pillar_shown = Some(r.pillar);
                self.say_pillar(r.pillar);
            }
            let screen = screen(self.q, &self.answers, &self.refs, i);
            let action = ask!(self.prompter.question(&screen));
            match action {
                QuestionAction::Answer(response) => {
                    let label = screen
                        .choices
                        .iter()
                        .find(|c| c.value == action)
                        .map_or_else(String::new, |c| c.label.clone());
                    if self.answer(r, response, &label)? == Ending::Interrupted {
                        return Ok(Ending::Interrupted);
                    }
                    history.push(i);
                    pos = self.next(i);
                }
                QuestionAction::Skip => {
                    history.push(i);
                    pos = self.next(i);
                }
                QuestionAction::Back => match history.pop() {
                    Some(previous) => pos = Some(previous),
                    None => self
                        .prompter
                        .say("This is the first question; there is none before it."),
                },
                QuestionAction::SaveAndQuit => return Ok(Ending::Quit),
            }
        }
    }

    fn say_pillar(&mut self, p: usize) {
        let pillar = &self.q.pillars[p];
        let mut text = format!(
            "Pillar {} of {}: {} ({} questions)",
            p + 1,
            self.q.pillars.len(),
            pillar.name,
            pillar.questions.len()
        );
        if !pillar.summary.trim().is_empty() {
            text.push_str(". ");
            text.push_str(pillar.summary.trim());
        }
        self.prompter.say(&text);
    }
}

impl Session<'_> {
    /// Records a response (shown as `label`), then asks why (n/a) or offers evidence and
    /// notes; each is saved, then confirmed. Returns [`Ending::Interrupted`] when the person left
    /// on the way, else [`Ending::Finished`].
    fn answer(
        &mut self,
        r: QuestionRef,
        response: Response,
        label: &str,
    ) -> Result<Ending, FillError> {
        let old = self.answers.get(&r).cloned();
        // Answering a carried-over question is its review: the review note goes.
        let mut answer = Answer {
            response,
            evidence: old.as_ref().map(|a| a.evidence.clone()).unwrap_or_default(),
            notes: reviewed_notes(old.as_ref().and_then(|a| a.notes.as_deref())),
        };
        if response == Response::NotApplicable {
            loop {
                let why = ask!(self.prompter.text(&TextAsk {
                    prompt: "Why does this question not apply? (required for \"not applicable\")",
                    hint: None,
                    initial: answer.notes.as_deref(),
                    default: None,
                    required: true,
                }));
                if !why.trim().is_empty() {
                    answer.notes = Some(why.trim().to_owned());
                    break;
                }
                self.prompter
                    .say("Please say in a few words why it does not apply.");
            }
            self.write(r, &answer)?;
            let why = answer.notes.as_deref().unwrap_or_default();
            self.prompter
                .saved(&format!("Saved: {label}, because {why}"));
            return Ok(Ending::Finished);
        }
        self.write(r, &answer)?;
        self.prompter.saved(&format!("Saved: {label}"));
        if self.settings.quick {
            return Ok(Ending::Finished);
        }
        let has = !answer.evidence.is_empty() || answer.notes.is_some();
        let choices = if has {
            vec![
                Choice::new("Keep the evidence and notes as they are", 0),
                Choice::new("Change the evidence or notes", 1),
            ]
        } else {
            vec![
                Choice::new("No, go on to the next question", 0),
                Choice::new("Add evidence or notes", 1),
            ]
        };
        let prompt = if has {
            let mut p = String::from("Evidence and notes given so far:");
            for e in &answer.evidence {
                p.push_str(&format!("\n- {e}"));
            }
            if let Some(notes) = &answer.notes {
                p.push_str(&format!("\nNotes: {notes}"));
            }
            p
        } else {
            "Add evidence or notes?".to_owned()
        };
        if ask!(self.prompter.pick(&PickAsk {
            prompt: &prompt,
            choices,
            selected: 0,
            saved: false,
        })) == 0
        {
            return Ok(Ending::Finished);
        }
        if self.evidence(r, &mut answer)? == Ending::Interrupted {
            return Ok(Ending::Interrupted);
        }
        let notes = ask!(self.prompter.text(&TextAsk {
            prompt: "Notes (optional)",
            hint: Some(if answer.notes.is_some() {
                "Enter keeps the text shown"
            } else {
                "Enter to skip"
            }),
            initial: answer.notes.as_deref(),
            default: None,
            required: false,
        }));
        let had_notes = answer.notes.is_some();
        answer.notes = Some(notes.trim().to_owned()).filter(|n| !n.is_empty());
        self.write(r, &answer)?;
        match &answer.notes {
            Some(notes) => self.prompter.saved(&format!("Saved: {notes}")),
            None if had_notes => self.prompter.saved("Saved: the notes are removed"),
            None => {}
        }
        Ok(Ending::Finished)
    }

    /// Writes one answer to the file, unless it is unchanged.
    pub(super) fn write(&mut self, r: QuestionRef, answer: &Answer) -> Result<(), FillError> {
        if self.answers.get(&r) == Some(answer) {
            return Ok(());
        }
        let mut edited = self.doc.clone();
        edited.set(self.q, r, answer)?;
        self.save(&edited.text())?;
        self.doc = edited;
        self.answers.insert(r, answer.clone());
        Ok(())
    }

    /// Checks that `text` reads back as a valid answers file, then saves it.
    pub(super) fn save(&mut self, text: &str) -> Result<(), FillError> {
        let parsed = parse_answers(text);
        let problem = |diags: &[crate::diagnostic::Diagnostic]| {
            diags
                .iter()
                .find(|d| d.is_error())
                .map(|d| d.message.clone())
        };
        if let Some(p) = problem(&parsed.diagnostics) {
            return Err(FillError::Unsafe(p));
        }
        if let Some(file) = &parsed.value {
            let resolved = resolve_answers(file, self.q);
            if let Some(p) = problem(&resolved.diagnostics) {
                return Err(FillError::Unsafe(p));
            }
        }
        self.store.save(text).map_err(|source| FillError::Save {
            file: self.settings.file.clone(),
            source,
        })
    }

    fn next(&self, i: usize) -> Option<usize> {
        if self.settings.review {
            (i + 1 < self.refs.len()).then_some(i + 1)
        } else {
            self.next_unanswered(i + 1)
        }
    }

    /// The next question from `from` on that is unanswered, or carried over and not reviewed.
    fn next_unanswered(&self, from: usize) -> Option<usize> {
        (from..self.refs.len()).find(|&i| self.answers.get(&self.refs[i]).is_none_or(needs_review))
    }

    /// How many carried-over answers are not reviewed yet.
    fn to_review(&self) -> usize {
        self.answers.iter().filter(|(_, a)| needs_review(a)).count()
    }
}
