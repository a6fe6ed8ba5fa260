//! A questionnaire: stages, pillars, questions and what each stage looks like for each question.

use std::collections::HashMap;

use semver::Version;

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
    pub default_target: usize,
    /// How pillar and overall results are computed.
    pub scoring: Scoring,
    /// Maturity stages, lowest first. Stage number = index + 1.
    pub stages: Vec<Stage>,
    /// The strategy's pillars, in file order.
    pub pillars: Vec<Pillar>,
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
        stage: usize,
        /// What to do when it is not met.
        next_step: String,
    },
}

/// What one stage looks like for one choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct StageOption {
    /// Index into [`Questionnaire::stages`].
    pub stage: usize,
    /// Observable description of this stage for this question.
    pub text: String,
    /// The action that moves a country from this stage to the next (absent only on the top stage).
    pub next_step: Option<String>,
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
        default_target: usize,
        scoring: Scoring,
        stages: Vec<Stage>,
        pillars: Vec<Pillar>,
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

    /// Index of the stage with this id.
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
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
    /// The option describing stage `stage`, for a choice question.
    pub fn option_for(&self, stage: usize) -> Option<&StageOption> {
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
