//! Writing an output file (`-o`, reports, answers saved by `fill`) without ever damaging what is
//! there: a regular file is replaced atomically through a temporary file beside it; a character
//! device (`/dev/null`) or a named pipe is written into, never replaced; a symbolic link keeps
//! pointing where it did while its target is replaced; a folder is refused with one message.
//!
//! Temporary files are named `.cyberassess-XXXXXX.tmp`. One left behind by a run that was killed
//! is removed by the next run that writes in the same folder, once it is an hour old (a
//! temporary file being written by another run is much younger).

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use anyhow::Context;
use cyberassess::t;

use crate::app::language;
use crate::error::UsageError;

/// How temporary files start and end.
const TEMP_PREFIX: &str = ".cyberassess-";
const TEMP_SUFFIX: &str = ".tmp";
/// Random characters between the prefix and the suffix.
const TEMP_RANDOM: usize = 6;
/// A temporary file of ours older than this was left by a run that was killed.
pub(crate) const STALE_AFTER: Duration = Duration::from_secs(60 * 60);
/// Symbolic links followed at most, as the operating system does.
const MAX_LINKS: usize = 40;

/// An output file being written. Nothing is visible at its path until [`OutputFile::commit`]
/// (for a regular file); dropping it unfinished leaves the previous file as it was.
pub(crate) struct OutputFile {
    /// The path as the user gave it, for messages.
    shown: PathBuf,
    kind: Kind,
}

enum Kind {
    /// A regular file (or none yet): written beside it, then renamed over it.
    Replace {
        tmp: BufWriter<tempfile::NamedTempFile>,
        target: PathBuf,
    },
    /// A character device or a named pipe: written into.
    Into(BufWriter<fs::File>),
}

impl OutputFile {
    /// Opens `path` for writing, following symbolic links to the file they point at.
    pub(crate) fn create(path: &Path) -> anyhow::Result<Self> {
        let target = follow_links(path)?;
        let shown = path.to_path_buf();
        let locale = language::interface();
        match fs::metadata(&target) {
            Ok(meta) if meta.is_dir() => Err(UsageError::Invalid(t!(
                locale,
                "app-output-folder",
                path = path.display().to_string(),
                example = path.join("scores.csv").display().to_string()
            ))
            .into()),
            Ok(meta) if writes_into(&meta) => {
                let file = fs::OpenOptions::new()
                    .write(true)
                    .open(&target)
                    .with_context(|| {
                        t!(locale, "app-output-open", path = path.display().to_string())
                    })?;
                Ok(OutputFile {
                    shown,
                    kind: Kind::Into(BufWriter::with_capacity(64 * 1024, file)),
                })
            }
            Ok(meta) if !meta.is_file() => Err(UsageError::Invalid(t!(
                locale,
                "app-output-device",
                path = path.display().to_string()
            ))
            .into()),
            _ => {
                let dir = match target.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                fs::create_dir_all(&dir).with_context(|| {
                    t!(
                        locale,
                        "app-output-create-folder",
                        folder = dir.display().to_string()
                    )
                })?;
                remove_stale_temporary_files(&dir);
                let tmp = tempfile::Builder::new()
                    .prefix(TEMP_PREFIX)
                    .suffix(TEMP_SUFFIX)
                    .rand_bytes(TEMP_RANDOM)
                    .tempfile_in(&dir)
                    .with_context(|| {
                        t!(
                            locale,
                            "app-output-write-in-folder",
                            folder = dir.display().to_string()
                        )
                    })?;
                Ok(OutputFile {
                    shown,
                    kind: Kind::Replace {
                        tmp: BufWriter::with_capacity(64 * 1024, tmp),
                        target,
                    },
                })
            }
        }
    }

    /// Finishes the file: the new content replaces the old at once (or, for a device or pipe,
    /// everything is written out).
    pub(crate) fn commit(self) -> anyhow::Result<()> {
        let shown = self.shown;
        let failed = || write_failed(&shown);
        match self.kind {
            Kind::Into(mut file) => file.flush().with_context(failed),
            Kind::Replace { tmp, target } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(failed)?;
                tmp.as_file().sync_all().with_context(failed)?;
                // Temporary files are private (0600); the saved file gets the permissions of
                // the file it replaces, or the usual ones for a new document. A failure only
                // leaves it private.
                #[cfg(unix)]
                let _ = tmp.as_file().set_permissions(match fs::metadata(&target) {
                    Ok(meta) => meta.permissions(),
                    Err(_) => default_permissions(),
                });
                tmp.persist(&target)
                    .map_err(|e| e.error)
                    .with_context(|| save_failed(&shown, &target))?;
                Ok(())
            }
        }
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.kind {
            Kind::Replace { tmp, .. } => tmp.write(buf),
            Kind::Into(file) => file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.kind {
            Kind::Replace { tmp, .. } => tmp.write_all(buf),
            Kind::Into(file) => file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.kind {
            Kind::Replace { tmp, .. } => tmp.flush(),
            Kind::Into(file) => file.flush(),
        }
    }
}

/// Writes `bytes` to `path` as [`OutputFile`] does: atomically for a regular file, into a
/// device or named pipe.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file = OutputFile::create(path)?;
    file.write_all(bytes).with_context(|| write_failed(path))?;
    file.commit()
}

/// The error for a file that could not be written: most often, a full disk.
pub(crate) fn write_failed(path: &Path) -> String {
    t!(
        language::interface(),
        "app-output-write",
        path = path.display().to_string()
    )
}

/// The error for a file that could not be put in place of `target`. On Windows, when there is
/// a file there, the likely cause is a program (a spreadsheet, a PDF reader) that holds it open;
/// other systems replace open files, so there is nothing to add.
fn save_failed(shown: &Path, target: &Path) -> String {
    let path = shown.display().to_string();
    if cfg!(windows) && target.exists() {
        t!(language::interface(), "app-output-save-in-use", path = path)
    } else {
        t!(language::interface(), "app-output-save", path = path)
    }
}

/// Character devices (`/dev/null`, `/dev/stdout` on a terminal) and named pipes are written
/// into: replacing them with a regular file would break the machine or the reader.
fn writes_into(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        t.is_char_device() || t.is_fifo()
    }
    // Windows: `NUL`, `CON` and named pipes (`\\.\pipe\...`) are neither files nor folders.
    #[cfg(not(unix))]
    {
        !meta.is_file() && !meta.is_dir()
    }
}

/// The path a chain of symbolic links ends at (the path itself when it is not a link; a link to
/// nothing yet ends at the file it names).
fn follow_links(path: &Path) -> anyhow::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = fs::read_link(&current).with_context(|| {
                    t!(
                        language::interface(),
                        "app-output-link",
                        path = current.display().to_string()
                    )
                })?;
                current = match current.parent() {
                    Some(dir) => dir.join(next),
                    None => next,
                };
            }
            _ => return Ok(current),
        }
    }
    anyhow::bail!(t!(
        language::interface(),
        "app-output-link-loop",
        path = path.display().to_string(),
        count = MAX_LINKS
    ))
}

/// Removes temporary files of ours in `dir` that a killed run left behind: by name and age,
/// once per folder and run. Failures are ignored: the files are hidden and harmless, and the
/// next run tries again.
fn remove_stale_temporary_files(dir: &Path) {
    static DONE: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
    {
        let mut done = DONE.lock().unwrap_or_else(PoisonError::into_inner);
        if !done
            .get_or_insert_with(HashSet::new)
            .insert(dir.to_path_buf())
        {
            return;
        }
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temporary_name) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if meta.is_file() && old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a file name is one of our temporary files: `.cyberassess-` + 6 letters or digits +
/// `.tmp`.
pub(crate) fn is_temporary_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

#[cfg(unix)]
fn default_permissions() -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    fs::Permissions::from_mode(0o644)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names() {
        assert!(is_temporary_name(".cyberassess-a1B2c3.tmp"));
        assert!(!is_temporary_name(".cyberassess-a1B2c.tmp"));
        assert!(!is_temporary_name(".cyberassess-a1B2c3.toml"));
        assert!(!is_temporary_name("cyberassess-a1B2c3.tmp"));
        assert!(!is_temporary_name(".cyberassess-a1B2/3.tmp"));
    }

    #[test]
    fn stale_temporary_files_are_removed_fresh_ones_and_others_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(60);
        let make = |name: &str, modified: SystemTime| {
            let path = dir.path().join(name);
            let file = fs::File::create(&path).expect("create");
            file.set_modified(modified).expect("set time");
            path
        };
        let stale = make(".cyberassess-abc123.tmp", old);
        let fresh = make(".cyberassess-def456.tmp", SystemTime::now());
        let other = make(".cyberassess-notes.tmp", old);
        let mine = make("answers.toml", old);
        write_atomic(&dir.path().join("out.csv"), b"x\n").expect("write");
        assert!(!stale.exists(), "a stale temporary file of ours is removed");
        assert!(fresh.exists() && other.exists() && mine.exists());
        let left: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| is_temporary_name(n))
            .collect();
        assert_eq!(left, [".cyberassess-def456.tmp"]);
    }
}
