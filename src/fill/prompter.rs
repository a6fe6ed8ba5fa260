//! What the fill flow asks of the person at the keyboard, as a trait: the terminal answers it in
//! the binary, a scripted one answers it from a list of steps in the unit tests.
//!
//! Screens carry everything needed to draw them (texts, choices, the preselected choice); the
//! prompter decides how they look and must not change what they mean.

use crate::i18n::Locale;
use crate::model::Response;
use crate::t;

/// Why a prompt returned no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PromptError {
    /// The person pressed Ctrl-C or Esc: save and leave.
    #[error("interrupted")]
    Interrupted,
    /// The terminal failed.
    #[error("the terminal stopped working: {0}")]
    Failed(String),
}

/// What the person chose on a question screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionAction {
    /// An answer: a stage, yes / partly / no, or not applicable.
    Answer(Response),
    /// Leave it unanswered for now and go on.
    Skip,
    /// Leave a disputed question disputed and go on (`fill --disputed`).
    LeaveDisputed,
    /// Clear the answer: the question is unanswered again.
    Clear,
    /// Show the previous question again.
    Back,
    /// Stop here; every answer is already saved.
    SaveAndQuit,
}

/// One entry of a list to choose from.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    /// Short name, such as the stage name.
    pub label: String,
    /// Longer text shown with it (wrapped to the screen), if any.
    pub description: Option<String>,
    /// What choosing it means.
    pub value: T,
    /// The key that chooses it, if any: `1` for the lowest stage and so on, `y` / `p` / `n` for
    /// an indicator's answers.
    pub key: Option<char>,
}

impl<T> Choice<T> {
    /// A choice with a label only.
    pub fn new(label: impl Into<String>, value: T) -> Self {
        Choice {
            label: label.into(),
            description: None,
            value,
            key: None,
        }
    }

    /// A choice with a description.
    pub fn described(label: impl Into<String>, description: impl Into<String>, value: T) -> Self {
        Choice {
            label: label.into(),
            description: Some(description.into()),
            value,
            key: None,
        }
    }

    /// The same choice, chosen by `key`.
    pub fn keyed(mut self, key: char) -> Self {
        self.key = Some(key);
        self
    }
}

/// One question of the questionnaire, as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionScreen<'a> {
    /// The question id (for tests and for people who edit files).
    pub id: &'a str,
    /// The pillar's name.
    pub pillar: &'a str,
    /// Position in the whole questionnaire, from 1.
    pub number: usize,
    /// Number of questions in the questionnaire.
    pub total: usize,
    /// Questions of the pillar answered so far, and the pillar's number of questions.
    pub pillar_answered: (usize, usize),
    /// Questions of the questionnaire answered so far (n/a included).
    pub answered: usize,
    /// In `fill --disputed`: how many questions are still disputed; else 0.
    pub disputed: usize,
    /// The question as asked.
    pub prompt: &'a str,
    /// Longer guidance, shown on request.
    pub help: Option<&'a str>,
    /// What evidence to cite, shown on request.
    pub evidence: Option<&'a str>,
    /// For a yes / partly / no indicator: the name of the stage it is a requirement of.
    pub requirement: Option<&'a str>,
    /// `(stage name, evidence)` for each option that says what evidence shows its stage.
    pub stage_evidence: Vec<(&'a str, &'a str)>,
    /// `(term, definition)` of the glossary terms the question's texts use.
    pub glossary: Vec<(&'a str, &'a str)>,
    /// For an answer carried over from an older version and not reviewed yet: its review note.
    pub carried: Option<&'a str>,
    /// Stages (or yes / partly / no), then not applicable, skip, back, save and quit.
    pub choices: Vec<Choice<QuestionAction>>,
    /// Index of the preselected choice (the current answer, else the first).
    pub selected: usize,
    /// Index of the choice that is the current answer, marked as such in the list.
    pub current: Option<usize>,
    /// For a disputed question (`fill --disputed`): what each respondent answered.
    pub respondents: Vec<Respondent<'a>>,
    /// The language of the screen's own words (the question's texts come as given).
    pub locale: Locale,
}

/// One respondent's answer, as a disputed question's screen shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Respondent<'a> {
    /// The respondent's name.
    pub name: &'a str,
    /// The short name that labels them beside the options (the name, or the initials of a long
    /// one; the same on every question).
    pub short: &'a str,
    /// Index of the choice they answered; `None` when they did not answer.
    pub choice: Option<usize>,
    /// The evidence they cited.
    pub evidence: &'a [String],
    /// The notes they wrote.
    pub notes: Option<&'a str>,
}

impl QuestionScreen<'_> {
    /// The progress line: the pillar's answered count and the overall one ("Incident response
    /// 3/8 · 21/43 answered"), and in `fill --disputed` how many questions are still disputed.
    pub fn progress(&self) -> String {
        let (done, of) = self.pillar_answered;
        let mut line = t!(
            self.locale,
            "fill-progress",
            pillar = self.pillar,
            done = done,
            of = of,
            answered = self.answered,
            total = self.total
        );
        if self.disputed > 0 {
            line.push_str(" · ");
            line.push_str(&t!(
                self.locale,
                "fill-progress-disputed",
                count = self.disputed
            ));
        }
        line
    }

    /// The short names of the respondents who answered choice `i`, joined by commas; empty when
    /// none did.
    pub fn chosen_by(&self, i: usize) -> String {
        self.respondents
            .iter()
            .filter(|r| r.choice == Some(i))
            .map(|r| r.short)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The paragraphs of the help entry (help, evidence to cite, the evidence for each stage,
    /// the definitions of the glossary terms the question uses); empty when there is none.
    pub fn help_paragraphs(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(help) = self.help {
            out.push(t!(self.locale, "fill-help", text = help));
        }
        if let Some(evidence) = self.evidence {
            out.push(t!(self.locale, "fill-evidence-to-cite", text = evidence));
        }
        for (stage, evidence) in &self.stage_evidence {
            out.push(t!(
                self.locale,
                "fill-evidence-for-stage",
                stage = *stage,
                text = *evidence
            ));
        }
        for (term, definition) in &self.glossary {
            out.push(format!("{term}: {definition}"));
        }
        out
    }
}

/// A request for one line of text.
#[derive(Debug, Clone, PartialEq)]
pub struct TextAsk<'a> {
    /// The question.
    pub prompt: &'a str,
    /// A hint shown under it.
    pub hint: Option<&'a str>,
    /// Text already filled in, to keep or edit (Enter accepts it as it is).
    pub initial: Option<&'a str>,
    /// What an empty answer stands for, shown beside the question; typing replaces it.
    pub default: Option<&'a str>,
    /// Whether an empty answer is refused.
    pub required: bool,
}

/// A request to pick one entry of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct PickAsk<'a, T> {
    /// The question.
    pub prompt: &'a str,
    /// The entries.
    pub choices: Vec<Choice<T>>,
    /// Index of the preselected entry.
    pub selected: usize,
    /// Whether the choice is written to the file: then the prompter does not show it as given,
    /// and the flow confirms it with [`Prompter::saved`] once it is saved.
    pub saved: bool,
}

/// Asks the person at the keyboard. Every method may return [`PromptError::Interrupted`].
///
/// What is written to the file is shown as given only once it is saved: a prompter never shows
/// a typed text, a chosen answer to a question, or a pick marked `saved`, as accepted; the flow
/// saves it, then calls [`Prompter::saved`]. So whatever the screen confirms survives the
/// process being killed at that moment.
pub trait Prompter {
    /// Shows a line of information (progress, where the flow resumes).
    fn say(&mut self, text: &str);
    /// Confirms what was just saved to the file, right under the prompt that asked for it.
    fn saved(&mut self, text: &str);
    /// Shows a question of the questionnaire and returns what was chosen.
    fn question(&mut self, screen: &QuestionScreen<'_>) -> Result<QuestionAction, PromptError>;
    /// Asks for a line of text; the flow checks the answer and may ask again.
    fn text(&mut self, ask: &TextAsk<'_>) -> Result<String, PromptError>;
    /// Asks to pick one entry and returns its index.
    fn pick(&mut self, ask: &PickAsk<'_, usize>) -> Result<usize, PromptError>;
}
