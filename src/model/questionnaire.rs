//! A questionnaire: stages, pillars, questions and what each stage looks like for each question.

use std::collections::HashMap;

use semver::Version;

use super::StageIndex;

/// A validated questionnaire, as loaded from a questionnaire TOML file. Built only by the
/// parser and read-only afterwards: question lookups use an index made at construction.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    /// Identifier used by answers files to refer to this questionnaire (`[a-z0-9-]+`).
    pub id: String,
    /// Semantic version of the questionnaire text.
    pub version: Version,
    /// Human title.
    pub title: String,
    /// A paragraph saying what the questionnaire covers.
    pub summary: String,
    /// Language tag of the text, such as `en` or `es`.
    pub language: String,
    /// Index into [`Questionnaire::stages`] of the target used when an answers file sets none.
    pub default_target: StageIndex,
    /// How pillar and overall results are computed.
    pub scoring: Scoring,
    /// Maturity stages, lowest first. Stage number = index + 1.
    pub stages: Vec<Stage>,
    /// The strategy's pillars, in file order.
    pub pillars: Vec<Pillar>,
    /// Terms a reader may not know, with their definitions, in file order (may be empty).
    pub glossary: Vec<GlossaryEntry>,
    /// Question id → where it sits, so answers are matched without a scan.
    index: HashMap<String, QuestionRef>,
}

/// Scoring settings of a questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scoring {
    /// How a pillar's stage is computed from its questions.
    pub method: Method,
    /// How the overall result is computed from the pillars.
    pub overall: Overall,
}

/// How a pillar's stage is computed from its questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Weighted mean of the chosen stage numbers.
    WeightedMean,
    /// Highest stage whose requirements, and those of every lower stage, are all met.
    Gated,
}

/// How the overall result is computed from the pillars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overall {
    /// Weighted mean of pillar levels and scores, by pillar weight.
    WeightedMean,
    /// The lowest pillar.
    Minimum,
}

impl Method {
    /// Every method, as the loader reads them and the schema lists them.
    pub const ALL: [Method; 2] = [Method::WeightedMean, Method::Gated];

    /// The method written `name` in a questionnaire file.
    pub fn from_name(name: &str) -> Option<Method> {
        Self::ALL.into_iter().find(|m| m.as_str() == name)
    }

    /// The name used in questionnaire files.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::WeightedMean => "weighted-mean",
            Method::Gated => "gated",
        }
    }
}

impl Overall {
    /// Every overall method, as the loader reads them and the schema lists them.
    pub const ALL: [Overall; 2] = [Overall::WeightedMean, Overall::Minimum];

    /// The overall method written `name` in a questionnaire file.
    pub fn from_name(name: &str) -> Option<Overall> {
        Self::ALL.into_iter().find(|m| m.as_str() == name)
    }

    /// The name used in questionnaire files.
    pub fn as_str(self) -> &'static str {
        match self {
            Overall::WeightedMean => "weighted-mean",
            Overall::Minimum => "minimum",
        }
    }
}

/// One entry of a questionnaire's glossary.
#[derive(Debug, Clone, PartialEq)]
pub struct GlossaryEntry {
    /// The term as written in the questionnaire's texts, such as "SIM3".
    pub term: String,
    /// What it means, in plain words.
    pub definition: String,
}

/// One maturity stage, such as "Established".
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    /// Identifier used in answers files.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What this stage means across the whole questionnaire.
    pub summary: String,
}

/// One pillar of the strategy, such as "Incident response".
#[derive(Debug, Clone, PartialEq)]
pub struct Pillar {
    /// Identifier used in `[targets]`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Weight in the overall result (> 0).
    pub weight: f64,
    /// What the pillar covers.
    pub summary: String,
    /// Questions, in file order.
    pub questions: Vec<Question>,
}

/// One question of a pillar.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Identifier used in `[answers]`, unique across the questionnaire.
    pub id: String,
    /// The question as asked.
    pub prompt: String,
    /// Longer guidance, if any.
    pub help: Option<String>,
    /// What evidence to cite, if said.
    pub evidence: Option<String>,
    /// Weight within its pillar (> 0).
    pub weight: f64,
    /// The id of the question of the previous major version whose answer keeps its meaning
    /// here, so that answers can be carried over to this version.
    pub replaces: Option<String>,
    /// Choice between stage descriptions, or a yes/partly/no indicator.
    pub kind: QuestionKind,
}

/// The two kinds of question.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    /// Pick the stage description that fits best.
    Choice {
        /// At most one option per stage, in stage order.
        options: Vec<StageOption>,
    },
    /// Answer yes, partly or no; a requirement of one stage.
    Indicator {
        /// Index of the stage this indicator belongs to (never the lowest).
        stage: StageIndex,
        /// What to do when it is not met.
        next_step: String,
    },
}

/// What one stage looks like for one choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct StageOption {
    /// Index into [`Questionnaire::stages`].
    pub stage: StageIndex,
    /// Observable description of this stage for this question.
    pub text: String,
    /// The action that moves a country from this stage to the next (absent only on the top stage).
    pub next_step: Option<String>,
    /// What evidence shows this stage rather than the one below, if said.
    pub evidence: Option<String>,
}

/// Where a question sits: pillar index and question index within the pillar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionRef {
    /// Index into [`Questionnaire::pillars`].
    pub pillar: usize,
    /// Index into [`Pillar::questions`].
    pub question: usize,
}

impl Questionnaire {
    /// A questionnaire from its parts (already validated: ids unique, references resolved).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        id: String,
        version: Version,
        title: String,
        summary: String,
        language: String,
        default_target: StageIndex,
        scoring: Scoring,
        stages: Vec<Stage>,
        pillars: Vec<Pillar>,
        glossary: Vec<GlossaryEntry>,
    ) -> Self {
        let mut q = Questionnaire {
            id,
            version,
            title,
            summary,
            language,
            default_target,
            scoring,
            stages,
            pillars,
            glossary,
            index: HashMap::new(),
        };
        q.index = q
            .questions()
            .map(|(r, question)| (question.id.clone(), r))
            .collect();
        q
    }

    /// Number of stages (S in the method).
    pub fn stage_count(&self) -> usize {
        self.stages.len()
    }

    /// The stage at `index`; `None` for an index past its highest stage.
    pub fn stage(&self, index: StageIndex) -> Option<&Stage> {
        self.stages.get(index.get())
    }

    /// Index of the stage with this id.
    pub fn stage_index(&self, id: &str) -> Option<StageIndex> {
        self.stages
            .iter()
            .position(|s| s.id == id)
            .map(StageIndex::new)
    }

    /// Index of the pillar with this id.
    pub fn pillar_index(&self, id: &str) -> Option<usize> {
        self.pillars.iter().position(|p| p.id == id)
    }

    /// Where the question with this id sits.
    pub fn find_question(&self, id: &str) -> Option<QuestionRef> {
        self.index.get(id).copied()
    }

    /// The question at `r`.
    pub fn question(&self, r: QuestionRef) -> &Question {
        &self.pillars[r.pillar].questions[r.question]
    }

    /// Every question in file order, with where it sits.
    pub fn questions(&self) -> impl Iterator<Item = (QuestionRef, &Question)> {
        self.pillars.iter().enumerate().flat_map(|(p, pillar)| {
            pillar
                .questions
                .iter()
                .enumerate()
                .map(move |(q, question)| {
                    (
                        QuestionRef {
                            pillar: p,
                            question: q,
                        },
                        question,
                    )
                })
        })
    }

    /// Total number of questions.
    pub fn question_count(&self) -> usize {
        self.pillars.iter().map(|p| p.questions.len()).sum()
    }

    /// `id@version`, as shown in report footers.
    pub fn id_version(&self) -> String {
        format!("{}@{}", self.id, self.version)
    }
}

impl Question {
    /// Every text of the question a reader sees: prompt, help, evidence, and for each option its
    /// text, evidence and next step (an indicator's next step).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let own = [
            Some(&self.prompt),
            self.help.as_ref(),
            self.evidence.as_ref(),
        ];
        let (options, indicator_step) = match &self.kind {
            QuestionKind::Choice { options } => (options.as_slice(), None),
            QuestionKind::Indicator { next_step, .. } => (&[][..], Some(next_step)),
        };
        let option_texts = options
            .iter()
            .flat_map(|o| [Some(&o.text), o.evidence.as_ref(), o.next_step.as_ref()]);
        own.into_iter()
            .chain(option_texts)
            .chain([indicator_step])
            .flatten()
            .map(String::as_str)
    }

    /// The glossary entries of `q` whose terms this question's texts use, in glossary order.
    pub fn glossary<'q>(&self, q: &'q Questionnaire) -> Vec<&'q GlossaryEntry> {
        q.glossary
            .iter()
            .filter(|g| self.texts().any(|text| mentions(text, &g.term)))
            .collect()
    }

    /// The option describing stage `stage`, for a choice question.
    pub fn option_for(&self, stage: StageIndex) -> Option<&StageOption> {
        match &self.kind {
            QuestionKind::Choice { options } => options.iter().find(|o| o.stage == stage),
            QuestionKind::Indicator { .. } => None,
        }
    }

    /// Whether this is a yes/partly/no indicator.
    pub fn is_indicator(&self) -> bool {
        matches!(self.kind, QuestionKind::Indicator { .. })
    }
}

/// Whether `text` uses `term`: as whole words (a plural ending in "s" or "es" counts), so
/// "CSIRTs" uses "CSIRT" but "CSIRTIS" does not. Case is ignored, except for an acronym (a term
/// written in capitals, such as FIRST or MISP), which is matched as written, so the ordinary
/// word "first" does not use the glossary's "FIRST".
pub fn mentions(text: &str, term: &str) -> bool {
    mentions_in(text, &text.to_lowercase(), term)
}

/// [`mentions`], with `lowered` the text in lower case: made once, it serves every term.
pub(crate) fn mentions_in(text: &str, lowered: &str, term: &str) -> bool {
    let term = term.trim();
    if term.is_empty() {
        false
    } else if is_acronym(term) {
        uses_word(text, term)
    } else {
        uses_word(lowered, &term.to_lowercase())
    }
}

/// Whether `term` occurs in `text` as a whole word, or with a plural ending.
fn uses_word(text: &str, term: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let finder = memchr::memmem::Finder::new(term);
    let mut from = 0;
    while let Some(at) = finder.find(&text.as_bytes()[from..]) {
        // A match of UTF-8 in UTF-8 starts on a character boundary.
        let start = from + at;
        let end = start + term.len();
        let before = text[..start].chars().next_back();
        let rest = &text[end..];
        let rest = rest
            .strip_prefix("es")
            .filter(|r| !word(r.chars().next()))
            .or_else(|| rest.strip_prefix('s').filter(|r| !word(r.chars().next())))
            .unwrap_or(rest);
        if !word(before) && !word(rest.chars().next()) {
            return true;
        }
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Whether `term` is written in capitals: at least two upper-case letters and no lower-case one.
fn is_acronym(term: &str) -> bool {
    !term.chars().any(char::is_lowercase) && term.chars().filter(|c| c.is_uppercase()).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn terms_match_whole_words_in_any_case_and_plural() {
        assert!(mentions("The national CSIRT reports.", "csirt"));
        assert!(mentions("Both CSIRTs met.", "CSIRT"));
        assert!(mentions("labelled TLP:AMBER", "TLP"));
        assert!(mentions(
            "After-action reports are kept",
            "after-action report"
        ));
        assert!(mentions("Two approaches", "approach"));
        assert!(!mentions("CSIRTIS", "CSIRT"));
        assert!(!mentions("the simulation", "SIM3"));
        assert!(!mentions("nonTLP", "TLP"));
        assert!(mentions("x nonTLP and TLP", "TLP"));
        assert!(!mentions("anything", " "));
    }

    #[test]
    fn acronyms_match_only_as_written() {
        assert!(!mentions("The first report is due.", "FIRST"));
        assert!(mentions("A member of FIRST since 2020.", "FIRST"));
        assert!(!mentions("misp-like tools", "MISP"));
        assert!(mentions("Its MISP instances", "MISP"));
        assert!(mentions("Cooperation among CSIRTs", "CSIRT"));
        assert!(mentions("ISO/IEC 27001 applies", "ISO/IEC 27001"));
    }
}
