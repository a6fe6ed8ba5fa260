//! The one output path of every command: standard output and standard error ([`printer`]),
//! files ([`file`]), colour and quiet ([`style`]), and how problems are shown. Commands never
//! print any other way.

mod file;
mod printer;
mod style;

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use cyberassess::loader::FileReport;

pub(crate) use file::{OutputFile, write_atomic, write_failed};
pub(crate) use printer::{Stdout, eprint, print, stderr_failed, stdout_closed, stdout_error};
pub(crate) use style::{configure, quiet, stderr_styled, stdout_styled};

/// Prints a line on standard error through [`eprint`]: never panics, whatever standard error is.
macro_rules! say {
    () => {
        $crate::app::output::eprint(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::app::output::eprint(format_args!("{}\n", format_args!($($arg)*)))
    };
}
pub(crate) use say;

/// Prints a note on standard error, like [`say!`], unless `--quiet` was given: for what a
/// command did or could do next, never for a problem.
macro_rules! note {
    ($($arg:tt)*) => {
        if !$crate::app::output::quiet() {
            $crate::app::output::say!($($arg)*)
        }
    };
}
pub(crate) use note;

/// Where a command's main output goes: standard output, or a file (`-o`).
pub(crate) enum Destination {
    /// Standard output.
    Stdout(Stdout),
    /// A file, a device or a named pipe.
    File(OutputFile, PathBuf),
}

impl Destination {
    /// Standard output, or `path` opened for writing (a folder is refused here, before any
    /// work is done).
    pub(crate) fn open(path: Option<&Path>) -> anyhow::Result<Self> {
        Ok(match path {
            Some(path) => Destination::File(OutputFile::create(path)?, path.to_path_buf()),
            None => Destination::Stdout(Stdout::new()),
        })
    }

    /// Writes a piece of the output.
    pub(crate) fn write(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        use std::io::Write;
        match self {
            Destination::Stdout(out) => out.write_all(bytes).map_err(stdout_error),
            Destination::File(file, path) => file
                .write_all(bytes)
                .map_err(|e| anyhow::Error::new(e).context(write_failed(path))),
        }
    }

    /// Whether nobody reads the output any more (a closed pipe): the rest need not be made.
    pub(crate) fn closed(&self) -> bool {
        matches!(self, Destination::Stdout(_)) && stdout_closed()
    }

    /// Finishes the output: flushes standard output, or puts the file in place.
    pub(crate) fn commit(self) -> anyhow::Result<()> {
        match self {
            Destination::Stdout(out) => out.finish(),
            Destination::File(file, _) => file.commit(),
        }
    }
}

/// Writes bytes to standard output, or to a file when one is given.
pub(crate) fn emit(output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(path) => write_atomic(path, bytes),
        None => print(bytes),
    }
}

/// Prints the problems of a file on standard error, with the source line underlined.
pub(crate) fn print_report(report: &FileReport) {
    if report.diagnostics.is_empty() {
        return;
    }
    let text = report.file.render(
        &report.diagnostics,
        stderr_styled(),
        crate::app::language::interface(),
    );
    eprint(format_args!("{text}"));
}

/// Width for tables: the terminal's when standard output is one; otherwise the `COLUMNS`
/// environment variable when set (`COLUMNS=80 cyberassess score ... > file`), else 100
/// columns, so saved or piped tables stay readable in e-mail and editors.
pub(crate) fn table_width(to_terminal: bool) -> Option<u16> {
    if to_terminal && std::io::stdout().is_terminal() {
        return crossterm::terminal::size().ok().map(|(columns, _)| columns);
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok());
    Some(columns.filter(|&c: &u16| c > 0).unwrap_or(100))
}

/// Refuses to write an output over one of the inputs (a mistyped `-o` or `--cohort` would
/// otherwise replace the answers being read): a usage error naming the output.
pub(crate) fn refuse_overwriting_inputs<'p>(
    outputs: impl IntoIterator<Item = &'p Path>,
    inputs: impl IntoIterator<Item = &'p Path>,
) -> anyhow::Result<()> {
    // Outputs that do not exist yet cannot be inputs; the rest are compared with every input,
    // each resolved once.
    let existing: Vec<(&Path, PathBuf)> = outputs
        .into_iter()
        .filter_map(|o| std::fs::canonicalize(o).ok().map(|c| (o, c)))
        .collect();
    if existing.is_empty() {
        return Ok(());
    }
    let inputs: HashSet<PathBuf> = inputs
        .into_iter()
        .filter_map(|i| std::fs::canonicalize(i).ok())
        .collect();
    match existing.iter().find(|(_, c)| inputs.contains(c)) {
        Some((output, _)) => Err(crate::error::UsageError::Invalid(cyberassess::t!(
            crate::app::language::interface(),
            "app-output-is-input",
            path = output.display().to_string()
        ))
        .into()),
        None => Ok(()),
    }
}
