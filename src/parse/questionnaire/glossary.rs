//! Reading a questionnaire's `[[glossary]]`: terms a reader may not know, each defined once and
//! used somewhere in the questions.

use std::collections::HashMap;
use std::ops::Range;

use super::Reader;
use crate::diagnostic::{Diagnostic, Place};
use crate::model::{GlossaryEntry, Pillar, mentions};
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
                self.diags.push(
                    Diagnostic::error(term.span(), "a glossary term is empty").with_help(
                        "write the term as it appears in the questions, such as term = \"SIM3\"",
                    ),
                );
                continue;
            }
            let key = written.to_lowercase();
            if let Some(first) = seen.get(&key) {
                let line = crate::diagnostic::position_in(self.text, first.start).line;
                self.diags.push(
                    Diagnostic::error(
                        term.span(),
                        format!("glossary term \"{written}\" is defined twice"),
                    )
                    .with_help(format!(
                        "the first definition is on line {line}; keep one of the two [[glossary]] \
                         entries"
                    )),
                );
                continue;
            }
            seen.insert(key, term.span());
            let used = pillars
                .iter()
                .flat_map(|p| &p.questions)
                .any(|q| q.texts().any(|text| mentions(text, written)));
            if !used {
                self.diags.push(
                    Diagnostic::warning(
                        term.span(),
                        format!("glossary term \"{written}\" is not used in any question"),
                    )
                    .with_help(
                        "terms are shown with the questions whose prompt, help, evidence or \
                         options use them (in any letter case, as whole words); use it there, or \
                         remove this [[glossary]] entry",
                    ),
                );
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
