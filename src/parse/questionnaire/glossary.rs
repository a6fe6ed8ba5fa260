//! Reading a questionnaire's `[[glossary]]`: terms a reader may not know, each defined once and
//! used somewhere in the questions.

use std::collections::HashMap;
use std::ops::Range;

use super::Reader;
use crate::diagnostic::{Code, Place};
use crate::model::{GlossaryEntry, Pillar, mentions_in};
use crate::parse::fields::Fields;

/// The keys of a `[[glossary]]` entry.
pub(crate) const GLOSSARY_KEYS: &[&str] = &["term", "definition"];

impl Reader<'_> {
    /// The glossary entries, in file order. A term defined twice (in any letter case) is an
    /// error; a term no question uses is a warning, as it would never be shown.
    pub(super) fn glossary(
        &mut self,
        f: &Fields<'_, '_, '_>,
        pillars: &[Pillar],
    ) -> Vec<GlossaryEntry> {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        let mut entries = Vec::new();
        // Every question text in one, as written and in lower case, searched once per term.
        // Each ends with a line break, a NUL and a line break: no term is found across two.
        let all_texts: String = pillars
            .iter()
            .flat_map(|p| &p.questions)
            .flat_map(|q| q.texts())
            .flat_map(|text| [text, "\n\0\n"])
            .collect();
        let all_lowered = all_texts.to_lowercase();
        for (table, span) in f.tables("glossary", self.diags) {
            let span = self.header(span);
            let g = Fields::new(table, span, Place::GlossaryEntry, GLOSSARY_KEYS, self.diags);
            let term = g.str("term", "\"SIM3\"", self.diags);
            let definition = g.str(
                "definition",
                "\"A maturity model for incident response teams.\"",
                self.diags,
            );
            let Some(term) = term else { continue };
            let written = term.get_ref().trim();
            if written.is_empty() {
                self.diags.push(Code::EmptyTerm.error(term.span()));
                continue;
            }
            let key = written.to_lowercase();
            if let Some(first) = seen.get(&key) {
                let line = crate::diagnostic::position_in(self.text, first.start).line;
                self.diags.push(
                    Code::DuplicateTerm
                        .error(term.span())
                        .with("term", written)
                        .with("line", line.to_string()),
                );
                continue;
            }
            seen.insert(key, term.span());
            let used = mentions_in(&all_texts, &all_lowered, written);
            if !used {
                self.diags
                    .push(Code::UnusedTerm.warning(term.span()).with("term", written));
            }
            if let Some(definition) = definition {
                entries.push(GlossaryEntry {
                    term: written.to_owned(),
                    definition: definition.into_inner(),
                });
            }
        }
        entries
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::{Code, Diagnostic};
    use crate::i18n::Locale;
    use crate::parse::parse_questionnaire;

    #[test]
    fn a_term_is_used_as_a_whole_word_within_one_text() {
        let fixture = include_str!("../../../tests/fixtures/bad/q-glossary-unused.toml");
        let (head, _) = fixture.split_once("[[glossary]]").expect("a glossary");
        let mut text = head.to_owned();
        let terms = [
            "CSIRT",           // an acronym, as written
            "Mandate",         // any letter case
            "network",         // "networks" is its plural
            "lead authority",  // several words
            "Authority? No",   // the end of one text and the start of the next
            "csirts networks", // not a whole word
            "NAME",            // in capitals, an acronym: "Name an authority" does not use it
        ];
        for term in terms {
            text.push_str(&format!(
                "[[glossary]]\nterm = \"{term}\"\ndefinition = \"x\"\n"
            ));
        }
        let parsed = parse_questionnaire(&text);
        assert!(parsed.value.is_some(), "{:?}", parsed.diagnostics);
        let unused: Vec<String> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnusedTerm)
            .map(|d: &Diagnostic| d.message(Locale::En))
            .collect();
        assert_eq!(
            unused,
            [
                "glossary term \"Authority? No\" is not used in any question",
                "glossary term \"csirts networks\" is not used in any question",
                "glossary term \"NAME\" is not used in any question",
            ],
        );
    }
}
