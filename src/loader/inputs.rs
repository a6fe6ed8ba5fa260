//! Turning the paths a user typed into the list of files to read: files as given, folders
//! searched for `*.toml`, in sorted path order, with every unreadable place reported.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{FileReport, not_a_regular_file, not_utf8_name};
use crate::diagnostic::Code;

/// One file to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    /// The path, as given or as found in a folder.
    pub path: PathBuf,
    /// Whether it was found by searching a folder (questionnaires found that way are skipped;
    /// a questionnaire named on the command line is a mistake).
    pub from_folder: bool,
}

/// The files to read, and the places that could not be searched.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Files in sorted path order, without duplicates.
    pub files: Vec<Input>,
    /// Folders or entries that could not be read (permission, symbolic-link loops, named pipes,
    /// names that are not UTF-8, ...).
    pub problems: Vec<FileReport>,
}

/// Expands files and folders: a folder is searched recursively for `*.toml` files, following
/// symbolic links (loops are reported, not followed) and skipping hidden entries. A `*.toml`
/// entry that is not a regular file (a named pipe, a device) or whose name is not UTF-8 is
/// reported among the problems, never read.
pub fn expand(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    for path in paths {
        if !path.is_dir() {
            inputs.files.push(Input {
                path: path.clone(),
                from_folder: false,
            });
            continue;
        }
        let walker = WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_dir() || !is_toml(e.path()) => {}
                Ok(e) if e.path().to_str().is_none() => {
                    inputs.problems.push(not_utf8_name(e.path()));
                }
                Ok(e) if e.file_type().is_file() => {
                    inputs.files.push(Input {
                        path: e.into_path(),
                        from_folder: true,
                    });
                }
                Ok(e) => match e.metadata() {
                    Ok(meta) => inputs
                        .problems
                        .push(not_a_regular_file(&e.path().display().to_string(), &meta)),
                    Err(err) => inputs.problems.push(walk_problem(path, &err)),
                },
                Err(err) => inputs.problems.push(walk_problem(path, &err)),
            }
        }
    }
    inputs.files.sort();
    inputs.files.dedup_by(|a, b| a.path == b.path);
    inputs
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Whether a path names a `.toml` file (in any letter case).
pub(super) fn is_toml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

fn walk_problem(root: &Path, err: &walkdir::Error) -> FileReport {
    let place = err.path().unwrap_or(root).display().to_string();
    let diagnostic = if let Some(ancestor) = err.loop_ancestor() {
        Code::FolderLoop
            .error(None)
            .with("folder", ancestor.display().to_string())
    } else if err
        .io_error()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
    {
        Code::FolderNotAllowed.error(None)
    } else {
        Code::FolderUnreadable
            .error(None)
            .with("detail", err.to_string())
    };
    FileReport::single(&place, diagnostic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_searched_in_sorted_order_and_files_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/.hidden")).expect("mkdir");
        for f in [
            "b/2.toml",
            "a.toml",
            "b/1.TOML",
            "notes.txt",
            "b/.hidden/x.toml",
        ] {
            std::fs::write(root.join(f), "").expect("write");
        }
        let inputs = expand(&[root.to_path_buf(), root.join("notes.txt")]);
        let names: Vec<String> = inputs
            .files
            .iter()
            .map(|i| {
                i.path
                    .strip_prefix(root)
                    .expect("inside")
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(names, ["a.toml", "b/1.TOML", "b/2.toml", "notes.txt"]);
        assert!(inputs.files[0].from_folder && !inputs.files[3].from_folder);
        assert!(inputs.problems.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_not_followed() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).expect("link");
        std::fs::write(dir.path().join("sub/a.toml"), "").expect("write");
        let inputs = expand(&[dir.path().to_path_buf()]);
        assert_eq!(inputs.files.len(), 1);
        assert_eq!(inputs.problems.len(), 1);
        assert!(
            inputs.problems[0].diagnostics[0]
                .message(crate::i18n::Locale::En)
                .contains("loops back")
        );
    }
}
