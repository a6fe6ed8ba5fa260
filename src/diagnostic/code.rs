//! The stable codes of diagnostics: one per kind of problem, the same in every language, so a
//! program reading `score -f json` can act on a problem without reading its words.
//!
//! A code never changes meaning once released: a new kind of problem gets a new code. The words
//! of each code are the message `diagnostics-CODE` (and its `.help`) of the catalogue
//! `i18n/catalogue/LANG/diagnostics.ftl`.

/// Declares the codes: variant, kebab-case code, and what the problem is.
macro_rules! codes {
    ($($(#[doc = $doc:literal])+ $variant:ident = $code:literal,)+) => {
        /// The kind of a problem, with a stable kebab-case name ([`Code::as_str`]).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])+ $variant,)+
        }

        impl Code {
            /// Every code, in the order of the catalogue.
            pub const ALL: &[Code] = &[$(Code::$variant,)+];

            /// The stable name: `unknown-answer`, `duplicate-respondent`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)+
                }
            }
        }
    };
}

codes! {
    /// A problem not given its own code yet: its words are English in every language.
    Other = "other",
    /// The file is not valid TOML.
    NotToml = "not-toml",
    /// A file that is neither a questionnaire, an answers file nor a translation.
    UnknownDocument = "unknown-document",
    /// A questionnaire was given where an answers file was expected.
    QuestionnaireNotAnswers = "questionnaire-not-answers",
    /// A key a table may not hold (often a typo).
    UnknownKey = "unknown-key",
    /// A required key is missing.
    MissingKey = "missing-key",
    /// A value of the wrong type (a number where text was expected).
    WrongType = "wrong-type",
    /// An item of a list that is not text.
    ListItemNotText = "list-item-not-text",
    /// A key that should hold a table holds something else.
    NotATable = "not-a-table",
    /// A key that should hold `[[key]]` sections holds something else.
    NotATableList = "not-a-table-list",
    /// An entry of a `[[key]]` list that is not a table.
    EntryNotATable = "entry-not-a-table",
    /// `questionnaire_version` is not MAJOR.MINOR.PATCH.
    BadVersion = "bad-version",
    /// The answers file has no `[assessment]` section.
    NoAssessment = "no-assessment",
    /// A pillar's target in `[targets]` is not text.
    TargetNotText = "target-not-text",
    /// `assessed_on` is written in quotes.
    DateInQuotes = "date-in-quotes",
    /// `assessed_on` is not a date.
    NotADate = "not-a-date",
    /// `assessed_on` is well after today.
    FutureDate = "future-date",
    /// `status` is not a status of an assessment.
    UnknownStatus = "unknown-status",
    /// A respondent's name is empty.
    EmptyRespondentName = "empty-respondent-name",
    /// The same respondent appears twice in one answer.
    DuplicateRespondent = "duplicate-respondent",
    /// An answer table without `answer`: the question counts as unanswered.
    NoAnswerValue = "no-answer-value",
    /// An answer that is not text.
    AnswerNotText = "answer-not-text",
    /// A target names no stage of the questionnaire.
    UnknownStage = "unknown-stage",
    /// `[targets]` names no pillar of the questionnaire.
    UnknownPillar = "unknown-pillar",
    /// An answer to a question the questionnaire does not have.
    UnknownQuestion = "unknown-question",
    /// An answer that is not one of the question's answers.
    UnknownAnswer = "unknown-answer",
    /// An answer to a yes / partly / no question that is none of those.
    UnknownIndicatorAnswer = "unknown-indicator-answer",
    /// An answer marked n/a without notes saying why.
    NaWithoutReason = "na-without-reason",
    /// Answers carried over from an older questionnaire version, not reviewed yet.
    NotReviewed = "not-reviewed",
    /// Questions left unanswered.
    Unanswered = "unanswered",
    /// Every question of a pillar is n/a.
    PillarAllNa = "pillar-all-na",
    /// The answers were written for another major version of the questionnaire.
    MajorVersion = "major-version",
    /// The answers were written for another minor version of the questionnaire.
    MinorVersion = "minor-version",
    /// A questionnaire names a stage it does not have.
    NotAStage = "not-a-stage",
    /// The questionnaire's `version` is not MAJOR.MINOR.PATCH.
    BadQuestionnaireVersion = "bad-questionnaire-version",
    /// An unknown `[scoring] method`.
    UnknownMethod = "unknown-method",
    /// An unknown `[scoring] overall`.
    UnknownOverall = "unknown-overall",
    /// A questionnaire with fewer than two stages.
    TooFewStages = "too-few-stages",
    /// A questionnaire without pillars.
    NoPillars = "no-pillars",
    /// A pillar with the id reserved for the overall result.
    ReservedPillarId = "reserved-pillar-id",
    /// A pillar without questions.
    NoQuestions = "no-questions",
    /// A stage of a gated pillar that no question is a requirement of.
    NoRequirement = "no-requirement",
    /// An id with characters ids may not have.
    BadId = "bad-id",
    /// The same id given twice.
    DuplicateId = "duplicate-id",
    /// An indicator question in a questionnaire scored by weighted mean.
    IndicatorInWeightedMean = "indicator-in-weighted-mean",
    /// An unknown question `kind`.
    UnknownQuestionKind = "unknown-question-kind",
    /// A key of indicator questions in a choice question.
    IndicatorKeyInChoice = "indicator-key-in-choice",
    /// A choice question without options.
    NoOptions = "no-options",
    /// Two options for the same stage.
    DuplicateOption = "duplicate-option",
    /// Options out of stage order.
    OptionsOutOfOrder = "options-out-of-order",
    /// Evidence on the lowest option, which has nothing below it to tell it from.
    LowestOptionEvidence = "lowest-option-evidence",
    /// An option other than the highest without `next_step`.
    MissingNextStep = "missing-next-step",
    /// An indicator question with options.
    IndicatorWithOptions = "indicator-with-options",
    /// An indicator tagged with the lowest stage.
    IndicatorLowestStage = "indicator-lowest-stage",
    /// A weight outside the allowed range.
    WeightOutOfRange = "weight-out-of-range",
    /// A weight that is not a positive number.
    WeightNotPositive = "weight-not-positive",
    /// An empty glossary term.
    EmptyTerm = "empty-term",
    /// A glossary term defined twice.
    DuplicateTerm = "duplicate-term",
    /// A glossary term no question uses.
    UnusedTerm = "unused-term",
    /// A `language` that is not a language code.
    BadLanguage = "bad-language",
    /// A translation's `version` is not MAJOR.MINOR.PATCH.
    BadTranslationVersion = "bad-translation-version",
    /// An entry of a translation that is not a table of texts.
    TextsNotATable = "texts-not-a-table",
    /// A file that could not be read (missing, not allowed, or another reason).
    Unreadable = "unreadable",
    /// A folder where a file was expected.
    IsAFolder = "is-a-folder",
    /// A file larger than any questionnaire or answers file.
    TooLarge = "too-large",
    /// The questionnaire of an answers file has problems of its own.
    QuestionnaireHasProblems = "questionnaire-has-problems",
    /// A file that is not UTF-8 text.
    NotUtf8 = "not-utf8",
    /// A file named as a questionnaire that is not one; its content is not shown.
    NotAQuestionnaireFile = "not-a-questionnaire-file",
    /// A file name that is not UTF-8 text.
    NotUtf8Name = "not-utf8-name",
    /// A named pipe, socket or device where a file was expected.
    NotARegularFile = "not-a-regular-file",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
