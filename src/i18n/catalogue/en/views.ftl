# The words of the views a person reads in a terminal or in Markdown: score's tables, the cohort
# table, compare, merge's agenda and the action plan.

## score: one assessment

# The title of a pillar's breakdown (--explain).
views-explain-title = { $pillar } — how the level was reached
views-column-question = Question
views-column-answer = Answer
views-column-counts-as = Counts as
views-column-weight = Weight
views-column-rank = #
views-column-pillar = Pillar
views-column-from-to = From → to
views-column-action = Action
views-no-next-steps = No next steps: every pillar has reached its target.
# Above the table of next steps in a terminal; then the Markdown heading.
views-next-steps-intro = Next steps ({ $shown } of { $total }):
views-next-steps-heading = Next steps ({ $shown } of { $total })

## The cohort table

# ncss-maturity 2.0.0 — 12 assessments
views-cohort-title = { $questionnaire } { $version } — { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
views-cohort-country = Country
views-cohort-assessed = Assessed
views-cohort-median = Median
views-cohort-minimum = Minimum
views-cohort-maximum = Maximum

## compare

# How a change is written when piped or in Markdown: up 0.7, down 0.4, no change.
views-change-up = up { $size }
views-change-down = down { $size }
views-change-none = no change
# A change of score, in percentage points; a change of whole stages.
views-change-points = { $count ->
    [one] { $count } pt
   *[other] { $count } pts
}
views-change-stages = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}
views-compare-before = Before
views-compare-now = Now
views-compare-level = Level
views-compare-score = Score
views-compare-target = Target
views-compare-change = Change
views-compare-country = Country
views-compare-before-now = Before → now
views-compare-overall = Overall
views-compare-files = Before: { $old } · now: { $new }
views-compare-note = Note: { $note }
views-compare-different-countries = Different countries: { $old } before, { $new } now.
views-compare-other-minor = Questionnaire versions { $old } and { $new }: questions are matched by id; { $added } added and { $removed } removed are listed, not counted as change.
views-compare-other-major = Questionnaire versions { $old } and { $new } (another major version): pillars are compared by id and the overall result as it stands; { $matched } of the { $total } questions now are matched to one before, the others are not comparable.
views-compare-pillars-only-in = Pillars only in { $version } (not comparable): { $pillars }.
views-compare-not-in = not in { $version }
views-compare-not-comparable = not comparable
# A target's name and whether it is met: "Working: met now".
views-compare-target-status = { $target }: { $status ->
    [still-met] met
    [now-met] met now
    [no-longer-met] no longer met
   *[not-met] not met
}
views-compare-was = { $id } (was { $old })
# How a question moved, as a word, and as a count of questions in the count line.
views-movement = { $movement ->
    [improved] improved
    [declined] declined
    [newly-answered] newly answered
    [newly-not-applicable] newly n/a
    [now-applicable] applicable again
    [no-longer-answered] no longer answered
   *[unchanged] unchanged
}
views-movement-count = { $count } { $movement ->
    [improved] improved
    [declined] declined
    [newly-answered] newly answered
    [newly-not-applicable] newly n/a
    [now-applicable] applicable again
    [no-longer-answered] no longer answered
   *[unchanged] unchanged
}
views-compare-counts = Questions: { $list }.
views-compare-added-in = Added in { $version }: { $ids }.
views-compare-removed-in = Not in { $version }: { $ids }.
views-compare-moved = Questions that moved, largest change × weight first
views-compare-most-improved = Most improved
views-compare-concern = Areas of concern
views-compare-other-changes = Other changes
# A list of questions or steps with nothing in it, in a terminal and in Markdown.
views-compare-none = { $title }: none.
views-compare-none-heading = { $title }: none
views-compare-list-intro = { $title } ({ $count }):
views-compare-list-heading = { $title } ({ $count })
views-compare-list-empty = { $title }.
views-compare-steps-intro = { $title }:
views-compare-none-below = None.
views-compare-steps-done = Next steps done since { $date } ({ $count })
views-compare-steps-open = Next steps still open ({ $shown } of { $count })
views-compare-steps-new = New next steps ({ $count })
views-compare-steps-dropped = Next steps no longer asked for ({ $count }): the question is n/a now, or its target is lower
views-compare-steps-unmatched = Next steps of { $old } whose question is not in { $new } ({ $count }): not comparable
views-compare-summary-title = { $questionnaire } { $version } — change in level since each country's previous assessment ({ $count ->
    [one] { $count } country
   *[other] { $count } countries
})
views-compare-summary-heading = { $questionnaire } { $version }: change in level since each country's previous assessment
views-compare-no-pairs = No country has two assessments to compare.
views-compare-single = One assessment only, nothing to compare ({ $count }): { $list }.
views-compare-single-heading = One assessment only, nothing to compare:
views-compare-no-country = No country given, so not paired ({ $count }): { $list }.
views-compare-no-country-heading = No country given, so not paired:

## merge: the agenda of the workshop

views-agenda-spread = Spread
views-agenda-provisional = Provisional
views-agenda-none = No disputed questions: the respondents agree on every question they answered.
views-agenda-title = Agenda: { $count ->
    [one] { $count } disputed question
   *[other] { $count } disputed questions
}, widest spread first
views-agenda-heading = Agenda: { $count } disputed questions

## plan: the action plan (the CSV keeps its English header in every language)

views-plan-title = Action plan: { $country }
# The name of the workbook's sheet: at most 31 characters, none of : \ / ? * [ ].
views-plan-sheet = Action plan
views-plan-lead = The next steps of { $country } ({ $questionnaire }), { $count } in all.
views-plan-columns = { $column ->
    [rank] Rank
    [pillar] Pillar
    [question-id] Question id
    [question] Question
    [from] From
    [to] To
    [action] Action
    [done-when] Done when
    [lead-agency] Lead agency
    [supporting-agencies] Supporting agencies
    [start] Start
    [due-date] Due date
    [estimated-cost] Estimated cost
    [status] Status
   *[comments] Comments
}
views-plan-status = { $status ->
    [not-started] not started
    [in-progress] in progress
    [done] done
   *[blocked] blocked
}
views-plan-pick-status = Pick a status from the list.
views-plan-type-date = Type a date, such as 2026-09-30.
# What shows a step on an indicator is done.
views-plan-yes-to = Yes to: { $prompt }

# What plan and merge say on the way out, once the file is written.
views-plan-wrote = Wrote { $file } with { $count } next steps of { $country }.
views-merge-done = Merged { $count } respondents into { $file }: { $disputed } of { $total } questions disputed. Settle them in the workshop, then check the file with: cyberassess check { $file }
