//! Answers files as they were in a git revision: `REV:PATH` on the command line (such as
//! `HEAD~1:answers/jm.toml`), read with `git show REV:./PATH` run in the current folder, so
//! PATH is taken relative to it as for any other file.
//!
//! A plain path that exists always wins, so Windows drive letters (`C:\answers\jm.toml`) and
//! file names with colons keep working.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Checked, FileReport, LoadedAssessment, Loader, MAX_FILE_SIZE, text_from_bytes};
use crate::diagnostic::{Code, Diagnostic};

/// Where an answers file named on the command line is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file or folder on disk.
    Path(PathBuf),
    /// A file as it was in a git revision.
    Revision {
        /// The revision, as git understands it (`HEAD~1`, a tag, a commit).
        revision: String,
        /// The file's path, relative to the current folder.
        path: PathBuf,
    },
}

impl Origin {
    /// Reads `REV:PATH`, unless `arg` exists as it is, has no colon, or starts with a Windows
    /// drive letter.
    pub fn parse(arg: &Path) -> Origin {
        let plain = || Origin::Path(arg.to_path_buf());
        if arg.exists() {
            return plain();
        }
        let Some(text) = arg.to_str() else {
            return plain();
        };
        let Some((revision, path)) = text.split_once(':') else {
            return plain();
        };
        let drive_letter = revision.len() == 1
            && revision.chars().all(|c| c.is_ascii_alphabetic())
            && (path.starts_with('\\') || path.starts_with('/'));
        if revision.is_empty() || path.is_empty() || drive_letter {
            return plain();
        }
        Origin::Revision {
            revision: revision.to_owned(),
            path: PathBuf::from(path),
        }
    }

    /// The name shown for it: the path, or `REV:PATH` as given.
    pub fn name(&self) -> String {
        match self {
            Origin::Path(path) => path.display().to_string(),
            Origin::Revision { revision, path } => format!("{revision}:{}", path.display()),
        }
    }
}

impl Loader {
    /// Loads an answers file from a path or a git revision. One read from a revision names its
    /// questionnaire as the file on disk would: a path is looked for beside PATH in the current
    /// folder, not in the revision.
    pub fn assessment_from_origin(
        &self,
        origin: &Origin,
    ) -> Result<LoadedAssessment, Vec<FileReport>> {
        let (revision, path) = match origin {
            Origin::Path(path) => return self.assessment(path),
            Origin::Revision { revision, path } => (revision, path),
        };
        let name = origin.name();
        let bytes = git_show(revision, path).map_err(|d| vec![FileReport::single(&name, d)])?;
        if bytes.len() as u64 > MAX_FILE_SIZE {
            return Err(vec![FileReport::single(
                &name,
                Code::RevisionTooLarge.error(None),
            )]);
        }
        let source = text_from_bytes(name, bytes).map_err(|r| vec![r])?;
        match self.check_source(path, source, true)? {
            Checked::Assessment(a) => Ok(*a),
            Checked::Questionnaire(q) => Err(vec![FileReport::single(
                &origin.name(),
                Diagnostic::questionnaire_not_answers(&q.questionnaire.id),
            )]),
            Checked::Translation(t) => Err(vec![super::not_answers_but_translation(&t)]),
        }
    }
}

/// The bytes of PATH in REVISION, or what went wrong in plain words.
fn git_show(revision: &str, path: &Path) -> Result<Vec<u8>, Diagnostic> {
    // git wants `/` and a leading `./` to take the path relative to the current folder.
    let relative = path.to_string_lossy().replace('\\', "/");
    let relative = relative.trim_start_matches("./");
    if path.is_absolute() {
        return Err(Code::RevisionAbsolutePath
            .error(None)
            .with("revision", revision));
    }
    let output = Command::new("git")
        .args(["show", "--no-textconv"])
        .arg(format!("{revision}:./{relative}"))
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| Code::GitNotRun.error(None).with("detail", e.to_string()))?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let first = stderr
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("fatal: ");
    let code = if stderr.contains("not a git repository") {
        Code::NotARepository
    } else if stderr.contains("does not exist in") || stderr.contains("exists on disk, but not in")
    {
        Code::NotInRevision
    } else if stderr.contains("invalid object name")
        || stderr.contains("unknown revision")
        || stderr.contains("bad revision")
        || stderr.contains("ambiguous argument")
    {
        Code::UnknownRevision
    } else {
        Code::GitFailed
    };
    Err(code
        .error(None)
        .with("revision", revision)
        .with("path", relative)
        .with("detail", first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rev_path_is_read_unless_a_plain_path_fits() {
        assert_eq!(
            Origin::parse(Path::new("HEAD~1:answers/jm.toml")),
            Origin::Revision {
                revision: "HEAD~1".into(),
                path: "answers/jm.toml".into()
            }
        );
        for plain in [
            "C:\\answers\\jm.toml",
            "c:/answers/jm.toml",
            ":jm.toml",
            "HEAD:",
            "jm.toml",
        ] {
            assert_eq!(
                Origin::parse(Path::new(plain)),
                Origin::Path(plain.into()),
                "{plain}"
            );
        }
        // A file whose name has a colon, which exists, is a file.
        let dir = tempfile::tempdir().expect("temp dir");
        let odd = dir.path().join("v1:jm.toml");
        std::fs::write(&odd, "").expect("write");
        assert_eq!(Origin::parse(&odd), Origin::Path(odd.clone()));
    }
}
