//! The catalogues agree with each other and with the code: every message in every language,
//! with the same variables and attributes, and every key the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{AREAS, has};
use crate::i18n::Locale;

/// For each message of one catalogue file: its attributes and, for the value and each
/// attribute, the variables it uses.
type Shape = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn variables_of_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for variant in variants {
                variables_of_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => variables_of_inline(inline, out),
    }
}

fn variables_of_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, out);
            }
            for named in &arguments.named {
                variables_of_inline(&named.value, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

fn shape(area: &str, locale: Locale, text: &str) -> Shape {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("catalogue {locale}/{area}.ftl does not parse: {errors:?}"),
    };
    let mut shape = Shape::new();
    for entry in resource.entries() {
        let Entry::Message(message) = entry else {
            continue;
        };
        let mut parts = BTreeMap::new();
        if let Some(value) = &message.value {
            let mut vars = BTreeSet::new();
            variables_of_pattern(value, &mut vars);
            parts.insert(String::new(), vars);
        }
        for attribute in &message.attributes {
            let mut vars = BTreeSet::new();
            variables_of_pattern(&attribute.value, &mut vars);
            parts.insert(format!(".{}", attribute.id.name), vars);
        }
        let id = message.id.name.to_owned();
        assert!(
            shape.insert(id.clone(), parts).is_none(),
            "{locale}/{area}.ftl defines {id} twice"
        );
    }
    shape
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let mut everywhere = BTreeSet::new();
    for (area, texts) in AREAS {
        let english = shape(area, Locale::En, texts[0]);
        for (locale, text) in Locale::ALL.into_iter().zip(texts).skip(1) {
            let translated = shape(area, locale, text);
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !translated.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{locale}/{area}.ftl lacks {missing:?}");
            let unknown: Vec<_> = translated
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                unknown.is_empty(),
                "{locale}/{area}.ftl has messages English lacks: {unknown:?}"
            );
            for (id, parts) in &english {
                assert_eq!(
                    &translated[id], parts,
                    "{locale}/{area}.ftl: {id} has other attributes or variables than in English"
                );
            }
        }
        for id in english.keys() {
            assert!(
                everywhere.insert(id.clone()),
                "{id} is defined in two catalogue files"
            );
        }
    }
}

/// Every `t!(locale, "key"` in the sources, with the file it is in.
fn keys_in_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("the source folder")
        .map(|entry| entry.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            keys_in_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            for (at, _) in text.match_indices("t!(") {
                // Skip `format!(`, `print!(` and the like: the macro is `t!` on its own.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"') {
                    continue;
                }
                // Documentation shows the macro with example keys.
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                if text[line_start..at].trim_start().starts_with("//") {
                    continue;
                }
                let rest = &text[at..];
                let Some(open) = rest.find('"') else { continue };
                let Some(len) = rest[open + 1..].find('"') else {
                    continue;
                };
                let key = &rest[open + 1..open + 1 + len];
                out.push((key.to_owned(), path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_key_the_code_asks_for_is_in_the_english_catalogue() {
    let mut keys = Vec::new();
    keys_in_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut keys,
    );
    let missing: Vec<_> = keys
        .iter()
        .filter(|(key, _)| !has(Locale::En, key))
        .collect();
    assert!(
        missing.is_empty(),
        "keys not in the English catalogue: {missing:?}"
    );
}

#[test]
fn plurals_and_fallbacks() {
    assert_eq!(crate::t!(Locale::En, "files", count = 1), "1 file");
    assert_eq!(crate::t!(Locale::En, "files", count = 3), "3 files");
    assert_eq!(crate::t!(Locale::Es, "files", count = 1), "1 archivo");
    assert_eq!(crate::t!(Locale::Fr, "files", count = 0), "0 fichier");
    assert_eq!(crate::t!(Locale::Pt, "files", count = 2), "2 arquivos");
    assert_eq!(
        crate::t!(Locale::Fr, "language-name", code = "pt"),
        "Português"
    );
    // A key nobody wrote shows itself rather than nothing.
    assert_eq!(Locale::Es.text("no-such-message", None), "no-such-message");
    assert_eq!(
        Locale::Es.text("files.no-such-attribute", None),
        "files.no-such-attribute"
    );
}

#[test]
fn every_diagnostic_code_has_a_message_and_help_in_every_language() {
    let mut missing = Vec::new();
    for code in crate::diagnostic::Code::ALL {
        for locale in Locale::ALL {
            for key in [
                format!("diagnostics-{code}"),
                format!("diagnostics-{code}.help"),
            ] {
                if !has(locale, &key) {
                    missing.push(format!("{locale}: {key}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "codes without words: {missing:?}");
}
