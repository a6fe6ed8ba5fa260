//! How a question screen is laid out in the terminal, as plain text: the lines of its list, the
//! keys that choose its options, the help line, and whether the list fits the screen with each
//! option's full text (the long layout) or needs one line per option (the compact layout).
//!
//! Pure: [`super::terminal_prompter`] draws what this returns. A projected screen of 80 × 24 must
//! show the question, every option and "Save and quit" at once, so the compact layout is measured
//! against the screen, never paged.

use cyberassess::fill::{QuestionAction, QuestionScreen, Respondent, wrap};
use cyberassess::i18n::Locale;
use cyberassess::model::Response;
use cyberassess::t;

/// Rows drawn above the list: a blank line and the progress line.
const HEADER_ROWS: usize = 2;

/// One entry of the list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    /// The choice of the screen it stands for; `None` for the help entry.
    pub(crate) choice: Option<usize>,
    /// The key that chooses it.
    pub(crate) key: Option<char>,
    /// As drawn in the list (one line in the compact layout).
    pub(crate) line: String,
    /// With its full text, and who answered it: drawn when its key alone is typed.
    pub(crate) full: String,
    /// What typing searches, in lower case.
    pub(crate) search: String,
    /// Whether choosing it writes to the file (an answer, or clearing one): it is then shown as
    /// given only once saved.
    pub(crate) saves: bool,
}

/// The list of a question screen, laid out for a terminal.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Layout {
    /// The question, wrapped, with its notes.
    pub(crate) message: String,
    /// The entries, in order.
    pub(crate) rows: Vec<Row>,
    /// The help line under the list.
    pub(crate) help: String,
    /// Whether each entry is one line.
    pub(crate) compact: bool,
}

impl Layout {
    /// Lays out `screen` for a terminal of `width` × `height`; `help` adds the help entry after
    /// the answers.
    pub(crate) fn new(
        screen: &QuestionScreen<'_>,
        help: bool,
        width: usize,
        height: usize,
    ) -> Self {
        let keys: Vec<char> = screen.choices.iter().filter_map(|c| c.key).collect();
        let long = Layout {
            message: message(screen, width),
            rows: rows(screen, help, width, false),
            help: help_line(&keys, screen.locale),
            compact: false,
        };
        // One row is left free for the cursor under the list.
        if long.height() < height {
            return long;
        }
        let mut compact = Layout {
            rows: rows(screen, help, width, true),
            compact: true,
            ..long
        };
        let free = height.saturating_sub(compact.height() + 1);
        for line in evidence_lines(screen, width, free) {
            compact.message.push('\n');
            compact.message.push_str(&line);
        }
        compact
    }

    /// Rows the screen uses: the header, the question, the list and the help line.
    pub(crate) fn height(&self) -> usize {
        HEADER_ROWS
            + self.message.lines().count()
            + self
                .rows
                .iter()
                .map(|r| r.line.lines().count())
                .sum::<usize>()
            + 1
    }

    /// How many entries the list shows at once on a screen of `height` rows: all of them when
    /// they fit (always so at 80 × 24), else as many as fit.
    pub(crate) fn page(&self, height: usize) -> usize {
        if self.height() < height {
            return self.rows.len();
        }
        height
            .saturating_sub(HEADER_ROWS + self.message.lines().count() + 2)
            .max(1)
    }

    /// The entry that `typed` chooses by its key alone, if any.
    pub(crate) fn keyed(&self, typed: &str) -> Option<usize> {
        let mut chars = typed.trim().chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return None;
        };
        let c = c.to_ascii_lowercase();
        self.rows.iter().position(|r| r.key == Some(c))
    }

    /// Whether entry `i` is shown while `typed` is typed: every entry for nothing typed, the one
    /// entry of a key, else those whose texts hold what is typed.
    pub(crate) fn shows(&self, typed: &str, i: usize) -> bool {
        let typed = typed.trim().to_lowercase();
        if typed.is_empty() {
            return true;
        }
        match self.keyed(&typed) {
            Some(k) => k == i,
            None => self.rows.get(i).is_some_and(|r| r.search.contains(&typed)),
        }
    }
}

/// The entries of `screen`'s list: its choices, with the help entry after the answers when
/// `help`; each on one line when `one_line`, else in full.
fn rows(screen: &QuestionScreen<'_>, help: bool, width: usize, one_line: bool) -> Vec<Row> {
    let answers = screen
        .choices
        .iter()
        .take_while(|c| matches!(c.value, QuestionAction::Answer(_)))
        .count();
    // "Not applicable" is left out: the stage names line up, however long it is.
    let label_width = (screen.choices[..answers].iter())
        .filter(|c| c.value != QuestionAction::Answer(Response::NotApplicable))
        .map(|c| c.label.chars().count())
        .max()
        .unwrap_or(0);
    let keyed = screen.choices.iter().any(|c| c.key.is_some());
    let mut rows = Vec::new();
    for (i, choice) in screen.choices.iter().enumerate() {
        if i == answers && help {
            let entry = t!(screen.locale, "fill-help-entry");
            let line = indent(keyed, &entry);
            rows.push(Row {
                choice: None,
                key: None,
                full: line.clone(),
                line,
                search: entry.to_lowercase(),
                saves: false,
            });
        }
        let mut head = match (keyed, choice.key) {
            (false, _) => choice.label.clone(),
            (true, key) => format!("{} {}", key.unwrap_or(' '), choice.label),
        };
        let mut marks = String::new();
        if screen.current == Some(i) {
            marks.push_str(&t!(screen.locale, "fill-current"));
            marks.push(' ');
        }
        let who = screen.chosen_by(i);
        if !who.is_empty() {
            marks.push_str(&format!("[{who}] "));
        }
        let description = choice.description.as_deref().unwrap_or_default();
        let full = full_text(screen, i, (&head, &marks), description, width);
        let line = match (one_line, i < answers) {
            (false, _) => full.clone(),
            (true, true) => {
                let pad = label_width.saturating_sub(choice.label.chars().count());
                head.push_str(&" ".repeat(pad + 2));
                cut(
                    &format!("{head}{marks}{description}"),
                    width.saturating_sub(4),
                )
            }
            (true, false) => cut(&head, width.saturating_sub(4)),
        };
        // Not applicable is found by the word written in answers files too.
        let alias = match choice.value {
            QuestionAction::Answer(Response::NotApplicable) => " n/a",
            _ => "",
        };
        rows.push(Row {
            choice: Some(i),
            key: choice.key,
            line,
            full,
            search: format!("{} {description}{alias}", choice.label).to_lowercase(),
            saves: matches!(
                choice.value,
                QuestionAction::Answer(_) | QuestionAction::Clear
            ),
        });
    }
    rows
}

/// The question, wrapped, with the note of a carried-over answer and the stage an indicator is
/// needed for.
fn message(screen: &QuestionScreen<'_>, width: usize) -> String {
    let w = width.saturating_sub(3);
    let mut lines = wrap(screen.prompt, w);
    if let Some(note) = screen.carried {
        lines.extend(wrap(
            &t!(screen.locale, "fill-carried-check", note = note),
            w,
        ));
    }
    if let Some(stage) = screen.requirement {
        lines.push(t!(screen.locale, "fill-needed-for", stage = stage));
    }
    let long: Vec<String> = (screen.respondents.iter())
        .filter(|r| r.short != r.name)
        .map(|r| format!("{} = {}", r.short, r.name))
        .collect();
    if !long.is_empty() {
        lines.extend(wrap(&format!("({})", long.join("; ")), w));
    }
    lines.join("\n")
}

/// An entry with its whole description wrapped under it, and for a disputed question what
/// each respondent who chose it cited and wrote (when they did).
fn full_text(
    screen: &QuestionScreen<'_>,
    i: usize,
    (head, marks): (&str, &str),
    description: &str,
    width: usize,
) -> String {
    let mut s = format!("{head} {marks}").trim_end().to_owned();
    let w = width.saturating_sub(8);
    for line in wrap(description, w) {
        s.push_str("\n    ");
        s.push_str(&line);
    }
    let cited = |r: &&Respondent<'_>| !r.evidence.is_empty() || r.notes.is_some();
    for r in (screen.respondents.iter())
        .filter(|r| r.choice == Some(i))
        .filter(cited)
    {
        for line in wrap(&said(r, r.name, screen.locale), w) {
            s.push_str("\n    ");
            s.push_str(&line);
        }
    }
    s
}

/// What a respondent cited and wrote, after their `name`.
fn said(r: &Respondent<'_>, name: &str, locale: Locale) -> String {
    let mut said = format!("{name}:");
    if !r.evidence.is_empty() {
        let evidence = r.evidence.join("; ");
        said.push(' ');
        said.push_str(&t!(locale, "fill-respondent-evidence", evidence = evidence));
    }
    if let Some(notes) = r.notes {
        said.push(' ');
        said.push_str(&t!(locale, "fill-respondent-notes", notes = notes));
    }
    said
}

/// In the compact layout, what each respondent of a disputed question cited and wrote, under
/// the question, in as many of the `free` rows as it needs; the last line shown ends with "…"
/// when there is more. Each entry's full text has all of it.
fn evidence_lines(screen: &QuestionScreen<'_>, width: usize, free: usize) -> Vec<String> {
    let mut lines: Vec<String> = (screen.respondents.iter())
        .filter(|r| !r.evidence.is_empty() || r.notes.is_some())
        .flat_map(|r| wrap(&said(r, r.short, screen.locale), width.saturating_sub(3)))
        .collect();
    if lines.len() > free {
        lines.truncate(free);
        if let Some(last) = lines.last_mut() {
            *last = cut(&format!("{last} …"), width.saturating_sub(3));
        }
    }
    lines
}

/// `text` with the same indent as the keyed entries.
fn indent(keyed: bool, text: &str) -> String {
    if keyed {
        format!("  {text}")
    } else {
        text.to_owned()
    }
}

/// `text` cut to `width` characters, ending with "…" when cut.
pub(crate) fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// The line under the list: the keys, then how to search and to stop.
fn help_line(keys: &[char], locale: Locale) -> String {
    let keys = match keys {
        [] => return t!(locale, "fill-keys-help"),
        [first, .., last] if keys.iter().all(char::is_ascii_digit) => format!("{first}-{last}"),
        _ => keys
            .iter()
            .map(char::to_string)
            .collect::<Vec<_>>()
            .join("/"),
    };
    t!(locale, "fill-keys-help-with", keys = keys)
}

#[cfg(test)]
#[path = "question_list_tests.rs"]
mod tests;
