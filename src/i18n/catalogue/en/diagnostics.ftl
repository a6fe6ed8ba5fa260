# Problems found in files: one message per stable code (`diagnostics-CODE`), with its `.help`.
# Codes are the same in every language; the words are what a person reads.

diagnostics-level-error = error
diagnostics-level-warning = warning
diagnostics-level-help = help
diagnostics-or = or
diagnostics-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
diagnostics-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
diagnostics-not-shown = ... and { $hidden } more { $hidden ->
        [one] problem
       *[other] problems
    } in { $file } ({ $counts }), not shown.
    Fix the ones above and check the file again to see the rest.

# Where in a file: the table a key belongs to.
diagnostics-place = { $place ->
    [answers-file] the answers file
    [assessment] [assessment]
    [answer] the answer to `{ $id }`
    [respondent] a respondent of the answer to `{ $id }`
    [questionnaire] the questionnaire
    [scoring] [scoring]
    [stage-entry] a [[stages]] entry
    [pillar-entry] a [[pillars]] entry
    [glossary-entry] a [[glossary]] entry
    [question] a question
    [option] an option of question `{ $id }`
    [option-unnamed] an option of this question
    [translation] the translation
   *[table] { $id }
}

# The kind of a value found where another was expected.
diagnostics-found = { $found ->
    [string] text
    [integer] a whole number
    [float] a number
    [boolean] true/false
    [datetime] a date
    [array] a list
    [table] a table
   *[other] { $found }
}

# How to write a date, for `assessed_on` and the TOML errors on its line.
diagnostics-date-hint = { $hint ->
    [month] there is no month { $month }: the month is the middle part, from 01 to 12
    [rewrite] write the date as YEAR-MONTH-DAY, without quotes: assessed_on = { $date }
    [last-day] { $yearmonth } has { $days } days; for its last day write assessed_on = { $date }
   *[example] write the date as YEAR-MONTH-DAY, without quotes, for example assessed_on = 2026-11-27
}

diagnostics-other = { $message }
    .help = { $help }

diagnostics-not-toml = this is not valid TOML: { $detail }
    .help = { $hint ->
        [duplicate] each key may appear only once in a table; remove or rename the second one
        [quotes] text values go in double quotes, and every opening quote needs a closing one
        [syntax] check this line: keys look like name = "value", sections like [name] or [[name]], and text goes in double quotes
       *[date] { diagnostics-date-hint }
    }

diagnostics-unknown-document = this is neither a questionnaire nor an answers file
    .help = a questionnaire has [[stages]] and [[pillars]] sections; an answers file starts with questionnaire = "ID" and has [assessment] and [answers] sections; a translation starts with translates = "ID"

diagnostics-questionnaire-not-answers = this is a questionnaire, not an answers file
    .help = give an answers file; to start one for this questionnaire, run `cyberassess template { $questionnaire }`

diagnostics-unknown-key = unknown key `{ $key }` in { $place }
    .help = { $hint ->
        [typo] did you mean `{ $suggestion }`?
       *[list] the keys allowed here are: { $allowed }
    }

diagnostics-missing-key = { $place } has no `{ $key }`
    .help = add a line such as: { $key } = { $example }

diagnostics-wrong-type = `{ $key }` in { $place } must be { $expected ->
        [boolean] true or false, without quotes
        [number] a number
        [text-list] a list of texts
       *[text] text in quotes
    }, not { $found }
    .help = write it like this: { $key } = { $example }

diagnostics-list-item-not-text = every item of `{ $key }` in { $place } must be text in quotes, not { $found }
    .help = write it like this: { $key } = ["...", "..."]

diagnostics-not-a-table = `{ $key }` in { $place } must be a table, not { $found }
    .help = start it on its own line with [{ $key }]

diagnostics-not-a-table-list = `{ $key }` in { $place } must be a list of tables, not { $found }
    .help = write each entry as a [[{ $key }]] section

diagnostics-entry-not-a-table = every entry of `{ $key }` must be a table
    .help = write each entry as a [[{ $key }]] section

diagnostics-bad-version = questionnaire_version "{ $version }" is not of the form MAJOR.MINOR.PATCH
    .help = copy the version from the questionnaire, like "1.0.0", or remove the line

diagnostics-no-assessment = the answers file has no [assessment] section
    .help = add [assessment] with country = "..." and assessed_on = 2026-01-31

diagnostics-target-not-text = the target of `{ $pillar }` must be a stage id in quotes, not { $found }
    .help = write it like this: { $pillar } = "established"

diagnostics-date-in-quotes = assessed_on must be a date without quotes
    .help = { diagnostics-date-hint }

diagnostics-not-a-date = assessed_on must be a date (year-month-day)
    .help = { diagnostics-date-hint }

diagnostics-future-date = assessed_on { $date } is { $days } days after today ({ $today })
    .help = write the date the assessment was made, for example assessed_on = { $today }

diagnostics-unknown-status = status "{ $status }" is not a status of an assessment
    .help = { $hint ->
        [typo] did you mean "{ $suggestion }"? The statuses are { $statuses }
       *[list] use one of { $statuses }, or remove the line
    }

diagnostics-empty-respondent-name = a respondent of the answer to `{ $question }` has an empty name
    .help = write who answered between the quotes, as in their file's assessors

diagnostics-duplicate-respondent = respondent "{ $name }" appears twice in the answer to `{ $question }`
    .help = keep one [[answers.ID.respondents]] section per respondent: merge the two, or rename one

diagnostics-no-answer-value = the answer to `{ $question }` has no `answer`, so the question counts as unanswered
    .help = add answer = "..." beside the notes and evidence: a stage, yes / partly / no, or n/a

diagnostics-answer-not-text = the answer to `{ $question }` must be text in quotes, not { $found }
    .help = write it like this: { $question } = "formative"

diagnostics-unknown-stage = { $target ->
        [pillar] the target of `{ $pillar }`
       *[overall] the target
    } "{ $stage }" is not a stage of { $questionnaire }
    .help = { $hint ->
        [typo] did you mean "{ $suggestion }"? The stages are { $stages }
       *[list] use one of the stages of { $questionnaire }: { $stages }
    }

diagnostics-unknown-pillar = `{ $pillar }` in [targets] is not a pillar of { $questionnaire }
    .help = { $hint ->
        [typo] did you mean `{ $suggestion }`? The pillars are { $pillars }
       *[list] the pillars of { $questionnaire } are: { $pillars }
    }

diagnostics-unknown-question = `{ $question }` is not a question of { $questionnaire }
    .help = { $hint ->
        [typo] did you mean `{ $suggestion }`?
       *[list] run `cyberassess questionnaires show { $questionnaire }` to see the question ids
    }

diagnostics-unknown-answer = "{ $answer }" is not a valid answer to `{ $question }`
    .help = { $hint ->
        [typo] did you mean "{ $suggestion }"? Valid answers: { $answers }
       *[list] valid answers: { $answers }
    }

diagnostics-unknown-indicator-answer = "{ $answer }" is not a valid answer to `{ $question }`, which is a yes / partly / no question
    .help = valid answers: "yes", "partly", "no" or "n/a"

diagnostics-na-without-reason = `{ $question }` is marked n/a without a reason
    .help = say why in notes: { $question } = {"{"} answer = "n/a", notes = "..." {"}"}

diagnostics-not-reviewed = { $count } answers were carried over from an older version and are not reviewed yet: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
    .help = check each against the question's answers (`cyberassess fill FILE` shows them one by one), then delete the first line of its notes, "Carried over from ...: review."

diagnostics-unanswered = { $count } of { $total } questions are unanswered: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
    .help = unanswered questions count as the lowest stage; answer them, or mark them "n/a" with notes

diagnostics-pillar-all-na = every question of pillar `{ $pillar }` is n/a, so it is scored at the lowest stage
    .help = answer at least one question of the pillar

diagnostics-major-version = these answers were written for { $questionnaire } { $wanted }, but the questionnaire is version { $have }
    .help = a new major version changes what answers mean: answer again with `cyberassess fill`, or point `questionnaire` at the old questionnaire file

diagnostics-minor-version = these answers were written for { $questionnaire } { $wanted }; the questionnaire is version { $have }
    .help = check new or changed questions, then set questionnaire_version = "{ $have }"
