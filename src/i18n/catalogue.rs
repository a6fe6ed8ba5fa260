//! The message catalogues: every word of the interface and the reports, one Fluent catalogue
//! per language, compiled into the binary.
//!
//! A catalogue is a folder of `.ftl` files, one per part of the tool (`catalogue/es/report.ftl`
//! holds the report's words in Spanish), so the words of one part sit together and a translator
//! reviews a part at a time. Every message exists in every language with the same variables and
//! attributes: `catalogue_tests` checks it, so a message added without its translations fails
//! the tests. Looking up a message is a hash lookup in a bundle built once per language.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Locale;

/// The parts of the tool with their own catalogue file, each in every language.
macro_rules! areas {
    ($($area:literal),+ $(,)?) => {
        /// `(part, [en, es, fr, pt])`: the texts of every catalogue file.
        pub(crate) const AREAS: &[(&str, [&str; 4])] = &[$(
            (
                $area,
                [
                    include_str!(concat!("catalogue/en/", $area, ".ftl")),
                    include_str!(concat!("catalogue/es/", $area, ".ftl")),
                    include_str!(concat!("catalogue/fr/", $area, ".ftl")),
                    include_str!(concat!("catalogue/pt/", $area, ".ftl")),
                ],
            ),
        )+];
    };
}

areas![
    "common",
    "format",
    "views",
    "cohort",
    "workbook",
    "report",
    "diagnostics",
    "template",
    "fill",
    "app",
    "compare",
    "pdf",
];

/// The values a message's variables take: `{ $count }`, `{ $file }`.
pub type Args<'a> = FluentArgs<'a>;

static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 4] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

fn index(locale: Locale) -> usize {
    match locale {
        Locale::En => 0,
        Locale::Es => 1,
        Locale::Fr => 2,
        Locale::Pt => 3,
    }
}

/// The bundle of one language, built the first time it is asked for.
fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    BUNDLES[index(locale)].get_or_init(|| {
        let tag = locale
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // No Unicode isolation marks around values: they would show as boxes in PDFs and
        // terminals, and every text here runs left to right.
        bundle.set_use_isolating(false);
        for (_, texts) in AREAS {
            // A catalogue that does not parse is caught by the tests; what did parse is kept.
            let resource = FluentResource::try_new(texts[index(locale)].to_owned())
                .unwrap_or_else(|(partial, _)| partial);
            // A message defined twice keeps its first text (the tests forbid it).
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The text of `key` in `locale`, with `args` filled in: `key` is a message id (`wrote-file`)
/// or a message id and one of its attributes (`unknown-answer.help`). A message missing from a
/// translation falls back to English; one missing from English (a mistake the tests catch)
/// shows its key, so nothing is ever lost from the screen.
pub(crate) fn lookup(locale: Locale, key: &str, args: Option<&Args<'_>>) -> String {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    for bundle in [bundle(locale), bundle(Locale::En)] {
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        let pattern = match attribute {
            None => message.value(),
            Some(name) => message.get_attribute(name).map(|a| a.value()),
        };
        let Some(pattern) = pattern else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message {key}: {errors:?}");
        return match text {
            Cow::Borrowed(s) => s.to_owned(),
            Cow::Owned(s) => s,
        };
    }
    key.to_owned()
}

/// Whether `key` (a message id, or `id.attribute`) has a text in `locale`'s own catalogue.
#[cfg(test)]
pub(crate) fn has(locale: Locale, key: &str) -> bool {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    bundle(locale)
        .get_message(id)
        .is_some_and(|message| match attribute {
            None => message.value().is_some(),
            Some(name) => message.get_attribute(name).is_some(),
        })
}

impl Locale {
    /// The text of `key` — a message id, or `id.attribute` — in this language. Prefer the
    /// [`t!`](crate::t) macro, which names the variables and whose keys the tests check.
    pub fn text(self, key: &str, args: Option<&Args<'_>>) -> String {
        lookup(self, key, args)
    }
}

/// The words of message `key` in `locale`, with its variables: `t!(locale, "wrote-file", file =
/// path.display().to_string())`; `t!(locale, "unknown-answer.help")` for an attribute. Numbers
/// given as numbers (`count = n`) choose the plural form the language needs; text is given as
/// a `String` or `&str`. Every key written in a `t!` must exist in the English catalogue (a test
/// reads the sources to check it).
#[macro_export]
macro_rules! t {
    ($locale:expr, $key:literal) => {
        $locale.text($key, None)
    };
    ($locale:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $locale.text($key, Some(&args))
    }};
}

#[cfg(test)]
#[path = "catalogue_tests.rs"]
mod catalogue_tests;
