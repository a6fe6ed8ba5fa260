//! [`Language`]: a language tag such as `es` or `pt-BR`, checked and written one way.

use std::fmt;
use std::str::FromStr;

/// A language, by its tag: a two- or three-letter language code (ISO 639), optionally followed by
/// a region or script (`pt-BR`, `es-419`). Written in lower case, the region in upper case, so two
/// spellings of one tag compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(String);

/// Why a text is not a language tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a language code")]
pub struct LanguageError(pub String);

/// The languages the region works in, with their names in their own language, in the order the
/// tool lists them.
const KNOWN: [(&str, &str, &str); 4] = [
    ("en", "English", "English"),
    ("es", "Spanish", "Español"),
    ("fr", "French", "Français"),
    ("pt", "Portuguese", "Português"),
];

impl Language {
    /// English, the language of the built-in questionnaires.
    pub fn english() -> Language {
        Language("en".to_owned())
    }

    /// The tag, such as `es` or `pt-BR`.
    pub fn tag(&self) -> &str {
        &self.0
    }

    /// The language code alone, without region: `pt` for `pt-BR`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The language's name in English ("Spanish"), or its tag when it is not one the tool knows.
    pub fn english_name(&self) -> &str {
        KNOWN
            .iter()
            .find(|(code, _, _)| *code == self.primary())
            .map_or(self.tag(), |(_, name, _)| name)
    }

    /// The language's name in itself ("Español"), or its tag when it is not one the tool knows.
    pub fn own_name(&self) -> &str {
        KNOWN
            .iter()
            .find(|(code, _, _)| *code == self.primary())
            .map_or(self.tag(), |(_, _, name)| name)
    }

    /// Whether a text in `self` serves a reader who asked for `wanted`: the same tag, or the same
    /// language when either names no region (`es` serves `es-CO`, and `es-CO` serves `es`).
    pub fn serves(&self, wanted: &Language) -> bool {
        self == wanted
            || (self.primary() == wanted.primary()
                && (!self.0.contains('-') || !wanted.0.contains('-')))
    }
}

impl FromStr for Language {
    type Err = LanguageError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || LanguageError(s.to_owned());
        let mut parts = s.trim().split(['-', '_']);
        let code = parts.next().ok_or_else(bad)?;
        if !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(bad());
        }
        let mut tag = code.to_ascii_lowercase();
        for part in parts {
            let plain = part.chars().all(|c| c.is_ascii_alphanumeric());
            if !plain || !(2..=8).contains(&part.len()) {
                return Err(bad());
            }
            tag.push('-');
            // A region (`BR`) in capitals, a script (`Latn`) capitalised, a number (`419`) as is.
            match part.len() {
                2 => tag.push_str(&part.to_ascii_uppercase()),
                4 => {
                    tag.push_str(&part[..1].to_ascii_uppercase());
                    tag.push_str(&part[1..].to_ascii_lowercase());
                }
                _ => tag.push_str(&part.to_ascii_lowercase()),
            }
        }
        Ok(Language(tag))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(s: &str) -> Language {
        s.parse().expect("a language tag")
    }

    #[test]
    fn tags_are_read_and_written_one_way() {
        assert_eq!(lang("es").tag(), "es");
        assert_eq!(lang("ES").tag(), "es");
        assert_eq!(lang("pt_br").tag(), "pt-BR");
        assert_eq!(lang("es-419").tag(), "es-419");
        assert_eq!(lang("sr-latn").tag(), "sr-Latn");
        assert_eq!(lang("pt-BR").primary(), "pt");
        for bad in ["", "e", "español", "es-", "en us", "12", "es-toolongtag"] {
            assert!(bad.parse::<Language>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn names_and_what_serves_whom() {
        assert_eq!(lang("es").own_name(), "Español");
        assert_eq!(lang("pt-BR").english_name(), "Portuguese");
        assert_eq!(lang("nl").own_name(), "nl");
        assert!(lang("es").serves(&lang("es-CO")));
        assert!(lang("es-CO").serves(&lang("es")));
        assert!(!lang("es-CO").serves(&lang("es-PE")));
        assert!(!lang("pt").serves(&lang("es")));
    }
}
