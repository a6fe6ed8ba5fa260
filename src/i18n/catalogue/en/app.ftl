# The commands' own lines on standard error: summaries of a run, warnings about results that
# are not final, and progress bars.

# Before a warning and its fix, on standard error.
app-warning = warning
app-help = help

# `check`: what it found in all the files.
app-checked = checked { $files ->
    [one] { $files } file
   *[other] { $files } files
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
app-checked-unusable = { $count ->
    [one] ({ $count } file cannot be used until fixed)
   *[other] ({ $count } files cannot be used until fixed)
}

# Results that are not final.
app-unanswered = { $unanswered } of { $total } questions are unanswered: the results are a draft
    .help = unanswered questions count as the lowest stage; answer them, or mark them "n/a" with notes
app-pillar-all-na = every question of pillar `{ $pillar }` is n/a, so it is scored at the lowest stage
    .help = answer at least one question of the pillar
app-more-warned = { $count ->
    [one] { $count } more file has unanswered questions or pillars answered all n/a
   *[other] { $count } more files have unanswered questions or pillars answered all n/a
}
    .help = run `cyberassess check` on the folder to see them all
app-future-date = assessed_on { $date } is { $days ->
    [one] { $days } day
   *[other] { $days } days
} after today ({ $today })
    .help = write the date the assessment was made
# Several files of one country share its latest date; $date is app-tie-dated or app-tie-undated.
app-tie = { $count } assessments of { $country } are { $date }; kept { $kept } (the last in path order), left out { $left }
    .help = give each its own assessed_on, or move drafts out of the folder
app-tie-dated = dated { $date }
app-tie-undated = undated

# `compare --format json|csv` given an option that format has nothing to apply to.
app-compare-option-not-for-format = { $option } cannot apply to { $format }: it chooses { $chooses }, and { $format } always has { $has }
    .help = leave out { $option }, or use --format table or --format markdown
app-compare-top-chooses = how many questions and next steps each comparison lists
app-compare-detail-chooses = whether every question that moved is listed, with what its stages mean
app-compare-json-has = every question of each comparison, with its change
app-compare-csv-has = one row per pillar and an overall row, without questions or next steps

# The summary of a batch: how many files were done, skipped and failed.
app-summary = { $verb ->
    [scored] Scored
    [reported] Wrote reports for
   *[read] Read
} { $done } of { $files ->
    [one] { $files } file
   *[other] { $files } files
}
app-summary-skipped = ; skipped { $what }
app-summary-and = { $first } and { $second }
app-summary-questionnaires = { $count ->
    [one] { $count } questionnaire file
   *[other] { $count } questionnaire files
}
app-summary-translations = { $count ->
    [one] { $count } translation
   *[other] { $count } translations
}
app-summary-not-latest = { $count ->
    [one] ; left out { $count } assessment that is not its country's latest (--latest)
   *[other] ; left out { $count } assessments that are not their country's latest (--latest)
}
app-summary-failed = ; { $count } failed
app-summary-unreadable = { $count ->
    [one] ; { $count } place in folders could not be read
   *[other] ; { $count } places in folders could not be read
}
app-summary-see-above = { " " }(see above)
app-summary-latest-among-loaded = ; --latest chose among the files that loaded
app-summary-fail-fast = ; stopped at the first failure (--fail-fast)

# Progress bars of large batches.
app-progress-reading = Reading
app-progress-scoring = Scoring
app-progress-writing-reports = Writing reports
app-progress-left = left
# The progress bar of `compare FOLDER -f json|csv`.
app-progress-comparing = Comparing
# What `report` says it wrote: a report with its size, many reports, the cohort report.
app-wrote-report = wrote { $file } ({ $size } KB)
app-wrote-reports = { $count ->
    [one] wrote { $count } report under { $folder }
   *[other] wrote { $count } reports under { $folder }
}
app-wrote-cohort = wrote the cohort report { $file }

# `-o -` for a command whose output is always a file; $why is one of the app-dash-* texts.
app-dash = -o - would mean standard output, but { $why }; give a file name with -o
app-dash-man-all = --all writes one page per command into a folder
app-dash-report = a report is written to a file (PDF, Word or Markdown), or beside each answers file when -o is left out
app-dash-plan = an action plan is written to a file (.xlsx, .csv or .md)
app-dash-merge = the consensus is written to an answers file
app-dash-import = import writes one answers file per workbook into a folder

# Writing the output: files, folders, standard output.
app-output-folder = { $path } is a folder; give the name of a file to write, such as { $example }
app-output-open = could not open { $path } for writing
app-output-device = { $path } is a device or socket, not a file; write to a file, to a named pipe or to a character device such as /dev/null
app-output-create-folder = could not create the folder { $folder }
app-output-write-in-folder = could not write in the folder { $folder }
app-output-write = could not write { $path } (is the disk full?)
app-output-save = could not save { $path }
# On Windows, when the file to replace is there: a program probably holds it open.
app-output-save-in-use = could not save { $path } (is it open in another program, such as Excel or a PDF reader? Close it and run the command again)
app-output-link = could not follow the link { $path }
app-output-link-loop = { $path } is a chain of more than { $count } symbolic links (a loop?); point it at a file
app-output-stdout = could not write to standard output
app-output-is-input = { $path } is one of the input files; writing the output there would replace it. Choose another output name

# `template`.
app-template-exists = { $file } already exists, and it may hold answers; choose another name with -o, or add --force to replace it
app-template-workbook-terminal = a workbook cannot be shown in the terminal; add -o FILE.xlsx
# $available lists the languages, each as its tag and name: "en (English), es (Spanish)".
app-template-no-translation = { $questionnaire } has no translation into "{ $lang }"; it is available in { $available }. To translate a questionnaire file, put NAME.{ $lang }.toml beside it (the format: cyberassess guide formats)
app-wrote-workbook = Wrote { $file } with the { $count } questions of { $questionnaire }, a sheet per pillar. Fill in the coloured cells with Excel or LibreOffice Calc, then run: cyberassess import { $file }
app-wrote-schema = Wrote the schema { $file }; editors with the TOML language server (Taplo) check and complete the answers against it
app-wrote-template = Wrote { $file } with the { $count } questions of { $questionnaire }. Fill in the answer lines with any text editor, then run: cyberassess check { $file }

# `import`.
app-import-questionnaire-problems = the questionnaire { $questionnaire } has problems (listed above)
# What the workbook is compared with when its questionnaire file changed since it was made.
app-import-questionnaire-now = { $questionnaire } (the questionnaire file { $file } now)
app-import-bad-language = the workbook names the language "{ $language }", which is not a language tag; make the workbook again with cyberassess template
app-import-translation-problems = the translation of { $questionnaire } has problems (listed above)
app-import-exists = { $file } already exists and may hold answers; add --force to replace it, or choose another folder with -o
app-wrote-import = Wrote { $file }: { $answered } of { $total } questions answered{ $left ->
    [0] {""}
   *[other] {" "}({ $left } left unanswered)
}. Score it with: cyberassess score { $file }

# `questionnaires`: the table's headers, then what to know about versions and languages.
app-questionnaires-id = Id
app-questionnaires-version = Version
app-questionnaires-title = Title
app-questionnaires-pillars = Pillars
app-questionnaires-questions = Questions
app-questionnaires-method = Method
app-questionnaires-languages = Languages
app-questionnaires-newest = { $version } (newest)
app-questionnaires-about = An answers file is scored against the built-in version with the major version of its questionnaire_version (1.x: 1.0.0), or the newest without one. Name a version with ID@VERSION, for example ncss-maturity@1.0.0. Choose the language of the questions with --lang in `template` and `fill`; answers files are the same in every language.
app-questionnaires-print = Print one with: cyberassess questionnaires show ID > my-questionnaire.toml
app-questionnaires-broken = the built-in questionnaire { $questionnaire } does not load; this is a bug
app-questionnaires-unknown-version = { $id } is built in as version { $versions }, not { $wanted }; for example: cyberassess questionnaires show { $id }@{ $example }
# $hint is app-questionnaires-did-you-mean, or nothing.
app-questionnaires-unknown = there is no built-in questionnaire "{ $name }"; { $hint }the built-in ones are: { $ids }
app-questionnaires-did-you-mean = did you mean "{ $name }"?{" "}

# `compare`.
app-compare-revision-in-batch = { $file } is a file in a git revision: REV:PATH works when comparing two files (compare OLD NEW), not in a batch of folders
app-compare-cannot = { $old } and { $new } cannot be compared: { $reason }
app-compare-not-compared = { $old } and { $new } were not compared: { $reason }
app-compare-write-failed = could not write the comparison
app-compare-other-country = { $old } is about { $old_country } and { $new } about { $new_country }; comparing them anyway
    .help = check that these are the two files you meant
app-compare-order = { $old } (dated { $old_date }) is more recent than { $new } (dated { $new_date }); the changes are shown from the first to the second
    .help = give the earlier assessment first: compare OLD NEW
app-compare-no-country = no country

# `score`: an option the chosen format has nothing to apply to. $chooses is one of the
# app-score-*-chooses texts, $what one of the app-score-*-has texts.
app-score-cannot-apply = { $option } cannot apply to { $format }: it chooses { $chooses }, and { $format } always has { $what }, in path order
    .help = leave out { $option }, or use --format table or --format markdown
app-score-json-has = every question of each assessment
app-score-csv-has = one row per pillar and an overall row, without questions or next steps
app-score-top-chooses = how many next steps are shown
app-score-explain-chooses = whether each question is shown
app-score-detail-chooses = whether each assessment's own table follows the cohort table
app-score-sort-chooses = the order of the cohort table's rows
app-score-changed = { $file } changed while it was scored

# `report`.
app-report-fonts = the report fonts could not be loaded
app-report-baseline-many = --baseline { $file } measures one assessment's progress, but { $count } answers files were found; give one answers file, or use `cyberassess compare FOLDER` for every country's change
app-report-baseline-folder = --baseline { $folder } is a folder; give the earlier answers file itself
app-report-baseline-one = --baseline measures one assessment's progress: give one answers file, not several or a folder (for every country's change, use `cyberassess compare FOLDER`)
app-report-renamed = note: writing { $file } (a report in this format is a .{ $extension } file)
app-report-collide = { $first } and { $second } would both be written to { $file }; rename one of them, or run `cyberassess report` once for each with its own -o
app-report-failed = could not make the report for { $file }
app-report-no-cohort = no cohort report: no assessment could be scored
app-report-cohort-failed = could not make the cohort report

# `fill --from` and `template --from`: what was carried over from the older answers file.
app-carry-has-problems = { $file } has the problems above; fix them, then run the command again.
app-carried = Carried over { $count } answers from { $file } ({ $questionnaire }), each marked for review:
app-carried-was = (was { $old })
app-left = Left unanswered ({ $count }):
app-left-new = new, or its meaning changed
app-left-old-unanswered = its old question is unanswered in the old file
app-left-does-not-fit = the old answer is not one of its answers

# `merge`.
app-merge-exists = { $file } already exists; choose another name with -o, or add --force to replace it
app-merge-nothing = Nothing was merged: fix the problems above, then run the command again.
app-merge-agenda-failed = could not write the agenda

# `plan`.
app-plan-unknown-format = cannot tell the format of { $file } from its name; end it in .xlsx, .csv or .md, or add --format
app-plan-exists = { $file } already exists, and the task force may have filled it in; choose another name with -o, or add --force to replace it

# `check`: each file that can be used, as it is read.
app-check-questionnaire = ok: { $file } is questionnaire { $id } { $version } ({ $pillars } pillars, { $questions } questions, { $stages } stages, { $method })
app-check-answers = ok: { $file } answers { $id } { $version } for { $country } ({ $answered } of { $total } questions answered)
app-check-no-country = a country not named yet
app-check-translation = ok: { $file } is the { $language } translation ({ $tag }) of questionnaire { $id } { $version } ({ $given } of { $total } texts translated)
