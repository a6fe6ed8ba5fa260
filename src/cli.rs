//! The command line, as plain data. Nothing here reads files or decides defaults that need IO;
//! [`crate::app`] resolves these values.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// National cyber security strategy maturity self-assessment.
///
/// Fill in a questionnaire, score the answers, and write a PDF report with the stage of each
/// pillar, the gap to the target and ranked next steps.
#[derive(Debug, Parser)]
#[command(name = "cyberassess", version, max_term_width = 100)]
#[command(after_help = "Start here:\n  cyberassess score questionnaires/examples/exampleland-2026.toml\n\nDocumentation: README.md")]
pub(crate) struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check questionnaires and answers files for mistakes, with line, column and the fix.
    Check(CheckArgs),
    /// Score answers files and print the stage of each pillar, the gap and the next steps.
    Score(ScoreArgs),
    /// List the built-in questionnaires, or print one to copy and adapt.
    Questionnaires(QuestionnairesArgs),
}

/// Arguments of `check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Questionnaire or answers files (the kind is detected from the keys).
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Treat warnings as problems (exit 1).
    #[arg(long)]
    pub(crate) strict: bool,
}

/// Arguments of `score`.
#[derive(Debug, Args)]
pub(crate) struct ScoreArgs {
    /// Answers files.
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Table)]
    pub(crate) format: Format,
    /// How many next steps to show per assessment (0 for none).
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub(crate) top: usize,
    /// Show how every number was reached: each question's answer, level and weight.
    #[arg(long)]
    pub(crate) explain: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

/// Output formats of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Tables for reading in a terminal.
    Table,
    /// JSON, for other programs (a stable contract, see README).
    Json,
    /// CSV, one row per pillar and an overall row, for spreadsheets.
    Csv,
    /// Markdown tables, for wikis and pull requests.
    Markdown,
}

/// Arguments of `questionnaires`.
#[derive(Debug, Args)]
pub(crate) struct QuestionnairesArgs {
    /// `show ID` prints a built-in questionnaire's TOML.
    #[command(subcommand)]
    pub(crate) action: Option<QuestionnairesAction>,
}

/// Sub-commands of `questionnaires`.
#[derive(Debug, Subcommand)]
pub(crate) enum QuestionnairesAction {
    /// List the built-in questionnaires (the default).
    List,
    /// Print a built-in questionnaire's TOML, to copy and adapt.
    Show {
        /// The questionnaire id.
        id: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
