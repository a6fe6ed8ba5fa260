//! The questionnaires compiled into the binary, so the tool works from any folder, offline.
//!
//! Several versions of one questionnaire may be built in: a new major version changes what
//! answers mean, so the older one stays to score the answers files written for it. A reference
//! names a built-in by its id (the newest version) or by `id@VERSION` (`ncss-maturity@1.0.0`,
//! or `ncss-maturity@1` for the newest of a major version).

use semver::Version;

/// A questionnaire shipped inside the binary.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Its id, as written in answers files.
    pub id: &'static str,
    /// Its version, as written in its file.
    pub version: &'static str,
    /// Its TOML text.
    pub text: &'static str,
}

/// Every built-in questionnaire version. Each id and version must match the `id` and `version`
/// inside its file (a test checks).
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        id: "ncss-maturity",
        version: "2.0.0",
        text: include_str!("../questionnaires/ncss-maturity.toml"),
    },
    Builtin {
        id: "ncss-maturity",
        version: "1.0.0",
        text: include_str!("../questionnaires/ncss-maturity-1.0.0.toml"),
    },
    Builtin {
        id: "csirt-readiness",
        version: "1.0.0",
        text: include_str!("../questionnaires/csirt-readiness.toml"),
    },
];

/// A translation shipped inside the binary, of one built-in questionnaire version.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinTranslation {
    /// The id of the questionnaire it translates.
    pub id: &'static str,
    /// The version it translates.
    pub version: &'static str,
    /// Its language tag, as written in its file.
    pub language: &'static str,
    /// Its TOML text.
    pub text: &'static str,
}

/// Every built-in translation, beside its questionnaire in `questionnaires/` (`ID.LANG.toml`).
/// Each id, version and language must match those inside its file, and each must be complete
/// (tests check).
pub const TRANSLATIONS: &[BuiltinTranslation] = &[
    BuiltinTranslation {
        id: "ncss-maturity",
        version: "2.0.0",
        language: "es",
        text: include_str!("../questionnaires/ncss-maturity.es.toml"),
    },
    BuiltinTranslation {
        id: "ncss-maturity",
        version: "2.0.0",
        language: "fr",
        text: include_str!("../questionnaires/ncss-maturity.fr.toml"),
    },
    BuiltinTranslation {
        id: "ncss-maturity",
        version: "2.0.0",
        language: "pt",
        text: include_str!("../questionnaires/ncss-maturity.pt.toml"),
    },
    BuiltinTranslation {
        id: "csirt-readiness",
        version: "1.0.0",
        language: "es",
        text: include_str!("../questionnaires/csirt-readiness.es.toml"),
    },
    BuiltinTranslation {
        id: "csirt-readiness",
        version: "1.0.0",
        language: "fr",
        text: include_str!("../questionnaires/csirt-readiness.fr.toml"),
    },
    BuiltinTranslation {
        id: "csirt-readiness",
        version: "1.0.0",
        language: "pt",
        text: include_str!("../questionnaires/csirt-readiness.pt.toml"),
    },
];

impl Builtin {
    /// The built-in translations of exactly this version, in listing order.
    pub fn translations(&self) -> impl Iterator<Item = &'static BuiltinTranslation> + use<> {
        let (id, version) = (self.id, self.version);
        TRANSLATIONS
            .iter()
            .filter(move |t| t.id == id && t.version == version)
    }

    /// Its version, parsed.
    pub fn semver(&self) -> Version {
        Version::parse(self.version).unwrap_or_else(|_| Version::new(0, 0, 0))
    }

    /// `id@version`, the reference that names exactly this version.
    pub fn id_version(&self) -> String {
        format!("{}@{}", self.id, self.version)
    }
}

/// Why a reference names no built-in questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotBuiltin {
    /// No built-in questionnaire has this id.
    UnknownId,
    /// The id is built in, but not in the version asked for.
    UnknownVersion {
        /// The id.
        id: String,
        /// The version as written after `@`.
        wanted: String,
        /// The built-in versions of this id, newest first.
        versions: Vec<&'static str>,
    },
}

/// The newest built-in version of the questionnaire with this id.
pub fn find(id: &str) -> Option<&'static Builtin> {
    newest(BUILTINS.iter().filter(|b| b.id == id))
}

/// The built-in questionnaire an answers file means by `id` and the `questionnaire_version` it
/// was written for: the newest built-in version of the same major version, or the newest of all
/// when there is no version or no built-in of that major version (then checking the answers
/// reports the mismatch).
pub fn for_answers(id: &str, version: Option<&Version>) -> Option<&'static Builtin> {
    let same_major = version.and_then(|v| {
        newest(
            BUILTINS
                .iter()
                .filter(|b| b.id == id && b.semver().major == v.major),
        )
    });
    same_major.or_else(|| find(id))
}

/// Whether a questionnaire reference (an answers file's `questionnaire`, `--questionnaire`)
/// names a file rather than a built-in id: it ends in `.toml` (in any letter case) or holds a
/// `/` or `\\`. Every command decides with this, as the loader does.
pub fn names_a_file(reference: &str) -> bool {
    let toml = std::path::Path::new(reference)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    toml || reference.contains(['/', '\\'])
}

/// The built-in named by `reference`: `id` (the newest version), `id@1.0.0` (that version), or
/// `id@1` / `id@1.0` (the newest version starting with those numbers).
pub fn lookup(reference: &str) -> Result<&'static Builtin, NotBuiltin> {
    let (id, wanted) = match reference.split_once('@') {
        Some((id, wanted)) => (id, Some(wanted.trim())),
        None => (reference, None),
    };
    let Some(latest) = find(id) else {
        return Err(NotBuiltin::UnknownId);
    };
    let Some(wanted) = wanted else {
        return Ok(latest);
    };
    let parts: Option<Vec<u64>> = wanted.split('.').map(|p| p.parse().ok()).collect();
    let matches = |b: &&Builtin| {
        let v = b.semver();
        let have = [v.major, v.minor, v.patch];
        parts
            .as_ref()
            .is_some_and(|p| (1..=3).contains(&p.len()) && have.starts_with(p))
    };
    newest(BUILTINS.iter().filter(|b| b.id == id).filter(matches)).ok_or_else(|| {
        NotBuiltin::UnknownVersion {
            id: id.to_owned(),
            wanted: wanted.to_owned(),
            versions: versions(id),
        }
    })
}

/// The built-in versions of `id`, newest first.
pub fn versions(id: &str) -> Vec<&'static str> {
    let mut all: Vec<&Builtin> = BUILTINS.iter().filter(|b| b.id == id).collect();
    all.sort_by_key(|b| std::cmp::Reverse(b.semver()));
    all.into_iter().map(|b| b.version).collect()
}

/// The ids of all built-in questionnaires, each once, in the order they are listed.
pub fn ids() -> impl Iterator<Item = &'static str> {
    BUILTINS
        .iter()
        .enumerate()
        .filter(|(i, b)| !BUILTINS[..*i].iter().any(|a| a.id == b.id))
        .map(|(_, b)| b.id)
}

/// Every built-in version, by id in listing order, newest version first.
pub fn all() -> Vec<&'static Builtin> {
    ids()
        .flat_map(|id| {
            versions(id)
                .into_iter()
                .filter_map(move |v| BUILTINS.iter().find(|b| b.id == id && b.version == v))
        })
        .collect()
}

fn newest<'a>(builtins: impl Iterator<Item = &'a Builtin>) -> Option<&'a Builtin> {
    builtins.max_by_key(|b| b.semver())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_name_a_version_or_the_newest() {
        assert_eq!(find("ncss-maturity").map(|b| b.version), Some("2.0.0"));
        assert_eq!(lookup("ncss-maturity").map(|b| b.version), Ok("2.0.0"));
        assert_eq!(
            lookup("ncss-maturity@1.0.0").map(|b| b.version),
            Ok("1.0.0")
        );
        assert_eq!(lookup("ncss-maturity@1").map(|b| b.version), Ok("1.0.0"));
        assert_eq!(lookup("ncss-maturity@2.0").map(|b| b.version), Ok("2.0.0"));
        assert_eq!(
            lookup("ncss-maturity@1.5.0").map(|b| b.version),
            Err(NotBuiltin::UnknownVersion {
                id: "ncss-maturity".into(),
                wanted: "1.5.0".into(),
                versions: vec!["2.0.0", "1.0.0"],
            })
        );
        assert!(matches!(
            lookup("ncss-maturity@x"),
            Err(NotBuiltin::UnknownVersion { .. })
        ));
        assert_eq!(
            lookup("nope@1.0.0").map(|b| b.version),
            Err(NotBuiltin::UnknownId)
        );
    }

    #[test]
    fn answers_are_matched_by_major_version() {
        let v = |s: &str| Version::parse(s).unwrap();
        let pick = |version: Option<Version>| {
            for_answers("ncss-maturity", version.as_ref()).map(|b| b.version)
        };
        assert_eq!(pick(Some(v("1.0.0"))), Some("1.0.0"));
        assert_eq!(pick(Some(v("1.3.0"))), Some("1.0.0"));
        assert_eq!(pick(Some(v("2.0.0"))), Some("2.0.0"));
        assert_eq!(pick(None), Some("2.0.0"));
        assert_eq!(pick(Some(v("7.0.0"))), Some("2.0.0"));
        assert_eq!(for_answers("nope", None).map(|b| b.version), None);
    }

    #[test]
    fn every_version_is_listed_once() {
        let listed: Vec<String> = all().iter().map(|b| b.id_version()).collect();
        assert_eq!(
            listed,
            [
                "ncss-maturity@2.0.0",
                "ncss-maturity@1.0.0",
                "csirt-readiness@1.0.0"
            ]
        );
        assert_eq!(
            ids().collect::<Vec<_>>(),
            ["ncss-maturity", "csirt-readiness"]
        );
    }

    #[test]
    fn a_reference_names_a_file_by_its_extension_or_a_separator() {
        for file in ["q.toml", "Q.TOML", "dir/q", "..\\q", "./ncss-maturity"] {
            assert!(names_a_file(file), "{file}");
        }
        for id in ["ncss-maturity", "ncss-maturity@1.0.0", "toml", "q.tom"] {
            assert!(!names_a_file(id), "{id}");
        }
    }
}
