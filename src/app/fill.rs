//! `cyberassess fill`: answer a questionnaire in the terminal, saving the file after every
//! answer, then show the scores.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;

use cyberassess::fill::{Ending, Settings, Start, Store, fill};
use cyberassess::loader::Loader;
use cyberassess::render::{Batch, Entry, Render, RenderOptions, Table};
use cyberassess::score::score;

use crate::cli::FillArgs;
use crate::error::{Status, UsageError};

use super::output::{emit, print_report, stderr_styled, stdout_styled, table_width, write_atomic};
use super::template::{load_questionnaire, reference_for};
use super::terminal_prompter::TerminalPrompter;

/// The questionnaire of a new file when none is named.
const DEFAULT_QUESTIONNAIRE: &str = "ncss-maturity";

/// Runs `fill`.
pub(crate) fn run(args: &FillArgs) -> anyhow::Result<Status> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        let q = args
            .questionnaire
            .as_deref()
            .unwrap_or(DEFAULT_QUESTIONNAIRE);
        return Err(UsageError::NotATerminal(format!(
            "`cyberassess fill` asks its questions in a terminal, and there is none here (the \
             input or the error output is redirected). To answer without a terminal, write a \
             file to fill in with any text editor: cyberassess template {} -o {}",
            shell_word(q),
            shell_word(&args.file.display().to_string())
        ))
        .into());
    }
    let file = &args.file;
    let shown = shell_word(&file.display().to_string());
    let loader = Loader::new();
    let (questionnaire, start) = if file.exists() {
        let loaded = match loader.assessment(file) {
            Ok(loaded) => loaded,
            Err(reports) => {
                for report in &reports {
                    print_report(report);
                }
                anstream::eprintln!(
                    "{shown} has the problems above; fix them in a text editor, then run \
                     `cyberassess fill {shown}` again."
                );
                return Ok(Status::Problems);
            }
        };
        if let Some(wanted) = &args.questionnaire {
            let q = &loaded.questionnaire.questionnaire;
            let Some(named) = load_questionnaire(wanted)? else {
                return Ok(Status::Problems);
            };
            if named.questionnaire.id != q.id {
                return Err(UsageError::Invalid(format!(
                    "{shown} already answers {}, not {}; leave out --questionnaire to continue \
                     it, or name a new file to start on {}",
                    q.id, named.questionnaire.id, named.questionnaire.id
                ))
                .into());
            }
        }
        let start = Start::Existing {
            text: loaded.source.text.clone(),
            assessment: loaded.assessment.clone(),
        };
        (loaded.questionnaire, start)
    } else {
        let wanted = args
            .questionnaire
            .as_deref()
            .unwrap_or(DEFAULT_QUESTIONNAIRE);
        let Some(q) = load_questionnaire(wanted)? else {
            return Ok(Status::Problems);
        };
        (
            q,
            Start::New {
                reference: reference_for(wanted, Some(file)),
            },
        )
    };

    let settings = Settings {
        review: args.review,
        quick: args.quick,
        today: jiff::Zoned::now().date().to_string(),
        file: shown.clone(),
    };
    let mut prompter = TerminalPrompter::new(stderr_styled());
    let mut store = FileStore { path: file.clone() };
    let outcome = fill(
        &questionnaire.questionnaire,
        start,
        &settings,
        &mut prompter,
        &mut store,
    )
    .with_context(|| format!("stopped filling in {shown}"))?;

    if outcome.ending != Ending::Finished {
        anstream::eprintln!();
        if outcome.saved {
            anstream::eprintln!(
                "Saved {} of {} answers to {shown}. Resume with: cyberassess fill {shown}",
                outcome.answered,
                outcome.total
            );
        } else {
            anstream::eprintln!("Stopped before the details were complete; nothing was saved.");
        }
        return Ok(match outcome.ending {
            Ending::Interrupted => Status::Interrupted,
            _ => Status::Success,
        });
    }

    let loaded = match loader.assessment(file) {
        Ok(loaded) => loaded,
        Err(reports) => {
            reports.iter().for_each(print_report);
            return Ok(Status::Problems);
        }
    };
    anstream::eprintln!();
    let batch = Batch {
        assessments: vec![Entry {
            source: &loaded.source.name,
            scored: score(&loaded.questionnaire.questionnaire, &loaded.assessment),
        }],
        errors: Vec::new(),
    };
    let options = RenderOptions {
        top: 5,
        explain: false,
        styled: stdout_styled(),
    };
    let width = table_width(true);
    emit(None, &Table { width }.render(&batch, &options))?;
    anstream::eprintln!();
    anstream::eprintln!(
        "Answers saved in {shown}. Write the PDF report with: cyberassess report {shown}"
    );
    Ok(Status::Success)
}

/// Saves the answers file atomically: written, synced to disk, renamed over the old one, and
/// the rename itself synced, before the flow confirms anything on screen.
struct FileStore {
    path: PathBuf,
}

impl Store for FileStore {
    fn save(&mut self, text: &str) -> std::io::Result<()> {
        write_atomic(&self.path, text.as_bytes())
            .map_err(|e| std::io::Error::other(format!("{e:#}")))?;
        // The new name is on disk only once its folder is synced; a folder that cannot be
        // opened or synced (some network file systems) still has the file renamed.
        #[cfg(unix)]
        if let Some(dir) = self.path.parent() {
            let dir = if dir.as_os_str().is_empty() {
                std::path::Path::new(".")
            } else {
                dir
            };
            if let Ok(folder) = std::fs::File::open(dir) {
                let _ = folder.sync_all();
            }
        }
        Ok(())
    }
}

/// `s` as one word for a shell command line: quoted when it holds anything but plain characters.
fn shell_word(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:@+=,".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn shell_words() {
        assert_eq!(shell_word("answers/x-2026.toml"), "answers/x-2026.toml");
        assert_eq!(shell_word("my answers.toml"), "'my answers.toml'");
        assert_eq!(shell_word("it's.toml"), "'it'\\''s.toml'");
    }
}
