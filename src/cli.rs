//! The command line, as plain data. Nothing here reads files or decides defaults that need IO;
//! [`crate::app`] resolves these values.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Shown after the main help: the first commands to try.
const START_HERE: &str = "\
Start here:
  cyberassess score questionnaires/examples/exampleland-2026.toml
  cyberassess report questionnaires/examples/exampleland-2026.toml
  cyberassess template ncss-maturity -o my-answers.toml

Documentation: README.md";

/// National cyber security strategy maturity self-assessment.
///
/// Fill in a questionnaire, score the answers, and write a PDF report with the stage of each
/// pillar, the gap to the target and ranked next steps.
#[derive(Debug, Parser)]
#[command(name = "cyberassess", version, max_term_width = 100)]
#[command(after_help = START_HERE)]
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
    /// Write a PDF report per answers file, to share with ministers, donors and workshops.
    Report(ReportArgs),
    /// Show what moved between two assessments, or since each country's previous one.
    Compare(CompareArgs),
    /// Fill in a questionnaire interactively; every answer is saved at once.
    Fill(FillArgs),
    /// Write an answers file with every question as a comment, to fill in any text editor.
    Template(TemplateArgs),
    /// List the built-in questionnaires, or print one to copy and adapt.
    Questionnaires(QuestionnairesArgs),
}

/// Arguments of `report`.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// Answers files, or folders to search for them (questionnaire files found there are skipped).
    #[arg(required = true, value_name = "ANSWERS|FOLDER")]
    pub(crate) files: Vec<PathBuf>,
    /// Output file (one input) or folder (several inputs, or a folder input, whose sub-folders
    /// are mirrored) [default: reports/<answers file name>.pdf]
    #[arg(long, short = 'o', value_name = "PATH")]
    pub(crate) output: Option<PathBuf>,
    /// Paper size.
    #[arg(long, value_enum, default_value_t = Paper::A4)]
    pub(crate) paper: Paper,
    /// How many next steps the Priorities section lists.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub(crate) top: usize,
    /// Leave these fields out, for sharing outside government (the cover says so).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FIELDS")]
    pub(crate) redact: Vec<Redact>,
    /// Handling label shown on every page, e.g. TLP:AMBER (overrides the answers file's marking).
    #[arg(long, value_name = "TEXT")]
    pub(crate) marking: Option<String>,
    /// Do not print the score table.
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
    /// Also write a cohort report comparing all the assessments: the heat-map table and, per
    /// pillar, how many assessments are at each stage.
    #[arg(long, value_name = "FILE.pdf")]
    pub(crate) cohort: Option<PathBuf>,
    /// Keep only each country's most recent assessment per questionnaire (by assessed_on), to
    /// compare countries once each when a folder holds several years.
    #[arg(long)]
    pub(crate) latest: bool,
    /// Stop at the first file that fails.
    #[arg(long)]
    pub(crate) fail_fast: bool,
}

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

/// Fields that `--redact` can leave out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Redact {
    /// Free-text notes.
    Notes,
    /// Evidence links and references.
    Evidence,
}

/// Arguments of `fill`.
#[derive(Debug, Args)]
pub(crate) struct FillArgs {
    /// The answers file to create or continue.
    #[arg(value_name = "ANSWERS_FILE")]
    pub(crate) file: PathBuf,
    /// Questionnaire for a new file: built-in id or path [default: ncss-maturity]
    #[arg(long, value_name = "ID|PATH")]
    pub(crate) questionnaire: Option<String>,
    /// Walk through every question with the current answer preselected.
    #[arg(long)]
    pub(crate) review: bool,
    /// Do not ask for evidence and notes.
    #[arg(long)]
    pub(crate) quick: bool,
}

/// Arguments of `template`.
#[derive(Debug, Args)]
pub(crate) struct TemplateArgs {
    /// Built-in questionnaire id or path of a questionnaire file.
    #[arg(value_name = "QUESTIONNAIRE")]
    pub(crate) questionnaire: String,
    /// Where to write the template [default: standard output]
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub(crate) force: bool,
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
    /// Answers files, or folders to search for them (questionnaire files found there are skipped).
    #[arg(required = true, value_name = "FILE|FOLDER")]
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
    /// With several assessments, print each one's own table after the cohort table.
    #[arg(long)]
    pub(crate) detail: bool,
    /// Order of the cohort table's rows.
    #[arg(long, value_enum, default_value_t = SortBy::Path)]
    pub(crate) sort: SortBy,
    /// Keep only each country's most recent assessment per questionnaire (by assessed_on), to
    /// compare countries once each when a folder holds several years.
    #[arg(long)]
    pub(crate) latest: bool,
    /// Stop at the first file that fails to load.
    #[arg(long)]
    pub(crate) fail_fast: bool,
}

/// Shown after `compare --help`.
const COMPARE_EXAMPLES: &str = "\
Examples:
  cyberassess compare answers/jm-2024.toml answers/jm-2026.toml
  cyberassess compare HEAD~1:answers/jm.toml answers/jm.toml     # the file as it was in git
  cyberassess compare member-states/ --detail                     # each country's last change

Changes are the difference of the values shown: arrows and colour in a terminal, words (\"up \
0.7\", \"down 0.4\", \"no change\") when piped, saved, or with NO_COLOR.";

/// Arguments of `compare`.
#[derive(Debug, Args)]
#[command(after_help = COMPARE_EXAMPLES)]
pub(crate) struct CompareArgs {
    /// OLD NEW: two answers files, earlier first (either may be REV:PATH, the file as it was in
    /// a git revision). Or folders and files: each country's previous and latest assessment by
    /// assessed_on, per questionnaire.
    #[arg(required = true, value_name = "OLD NEW|FOLDER")]
    pub(crate) inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Table)]
    pub(crate) format: Format,
    /// How many questions "Most improved" and "Areas of concern" list, and how many open next
    /// steps are shown.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub(crate) top: usize,
    /// Every question that moved, with what each chosen stage means; with several countries,
    /// each comparison after the summary table.
    #[arg(long)]
    pub(crate) detail: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Stop at the first file that fails to load.
    #[arg(long)]
    pub(crate) fail_fast: bool,
}

/// Orders of the cohort table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SortBy {
    /// By file path.
    Path,
    /// By overall level, highest first.
    Overall,
    /// By country name.
    Country,
}

/// Output formats of `score` and `compare`.
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
