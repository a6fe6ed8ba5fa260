//! The application layer: resolves the command line, calls the core, and decides what goes to
//! the terminal and what goes to files. The only place that prints.

mod batch;
mod carry;
mod check;
mod compare;
mod compare_folders;
mod completions;
mod fill;
mod guide;
mod import;
pub(crate) mod language;
mod merge;
pub(crate) mod output;
mod plan;
mod progress;
mod question_list;
mod questionnaires;
mod report;
mod report_cohort;
mod report_name;
mod report_outputs;
mod schema;
mod score;
mod template;
mod terminal_prompter;
mod view;

use std::path::{Path, PathBuf};

use cyberassess::i18n::Locale;
use cyberassess::t;

use crate::cli::{Cli, Command, SchemaKind};
use crate::error::{Status, UsageError};

/// Today's date on this computer's clock: the one place the commands read it, so the core can
/// be given a date instead of looking.
pub(crate) fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// `-o -`: standard output, as command-line tools read a lone dash, for the commands that write
/// there without `-o`.
fn dash_is_standard_output(output: &mut Option<PathBuf>) {
    if output.as_deref() == Some(Path::new("-")) {
        *output = None;
    }
}

/// Refuses `-o -` for the commands whose output is always a file (or a folder of them): a file
/// named `-` is never what was meant. `why` says, in a language, where the output goes.
fn refuse_dash(output: Option<&Path>, why: fn(Locale) -> String) -> Result<(), UsageError> {
    if output == Some(Path::new("-")) {
        let locale = language::interface();
        return Err(UsageError::Invalid(t!(
            locale,
            "app-dash",
            why = why(locale)
        )));
    }
    Ok(())
}

/// Runs one command.
pub(crate) fn run(mut cli: Cli) -> anyhow::Result<Status> {
    output::configure(cli.color, cli.quiet);
    language::configure(cli.lang);
    match &mut cli.command {
        Command::Score(args) => dash_is_standard_output(&mut args.output),
        Command::Compare(args) => dash_is_standard_output(&mut args.output),
        Command::Template(args) => dash_is_standard_output(&mut args.output),
        Command::Man(args) if args.all => {
            refuse_dash(args.output.as_deref(), |l| t!(l, "app-dash-man-all"))?
        }
        Command::Man(args) => dash_is_standard_output(&mut args.output),
        Command::Schema(args) => match &mut args.kind {
            SchemaKind::Questionnaire { output } | SchemaKind::Answers { output, .. } => {
                dash_is_standard_output(output);
            }
        },
        Command::Report(args) => refuse_dash(args.output.as_deref(), |l| t!(l, "app-dash-report"))?,
        Command::Plan(args) => refuse_dash(Some(&args.output), |l| t!(l, "app-dash-plan"))?,
        Command::Merge(args) => refuse_dash(Some(&args.output), |l| t!(l, "app-dash-merge"))?,
        Command::Import(args) => refuse_dash(args.output.as_deref(), |l| t!(l, "app-dash-import"))?,
        _ => {}
    }
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Score(args) => score::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Compare(args) => compare::run(&args),
        Command::Fill(args) => fill::run(&args),
        Command::Template(args) => template::run(&args),
        Command::Merge(args) => merge::run(&args),
        Command::Questionnaires(args) => questionnaires::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Guide(args) => guide::run(&args),
        Command::Completions(args) => completions::completions(&args),
        Command::Man(args) => completions::man(&args),
        Command::Import(args) => import::run(&args),
        Command::Plan(args) => plan::run(&args),
    }
}
