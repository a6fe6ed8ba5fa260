//! `cyberassess fill`: answer a questionnaire in the terminal, saving the file after every
//! answer, then show the scores.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;

use cyberassess::builtin;
use cyberassess::fill::{Details, Ending, Mode, Prefill, Settings, Start, Store, fill};
use cyberassess::loader::Loader;
use cyberassess::parse::parse_answers;
use cyberassess::render::{Batch, Entry, Render, RenderOptions, Table};
use cyberassess::score::score;
use cyberassess::t;

use crate::cli::FillArgs;
use crate::error::{Status, UsageError};

use super::carry::{load_from, tell};
use super::language;
use super::output::{
    emit, note, print_report, say, stderr_styled, stdout_styled, table_width, write_atomic,
};
use super::template::{in_language, load_questionnaire, reference_for};
use super::terminal_prompter::TerminalPrompter;

/// The questionnaire of a new file when none is named.
const DEFAULT_QUESTIONNAIRE: &str = "ncss-maturity";

/// Runs `fill`.
pub(crate) fn run(args: &FillArgs) -> anyhow::Result<Status> {
    if let Some(status) = nothing_to_settle(args)? {
        return Ok(status);
    }
    let locale = language::interface();
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        if args.file.exists() {
            let shown = shell_word(&args.file.display().to_string());
            let text = if args.disputed {
                t!(locale, "fill-no-terminal-file-disputed", file = shown)
            } else {
                t!(locale, "fill-no-terminal-file", file = shown)
            };
            return Err(UsageError::NotATerminal(text).into());
        }
        let q = args
            .questionnaire
            .as_deref()
            .or(args.from.as_deref().and_then(builtin_of))
            .unwrap_or(DEFAULT_QUESTIONNAIRE);
        let from = args.from.as_ref().map_or(String::new(), |f| {
            format!(" --from {}", shell_word(&f.display().to_string()))
        });
        let command = format!(
            "cyberassess template {}{from} -o {}",
            shell_word(q),
            shell_word(&args.file.display().to_string())
        );
        return Err(UsageError::NotATerminal(t!(
            locale,
            "fill-no-terminal-new",
            command = command
        ))
        .into());
    }
    let file = &args.file;
    let shown = shell_word(&file.display().to_string());
    let loader = Loader::new();
    if let Some(from) = &args.from
        && file.exists()
    {
        return Err(UsageError::Invalid(t!(
            locale,
            "fill-from-exists",
            file = shown.as_str(),
            from = shell_word(&from.display().to_string())
        ))
        .into());
    }
    let (questionnaire, start) = if file.exists() {
        let loaded = match loader.assessment(file) {
            Ok(loaded) => loaded,
            Err(reports) => {
                for report in &reports {
                    print_report(report);
                }
                say!("{}", t!(locale, "fill-has-problems", file = shown.as_str()));
                return Ok(Status::Problems);
            }
        };
        if let Some(wanted) = &args.questionnaire {
            let q = &loaded.questionnaire.questionnaire;
            let Some(named) = load_questionnaire(wanted)? else {
                return Ok(Status::Problems);
            };
            if named.questionnaire.id != q.id {
                return Err(UsageError::Invalid(t!(
                    locale,
                    "fill-other-questionnaire",
                    file = shown.as_str(),
                    answers = q.id.as_str(),
                    named = named.questionnaire.id.as_str()
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
        let from_builtin = args.from.as_deref().and_then(builtin_of);
        let wanted = args
            .questionnaire
            .as_deref()
            .or(from_builtin)
            .unwrap_or(DEFAULT_QUESTIONNAIRE);
        let Some(q) = load_questionnaire(wanted)? else {
            return Ok(Status::Problems);
        };
        let reference = reference_for(wanted, Some(file));
        let start = match &args.from {
            None => Start::New { reference },
            Some(from) => {
                // Each carried answer's review note is in the session's language, as the
                // file's comments are.
                let Some((old, c)) = load_from(from, &q.questionnaire, locale) else {
                    return Ok(Status::Problems);
                };
                tell(from, &c);
                let target = c.target.unwrap_or(q.questionnaire.default_target);
                let details = Details {
                    country: c.country,
                    assessors: c.assessors,
                    assessed_on: String::new(),
                    target: q.questionnaire.stages[target].id.clone(),
                    marking: c.marking,
                };
                drop(old);
                Start::Carried {
                    reference,
                    from: Prefill {
                        details,
                        answers: c.answers,
                    },
                }
            }
        };
        (q, start)
    };

    // The questions are asked in the language chosen; the file records ids only, so it is the
    // same whatever the language.
    let Some(asked) = in_language(
        &questionnaire,
        language::for_questionnaire(&questionnaire).as_ref(),
    )?
    else {
        return Ok(Status::Problems);
    };
    let settings = Settings {
        mode: mode(args),
        quick: args.quick,
        today: jiff::Zoned::now().date().to_string(),
        file: shown.clone(),
        locale,
    };
    let mut prompter = TerminalPrompter::new(stderr_styled(), locale);
    let mut store = FileStore { path: file.clone() };
    let outcome = fill(&asked, start, &settings, &mut prompter, &mut store)
        .with_context(|| t!(locale, "fill-stopped-in", file = shown.as_str()))?;

    if outcome.ending != Ending::Finished {
        say!();
        let file = shown.as_str();
        if outcome.saved && args.disputed {
            let text = t!(
                locale,
                "fill-resume-disputed",
                file = file,
                disputed = outcome.disputed,
                total = outcome.total
            );
            note!("{text}");
        } else if outcome.saved && args.targets {
            note!("{}", t!(locale, "fill-resume-targets", file = file));
        } else if outcome.saved {
            let text = t!(
                locale,
                "fill-resume",
                file = file,
                answered = outcome.answered,
                total = outcome.total
            );
            note!("{text}");
        } else {
            say!("{}", t!(locale, "fill-nothing-saved"));
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
    say!();
    let batch = Batch {
        assessments: vec![Entry::new(
            &loaded.source.name,
            score(loaded.questionnaire.texts_in(locale), &loaded.assessment),
        )],
        errors: Vec::new(),
    };
    let mut options = RenderOptions::default();
    options.locale = locale;
    options.styled = stdout_styled();
    let width = table_width(true);
    emit(None, &Table { width }.render(&batch, &options)?)?;
    note!();
    note!("{}", t!(locale, "fill-done", file = shown.as_str()));
    Ok(Status::Success)
}

/// Which questions the flow walks, from the flags.
fn mode(args: &FillArgs) -> Mode {
    match (args.disputed, args.targets, args.review) {
        (true, _, _) => Mode::Disputed,
        (_, true, _) => Mode::Targets,
        (_, _, true) => Mode::Review,
        _ => Mode::Unanswered,
    }
}

/// For `--disputed` and `--targets`, which work on an existing file: refuses a file that does
/// not exist, or (`--disputed`) that is not a consensus, and ends at once, saying so, when a
/// consensus has no disputed question left. `None` when the flow is to run (a file with
/// problems runs on, to have them reported as for any fill).
fn nothing_to_settle(args: &FillArgs) -> anyhow::Result<Option<Status>> {
    if !args.disputed && !args.targets {
        return Ok(None);
    }
    let shown = shell_word(&args.file.display().to_string());
    let locale = language::interface();
    if !args.file.exists() {
        let text = if args.disputed {
            t!(locale, "fill-missing-disputed", file = shown)
        } else {
            t!(locale, "fill-missing-targets", file = shown)
        };
        return Err(UsageError::Invalid(text).into());
    }
    if !args.disputed {
        return Ok(None);
    }
    let Ok(loaded) = Loader::new().assessment(&args.file) else {
        return Ok(None);
    };
    let records = &loaded.assessment.records;
    if records.is_empty() {
        return Err(UsageError::Invalid(t!(locale, "fill-not-a-consensus", file = shown)).into());
    }
    if records.disputed() == 0 {
        say!("{}", t!(locale, "fill-nothing-disputed", file = shown));
        return Ok(Some(Status::Success));
    }
    Ok(None)
}

/// The built-in questionnaire id an older answers file names, so `fill --from OLD NEW` starts
/// NEW on the newest version of the same questionnaire. `None` when it names a file or cannot
/// be read (loading it later reports why).
fn builtin_of(old: &std::path::Path) -> Option<&'static str> {
    let source = Loader::new().read(old).ok()?;
    let file = parse_answers(&source.text).value?;
    let reference = file.questionnaire.get_ref();
    let id = reference.split('@').next().unwrap_or(reference);
    builtin::lookup(id).ok().map(|b| b.id)
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
