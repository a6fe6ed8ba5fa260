//! The fill flow's prompts drawn in the terminal with inquire, on standard error.
//!
//! Long texts (questions, stage descriptions) are wrapped to the terminal's width here; the flow
//! only says what to ask. Ctrl-C and Esc become [`PromptError::Interrupted`], so the caller can
//! say what was saved and how to continue.
//!
//! An answer that goes into the file is not echoed when Enter is pressed: the prompt line stays
//! as it was asked, and the answer appears under it only when the flow has saved it
//! ([`Prompter::saved`]). What the screen shows as given is always already in the file.

use std::cell::Cell;
use std::fmt;

use inquire::error::InquireError;
use inquire::ui::{RenderConfig, Styled};
use inquire::validator::Validation;
use inquire::{Select, Text};

use cyberassess::fill::{
    Choice, PickAsk, PromptError, Prompter, QuestionAction, QuestionScreen, TextAsk, wrap,
};
use cyberassess::i18n::Locale;
use cyberassess::t;

use super::output::say;
use super::question_list::{Layout, Row, cut};

/// Draws prompts on the terminal (standard error).
#[derive(Debug)]
pub(crate) struct TerminalPrompter {
    /// The language of the prompter's own words (key hints, the stopped mark).
    locale: Locale,
}

impl TerminalPrompter {
    /// A prompter for the current terminal, its own words in `locale`; colours follow
    /// NO_COLOR.
    pub(crate) fn new(styled: bool, locale: Locale) -> Self {
        let config = if styled {
            RenderConfig::default_colored()
        } else {
            RenderConfig::empty()
        };
        // inquire keeps the mark for the life of the process, so it is made once and kept.
        let stopped: &'static str = Box::leak(t!(locale, "fill-stopped").into_boxed_str());
        let config = config.with_canceled_prompt_indicator(Styled::new(stopped));
        inquire::set_global_render_config(config);
        TerminalPrompter { locale }
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
    help: &str,
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
        .with_help_message(help)
        .with_formatter(&|o| match o.value.lines().next().unwrap_or_default() {
            _ if saved.get(o.index).copied().unwrap_or(false) => String::new(),
            first => first.to_owned(),
        })
        .raw_prompt()
        .map(|o| o.index)
        .map_err(interrupted)
}

/// One entry of a question's list, as inquire draws it: its line, or its full text while its
/// key alone is typed (the list then shows that entry only).
struct Entry<'a> {
    row: &'a Row,
    index: usize,
    keyed: &'a Cell<Option<usize>>,
}

impl fmt::Display for Entry<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.keyed.get() == Some(self.index) {
            f.write_str(&self.row.full)
        } else {
            f.write_str(&self.row.line)
        }
    }
}

/// Shows a question's list; returns the choice chosen, or `None` for the help entry.
///
/// inquire's list has no key bindings of its own to add, so the keys work through its search:
/// typing a key alone (`3`, `y`) narrows the list to that option, shown in full, and Enter
/// chooses it; any other text narrows it to the entries that hold the text.
fn choose(
    layout: &Layout,
    cursor: usize,
    rows: usize,
    help_shown: &str,
) -> Result<Option<usize>, PromptError> {
    let keyed = Cell::new(None);
    let entries: Vec<Entry<'_>> = (layout.rows.iter().enumerate())
        .map(|(index, row)| Entry {
            row,
            index,
            keyed: &keyed,
        })
        .collect();
    let scorer = |typed: &str, _: &Entry<'_>, _: &str, i: usize| {
        keyed.set(layout.keyed(typed));
        layout.shows(typed, i).then_some(0)
    };
    // The list keeps its order whatever is typed.
    let sorter = |found: &mut [(usize, i64)]| found.sort_unstable_by_key(|(i, _)| *i);
    let count = entries.len();
    Select::new(&layout.message, entries)
        .with_starting_cursor(cursor.min(count.saturating_sub(1)))
        .with_page_size(layout.page(rows))
        .with_help_message(&layout.help)
        .with_scorer(&scorer)
        .with_sorter(&sorter)
        // An answer is shown once it is saved (`saved`); skip, back and quit at once.
        .with_formatter(&|o| match o.value.row.choice {
            None => help_shown.to_owned(),
            Some(_) if o.value.row.saves => String::new(),
            Some(_) => o.value.row.line.trim().to_owned(),
        })
        .raw_prompt()
        .map(|o| layout.rows[o.index].choice)
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
        let (columns, rows) = size();
        let help = screen.help_paragraphs();
        let layout = Layout::new(screen, !help.is_empty(), columns.min(110), rows);
        let preselected = layout
            .rows
            .iter()
            .position(|r| r.choice == Some(screen.selected))
            .unwrap_or(0);
        say!();
        say!("{}", screen.progress());
        let help_shown = t!(self.locale, "fill-help-shown");
        loop {
            match choose(&layout, preselected, rows, &help_shown)? {
                Some(i) => return Ok(screen.choices[i].value),
                None => {
                    say!();
                    for paragraph in &help {
                        print(paragraph);
                    }
                    say!();
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
            let needed = t!(self.locale, "fill-type-an-answer");
            prompt = prompt.with_validator(move |s: &str| {
                Ok(if s.trim().is_empty() {
                    Validation::Invalid(needed.clone().into())
                } else {
                    Validation::Valid
                })
            });
        }
        prompt.prompt().map_err(interrupted)
    }

    fn pick(&mut self, ask: &PickAsk<'_, usize>) -> Result<usize, PromptError> {
        let w = width();
        let message = wrap(ask.prompt, w.saturating_sub(3)).join("\n");
        let mut entries: Vec<String> = ask.choices.iter().map(|c| entry(c, w)).collect();
        // As for a question: when the entries in full do not all fit, one line each, so none
        // is hidden below the fold.
        let needed =
            message.lines().count() + entries.iter().map(|e| e.lines().count()).sum::<usize>();
        if needed + 2 >= size().1 {
            let described = ask.choices.iter().filter(|c| c.description.is_some());
            let label = described
                .map(|c| c.label.chars().count())
                .max()
                .unwrap_or(0);
            entries = (ask.choices.iter())
                .map(|c| match c.description.as_deref() {
                    None => c.label.clone(),
                    Some(text) => {
                        let pad = label.saturating_sub(c.label.chars().count()) + 2;
                        let line = format!("{}{}{text}", c.label, " ".repeat(pad));
                        cut(&line, w.saturating_sub(4))
                    }
                })
                .collect();
        }
        let saved = vec![ask.saved; ask.choices.len()];
        let help = t!(self.locale, "fill-list-help");
        let i = select(&message, entries, ask.selected, &saved, &help)?;
        Ok(ask.choices[i].value)
    }
}
