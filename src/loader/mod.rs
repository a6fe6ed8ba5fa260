//! The one place that reads files: questionnaires, answers files, and the questionnaire an
//! answers file refers to (built-in id or path relative to it); also answers files as they were
//! in a git revision (`REV:PATH`, through `git show`).
//!
//! Every failure becomes a [`FileReport`] (a file and its diagnostics), so callers report bad
//! input the same way whatever went wrong. Questionnaires are loaded once per [`Loader`] and
//! shared, so a batch of thousands of answers files parses each questionnaire once.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

mod batch;
mod index;
mod inputs;
#[cfg(test)]
mod proptests;
mod revision;
mod translation;
mod workbook;

pub(crate) use batch::free_in_parallel;
pub use batch::{BatchOptions, LoadedBatch};
pub use index::{Indexed, candidates};
use inputs::is_toml;
pub use inputs::{Input, Inputs, expand};
pub use revision::Origin;
pub(crate) use translation::not_answers_but_translation;
pub use translation::{LoadedTranslation, TranslationError};
pub use workbook::{MAX_WORKBOOK_SIZE, WorkbookError, read_workbook};

use semver::Version;

use crate::builtin::{self, NotBuiltin};
use crate::diagnostic::{Arg, Code, Diagnostic, SourceFile, closest, position_in};
use crate::i18n::{Language, Locale};
use crate::model::{Assessment, Questionnaire};
use crate::parse::{self, AnswersDraft, Document, Parsed};

/// How the questionnaire cache names a built-in questionnaire (files go by their full path).
const BUILTIN_KEY: &str = "builtin:";

/// Files larger than this are refused: no questionnaire or answers file comes near it.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// A file with the problems found in it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FileReport {
    /// The file (its text may be empty when it could not be read).
    pub file: SourceFile,
    /// Problems, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    /// The problems `diagnostics` found in `file`.
    pub fn new(file: SourceFile, diagnostics: Vec<Diagnostic>) -> Self {
        FileReport { file, diagnostics }
    }

    pub(crate) fn single(name: &str, diagnostic: Diagnostic) -> Self {
        FileReport {
            file: SourceFile::new(name, String::new()),
            diagnostics: vec![diagnostic],
        }
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// A questionnaire with the file it came from.
#[derive(Debug)]
#[non_exhaustive]
pub struct LoadedQuestionnaire {
    /// The source text (for built-ins, a name like `<built-in ncss-maturity@1.0.0>`).
    pub source: SourceFile,
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// Warnings found while loading.
    pub warnings: Vec<Diagnostic>,
    /// The questionnaire with its texts in each interface language, translated the first time
    /// it is asked for (see [`LoadedQuestionnaire::texts_in`]).
    translated: [OnceLock<Option<Questionnaire>>; 4],
}

impl LoadedQuestionnaire {
    /// The questionnaire with its texts in `locale`: as it is when that is its own language or
    /// when no translation gives them, else with the built-in translation or the one beside
    /// its file (`NAME.LANG.toml`), translated once per run. Only texts change: ids, stages,
    /// weights and scoring are the same, so a result scored on either is the same.
    ///
    /// A translation file that does not load is passed over here (the questionnaire keeps its
    /// own texts); `check` reports what is wrong with it.
    pub fn texts_in(&self, locale: Locale) -> &Questionnaire {
        let own = self.questionnaire.language.parse::<Language>().ok();
        if own.is_some_and(|own| own.serves(&locale.language())) {
            return &self.questionnaire;
        }
        let slot = &self.translated[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)];
        slot.get_or_init(|| Loader::new().in_language(self, &locale.language()).ok())
            .as_ref()
            .unwrap_or(&self.questionnaire)
    }
}

/// An assessment with its file and questionnaire.
#[derive(Debug)]
#[non_exhaustive]
pub struct LoadedAssessment {
    /// The answers file.
    pub source: SourceFile,
    /// The questionnaire it refers to.
    pub questionnaire: Arc<LoadedQuestionnaire>,
    /// The resolved answers.
    pub assessment: Assessment,
    /// Warnings found while loading.
    pub warnings: Vec<Diagnostic>,
}

/// What a checked file turned out to be.
#[derive(Debug)]
pub enum Checked {
    /// A valid questionnaire.
    Questionnaire(Arc<LoadedQuestionnaire>),
    /// A valid answers file.
    Assessment(Box<LoadedAssessment>),
    /// A valid translation of a questionnaire.
    Translation(Box<LoadedTranslation>),
}

type Cached = Result<Arc<LoadedQuestionnaire>, Vec<FileReport>>;

/// An answers file checked against its questionnaire: the questionnaire, the answers and the
/// warnings.
type Resolved = (Arc<LoadedQuestionnaire>, Assessment, Vec<Diagnostic>);

/// Why an answers file failed: its own problems, then the reports of its questionnaire when that
/// was broken.
type Failed = (Vec<Diagnostic>, Vec<FileReport>);

/// Reads files and caches questionnaires for the duration of a run.
#[derive(Debug, Default)]
pub struct Loader {
    questionnaires: Mutex<HashMap<String, Cached>>,
    today: Option<jiff::civil::Date>,
}

impl Loader {
    /// A loader with an empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Warns about answers files dated more than a few days after `today` (read from the
    /// clock by the caller: the loader does not look at it).
    pub fn with_today(mut self, today: jiff::civil::Date) -> Self {
        self.today = Some(today);
        self
    }

    /// Reads a file as UTF-8 text: refuses files over 4 MiB, strips a byte-order mark, and
    /// points at the first byte that is not UTF-8.
    pub fn read(&self, path: &Path) -> Result<SourceFile, FileReport> {
        let name = path.display().to_string();
        let io = |e: std::io::Error| FileReport::single(&name, unreadable(&e));
        if path.to_str().is_none() {
            return Err(not_utf8_name(path));
        }
        // Checked before opening: opening a named pipe would wait for a writer, forever.
        let meta = fs::metadata(path).map_err(io)?;
        if meta.is_dir() {
            return Err(FileReport::single(&name, Code::IsAFolder.error(None)));
        }
        if !meta.is_file() {
            return Err(not_a_regular_file(&name, &meta));
        }
        let file = fs::File::open(path).map_err(io)?;
        // Sized from the metadata (capped), so reading does not grow the buffer step by step.
        let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_SIZE + 1) as usize + 1);
        file.take(MAX_FILE_SIZE + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > MAX_FILE_SIZE {
            return Err(FileReport::single(&name, Code::TooLarge.error(None)));
        }
        text_from_bytes(name, bytes)
    }

    /// Checks one file of either kind.
    pub fn check(&self, path: &Path) -> Result<Checked, Vec<FileReport>> {
        self.check_with(path, true)
    }

    /// [`Loader::check`], keeping the evidence and notes of answers only with `keep_evidence`.
    pub(crate) fn check_with(
        &self,
        path: &Path,
        keep_evidence: bool,
    ) -> Result<Checked, Vec<FileReport>> {
        let source = self.read(path).map_err(|r| vec![r])?;
        self.check_source(path, source, keep_evidence)
    }

    /// Checks text read from somewhere else than `path` (such as a git revision), as if it were
    /// the file at `path`: a questionnaire it names by path is looked for beside `path`.
    fn check_source(
        &self,
        path: &Path,
        source: SourceFile,
        keep_evidence: bool,
    ) -> Result<Checked, Vec<FileReport>> {
        match parse::parse_document_with(&source.text, keep_evidence) {
            Ok(Document::Questionnaire(parsed)) => {
                let key = canonical_key(path);
                self.store_questionnaire(key, source, parsed)
                    .map(Checked::Questionnaire)
            }
            Ok(Document::Translation(parsed)) => self
                .translation_from(path, source, parsed)
                .map(|t| Checked::Translation(Box::new(t))),
            Ok(Document::Answers(draft)) => match self.assessment_from(path, draft) {
                Ok((questionnaire, assessment, warnings)) => {
                    Ok(Checked::Assessment(Box::new(LoadedAssessment {
                        source,
                        questionnaire,
                        assessment,
                        warnings,
                    })))
                }
                Err((diagnostics, questionnaire_reports)) => {
                    let mut reports = vec![FileReport {
                        file: source,
                        diagnostics,
                    }];
                    reports.extend(questionnaire_reports);
                    Err(reports)
                }
            },
            Err(diagnostics) => Err(vec![FileReport {
                file: source,
                diagnostics,
            }]),
        }
    }

    /// Loads an answers file and the questionnaire it refers to.
    pub fn assessment(&self, path: &Path) -> Result<LoadedAssessment, Vec<FileReport>> {
        match self.check(path)? {
            Checked::Assessment(a) => Ok(*a),
            Checked::Questionnaire(q) => Err(vec![FileReport {
                file: q.source.clone(),
                diagnostics: vec![Diagnostic::questionnaire_not_answers(path.display())],
            }]),
            Checked::Translation(t) => Err(vec![not_answers_but_translation(&t)]),
        }
    }

    /// Checks an answers draft against the questionnaire it names. On failure, the draft's own
    /// problems come back with the reports of a broken questionnaire, if that was the cause.
    fn assessment_from(&self, path: &Path, draft: AnswersDraft<'_>) -> Result<Resolved, Failed> {
        let mut diagnostics = draft.diagnostics;
        let Some(file) = draft.file else {
            return Err((diagnostics, Vec::new()));
        };
        let base = path.parent().unwrap_or(Path::new("."));
        let reference = &file.questionnaire;
        let version = file.questionnaire_version.as_ref().map(|v| v.get_ref());
        let questionnaire = match self.resolve(reference.get_ref(), base, version) {
            Ok(q) => q,
            Err(Resolve::NotFound(why)) => {
                diagnostics.push(why.diagnostic(
                    reference.get_ref(),
                    Some(reference.span()),
                    "answers",
                ));
                return Err((diagnostics, Vec::new()));
            }
            Err(Resolve::Invalid(reports)) => {
                diagnostics.push(
                    Code::QuestionnaireHasProblems
                        .error(reference.span())
                        .with("questionnaire", reference.get_ref()),
                );
                return Err((diagnostics, reports));
            }
        };
        if let Some(today) = self.today {
            diagnostics.extend(parse::future_date_warning(&file, today));
        }
        let resolved = parse::into_assessment(file, &questionnaire.questionnaire);
        diagnostics.extend(resolved.diagnostics);
        // Problems found before and after matching the questionnaire, in file order.
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
        let failed = diagnostics.iter().any(Diagnostic::is_error);
        match resolved.value.filter(|_| !failed) {
            Some(assessment) => Ok((questionnaire, assessment, diagnostics)),
            None => Err((diagnostics, Vec::new())),
        }
    }

    /// Loads a questionnaire by built-in id (`id` for the newest version, `id@VERSION` for
    /// another) or path.
    pub fn questionnaire(
        &self,
        reference: &str,
    ) -> Result<Arc<LoadedQuestionnaire>, Vec<FileReport>> {
        match self.resolve(reference, Path::new("."), None) {
            Ok(q) => Ok(q),
            Err(Resolve::Invalid(reports)) => Err(reports),
            Err(Resolve::NotFound(why)) => Err(vec![FileReport::single(
                reference,
                why.diagnostic(reference, None, "command"),
            )]),
        }
    }

    /// The questionnaire named by `reference`: a path relative to `base`, or a built-in id.
    /// `version` is the `questionnaire_version` of the answers file that names it, which picks
    /// among the built-in versions of that id (see [`builtin::for_answers`]); `id@VERSION` names
    /// one version whatever `version` says.
    fn resolve(
        &self,
        reference: &str,
        base: &Path,
        version: Option<&Version>,
    ) -> Result<Arc<LoadedQuestionnaire>, Resolve> {
        let names_a_file = builtin::names_a_file(reference);
        let path = base.join(reference);
        if !names_a_file {
            let found = if reference.contains('@') {
                builtin::lookup(reference)
            } else {
                builtin::for_answers(reference, version).ok_or(NotBuiltin::UnknownId)
            };
            match found {
                Ok(b) => {
                    let key = format!("{BUILTIN_KEY}{}", b.id_version());
                    let source = || {
                        Ok(SourceFile::new(
                            format!("<built-in {}>", b.id_version()),
                            b.text,
                        ))
                    };
                    return self
                        .questionnaire_from(key, source)
                        .map_err(Resolve::Invalid);
                }
                Err(NotBuiltin::UnknownVersion {
                    id,
                    wanted,
                    versions,
                }) => {
                    return Err(Resolve::NotFound(NotFound::OtherVersion {
                        id: id.to_owned(),
                        wanted: wanted.to_string(),
                        versions: versions.iter().map(|v| v.to_string()).collect(),
                    }));
                }
                Err(NotBuiltin::UnknownId) => {}
            }
        }
        let ids: Vec<&str> = builtin::ids().collect();
        // Only a `*.toml` file is ever read as a questionnaire: an answers file received from
        // anywhere could otherwise have any file on this machine read and shown.
        if !is_toml(&path) && (names_a_file || path.exists()) {
            return Err(Resolve::NotFound(NotFound::NotToml));
        }
        if path.exists() && names_a_file {
            let key = canonical_key(&path);
            if let Some(hit) = self.cached(&key) {
                return hit.map_err(Resolve::Invalid);
            }
            return self
                .questionnaire_from(key, || self.read(&path))
                .map_err(Resolve::Invalid);
        }
        let id = reference.split('@').next().unwrap_or(reference);
        Err(Resolve::NotFound(if names_a_file {
            NotFound::NoFile(path)
        } else {
            NotFound::UnknownId(closest(id, ids.iter().copied()).map(str::to_owned))
        }))
    }

    /// The questionnaire files this loader has read (built-in questionnaires are not files), so
    /// a command can make sure its output replaces none of them.
    pub fn questionnaire_paths(&self) -> Vec<PathBuf> {
        self.questionnaires
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .keys()
            .filter(|key| !key.starts_with(BUILTIN_KEY))
            .map(PathBuf::from)
            .collect()
    }

    fn cached(&self, key: &str) -> Option<Cached> {
        self.questionnaires
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    /// The cached questionnaire under `key`, or the one read and parsed from `source()` (called
    /// only on a cache miss, so a batch reads each questionnaire once). A file that cannot be
    /// read is cached as failed too: it is reported once per answers file without being read
    /// again, and still counts among [`Loader::questionnaire_paths`].
    fn questionnaire_from(
        &self,
        key: String,
        source: impl FnOnce() -> Result<SourceFile, FileReport>,
    ) -> Cached {
        // The lock is held while parsing, so a batch running in parallel parses each
        // questionnaire once.
        let mut cache = self
            .questionnaires
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(hit) = cache.get(&key) {
            return hit.clone();
        }
        let result = source().map_or_else(
            |report| Err(vec![report]),
            |source| {
                let parsed = match parse::parse_document_with(&source.text, false) {
                    Ok(Document::Questionnaire(parsed)) => Some(parsed),
                    _ => None,
                };
                match parsed {
                    Some(parsed) => loaded(source, parsed),
                    None => Err(vec![not_a_questionnaire(&source.name)]),
                }
            },
        );
        cache.insert(key, result.clone());
        result
    }

    fn store_questionnaire(
        &self,
        key: String,
        source: SourceFile,
        parsed: Parsed<Questionnaire>,
    ) -> Cached {
        let result = loaded(source, parsed);
        let mut cache = self
            .questionnaires
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        cache.insert(key, result.clone());
        result
    }
}

/// Text from the bytes of a file: a byte-order mark stripped, the first byte that is not UTF-8
/// pointed at.
fn text_from_bytes(name: String, mut bytes: Vec<u8>) -> Result<SourceFile, FileReport> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let pos = position_in(&String::from_utf8_lossy(&bytes[..valid]), valid);
            Err(FileReport {
                diagnostics: vec![
                    Code::NotUtf8
                        .error(valid..valid + 1)
                        .with("line", pos.line.to_string())
                        .with("column", pos.column.to_string()),
                ],
                file: SourceFile::new(name, text),
            })
        }
    }
}

fn loaded(source: SourceFile, parsed: Parsed<Questionnaire>) -> Cached {
    match parsed.value {
        Some(questionnaire) => Ok(Arc::new(LoadedQuestionnaire {
            source,
            questionnaire,
            warnings: parsed.diagnostics,
            translated: Default::default(),
        })),
        None => Err(vec![FileReport {
            file: source,
            diagnostics: parsed.diagnostics,
        }]),
    }
}

enum Resolve {
    /// Nothing by that name, or a name that is never read.
    NotFound(NotFound),
    Invalid(Vec<FileReport>),
}

/// Why a questionnaire reference names no questionnaire, with what would.
enum NotFound {
    /// A built-in id, but not in the version asked for.
    OtherVersion {
        id: String,
        wanted: String,
        versions: Vec<String>,
    },
    /// A file that is not a `*.toml` file: never read.
    NotToml,
    /// A path with no file at it.
    NoFile(PathBuf),
    /// An id that is not built in, with the closest one that is, if one is close.
    UnknownId(Option<String>),
}

impl NotFound {
    /// The error for `reference`, named in an answers file (`from` = `answers`) or on the
    /// command line (`command`).
    fn diagnostic(
        self,
        reference: &str,
        span: Option<std::ops::Range<usize>>,
        from: &'static str,
    ) -> Diagnostic {
        let ids: Vec<&str> = builtin::ids().collect();
        let code = match self {
            NotFound::NotToml => Code::QuestionnaireNotToml,
            _ => Code::QuestionnaireNotFound,
        };
        let d = code
            .error(span)
            .with("reference", reference)
            .with("from", from)
            .with("ids", ids.join(", "));
        match self {
            NotFound::OtherVersion {
                id,
                wanted,
                versions,
            } => d
                .with("hint", "other-version")
                .with("id", id)
                .with("wanted", wanted)
                .with("newest", versions.first().map_or("1.0.0", String::as_str))
                .with("versions", Arg::All(versions)),
            NotFound::NotToml => d,
            NotFound::NoFile(path) => d
                .with("hint", "no-file")
                .with("path", path.display().to_string()),
            NotFound::UnknownId(Some(best)) => d.with("hint", "typo").with("suggestion", best),
            NotFound::UnknownId(None) => d.with("hint", "ids"),
        }
    }
}

fn canonical_key(path: &Path) -> String {
    fs::canonicalize(path)
        .unwrap_or_else(|_| PathBuf::from(path))
        .display()
        .to_string()
}

/// A file named as a questionnaire that is not one (not TOML, or without stages and pillars).
/// Its text is not kept, so none of it is shown: it may be anything at all.
fn not_a_questionnaire(name: &str) -> FileReport {
    FileReport::single(name, Code::NotAQuestionnaireFile.error(None))
}

/// A file name that is not UTF-8 cannot be shown or written in any output as it is: the file is
/// reported under the closest name that can be shown, and not read.
pub(crate) fn not_utf8_name(path: &Path) -> FileReport {
    FileReport::single(&path.display().to_string(), Code::NotUtf8Name.error(None))
}

/// Named pipes, devices and sockets are never read: reading them would wait forever or never
/// end.
pub(crate) fn not_a_regular_file(name: &str, meta: &fs::Metadata) -> FileReport {
    FileReport::single(
        name,
        Code::NotARegularFile
            .error(None)
            .with("kind", kind_of(meta)),
    )
}

/// What kind of thing a path that is not a file or folder is (`kind` of [`Code::NotARegularFile`]).
fn kind_of(meta: &fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "named-pipe";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "device";
        }
    }
    let _ = meta;
    "special"
}

/// The problem of a file that could not be read: missing, not allowed, or another reason
/// (`detail`, the system's own words).
fn unreadable(e: &std::io::Error) -> Diagnostic {
    use std::io::ErrorKind::*;
    let reason = match e.kind() {
        NotFound => "not-found",
        PermissionDenied => "permission",
        _ => "other",
    };
    Code::Unreadable
        .error(None)
        .with("reason", reason)
        .with("detail", e.to_string())
}
