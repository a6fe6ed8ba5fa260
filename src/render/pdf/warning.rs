//! What the PDF renderer warns about while it draws: typed, so the application words each in
//! the interface's language. The renderer never prints; it returns these with the file's bytes.

use std::fmt;

use crate::i18n::Locale;
use crate::t;

/// Something the reader of a rendered PDF should know about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfWarning {
    /// A character the report font lacks: it is drawn as U+FFFD (�) instead.
    MissingCharacter(char),
    /// A fault the PDF library reported while writing the file, in its own (English) words.
    Writer(String),
}

/// What is drawn in place of a character the font lacks.
const REPLACEMENT: char = '\u{FFFD}';

impl PdfWarning {
    /// The warning in `locale`: "the character '中' (U+4E2D) is not in the report font; …".
    pub fn words(&self, locale: Locale) -> String {
        match self {
            PdfWarning::MissingCharacter(c) => t!(
                locale,
                "pdf-missing-character",
                character = format!("{c:?}"),
                code = code(*c),
                replacement = REPLACEMENT.to_string()
            ),
            PdfWarning::Writer(message) => {
                t!(locale, "pdf-writer-problem", message = message.as_str())
            }
        }
    }
}

/// The warning in English, for programs that use the library.
impl fmt::Display for PdfWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfWarning::MissingCharacter(c) => write!(
                f,
                "the character {c:?} (U+{}) is not in the report font; it is shown as {REPLACEMENT}",
                code(*c)
            ),
            PdfWarning::Writer(message) => write!(f, "PDF writer: {message}"),
        }
    }
}

/// A character's Unicode number in hexadecimal, at least four digits: `4E2D`.
fn code(c: char) -> String {
    format!("{:04X}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_the_display_text() {
        for w in [
            PdfWarning::MissingCharacter('中'),
            PdfWarning::MissingCharacter('\u{1F600}'),
            PdfWarning::Writer("font not found".to_owned()),
        ] {
            assert_eq!(w.words(Locale::En), w.to_string());
        }
        assert_eq!(
            PdfWarning::MissingCharacter('中').to_string(),
            "the character '中' (U+4E2D) is not in the report font; it is shown as \u{FFFD}"
        );
    }

    #[test]
    fn other_languages_name_the_character_and_its_replacement() {
        let w = PdfWarning::MissingCharacter('中');
        for (locale, words) in [
            (
                Locale::Es,
                "el carácter '中' (U+4E2D) no está en la fuente del informe",
            ),
            (
                Locale::Fr,
                "le caractère '中' (U+4E2D) ne figure pas dans la police du rapport",
            ),
            (
                Locale::Pt,
                "o caractere '中' (U+4E2D) não está na fonte do relatório",
            ),
        ] {
            let text = w.words(locale);
            assert!(text.starts_with(words), "{text}");
            assert!(text.ends_with('\u{FFFD}'), "{text}");
        }
    }
}
