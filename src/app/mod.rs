//! The application layer: resolves the command line, calls the core, and decides what goes to
//! the terminal and what goes to files. The only place that prints.

mod batch;
mod carry;
mod check;
mod compare;
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
mod schema;
mod score;
mod template;
mod terminal_prompter;
mod view;

use crate::cli::{Cli, Command};
use crate::error::Status;

/// Today's date on this computer's clock: the one place the commands read it, so the core can
/// be given a date instead of looking.
pub(crate) fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Runs one command.
pub(crate) fn run(cli: Cli) -> anyhow::Result<Status> {
    output::configure(cli.color, cli.quiet);
    language::configure(cli.lang);
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
