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
        // Every question text, as written and in lower case, for every term to look in.
        let texts: Vec<(&str, String)> = pillars
            .iter()
            .flat_map(|p| &p.questions)
            .flat_map(|q| q.texts())
            .map(|text| (text, text.to_lowercase()))
            .collect();
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
            let used = texts
                .iter()
                .any(|(text, lowered)| mentions_in(text, lowered, written));
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
