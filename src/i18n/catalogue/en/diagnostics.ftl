# Problems found in files: one message per stable code (`diagnostics-CODE`), with its `.help`.
# Codes are the same in every language; the words are what a person reads.

diagnostics-level-error = error
diagnostics-level-warning = warning
diagnostics-level-help = help
diagnostics-or = or
diagnostics-and = and
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
    [question-named] question `{ $id }`
    [question-unnamed] this question
    [pillar-named] pillar `{ $id }`
    [pillar-unnamed] this pillar
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

# Questionnaires.

diagnostics-not-a-stage = { $ref ->
        [option] option stage
        [indicator] indicator stage
       *[default-target] default_target
    } "{ $stage }" is not a stage
    .help = { $hint ->
        [typo] did you mean "{ $suggestion }"? The stages are { $stages }
       *[list] use one of the stage ids: { $stages }
    }

diagnostics-bad-questionnaire-version = version "{ $version }" is not of the form MAJOR.MINOR.PATCH
    .help = write it like "1.0.0"; raise MINOR for new questions, MAJOR for changed meanings

diagnostics-unknown-method = unknown scoring method "{ $method }"
    .help = use "weighted-mean" (mean of chosen stages) or "gated" (a stage counts only when all its requirements are met)

diagnostics-unknown-overall = unknown overall method "{ $method }"
    .help = use "weighted-mean" (mean of pillars) or "minimum" (the weakest pillar)

diagnostics-too-few-stages = a questionnaire needs at least 2 stages, this one has { $count }
    .help = add [[stages]] sections, lowest first, each with id, name and summary

diagnostics-no-pillars = the questionnaire has no [[pillars]]
    .help = add a [[pillars]] section with id, name, summary and [[pillars.questions]]

diagnostics-reserved-pillar-id = pillar id "{ $id }" is reserved for the overall result
    .help = the results list the overall result under this name (as the last row of each assessment in CSV); give the pillar another id, like "overall-governance"

diagnostics-no-questions = { $subject } has no questions
    .help = add at least one [[pillars.questions]] section under it

diagnostics-no-requirement = no question of { $subject } is a requirement of { $count ->
        [one] stage
       *[other] stages
    } { $stages }
    .help = a gated pillar cannot rise above its highest stage that has a requirement, and a stage without one is reached as soon as the stage below it; tag an indicator with { $count ->
        [one] this stage
       *[other] each of these stages
    }, or add a choice question (a requirement of every stage)

diagnostics-bad-id = { $what ->
        [questionnaire] questionnaire id
        [stage] stage id
        [pillar] pillar id
        [replaced-question] replaced question id
       *[question] question id
    } "{ $id }" has characters that ids may not have
    .help = use lowercase letters, digits and hyphens, like "{ $suggestion }"

diagnostics-duplicate-id = { $what ->
        [stage] stage
        [pillar] pillar
       *[question] question
    } id "{ $id }" is used twice
    .help = the first one is on line { $line }; give each { $what ->
        [stage] stage
        [pillar] pillar
       *[question] question
    } its own id

diagnostics-indicator-in-weighted-mean = { $subject } is an indicator, but the questionnaire is scored by weighted mean
    .help = indicators (yes / partly / no) need [scoring] method = "gated"; or make this a choice question with one option per stage

diagnostics-unknown-question-kind = unknown question kind "{ $kind }"
    .help = use "choice" (pick the stage description that fits) or "indicator" (yes / partly / no)

diagnostics-indicator-key-in-choice = `{ $key }` belongs to indicator questions, but { $subject } is a choice question
    .help = move `{ $key }` into one of its [[pillars.questions.options]], or add kind = "indicator"

diagnostics-no-options = { $subject } has no options
    .help = add [[pillars.questions.options]] sections, one per stage, each with stage, text and next_step

diagnostics-duplicate-option = { $subject } has two options for stage "{ $stage }"
    .help = keep one option per stage; merge the two descriptions

diagnostics-options-out-of-order = the options of { $subject } are not in stage order: "{ $stage }" comes after "{ $previous }"
    .help = list the options from the lowest stage to the highest, as in [[stages]]

diagnostics-lowest-option-evidence = the evidence of the "{ $stage }" option of { $subject } has no stage below it to tell it from
    .help = option evidence says what shows this stage rather than the one below; move it to the option above, or remove it

diagnostics-missing-next-step = the "{ $stage }" option of { $subject } has no next_step
    .help = add next_step = "...": the concrete action that moves a country from this stage to the next option's (only the highest option may leave it out)

diagnostics-indicator-with-options = { $subject } is an indicator, so it takes no options
    .help = remove the options (indicators are answered yes / partly / no), or remove kind = "indicator"

diagnostics-indicator-lowest-stage = { $subject } is tagged with the lowest stage, which is always reached
    .help = tag the indicator with the stage it is a requirement of, above the lowest

diagnostics-weight-out-of-range = weight { $weight } is outside the allowed range
    .help = use a number from { $min } to { $max }, such as 1 or 1.5; leave weight out for the default of 1

diagnostics-weight-not-positive = weight { $weight } is not a positive number
    .help = use a number from { $min } to { $max }, such as 1 or 1.5; leave weight out for the default of 1

diagnostics-empty-term = a glossary term is empty
    .help = write the term as it appears in the questions, such as term = "SIM3"

diagnostics-duplicate-term = glossary term "{ $term }" is defined twice
    .help = the first definition is on line { $line }; keep one of the two [[glossary]] entries

diagnostics-unused-term = glossary term "{ $term }" is not used in any question
    .help = terms are shown with the questions whose prompt, help, evidence or options use them (in any letter case, as whole words); use it there, or remove this [[glossary]] entry

# Reading files.

diagnostics-unreadable = { $reason ->
        [not-found] the file does not exist
        [permission] you do not have permission to read this file
       *[other] the file could not be read: { $detail }
    }
    .help = { $reason ->
        [not-found] check the spelling of the path, and the folder you are in
        [permission] ask the file's owner for read access, or copy it somewhere you can read
       *[other] check that the file is a regular file you can open
    }

diagnostics-is-a-folder = this is a folder, not a file
    .help = name the .toml files inside it

diagnostics-too-large = the file is larger than 4 MiB, far more than any questionnaire or answers file
    .help = check that this is the right file; split very long notes into separate documents and cite them as evidence

diagnostics-questionnaire-has-problems = questionnaire "{ $questionnaire }" has problems, so these answers cannot be checked
    .help = fix the questionnaire first (its problems are listed with it)

diagnostics-not-utf8 = the file is not UTF-8 text (line { $line }, column { $column })
    .help = save the file again as UTF-8 (in most editors: Save As, Encoding: UTF-8)

diagnostics-not-a-questionnaire-file = this file is not a questionnaire (it is not TOML with [[stages]] and [[pillars]]); its content is not shown
    .help = name a questionnaire file, or a built-in questionnaire by its id

diagnostics-not-utf8-name = the file name is not UTF-8 text, so the file was not read
    .help = rename the file with letters your system shows correctly (the name shown here has a replacement mark where the name cannot be read)

diagnostics-not-a-regular-file = this is { $kind ->
        [named-pipe] a named pipe
        [socket] a socket
        [device] a device
       *[special] a special file
    }, not a regular file, so it was not read
    .help = name the questionnaire or answers file itself

# Languages and translations.

diagnostics-bad-language = language "{ $language }" is not a language code
    .help = { $file ->
        [answers] write the two-letter code of the language the report is to be written in, such as "en" (English), "es" (Spanish), "fr" (French) or "pt" (Portuguese), or remove the line
        [translation] write the two-letter code of the language of the texts: "es" (Spanish), "fr" (French), "pt" (Portuguese), optionally with a region, such as "pt-BR"
       *[questionnaire] write the two-letter code of the language the texts are written in, such as "en" (English), "es" (Spanish), "fr" (French) or "pt" (Portuguese)
    }

diagnostics-bad-translation-version = version "{ $version }" is not of the form MAJOR.MINOR.PATCH
    .help = write the version of the questionnaire this file translates, like "2.0.0" (`cyberassess questionnaires` lists the built-in ones)

diagnostics-texts-not-a-table = `{ $id }` in [{ $key }] must be a table of texts, not { $found }
    .help = give the { $what ->
        [stage] stage
        [pillar] pillar
        [option] option
        [glossary-entry] glossary entry
       *[question] question
    }'s texts in a table of their own, starting with a line such as [{ $key }.{ $id }]

# Checking a translation against its questionnaire.

# A language named in a sentence ("shown in English").
diagnostics-language = { $code ->
    [en] English
    [es] Spanish
    [fr] French
    [pt] Portuguese
   *[other] { $tag }
}

diagnostics-translates-other = this translates "{ $translates }", but the questionnaire found is "{ $questionnaire }"
    .help = write translates = "{ $questionnaire }" if this file translates it, or put the file beside its own questionnaire

diagnostics-translation-major-version = this translates { $id } { $written }, but the questionnaire is version { $version }
    .help = a new major version changes what questions mean, so a translation fits only its own major version; translate { $id } { $version } (its texts are in `cyberassess questionnaires show { $id }@{ $version }` for a built-in one)

diagnostics-translation-minor-version = this translates { $id } { $written }, and the questionnaire is version { $version }: texts reworded since keep their older translation
    .help = compare the two versions' texts, bring the translation up to date, then write version = "{ $version }"

diagnostics-translation-same-language = { $questionnaire } is written in "{ $language }" already
    .help = write the language this file translates the questionnaire into

# Why ids are named as the questionnaire writes them.
diagnostics-ids-not-translated = { $what ->
    [term] Glossary entries are named by the term as the questionnaire writes it
   *[other] Ids are never translated
}

diagnostics-translation-unknown-id = { $what ->
        [stage] { $questionnaire } has no stage "{ $id }"
        [pillar] { $questionnaire } has no pillar "{ $id }"
        [option] question `{ $question }` of { $questionnaire } has no option for the stage "{ $id }"
        [term] { $questionnaire } has no glossary term "{ $id }"
       *[question] { $questionnaire } has no question "{ $id }"
    }
    .help = { $hint ->
        [typo] did you mean "{ $suggestion }"? { diagnostics-ids-not-translated }
       *[list] use one of: { $among }. { diagnostics-ids-not-translated }; remove this table if the questionnaire no longer has it
    }

diagnostics-translation-indicator-options = question `{ $id }` of { $questionnaire } is a yes/partly/no indicator, which has no options
    .help = translate its texts in [questions.{ $id }] (prompt, help, evidence, next_step) and remove this table

diagnostics-translation-no-such-text = { $questionnaire } has no text at { $text }, so it cannot be translated
    .help = { $hint ->
        [next-step] `{ $id }` is a choice question: its next steps belong to its options, in [questions.{ $id }.options.STAGE]
       *[remove] the translation gives only the texts the questionnaire has; remove this line, or add the text to the questionnaire first
    }

diagnostics-translation-duplicate-term = two glossary terms are translated as "{ $term }"
    .help = each term needs its own translation, or a reader could not tell which definition a question means; make one of them more precise

diagnostics-translation-missing-texts = { $count ->
        [one] { $count } text of { $questionnaire } is not translated, so it is shown in { $language }
       *[other] { $count } texts of { $questionnaire } are not translated, so they are shown in { $language }
    }: { $list }{ $more ->
        [0] {""}
        [one] ; and { $more } more table
       *[other] ; and { $more } more tables
    }
    .help = add each of them under its table header, as in the questionnaire (`cyberassess questionnaires show ID` prints a built-in one)

diagnostics-translation-glossary-misses = { $count } of { $uses } uses of glossary terms in the questions are not found in the translated texts, so those questions do not show the definition: { $list }
    .help = a term is found as whole words in any letter case, with a plural in -s or -es; where a text needs another form (another plural, a feminine), this is expected; otherwise write the term as the glossary translates it

diagnostics-translation-questionnaire-not-found = { $hint ->
        [beside] this translates "{ $id }", but the questionnaire beside it is "{ $other }", and no built-in questionnaire is "{ $id }"
       *[other] questionnaire "{ $id }" was not found: it is not built in, and no questionnaire file of that id is beside this translation
    }
    .help = { $hint ->
        [beside] { $path } beside it is questionnaire "{ $other }"; write translates = "{ $other }" if this file translates it
        [typo] did you mean "{ $suggestion }"? Built-in questionnaires: { $ids }
       *[list] put the translation beside its questionnaire, named after it with the language (my-questionnaire.toml → my-questionnaire.es.toml), or translate a built-in questionnaire ({ $ids })
    }

diagnostics-translation-questionnaire-has-problems = questionnaire "{ $questionnaire }" has problems, so this translation cannot be checked
    .help = fix the questionnaire first (its problems are listed with it)

diagnostics-builtin-translation-broken = this built-in translation does not load
    .help = this is a bug; please report it

diagnostics-translation-not-answers = this is the { $language } translation of questionnaire { $id } { $version }, not an answers file
    .help = answers files are the same in every language; to answer { $id } in { $language }, run `cyberassess fill FILE --questionnaire { $named } --lang { $lang }` or `cyberassess template { $named } --lang { $lang }`

# Finding the questionnaire an answers file or a command names.

diagnostics-questionnaire-not-found = { $from ->
        [answers] questionnaire "{ $reference }" was not found
       *[command] there is no questionnaire "{ $reference }"
    }
    .help = { $hint ->
        [other-version] { $id } is built in as version { $versions }, not { $wanted }; write { $id }@{ $newest } or leave out the version for the newest
        [no-file] no file at { $path }; the path is taken relative to the answers file
        [typo] did you mean "{ $suggestion }"? Built-in questionnaires: { $ids }
       *[ids] use a built-in id ({ $ids }) or the path of a questionnaire file, relative to the answers file
    }

diagnostics-questionnaire-not-toml = { $from ->
        [answers] "{ $reference }" is not a questionnaire file, so it was not read
       *[command] there is no questionnaire "{ $reference }"
    }
    .help = a questionnaire is named by a built-in id ({ $ids }) or the path of its .toml file, relative to the answers file; only a built-in id or the path of a .toml file is read

# Answers files in a git revision (REV:PATH).

diagnostics-revision-too-large = the file is larger than 4 MiB, far more than any answers file
    .help = check that this is the right file

diagnostics-revision-absolute-path = a file in a git revision must be named by its path relative to the current folder
    .help = go to the repository and write it as { $revision }:path/to/file.toml

diagnostics-git-not-run = git could not be run to read this revision: { $detail }
    .help = install git, or compare files on disk (check one out with `git show REV:PATH > old.toml`)

diagnostics-not-a-repository = the current folder is not inside a git repository, so a revision cannot be read
    .help = run the command inside the repository that holds the file, or give plain file paths

diagnostics-not-in-revision = { $path } is not in revision { $revision }
    .help = check the path, relative to the current folder; `git log --oneline -- { $path }` lists the revisions that have it

diagnostics-unknown-revision = git does not know the revision "{ $revision }"
    .help = use a commit, tag or branch that `git log --oneline` shows, such as HEAD~1

diagnostics-git-failed = git could not read { $revision }:{ $path }: { $detail }
    .help = check the revision and the path, relative to the current folder

# Reading folders and files that change.

diagnostics-file-changed = this file changed while it was read: it is no longer an answers file
    .help = run the command again once the files stop changing

diagnostics-folder-loop = a symbolic link loops back to { $folder }
    .help = the loop was not followed; remove the link or point it elsewhere

diagnostics-folder-not-allowed = you do not have permission to read this folder
    .help = ask its owner for access; the files it holds were not scored

diagnostics-folder-unreadable = this could not be read: { $detail }
    .help = check that the path exists and is readable

# Merging answers files, and carrying answers over with --from.

diagnostics-respondent-in-earlier-file = respondent "{ $name }" is already in an earlier file of this merge
    .help = each respondent is merged once: leave this file out, or give it its own assessors

diagnostics-merge-other-questionnaire = these answers are to { $questionnaire }, but { $first } answers { $first_questionnaire }; a merge takes answers to one questionnaire
    .help = merge only the files written for the same questionnaire

diagnostics-merge-other-version = these answers are to { $questionnaire }, but { $first } answers { $first_questionnaire }; a merge takes answers to one version
    .help = answer { $first_questionnaire } again, or start from this file with `cyberassess fill --from`

diagnostics-merge-other-country = these answers are for { $country }, but { $first } is for { $first_country }
    .help = merge the answers of one country, or name the consensus's country with --country NAME

diagnostics-carry-other-questionnaire = these answers are for { $old }, so they cannot start an assessment on { $new }
    .help = name an answers file written for { $new } after --from, or start without --from

diagnostics-carry-same-version = these answers are already for { $id } { $version }, the version being started
    .help = there is nothing to carry over: continue this file with `cyberassess fill FILE`, or copy it

diagnostics-carry-not-previous-major = these answers are for { $id } { $version }; answers carry over to { $new } only from version { $previous }.x
    .help = start from an answers file written for { $id } { $previous }.x

# Problems in a filled workbook given to `import`, after the sheet and cell.

diagnostics-import-at = sheet { $sheet }, cell { $cell }: {""}
diagnostics-import-in = sheet { $sheet }: {""}
diagnostics-import-place = sheet { $sheet }, cell { $cell }
diagnostics-import-not-a-template = this workbook was not made by `cyberassess template --format xlsx` (its hidden sheet naming the questionnaire is missing); copy the answers into a workbook made by that command
diagnostics-import-unknown-layout = this workbook has layout { $layout }, which this version of cyberassess cannot read; import it with a newer version
diagnostics-import-other-questionnaire = this workbook is for { $workbook }, not { $expected }; import it without --questionnaire, or make a workbook for { $expected } with `cyberassess template`
diagnostics-import-missing-detail = { $detail ->
        [country] the country
       *[date] the date of the assessment
    } is empty; fill it in and import again
diagnostics-import-not-a-date = '{ $written }' is not a date; type the date as year-month-day, such as 2026-03-14
diagnostics-import-not-a-stage = '{ $written }' is not a stage; pick one of: { $stages }
diagnostics-import-not-an-answer = '{ $written }' is not an answer; did you mean { $suggestion }?
diagnostics-import-not-an-answer-to = '{ $written }' is not an answer to this question; pick one of: { $answers }
diagnostics-import-no-question-id = this row has an answer but no question id (the row was added, or its id deleted); type the answer in the question's own row
diagnostics-import-unknown-question = the question id '{ $id }' is not in this questionnaire; the row was changed by hand: copy the answer into a fresh workbook from `cyberassess template`
diagnostics-import-duplicate = question '{ $id }' is answered twice (first in { $first }); keep one row
diagnostics-import-notes-without-answer = this row has evidence or notes but no answer; pick an answer (n/a if the question does not apply), or clear them
diagnostics-import-unreadable = could not read the file: { $detail }
diagnostics-import-too-large = the file is larger than { $size } MB, too large for a filled questionnaire
diagnostics-import-not-a-workbook = this is not an .xlsx or .ods workbook ({ $detail }); save it from your spreadsheet program as Excel (.xlsx) or OpenDocument (.ods)
