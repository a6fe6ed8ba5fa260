//! The questionnaires compiled into the binary, so the tool works from any folder, offline.

/// A questionnaire shipped inside the binary.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Its id, as written in answers files.
    pub id: &'static str,
    /// Its TOML text.
    pub text: &'static str,
}

/// Every built-in questionnaire. Each id must match the `id` inside its file (a test checks).
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        id: "ncss-maturity",
        text: include_str!("../questionnaires/ncss-maturity.toml"),
    },
    Builtin {
        id: "csirt-readiness",
        text: include_str!("../questionnaires/csirt-readiness.toml"),
    },
];

/// The built-in questionnaire with this id.
pub fn find(id: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.id == id)
}

/// The ids of all built-in questionnaires.
pub fn ids() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|b| b.id)
}
