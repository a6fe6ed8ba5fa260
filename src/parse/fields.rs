//! Typed access to the keys of one TOML table, reporting every problem instead of stopping.
//!
//! Each getter returns `None` after recording a diagnostic when the key is missing (if required)
//! or has the wrong type, so a parser can go on and report all problems of a file in one run.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Arg, Code, Diagnostic, Place, closest};

/// A TOML table being read, with the keys it may hold. `what` names the table in messages; it
/// is only copied when there is something to report.
pub(crate) struct Fields<'t, 'i, 'w> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    what: Place<'w>,
}

impl<'t, 'i, 'w> Fields<'t, 'i, 'w> {
    /// Starts reading `table` (named `what` in messages, e.g. a question), reporting at once
    /// every key that is not in `known`.
    pub(crate) fn new(
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: Place<'w>,
        known: &[&str],
        diags: &mut Vec<Diagnostic>,
    ) -> Self {
        for key in table.keys() {
            let name: &str = key.get_ref();
            if known.contains(&name) {
                continue;
            }
            let d = Code::UnknownKey
                .error(key.span())
                .with("key", name)
                .with("place", what.clone());
            diags.push(
                suggest(d, closest(name, known.iter().copied())).with("allowed", known.join(", ")),
            );
        }
        Fields { table, span, what }
    }

    /// The span of the table itself, for problems that have no better place.
    pub(crate) fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The raw value of `key`, if present.
    pub(crate) fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    /// Records that a required key is missing.
    fn missing(&self, key: &str, example: &str, diags: &mut Vec<Diagnostic>) {
        diags.push(
            Code::MissingKey
                .error(self.span())
                .with("place", self.what.clone())
                .with("key", key)
                .with("example", example),
        );
    }

    /// Records that `key` has the wrong type.
    fn wrong_type(
        &self,
        key: &str,
        value: &Spanned<DeValue<'i>>,
        expected: &str,
        example: &str,
        diags: &mut Vec<Diagnostic>,
    ) {
        diags.push(
            self.about(Code::WrongType.error(value.span()), key, value.get_ref())
                .with("expected", expected)
                .with("example", example),
        );
    }

    /// `d` about `key` of this table, holding `value`.
    fn about(&self, d: Diagnostic, key: &str, value: &DeValue<'_>) -> Diagnostic {
        d.with("key", key)
            .with("place", self.what.clone())
            .with("found", found(value))
    }

    /// A string value; `None` (with no diagnostic) when absent.
    pub(crate) fn opt_str(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<String>> {
        self.opt_text(key, diags)
            .map(|s| Spanned::new(s.span(), s.into_inner().into_owned()))
    }

    /// A string value borrowed from the file's text where it can be (no escapes in it); `None`
    /// (with no diagnostic) when absent.
    pub(crate) fn opt_text(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<Cow<'i, str>>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(Spanned::new(value.span(), s.clone())),
            _ => {
                self.wrong_type(key, value, "text", "\"...\"", diags);
                None
            }
        }
    }

    /// A required string value.
    pub(crate) fn str(
        &self,
        key: &str,
        example: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<String>> {
        if self.get(key).is_none() {
            self.missing(key, example, diags);
            return None;
        }
        self.opt_str(key, diags)
    }

    /// A true/false value; `None` (with no diagnostic) when absent.
    pub(crate) fn opt_bool(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Spanned<bool>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(Spanned::new(value.span(), *b)),
            _ => {
                self.wrong_type(key, value, "boolean", "true", diags);
                None
            }
        }
    }

    /// A number (integer or float); `None` (with no diagnostic) when absent.
    pub(crate) fn opt_number(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<f64>> {
        let value = self.get(key)?;
        let number = match value.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(f) => {
                f.as_str().replace('_', "").parse::<f64>().ok().or_else(|| {
                    match f.as_str().trim_start_matches(['+', '-']) {
                        "inf" => Some(f64::INFINITY),
                        "nan" => Some(f64::NAN),
                        _ => None,
                    }
                })
            }
            _ => None,
        };
        if number.is_none() {
            self.wrong_type(key, value, "number", "1.5", diags);
        }
        number.map(|n| Spanned::new(value.span(), n))
    }

    /// A list of strings; `None` (with no diagnostic) when absent. A single string is accepted
    /// as a list of one.
    pub(crate) fn opt_str_list(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Vec<Spanned<String>>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(vec![Spanned::new(value.span(), s.to_string())]),
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match item.get_ref().as_str() {
                        Some(s) => out.push(Spanned::new(item.span(), s.to_owned())),
                        None => diags.push(self.about(
                            Code::ListItemNotText.error(item.span()),
                            key,
                            item.get_ref(),
                        )),
                    }
                }
                Some(out)
            }
            _ => {
                self.wrong_type(key, value, "text-list", "[\"...\", \"...\"]", diags);
                None
            }
        }
    }

    /// A sub-table; `None` (with no diagnostic) when absent.
    pub(crate) fn opt_table(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        let value = self.get(key)?;
        match value.get_ref().as_table() {
            Some(t) => Some((t, value.span())),
            None => {
                diags.push(self.about(Code::NotATable.error(value.span()), key, value.get_ref()));
                None
            }
        }
    }

    /// An array of tables (`[[key]]`); empty when absent.
    pub(crate) fn tables(
        &self,
        key: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let Some(items) = value.get_ref().as_array() else {
            diags.push(self.about(
                Code::NotATableList.error(value.span()),
                key,
                value.get_ref(),
            ));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref().as_table() {
                Some(t) => out.push((t, item.span())),
                None => diags.push(Code::EntryNotATable.error(item.span()).with("key", key)),
            }
        }
        out
    }
}

/// The kind of a TOML value as found, for messages ("a whole number" in English).
pub(crate) fn found(value: &DeValue<'_>) -> Arg {
    Arg::Found(value.type_str())
}

/// `d` with the closest match to what was written, if one is close enough: its help then asks
/// "did you mean ...?" (`hint = typo`), else lists what may be written (`hint = list`).
pub(crate) fn suggest(d: Diagnostic, best: Option<&str>) -> Diagnostic {
    match best {
        Some(best) => d.with("hint", "typo").with("suggestion", best),
        None => d.with("hint", "list"),
    }
}
