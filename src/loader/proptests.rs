//! Property tests of loading: no bytes and no TOML document, however odd (a translation too),
//! make the loader (or the checks against a questionnaire, or scoring what loads) panic. Fast: a
//! few seconds.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::sample::select;
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::{Checked, Loader};
use crate::model::Questionnaire;
use crate::parse::{
    check_translation, parse_answers, parse_document, parse_questionnaire, parse_translation,
    resolve_answers,
};

const GATED: &str = include_str!("../../tests/fixtures/gated.toml");
const GATED_ANSWERS: &str = include_str!("../../tests/fixtures/gated-answers.toml");
const WEIGHTED: &str = include_str!("../../tests/fixtures/weighted.toml");
const MINI_ES: &str = include_str!("../../tests/fixtures/translations/mini.es.toml");

/// Keys of both file kinds, and question ids, so generated documents get far into the checks.
const KEYS: &[&str] = &[
    "id",
    "version",
    "title",
    "summary",
    "description",
    "default_target",
    "scoring",
    "method",
    "overall",
    "stages",
    "pillars",
    "questions",
    "options",
    "name",
    "weight",
    "prompt",
    "help",
    "evidence",
    "kind",
    "stage",
    "text",
    "next_step",
    "questionnaire",
    "questionnaire_version",
    "assessment",
    "country",
    "assessed_on",
    "assessors",
    "target",
    "marking",
    "targets",
    "answers",
    "answer",
    "notes",
    "c-choice",
    "c-ind-2",
    "c-ind-3",
    "e-choice",
    "core",
    "extra",
    "gov-lead-authority",
    "translates",
    "language",
    "glossary",
    "term",
    "definition",
    "t-plan",
];

/// Texts that mean something somewhere in the two formats.
const WORDS: &[&str] = &[
    "",
    " ",
    "gated.toml",
    "weighted.toml",
    "ncss-maturity",
    "/etc/passwd",
    "..",
    "yes",
    "no",
    "partly",
    "n/a",
    "N/A",
    " S3 ",
    "start",
    "growing",
    "working",
    "leading",
    "Working",
    "indicator",
    "choice",
    "gated",
    "weighted-mean",
    "minimum",
    "1.0.0",
    "2.0.0",
    "1.2.0",
    "not a version",
    "core",
    "c-choice",
    "é\u{301}",
    "\u{202e}",
    "TLP:AMBER",
    "es",
    "pt-BR",
    "mini-gated",
];

/// A generated TOML value or table, turned into text through `toml_edit`.
#[derive(Debug, Clone)]
enum Node {
    Text(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
    Date(String),
    Array(Vec<Node>),
    Table(Vec<(String, Node)>),
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(KEYS).prop_map(str::to_owned),
        1 => "[a-z-]{0,8}".prop_map(|s| s),
    ]
}

fn leaf() -> impl Strategy<Value = Node> {
    prop_oneof![
        4 => select(WORDS).prop_map(|w| Node::Text(w.to_owned())),
        1 => any::<String>().prop_map(Node::Text),
        1 => prop_oneof![Just(0_i64), Just(1), Just(-1), Just(5), any::<i64>()].prop_map(Node::Integer),
        1 => prop_oneof![
            Just(0.0_f64), Just(0.5), Just(1e308), Just(f64::NAN), Just(f64::INFINITY),
            Just(-0.0), any::<f64>()
        ]
        .prop_map(Node::Float),
        1 => any::<bool>().prop_map(Node::Bool),
        1 => select(&["2026-11-27", "1979-05-27T07:32:00Z", "07:32:00", "2026-02-28"][..])
            .prop_map(|d| Node::Date(d.to_owned())),
    ]
}

fn node() -> impl Strategy<Value = Node> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Node::Array),
            prop::collection::vec((key(), inner), 0..8).prop_map(Node::Table),
        ]
    })
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((key(), node()), 0..10).prop_map(|entries| {
        let mut doc = DocumentMut::new();
        for (k, n) in entries {
            doc.insert(&k, item(n));
        }
        doc.to_string()
    })
}

/// Tables become sections and arrays of tables `[[sections]]`, as in real files.
fn item(n: Node) -> Item {
    match n {
        Node::Table(entries) => {
            let mut t = Table::new();
            for (k, n) in entries {
                t.insert(&k, item(n));
            }
            Item::Table(t)
        }
        Node::Array(items)
            if !items.is_empty() && items.iter().all(|n| matches!(n, Node::Table(_))) =>
        {
            let mut tables = ArrayOfTables::new();
            for n in items {
                if let Item::Table(t) = item(n) {
                    tables.push(t);
                }
            }
            Item::ArrayOfTables(tables)
        }
        other => Item::Value(value(other)),
    }
}

fn value(n: Node) -> Value {
    match n {
        Node::Text(s) => Value::from(s),
        Node::Integer(i) => Value::from(i),
        Node::Float(f) => Value::from(f),
        Node::Bool(b) => Value::from(b),
        Node::Date(d) => d
            .parse::<toml_edit::Datetime>()
            .map_or_else(|_| Value::from(d), Value::from),
        Node::Array(items) => Value::Array(items.into_iter().map(value).collect::<Array>()),
        Node::Table(entries) => {
            let mut t = InlineTable::new();
            for (k, n) in entries {
                t.insert(&k, value(n));
            }
            Value::InlineTable(t)
        }
    }
}

/// Bytes: random ones, or a fixture with random bytes written over part of it.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        (
            select(&[GATED, GATED_ANSWERS, WEIGHTED, MINI_ES][..]),
            any::<prop::sample::Index>(),
            prop::collection::vec(any::<u8>(), 1..16),
        )
            .prop_map(|(text, at, noise)| {
                let mut bytes = text.as_bytes().to_vec();
                let at = at.index(bytes.len());
                bytes.splice(at..(at + noise.len()).min(bytes.len()), noise);
                bytes
            }),
    ]
}

/// Everything a run does with a file: load it the way the commands do (in a folder beside the
/// fixtures it may refer to), then parse, check and score it against known questionnaires.
fn load_everything(bytes: &[u8]) {
    static FOLDER: OnceLock<tempfile::TempDir> = OnceLock::new();
    static QUESTIONNAIRES: OnceLock<Vec<Questionnaire>> = OnceLock::new();
    static CASE: AtomicUsize = AtomicUsize::new(0);
    // One loader for all cases, as for a batch: the questionnaires are read once.
    static LOADER: OnceLock<Loader> = OnceLock::new();
    let dir = FOLDER.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("gated.toml"), GATED).expect("write");
        std::fs::write(dir.path().join("weighted.toml"), WEIGHTED).expect("write");
        dir
    });
    // One file per case: the tests run side by side in the same folder.
    let path = dir.path().join(format!(
        "input-{}.toml",
        CASE.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, bytes).expect("write");
    match LOADER.get_or_init(Loader::new).check(&path) {
        Ok(Checked::Assessment(a)) => {
            let _ = crate::score::score(&a.questionnaire.questionnaire, &a.assessment).next_steps();
        }
        Ok(Checked::Questionnaire(_) | Checked::Translation(_)) => {}
        Err(reports) => {
            for r in &reports {
                let _ = r
                    .file
                    .render(&r.diagnostics, false, crate::i18n::Locale::En);
                let _ = crate::render::ErrorEntry::from_report(r);
            }
        }
    }
    let _ = std::fs::remove_file(&path);

    let text = String::from_utf8_lossy(bytes);
    let _ = parse_document(&text);
    let _ = parse_questionnaire(&text);
    let questionnaires = QUESTIONNAIRES.get_or_init(|| {
        [GATED, WEIGHTED]
            .into_iter()
            .map(|q| parse_questionnaire(q).value.expect("fixture loads"))
            .collect()
    });
    if let Some(file) = parse_translation(&text).value {
        for q in questionnaires {
            if let Some(t) = check_translation(&file, q).value {
                let _ = crate::model::translate(q, &t);
            }
        }
    }
    if let Some(file) = parse_answers(&text).value {
        for q in questionnaires {
            if let Some(a) = resolve_answers(&file, q).value {
                let _ = crate::score::score(q, &a).next_steps();
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_bytes_make_loading_panic(bytes in bytes()) {
        load_everything(&bytes);
    }

    #[test]
    fn no_toml_document_makes_loading_panic(text in document()) {
        load_everything(text.as_bytes());
    }

    #[test]
    fn no_answers_document_makes_loading_panic(
        reference in select(&["gated.toml", "weighted.toml", "ncss-maturity", "input-0.toml", "nope"][..]),
        rest in document(),
    ) {
        // Most generated documents are not answers files; these always name a questionnaire.
        let text = format!("questionnaire = \"{reference}\"\n{rest}");
        load_everything(text.as_bytes());
    }

    #[test]
    fn no_translation_document_makes_loading_panic(
        id in select(&["mini-gated", "mini-weighted", "ncss-maturity", "csirt-readiness", "nope"][..]),
        version in select(&["1.0.0", "1.2.0", "2.0.0", "9.0.0"][..]),
        rest in document(),
    ) {
        // Checked against the fixtures, and by the loader against the built-in questionnaires.
        let text = format!("translates = \"{id}\"\nversion = \"{version}\"\nlanguage = \"es\"\n{rest}");
        load_everything(text.as_bytes());
    }
}
