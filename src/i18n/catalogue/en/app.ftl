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
