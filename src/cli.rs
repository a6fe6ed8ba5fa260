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
  cyberassess template ncss-maturity -o jm-2026.xlsx    (then: cyberassess import jm-2026.xlsx)

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
    /// Fill in a questionnaire interactively; every answer is saved at once.
    Fill(FillArgs),
    /// Write an answers file with every question as a comment, to fill in any text editor, or
    /// (--format xlsx) a workbook to fill in with Excel or LibreOffice Calc.
    Template(TemplateArgs),
    /// List the built-in questionnaires, or print one to copy and adapt.
    Questionnaires(QuestionnairesArgs),
    /// Turn questionnaire workbooks filled in Excel or LibreOffice into answers files.
    Import(ImportArgs),
    /// Turn the ranked next steps into an action plan to fill in: XLSX, CSV or Markdown.
    Plan(PlanArgs),
}

/// Arguments of `import`.
#[derive(Debug, Args)]
#[command(after_help = "\
Make the workbook with: cyberassess template ncss-maturity --format xlsx -o jm-2026.xlsx
Each workbook becomes an answers file of the same name (jm-2026.xlsx -> jm-2026.toml), next to it
or in the folder given with -o. Check and score it like any answers file.")]
pub(crate) struct ImportArgs {
    /// Filled workbooks (.xlsx or .ods) made by `cyberassess template --format xlsx`.
    #[arg(required = true, value_name = "WORKBOOK")]
    pub(crate) files: Vec<PathBuf>,
    /// Folder to write the answers files in [default: next to each workbook]
    #[arg(long, short = 'o', value_name = "FOLDER")]
    pub(crate) output: Option<PathBuf>,
    /// Only accept workbooks made for this questionnaire: built-in id (ID@VERSION for one
    /// version) or path.
    #[arg(long, value_name = "ID|PATH")]
    pub(crate) questionnaire: Option<String>,
    /// Replace answers files that already exist.
    #[arg(long)]
    pub(crate) force: bool,
}

/// Arguments of `plan`.
#[derive(Debug, Args)]
#[command(after_help = "\
Columns: rank, pillar, question id, question, from, to, action, done when (the description of
the stage the step leads to), then lead agency, supporting agencies, start, due date, estimated
cost, status and comments, to fill in.")]
pub(crate) struct PlanArgs {
    /// The answers file.
    #[arg(value_name = "ANSWERS")]
    pub(crate) file: PathBuf,
    /// Output file: .xlsx, .csv or .md.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: PathBuf,
    /// Output format [default: from the output file's extension]
    #[arg(long, short = 'f', value_enum)]
    pub(crate) format: Option<PlanFormat>,
    /// Order of the steps: by rank, or pillar by pillar (by rank within each).
    #[arg(long, value_enum, default_value_t = PlanBy::Rank)]
    pub(crate) by: PlanBy,
    /// Keep only the first N steps [default: all]
    #[arg(long, value_name = "N")]
    pub(crate) top: Option<usize>,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub(crate) force: bool,
}

/// Formats of `plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PlanFormat {
    /// Excel workbook with filters, dropdowns and date cells.
    Xlsx,
    /// CSV, for any spreadsheet or database.
    Csv,
    /// A Markdown table.
    Md,
}

/// Orders of `plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PlanBy {
    /// First thing to do first.
    Rank,
    /// Pillar by pillar.
    Pillar,
}

/// Formats of `template`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TemplateFormat {
    /// An answers file to fill in with any text editor.
    Toml,
    /// A workbook to fill in with Excel or LibreOffice Calc (needs -o).
    Xlsx,
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
    /// Questionnaire for a new file: built-in id (ID@VERSION for an older version) or path
    /// [default: ncss-maturity, or with --from the newest version of the old file's built-in]
    #[arg(long, value_name = "ID|PATH")]
    pub(crate) questionnaire: Option<String>,
    /// Start the new file from an answers file of the previous major version: its details, and
    /// the answers of the questions whose meaning did not change, each shown again for review.
    #[arg(long, value_name = "OLD_ANSWERS")]
    pub(crate) from: Option<PathBuf>,
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
    /// Built-in questionnaire id (ID@VERSION for an older version, such as ncss-maturity@1.0.0)
    /// or path of a questionnaire file.
    #[arg(value_name = "QUESTIONNAIRE")]
    pub(crate) questionnaire: String,
    /// Start from an answers file of the previous major version: copy its details and the
    /// answers of the questions whose meaning did not change, each marked for review.
    #[arg(long, value_name = "OLD_ANSWERS")]
    pub(crate) from: Option<PathBuf>,
    /// Where to write the template [default: standard output]
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// What to write [default: xlsx when the output file ends in .xlsx, else toml]
    #[arg(long, short = 'f', value_enum)]
    pub(crate) format: Option<TemplateFormat>,
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
    /// `show ID` prints a built-in questionnaire's TOML (`show ID@VERSION` an older version).
    #[command(subcommand)]
    pub(crate) action: Option<QuestionnairesAction>,
}

/// Sub-commands of `questionnaires`.
#[derive(Debug, Subcommand)]
pub(crate) enum QuestionnairesAction {
    /// List the built-in questionnaires, every version (the default).
    List,
    /// Print a built-in questionnaire's TOML, to copy and adapt.
    Show {
        /// The questionnaire id (its newest version), or ID@VERSION, such as ncss-maturity@1.0.0.
        #[arg(value_name = "ID[@VERSION]")]
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
