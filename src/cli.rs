//! The command line, as plain data. Nothing here reads files or decides defaults that need IO;
//! [`crate::app`] resolves these values.

use std::path::PathBuf;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use cyberassess::i18n::Language;

/// Shown after the main help: the first commands to try.
const START_HERE: &str = "\
Start here:
  cyberassess score questionnaires/examples/exampleland-2026.toml
  cyberassess report questionnaires/examples/exampleland-2026.toml
  cyberassess template ncss-maturity -o my-answers.toml
  cyberassess template ncss-maturity -o jm-2026.xlsx    (then: cyberassess import jm-2026.xlsx)

Learn more:
  cyberassess guide     the file formats, the method, the exit codes
  man cyberassess       once installed (see cyberassess man --help)";

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
    /// When to colour what is printed: auto (on a terminal, unless NO_COLOR is set or
    /// CLICOLOR_FORCE asks for colour everywhere), always, or never. Files written with -o
    /// never have colours.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub(crate) color: ColorWhen,
    /// Print only results, warnings and errors: no progress bars, summaries, hints or
    /// "wrote FILE" notes.
    #[arg(long, short = 'q', global = true)]
    pub(crate) quiet: bool,
    /// The language of messages and reports: en, es, fr or pt. `fill` and `template` also give
    /// the questionnaire's texts in it, in any language a translation beside the questionnaire
    /// file gives (NAME.LANG.toml); answers files are the same in every language, and JSON and
    /// CSV never change. `report` writes each report in it, else in the answers file's
    /// [assessment] language, else in the questionnaire's, never the environment's [default:
    /// CYBERASSESS_LANG, else LC_ALL, LC_MESSAGES or LANG, else English]
    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    pub(crate) lang: Option<Language>,
}

/// When to colour the output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    /// Colours on a terminal, unless NO_COLOR is set; everywhere with CLICOLOR_FORCE.
    Auto,
    /// Colours even when piped or redirected.
    Always,
    /// No colours.
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check questionnaires and answers files for mistakes, with line, column and the fix.
    Check(CheckArgs),
    /// Score answers files and print the stage of each pillar, the gap and the next steps.
    Score(ScoreArgs),
    /// Write a report per answers file (PDF, Word or Markdown), to share with ministers, donors
    /// and workshops.
    Report(ReportArgs),
    /// Show what moved between two assessments, or since each country's previous one.
    Compare(CompareArgs),
    /// Fill in a questionnaire interactively; every answer is saved at once.
    Fill(FillArgs),
    /// Write an answers file with every question as a comment, to fill in any text editor, or
    /// (--format xlsx) a workbook to fill in with Excel or LibreOffice Calc.
    Template(TemplateArgs),
    /// Merge several respondents' answers into one consensus file and print the agenda of the
    /// questions they disagree on.
    Merge(MergeArgs),
    /// List the built-in questionnaires, or print one to copy and adapt.
    Questionnaires(QuestionnairesArgs),
    /// Write the JSON Schema of questionnaires or answers files, for editors that check and
    /// complete TOML as it is typed.
    Schema(SchemaArgs),
    /// Print a page of the guide: the file formats, the scoring method, the exit codes.
    Guide(GuideArgs),
    /// Print the shell completion script for bash, zsh, fish, PowerShell or Elvish.
    Completions(CompletionsArgs),
    /// Write the manual page (roff), to install where `man` finds it.
    Man(ManArgs),
    /// Turn questionnaire workbooks filled in Excel or LibreOffice into answers files.
    Import(ImportArgs),
    /// Turn the ranked next steps into an action plan to fill in: XLSX, CSV or Markdown.
    Plan(PlanArgs),
}

/// A built-in questionnaire id or the path of a questionnaire file. Any text is accepted; the
/// built-in ids are offered by shell completion (and kept out of `--help`, which says ID|PATH).
#[derive(Debug, Clone, Copy)]
pub(crate) struct QuestionnaireRef;

impl TypedValueParser for QuestionnaireRef {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            cyberassess::builtin::ids().map(PossibleValue::new),
        ))
    }
}

/// A language tag (`es`, `fr`, `pt`, `pt-BR`), checked as the command line is read.
fn language(value: &str) -> Result<Language, String> {
    value
        .parse()
        .map_err(|e: cyberassess::i18n::LanguageError| {
            format!(
                "{e}; write a two-letter code such as es (Spanish), fr (French) or pt (Portuguese)"
            )
        })
}

/// Arguments of `schema`.
#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// Which schema.
    #[command(subcommand)]
    pub(crate) kind: SchemaKind,
}

/// The schemas `schema` writes.
#[derive(Debug, Subcommand)]
pub(crate) enum SchemaKind {
    /// The schema of the questionnaire format.
    Questionnaire {
        /// Where to write it [default: standard output]
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The schema of answers files for one questionnaire: its question ids and their answers.
    Answers {
        /// Built-in questionnaire id or path of a questionnaire file.
        #[arg(long, value_name = "ID|PATH", value_parser = QuestionnaireRef, hide_possible_values = true)]
        questionnaire: String,
        /// Where to write it [default: standard output]
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// Arguments of `guide`.
#[derive(Debug, Args)]
pub(crate) struct GuideArgs {
    /// The page to print; without one, the list of pages.
    #[arg(value_enum)]
    pub(crate) topic: Option<Topic>,
}

/// The pages of the guide (each is a section of the README, built into the binary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Topic {
    /// The questionnaire and answers file formats.
    Formats,
    /// What `score` can print: table, JSON, CSV, Markdown.
    Output,
    /// How answers become stages, scores, gaps and next steps.
    Method,
    /// What each exit code means.
    ExitCodes,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
#[command(after_help = "\
Install, for example:
  bash:       cyberassess completions bash > ~/.local/share/bash-completion/completions/cyberassess
  zsh:        cyberassess completions zsh > ~/.zfunc/_cyberassess   (with fpath+=~/.zfunc)
  fish:       cyberassess completions fish > ~/.config/fish/completions/cyberassess.fish
  PowerShell: cyberassess completions powershell >> $PROFILE")]
pub(crate) struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}

/// Arguments of `man`.
#[derive(Debug, Args)]
#[command(after_help = "\
Install, for example:
  cyberassess man --all -o ~/.local/share/man/man1
  man cyberassess")]
pub(crate) struct ManArgs {
    /// Also write one page per command (cyberassess-score.1, ...); needs -o.
    #[arg(long, requires = "output")]
    pub(crate) all: bool,
    /// Folder to write cyberassess.1 into [default: the page goes to standard output]
    #[arg(long, short = 'o', value_name = "FOLDER")]
    pub(crate) output: Option<PathBuf>,
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
    /// Excel workbook with filters, dropdowns and date cells, in the interface's language.
    Xlsx,
    /// CSV, for any spreadsheet or database: English header in every language.
    Csv,
    /// A Markdown table, in the interface's language.
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
    /// are mirrored) [default: reports/<answers file name>.pdf, .docx or .md]
    #[arg(long, short = 'o', value_name = "PATH")]
    pub(crate) output: Option<PathBuf>,
    /// Format of each report; a file name given with -o gets the format's extension when it
    /// does not end in it.
    #[arg(long, short = 'f', value_enum, default_value_t = ReportFormat::Pdf)]
    pub(crate) format: ReportFormat,
    /// Paper size (PDF and Word).
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
    /// Also write a cohort report comparing all the assessments: the heat-map table, per
    /// pillar how many assessments are at each stage and, when a country has several
    /// assessments, a Change page with its change since its previous one.
    #[arg(long, value_name = "FILE.pdf")]
    pub(crate) cohort: Option<PathBuf>,
    /// Keep only each country's most recent assessment per questionnaire (by assessed_on), to
    /// compare countries once each when a folder holds several years.
    #[arg(long)]
    pub(crate) latest: bool,
    /// An earlier answers file to measure progress from: the report gains a "Progress since
    /// <date>" section, as `compare OLD NEW` shows it. A path, or REV:PATH for the file in a git
    /// revision (e.g. HEAD~1:answers/jm.toml). Works with one answers file only.
    #[arg(long, value_name = "OLD")]
    pub(crate) baseline: Option<PathBuf>,
    /// Stop at the first file that fails.
    #[arg(long)]
    pub(crate) fail_fast: bool,
}

/// Formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// PDF to share, ready to print (.pdf).
    Pdf,
    /// Word document to edit before sending, built on named styles (.docx).
    Docx,
    /// Markdown, for wikis and e-mail (.md).
    Markdown,
}

impl ReportFormat {
    /// The file name extension of a report in this format.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Docx => "docx",
            ReportFormat::Markdown => "md",
        }
    }
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
#[command(after_help = "\
Keys: 1, 2, ... choose a stage (1 is the lowest), y / p / n an indicator's answer; Enter saves
it. Up/Down move through the list, typing searches it, Esc saves and stops.")]
pub(crate) struct FillArgs {
    /// The answers file to create or continue.
    #[arg(value_name = "ANSWERS_FILE")]
    pub(crate) file: PathBuf,
    /// Questionnaire for a new file: built-in id (ID@VERSION for an older version) or path
    /// [default: ncss-maturity, or with --from the newest version of the old file's built-in]
    #[arg(long, value_name = "ID|PATH", value_parser = QuestionnaireRef, hide_possible_values = true)]
    pub(crate) questionnaire: Option<String>,
    /// Start the new file from an answers file of the previous major version: its details, and
    /// the answers of the questions whose meaning did not change, each shown again for review.
    #[arg(long, value_name = "OLD_ANSWERS")]
    pub(crate) from: Option<PathBuf>,
    /// Walk through every question, the current answer preselected and marked "current"; any
    /// answer can be changed or cleared.
    #[arg(long, conflicts_with_all = ["disputed", "targets"])]
    pub(crate) review: bool,
    /// Walk through the disputed questions of a consensus (made by `merge`) only, each with
    /// every respondent's answer and evidence: choose the agreed answer, or leave it disputed.
    #[arg(long, conflicts_with_all = ["targets", "from"])]
    pub(crate) disputed: bool,
    /// Set the targets: the stage the whole assessment aims for, then each pillar's.
    #[arg(long, conflicts_with = "from")]
    pub(crate) targets: bool,
    /// Do not ask for evidence and notes.
    #[arg(long)]
    pub(crate) quick: bool,
}

/// Arguments of `template`.
#[derive(Debug, Args)]
pub(crate) struct TemplateArgs {
    /// Built-in questionnaire id (ID@VERSION for an older version, such as ncss-maturity@1.0.0)
    /// or path of a questionnaire file.
    #[arg(value_name = "QUESTIONNAIRE", value_parser = QuestionnaireRef, hide_possible_values = true)]
    pub(crate) questionnaire: String,
    /// Start from an answers file of the previous major version: copy its details and the
    /// answers of the questions whose meaning did not change, each marked for review.
    #[arg(long, value_name = "OLD_ANSWERS")]
    pub(crate) from: Option<PathBuf>,
    /// Where to write the template [default: standard output]
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Also write the JSON Schema of the answers to FILE, and name it on the template's first
    /// line (`#:schema FILE`), so editors with the TOML language server check and complete the
    /// answers offline.
    #[arg(long, value_name = "FILE")]
    pub(crate) schema_out: Option<PathBuf>,
    /// What to write [default: xlsx when the output file ends in .xlsx, else toml]
    #[arg(long, short = 'f', value_enum)]
    pub(crate) format: Option<TemplateFormat>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub(crate) force: bool,
}

/// Arguments of `merge`.
#[derive(Debug, Args)]
#[command(after_help = "\
Each file is one respondent, named by its assessors (or its file name when it has none). An
earlier consensus may be merged again with late respondents: its respondents are kept. The
consensus keeps every respondent's answer, evidence and notes; check, score, report and fill
take it like any answers file.

Example:
  cyberassess merge ministry.toml cert.toml regulator.toml -o consensus.toml")]
pub(crate) struct MergeArgs {
    /// Answers files on the same questionnaire and major version, one per respondent.
    #[arg(required = true, value_name = "ANSWERS")]
    pub(crate) files: Vec<PathBuf>,
    /// Where to write the consensus answers file.
    #[arg(long, short = 'o', required = true, value_name = "FILE")]
    pub(crate) output: PathBuf,
    /// How to choose the provisional answer of a question the respondents disagree on: the
    /// lowest answer, the lower median, or none (left unanswered).
    #[arg(long, value_enum, default_value_t = MergeRule::Lowest)]
    pub(crate) rule: MergeRule,
    /// The country of the consensus, when the files name different ones.
    #[arg(long, value_name = "NAME")]
    pub(crate) country: Option<String>,
    /// Format of the agenda printed on standard output.
    #[arg(long, short = 'f', value_enum, default_value_t = AgendaFormat::Table)]
    pub(crate) format: AgendaFormat,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub(crate) force: bool,
}

/// Formats of the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum AgendaFormat {
    /// A table for reading in a terminal.
    Table,
    /// A Markdown table, for the workshop's minutes or a wiki.
    Markdown,
    /// CSV, one row per disputed question, for spreadsheets.
    Csv,
    /// JSON, for other programs.
    Json,
}

/// Rules for a disputed question's provisional answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MergeRule {
    /// The lowest answer: a stage one respondent does not see evidence for is not shown as
    /// reached.
    Lowest,
    /// The lower median of the answers.
    Median,
    /// No provisional answer: the question stays unanswered until the workshop settles it.
    None,
}

/// Arguments of `check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Questionnaire or answers files (the kind is detected from the keys), or folders to
    /// search for them.
    #[arg(required = true, value_name = "FILE|FOLDER")]
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
    /// How many next steps each assessment's table shows (0 for none) [default: 5; JSON: all].
    /// With several assessments, also shows each one's table (as --detail). Not for CSV.
    #[arg(long, value_name = "N")]
    pub(crate) top: Option<usize>,
    /// Show how every number was reached: each question's answer, level and weight. With
    /// several assessments, also shows each one's table (as --detail). Table and Markdown only.
    #[arg(long)]
    pub(crate) explain: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// With several assessments, print each one's own table after the cohort table. Table and
    /// Markdown only.
    #[arg(long)]
    pub(crate) detail: bool,
    /// Order of the cohort table's rows [default: path]. Table and Markdown only.
    #[arg(long, value_enum)]
    pub(crate) sort: Option<SortBy>,
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
    /// steps are shown [default: 5]. With folders, also shows each comparison after the summary
    /// table. Not for CSV.
    #[arg(long, value_name = "N")]
    pub(crate) top: Option<usize>,
    /// Every question that moved, with what each chosen stage means; with folders, each
    /// comparison after the summary table. Table and Markdown only.
    #[arg(long)]
    pub(crate) detail: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Stop at the first file that fails to load (of OLD NEW: NEW is not read when OLD fails).
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
        #[arg(value_name = "ID[@VERSION]", value_parser = QuestionnaireRef, hide_possible_values = true)]
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

    #[test]
    fn every_command_takes_color_and_quiet() {
        let mut cli = Cli::command();
        cli.build();
        let mut names = Vec::new();
        // clap's own `help` takes no options.
        for command in cli.get_subcommands().filter(|c| c.get_name() != "help") {
            let has = |id: &str| command.get_arguments().any(|a| a.get_id() == id);
            assert!(has("color") && has("quiet"), "{}", command.get_name());
            names.push(command.get_name().to_owned());
        }
        assert!(names.len() >= 14, "{names:?}");
        let parsed = Cli::try_parse_from(["cyberassess", "guide", "--color", "never", "-q"]);
        let parsed = parsed.expect("options after the command");
        assert_eq!((parsed.color, parsed.quiet), (ColorWhen::Never, true));
        let parsed = Cli::try_parse_from(["cyberassess", "--color=always", "guide"]);
        assert_eq!(parsed.expect("before").color, ColorWhen::Always);
    }
}
