//! Where output goes: standard output, or a file written atomically; and how problems are shown.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use cyberassess::loader::FileReport;

/// Writes `bytes` to `path` through a temporary file in the same folder, then renames it, so an
/// interrupted run never leaves a partial file behind.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)
        .with_context(|| format!("could not create the folder {}", dir.display()))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".cyberassess-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("could not write in the folder {}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("could not write {} (is the disk full?)", path.display()))?;
    // Temporary files are private (0600); the saved file gets the permissions of the file it
    // replaces, or the usual ones for a new document. A failure only leaves it private.
    #[cfg(unix)]
    let _ = tmp
        .as_file()
        .set_permissions(match std::fs::metadata(path) {
            Ok(meta) => meta.permissions(),
            Err(_) => default_permissions(),
        });
    tmp.persist(path)
        .with_context(|| format!("could not save {}", path.display()))?;
    Ok(())
}

/// Writes bytes to standard output, or atomically to a file when one is given.
pub(crate) fn emit(output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(path) => write_atomic(path, bytes),
        // Colours are only ever rendered for a terminal, so other outputs (a pipe, a file) are
        // written as they are, without scanning megabytes of CSV or JSON for escape codes.
        None if std::io::stdout().is_terminal() => {
            let mut out = anstream::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// Whether standard error shows colours (a terminal, and NO_COLOR not set).
pub(crate) fn stderr_styled() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Whether standard output is a terminal that shows colours.
pub(crate) fn stdout_styled() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Prints the problems of a file on standard error, with the source line underlined.
pub(crate) fn print_report(report: &FileReport) {
    if report.diagnostics.is_empty() {
        return;
    }
    let text = report.file.render(&report.diagnostics, stderr_styled());
    anstream::eprint!("{text}");
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

#[cfg(unix)]
fn default_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
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
        Some((output, _)) => Err(crate::error::UsageError::Invalid(format!(
            "{} is one of the input files; writing the output there would replace it. Choose \
             another output name",
            output.display()
        ))
        .into()),
        None => Ok(()),
    }
}
