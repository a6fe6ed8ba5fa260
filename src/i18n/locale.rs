//! [`Locale`]: one of the languages the interface speaks, and how the one to use is chosen.

use std::fmt;

use super::Language;

/// A language the interface and the reports are written in. Every message exists in each of
/// them (a test checks it), so choosing one never leaves a word untranslated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Locale {
    /// English, the default.
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Portuguese.
    Pt,
}

impl Locale {
    /// Every locale, in the order the tool lists them.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Es, Locale::Fr, Locale::Pt];

    /// The locale that serves a language: `es-CO` is served by Spanish. `None` for a language
    /// the interface does not speak.
    pub fn for_language(language: &Language) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code() == language.primary())
    }

    /// The two-letter code: `en`, `es`, `fr`, `pt`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::Pt => "pt",
        }
    }

    /// The language, as a tag.
    pub fn language(self) -> Language {
        self.code().parse().unwrap_or_else(|_| Language::english())
    }

    /// The locale named by the environment, the way programs on Unix choose their language:
    /// `CYBERASSESS_LANG`, else the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and
    /// not empty. `None` when they name no language the interface speaks (or `C`/`POSIX`),
    /// so the caller falls back to English. `var` reads one variable (the process environment,
    /// or a table in tests).
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Locale> {
        if let Some(own) = var("CYBERASSESS_LANG").filter(|v| !v.trim().is_empty()) {
            return Locale::from_posix(&own);
        }
        // The first of these that is set decides, as in POSIX: a French LC_ALL wins over a
        // Spanish LANG, and a set LC_ALL of `C` means "no translation", not "look further".
        let chosen = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))?;
        Locale::from_posix(&chosen)
    }

    /// `es_CO.UTF-8`, `pt-BR`, `fr`: the language before any region, encoding or modifier.
    fn from_posix(value: &str) -> Option<Locale> {
        let tag = value.split(['.', '@']).next().unwrap_or(value);
        let language = tag.parse::<Language>().ok()?;
        Locale::for_language(&language)
    }

    /// The separator between the whole part and the decimals: `.` in English, `,` in the
    /// others.
    pub fn decimal_separator(self) -> char {
        match self {
            Locale::En => '.',
            Locale::Es | Locale::Fr | Locale::Pt => ',',
        }
    }

    /// A number already written with a dot, such as `2.4` or `-0.3`, written the local way:
    /// `2,4` in Spanish, French and Portuguese. Anything that is not a number (`-`, `n/a`) is
    /// returned as it is.
    pub fn decimal(self, written: &str) -> String {
        let is_number = written.contains(|c: char| c.is_ascii_digit())
            && written
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | '−'));
        if is_number {
            written.replace('.', &self.decimal_separator().to_string())
        } else {
            written.to_owned()
        }
    }

    /// A whole percent, the local way: `35%` in English and Portuguese, `35 %` (with a
    /// no-break space) in Spanish and French.
    pub fn percent(self, whole: impl fmt::Display) -> String {
        match self {
            Locale::En | Locale::Pt => format!("{whole}%"),
            Locale::Es | Locale::Fr => format!("{whole}\u{a0}%"),
        }
    }

    /// A date written out: `19 March 2026`, `19 de marzo de 2026`, `19 mars 2026`,
    /// `19 de março de 2026`. `month` is 1 to 12; any other month falls back to the ISO date.
    pub fn long_date(self, year: i32, month: u8, day: u8) -> String {
        let Some(name) = usize::from(month)
            .checked_sub(1)
            .and_then(|i| self.months().get(i).copied())
        else {
            return format!("{year:04}-{month:02}-{day:02}");
        };
        match self {
            Locale::En | Locale::Fr => format!("{day} {name} {year}"),
            Locale::Es | Locale::Pt => format!("{day} de {name} de {year}"),
        }
    }

    fn months(self) -> [&'static str; 12] {
        match self {
            Locale::En => [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            Locale::Es => [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            Locale::Fr => [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            Locale::Pt => [
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
            ],
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_environment_chooses_in_the_documented_order() {
        assert_eq!(Locale::from_environment(env(&[])), None);
        assert_eq!(
            Locale::from_environment(env(&[("LANG", "es_CO.UTF-8")])),
            Some(Locale::Es)
        );
        assert_eq!(
            Locale::from_environment(env(&[("LANG", "es_CO.UTF-8"), ("LC_MESSAGES", "fr_FR")])),
            Some(Locale::Fr)
        );
        assert_eq!(
            Locale::from_environment(env(&[("LC_MESSAGES", "fr_FR"), ("LC_ALL", "pt_BR.utf8")])),
            Some(Locale::Pt)
        );
        assert_eq!(
            Locale::from_environment(env(&[("LC_ALL", "pt_BR"), ("CYBERASSESS_LANG", "es")])),
            Some(Locale::Es)
        );
        // A set LC_ALL of C means "untranslated": English, not the LANG behind it.
        assert_eq!(
            Locale::from_environment(env(&[("LC_ALL", "C"), ("LANG", "es_ES.UTF-8")])),
            None
        );
        assert_eq!(
            Locale::from_environment(env(&[("LANG", "de_DE.UTF-8")])),
            None
        );
        assert_eq!(
            Locale::from_environment(env(&[("LANG", ""), ("LC_MESSAGES", "")])),
            None
        );
        assert_eq!(
            Locale::from_environment(env(&[("LANG", "fr_CA.ISO-8859-1@euro")])),
            Some(Locale::Fr)
        );
    }

    #[test]
    fn numbers_and_dates_are_written_the_local_way() {
        assert_eq!(Locale::En.decimal("2.8"), "2.8");
        assert_eq!(Locale::Es.decimal("2.8"), "2,8");
        assert_eq!(Locale::Fr.decimal("-0.3"), "-0,3");
        assert_eq!(Locale::Pt.decimal("-"), "-");
        assert_eq!(Locale::Pt.decimal("n/a"), "n/a");
        assert_eq!(Locale::Es.decimal("v1.0"), "v1.0");
        assert_eq!(Locale::En.percent(35), "35%");
        assert_eq!(Locale::Fr.percent(35), "35\u{a0}%");
        assert_eq!(Locale::Pt.percent(35), "35%");
        assert_eq!(Locale::En.long_date(2026, 3, 19), "19 March 2026");
        assert_eq!(Locale::Es.long_date(2026, 3, 19), "19 de marzo de 2026");
        assert_eq!(Locale::Fr.long_date(2026, 3, 19), "19 mars 2026");
        assert_eq!(Locale::Pt.long_date(2026, 3, 19), "19 de março de 2026");
        assert_eq!(Locale::Pt.long_date(2026, 13, 1), "2026-13-01");
        assert_eq!(Locale::Es.long_date(2026, 0, 1), "2026-00-01");
    }

    #[test]
    fn a_language_finds_its_locale() {
        let es_co: Language = "es-CO".parse().expect("a tag");
        assert_eq!(Locale::for_language(&es_co), Some(Locale::Es));
        let de: Language = "de".parse().expect("a tag");
        assert_eq!(Locale::for_language(&de), None);
        for locale in Locale::ALL {
            assert_eq!(Locale::for_language(&locale.language()), Some(locale));
        }
    }
}
