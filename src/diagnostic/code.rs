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
    /// A translation that names another questionnaire than the one found for it.
    TranslatesOther = "translates-other",
    /// A translation of another major version of its questionnaire.
    TranslationMajorVersion = "translation-major-version",
    /// A translation of another minor or patch version of its questionnaire.
    TranslationMinorVersion = "translation-minor-version",
    /// A translation into the language the questionnaire is written in.
    TranslationSameLanguage = "translation-same-language",
    /// A translation naming a stage, pillar, question, option or glossary term the
    /// questionnaire does not have.
    TranslationUnknownId = "translation-unknown-id",
    /// A translation giving options to a yes/partly/no indicator question.
    TranslationIndicatorOptions = "translation-indicator-options",
    /// A translation giving a text the questionnaire does not have.
    TranslationNoSuchText = "translation-no-such-text",
    /// Two glossary terms translated the same way.
    TranslationDuplicateTerm = "translation-duplicate-term",
    /// Texts of the questionnaire a translation leaves out.
    TranslationMissingTexts = "translation-missing-texts",
    /// Uses of glossary terms a translation's texts lose.
    TranslationGlossaryMisses = "translation-glossary-misses",
    /// A translation whose questionnaire is neither beside it nor built in.
    TranslationQuestionnaireNotFound = "translation-questionnaire-not-found",
    /// A translation whose questionnaire has problems of its own.
    TranslationQuestionnaireHasProblems = "translation-questionnaire-has-problems",
    /// A built-in translation that does not load: a fault of the tool.
    BuiltinTranslationBroken = "builtin-translation-broken",
    /// A translation given where an answers file was expected.
    TranslationNotAnswers = "translation-not-answers",
    /// A questionnaire reference that names no built-in questionnaire and no file.
    QuestionnaireNotFound = "questionnaire-not-found",
    /// A questionnaire reference naming a file that is not a `.toml` file, which is never read.
    QuestionnaireNotToml = "questionnaire-not-toml",
    /// A file in a git revision larger than any answers file.
    RevisionTooLarge = "revision-too-large",
    /// `REV:PATH` with an absolute path.
    RevisionAbsolutePath = "revision-absolute-path",
    /// git could not be run.
    GitNotRun = "git-not-run",
    /// `REV:PATH` outside a git repository.
    NotARepository = "not-a-repository",
    /// A file the revision does not have.
    NotInRevision = "not-in-revision",
    /// A revision git does not know.
    UnknownRevision = "unknown-revision",
    /// git could not read a file of a revision for another reason.
    GitFailed = "git-failed",
    /// A file that changed between two readings.
    FileChanged = "file-changed",
    /// A folder with a symbolic link looping back to a folder above it.
    FolderLoop = "folder-loop",
    /// A folder that may not be read.
    FolderNotAllowed = "folder-not-allowed",
    /// A folder that could not be read for another reason.
    FolderUnreadable = "folder-unreadable",
    /// A respondent already in an earlier file of a merge.
    RespondentInEarlierFile = "respondent-in-earlier-file",
    /// A file of a merge answering another questionnaire than the first file.
    MergeOtherQuestionnaire = "merge-other-questionnaire",
    /// A file of a merge answering another version of the questionnaire than the first file.
    MergeOtherVersion = "merge-other-version",
    /// A file of a merge for another country than the first file.
    MergeOtherCountry = "merge-other-country",
    /// An answers file after `--from` written for another questionnaire.
    CarryOtherQuestionnaire = "carry-other-questionnaire",
    /// An answers file after `--from` already for the version being started.
    CarrySameVersion = "carry-same-version",
    /// An answers file after `--from` written for a version other than the previous major one.
    CarryNotPreviousMajor = "carry-not-previous-major",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
