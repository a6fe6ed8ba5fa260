//! The application layer: resolves the command line, calls the core, and decides what goes to
//! the terminal and what goes to files. The only place that prints.

mod batch;
mod check;
mod fill;
pub(crate) mod output;
mod progress;
mod questionnaires;
mod report;
mod score;
mod template;
mod terminal_prompter;

use crate::cli::{Cli, Command};
use crate::error::Status;

/// Runs one command.
pub(crate) fn run(cli: Cli) -> anyhow::Result<Status> {
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Score(args) => score::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Fill(args) => fill::run(&args),
        Command::Template(args) => template::run(&args),
        Command::Questionnaires(args) => questionnaires::run(&args),
    }
}
