//! The fill flow's prompts drawn in the terminal with inquire, on standard error.
//!
//! Long texts (questions, stage descriptions) are wrapped to the terminal's width here; the flow
//! only says what to ask. Ctrl-C and Esc become [`PromptError::Interrupted`], so the caller can
//! say what was saved and how to continue.
//!
//! An answer that goes into the file is not echoed when Enter is pressed: the prompt line stays
//! as it was asked, and the answer appears under it only when the flow has saved it
//! ([`Prompter::saved`]). What the screen shows as given is always already in the file.

use inquire::error::InquireError;
use inquire::ui::{RenderConfig, Styled};
use inquire::validator::Validation;
use inquire::{Select, Text};

use cyberassess::fill::{
    Choice, PickAsk, PromptError, Prompter, QuestionAction, QuestionScreen, TextAsk, wrap,
};

use super::output::say;

/// Help line under every list.
const LIST_HELP: &str = "Up/Down to move, Enter to choose, Esc to save and stop";

/// The list entry that shows a question's help.
const HELP_ENTRY: &str = "Show the help and the evidence to cite";

/// Draws prompts on the terminal (standard error).
#[derive(Debug)]
pub(crate) struct TerminalPrompter {
    _private: (),
}

impl TerminalPrompter {
    /// A prompter for the current terminal; colours follow NO_COLOR.
    pub(crate) fn new(styled: bool) -> Self {
        let config = if styled {
            RenderConfig::default_colored()
        } else {
            RenderConfig::empty()
        };
        let config = config.with_canceled_prompt_indicator(Styled::new("(stopped)"));
        inquire::set_global_render_config(config);
        TerminalPrompter { _private: () }
    }
}

/// Terminal size as (columns, rows), with a safe default: a terminal that reports no size
/// (0 × 0, as some pseudo-terminals do) is taken as the classic 80 × 24.
fn size() -> (usize, usize) {
    match crossterm::terminal::size() {
        Ok((w, h)) if w > 0 && h > 0 => (usize::from(w.max(20)), usize::from(h.max(10))),
        _ => (80, 24),
    }
}

fn width() -> usize {
    size().0.min(110)
}

fn interrupted(e: InquireError) -> PromptError {
    match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            PromptError::Interrupted
        }
        other => PromptError::Failed(other.to_string()),
    }
}

fn print(text: &str) {
    for line in wrap(text, width().saturating_sub(1)) {
        say!("{line}");
    }
}

/// One list entry: the label, then the description wrapped and indented under it.
fn entry<T>(choice: &Choice<T>, width: usize) -> String {
    match &choice.description {
        None => choice.label.clone(),
        Some(d) => {
            let mut s = choice.label.clone();
            for line in wrap(d, width.saturating_sub(8)) {
                s.push_str("\n    ");
                s.push_str(&line);
            }
            s
        }
    }
}

/// Shows a list of entries; returns the index chosen. The entries marked in `saved` are not
/// echoed when chosen: the flow confirms them once saved.
fn select(
    message: &str,
    entries: Vec<String>,
    cursor: usize,
    saved: &[bool],
) -> Result<usize, PromptError> {
    let (_, rows) = size();
    let message_rows = message.lines().count() + 2;
    // inquire pages by entries, not rows: show as many entries as fit on the screen.
    let mut heights: Vec<usize> = entries.iter().map(|e| e.lines().count()).collect();
    heights.sort_unstable_by(|a, b| b.cmp(a));
    let mut page = 0;
    let mut used = message_rows;
    for h in heights {
        if used + h > rows.saturating_sub(1) {
            break;
        }
        used += h;
        page += 1;
    }
    let count = entries.len();
    Select::new(message, entries)
        .without_filtering()
        .with_starting_cursor(cursor.min(count.saturating_sub(1)))
        .with_page_size(page.max(1))
        .with_help_message(LIST_HELP)
        .with_formatter(&|o| match o.value.lines().next().unwrap_or_default() {
            _ if saved.get(o.index).copied().unwrap_or(false) => String::new(),
            HELP_ENTRY => "(help below)".to_owned(),
            first => first.to_owned(),
        })
        .raw_prompt()
        .map(|o| o.index)
        .map_err(interrupted)
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) {
        say!();
        print(text);
    }

    fn saved(&mut self, text: &str) {
        for line in wrap(text, width().saturating_sub(3)) {
            say!("  {line}");
        }
    }

    fn question(&mut self, screen: &QuestionScreen<'_>) -> Result<QuestionAction, PromptError> {
        let w = width();
        let help = screen.help_paragraphs();
        let has_help = !help.is_empty();
        // Entries: the answers, then help (if any), then skip / back / save and quit.
        let answers = screen
            .choices
            .iter()
            .take_while(|c| matches!(c.value, QuestionAction::Answer(_)))
            .count();
        let mut entries: Vec<(String, Option<usize>)> = Vec::new();
        for (i, choice) in screen.choices.iter().enumerate() {
            if i == answers && has_help {
                entries.push((HELP_ENTRY.into(), None));
            }
            entries.push((entry(choice, w), Some(i)));
        }
        let mut message = wrap(screen.prompt, w.saturating_sub(3)).join("\n");
        if let Some(note) = screen.carried {
            let note = format!("({note} Is the preselected answer still right?)");
            message.push('\n');
            message.push_str(&wrap(&note, w.saturating_sub(3)).join("\n"));
        }
        if let Some(stage) = screen.requirement {
            message.push_str(&format!("\n(needed to reach the {stage} stage)"));
        }
        let mut cursor = entries
            .iter()
            .position(|e| e.1 == Some(screen.selected))
            .unwrap_or(0);
        say!();
        say!(
            "{} - question {}/{}",
            screen.pillar,
            screen.number,
            screen.total
        );
        // Answers are saved before they are shown; skip, back and quit are shown at once.
        let saved: Vec<bool> = entries
            .iter()
            .map(|e| e.1.is_some_and(|i| i < answers))
            .collect();
        loop {
            let labels = entries.iter().map(|e| e.0.clone()).collect();
            let chosen = select(&message, labels, cursor, &saved)?;
            match entries[chosen].1 {
                Some(i) => return Ok(screen.choices[i].value),
                None => {
                    say!();
                    for paragraph in &help {
                        print(paragraph);
                    }
                    say!();
                    cursor = entries
                        .iter()
                        .position(|e| e.1 == Some(screen.selected))
                        .unwrap_or(0);
                }
            }
        }
    }

    fn text(&mut self, ask: &TextAsk<'_>) -> Result<String, PromptError> {
        // Typed text is never echoed: the flow saves it, then shows it (`saved`).
        let mut prompt = Text::new(ask.prompt).with_formatter(&|_| String::new());
        if let Some(initial) = ask.initial {
            prompt = prompt.with_initial_value(initial);
        }
        if let Some(default) = ask.default {
            prompt = prompt.with_default(default);
        }
        if let Some(hint) = ask.hint {
            prompt = prompt.with_help_message(hint);
        }
        if ask.required {
            prompt = prompt.with_validator(|s: &str| {
                Ok(if s.trim().is_empty() {
                    Validation::Invalid("Please type an answer (Esc to save and stop).".into())
                } else {
                    Validation::Valid
                })
            });
        }
        prompt.prompt().map_err(interrupted)
    }

    fn pick(&mut self, ask: &PickAsk<'_, usize>) -> Result<usize, PromptError> {
        let w = width();
        let entries = ask.choices.iter().map(|c| entry(c, w)).collect();
        let message = wrap(ask.prompt, w.saturating_sub(3)).join("\n");
        let saved = vec![ask.saved; ask.choices.len()];
        let i = select(&message, entries, ask.selected, &saved)?;
        Ok(ask.choices[i].value)
    }
}
