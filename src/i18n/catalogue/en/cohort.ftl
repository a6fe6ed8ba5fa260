# The cohort report (`report FOLDER --cohort`): many assessments side by side in one PDF.

## Header, footer and document properties
# Left of every page's header.
cohort-running-title = { $title } · Cyber security maturity cohort report
# The title when the report covers several questionnaires.
cohort-title-several = Cohort of assessments
# Left of every page's footer: the questionnaires and how many assessments.
cohort-footer = { $questionnaires } · { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
# After a section's heading at the top of the pages that continue it.
cohort-document-title = { $title }: cohort report
cohort-document-subject = Cyber security maturity self-assessments compared: { $count } against { $questionnaires }
cohort-keyword-security = cyber security
cohort-keyword-maturity = maturity assessment
cohort-keyword-cohort = cohort

## Counts and dates shared by the sections
cohort-assessments = { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
cohort-countries = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
# 2024-03-01 to 2026-01-31
cohort-date-range = { $first } to { $last }
cohort-no-dates = no dates given
cohort-undated-count = ({ $count } undated)
cohort-group = Group { $number } of { $groups }
cohort-group-label = Group { $number } of { $groups }: { $title }

## Cover
cohort-cover-kicker = COHORT REPORT
cohort-cover-lead = Cyber security maturity self-assessments side by side: { $assessments } from { $countries }.
cohort-cover-lead-groups = Cyber security maturity self-assessments side by side: { $assessments } from { $countries }, on { $groups } questionnaires, each group shown on its own.
cohort-cover-questionnaire = Questionnaire
cohort-cover-assessments = Assessments
cohort-cover-assessed = Assessed
cohort-cover-marking = Marking
cohort-cover-no-marking = none
cohort-cover-total = { $count } ({ $countries })
cohort-cover-produced = Produced with cyberassess { $version }. How the cohort figures are computed, and the fingerprint of the inputs, are on the last page.
cohort-contents = Contents

## Heat map
cohort-heat-map = Heat map
cohort-heat-map-of = { $group }: heat map
cohort-heat-map-lead = { $assessments } against { $title } ({ $questionnaire }), assessed { $dates }. Each cell gives the stage reached and the level (1 to { $stages }) in words and numbers; the shading repeats the stage, from { $first } to { $last } (key below the table).
cohort-heat-map-stats = The last three rows give the median, lowest and highest level of each column.
cohort-heat-map-pillars-and-overall = Pillars { $first }–{ $last } and overall
cohort-heat-map-pillars = Pillars { $first }–{ $last }
cohort-heat-map-part = { $columns } (part { $part } of { $parts })
cohort-median = Median
cohort-minimum = Minimum
cohort-maximum = Maximum
cohort-country = Country
cohort-assessed = Assessed
cohort-stage-key = Stage shading:

## Stages by pillar
cohort-stages = Stages by pillar
cohort-stages-of = { $group }: stages by pillar
cohort-stages-lead = The number of assessments at each stage, pillar by pillar and overall, with their share of the group ({ $assessments }) in brackets. The median level is the middle of the levels in the heat map; its stage is the whole part of it.
cohort-stages-range = Median level { $median } ({ $stage }) · lowest { $lowest } · highest { $highest }
cohort-stages-level = Level { $level } ({ $stage })
# A bar's figures: how many assessments, and their share of the group.
cohort-stages-count = { $count } ({ $share })

## Change since the previous assessment
cohort-change = Change since the previous assessment
cohort-change-of = { $group }: change
# Repeated countries: `Exampleland (2 assessments)`.
cohort-change-repeated = { $country } ({ $assessments })
# The last two items of a list: `A, B and C`.
cohort-list-and = { $rest } and { $last }
cohort-counts-more-than-once = { $count ->
    [one] { $who } counts more than once
   *[other] { $who } count more than once
}
cohort-counted-twice = Every assessment counts here, so { $who } (see the Change page); to count each country once, make the report with --latest.
cohort-change-lead = { $count ->
    [one] { $count } country of this group has more than one assessment.
   *[other] { $count } countries of this group have more than one assessment.
} For each, its previous and its latest assessment by date, the level of each pillar and overall in both (previous → latest) and the change in brackets: + up, − down, { $zero } unchanged. Shading repeats the sign: blue up, orange down, none unchanged.
cohort-change-counted-twice = The heat map and the stages by pillar count every assessment, so { $who } there; to count each country once, make the report with --latest.
cohort-change-dates = Previous → latest
cohort-change-single = Assessed once, so not shown: { $countries }.
cohort-change-without-country = Naming no country, so not paired: { $files }.
cohort-change-tie = { $country } has { $count } assessments dated { $date }: the last in file order counts.
cohort-change-key = Change shading:
cohort-change-up = up (+)
cohort-change-down = down (−)
cohort-change-same = unchanged ({ $zero })

## Method and verification
cohort-method = How the cohort figures are computed
cohort-method-contents = Method and verification
cohort-method-running = Method
# A stage named by its number, when the questionnaire has no such stage.
cohort-method-stage = stage { $number }
cohort-method-groups = Assessments are grouped by questionnaire: only assessments against the same questionnaire id and version are compared, and each group has its own heat map and distribution.
cohort-method-levels = Each assessment is scored on its own, exactly as in its individual report: the questionnaire's scoring method gives each pillar a level from 1 to the number of stages, and the overall level follows from the pillar levels. The heat map prints these levels rounded down to one decimal, so the whole number printed is that of the stage they reach.
cohort-method-statistics = Median, Minimum and Maximum rows: for each pillar and for the overall result, the median, lowest and highest level across the group's assessments. The median of an even number of levels is the mean of the middle two. These are levels, not stages: the median is not an average of stage names.
cohort-method-stage-of = The stage shown for a median, minimum or maximum is the whole part of its level (rounded down), as for a single assessment: a median level of { $level } is at the second stage ({ $second }), not the third ({ $third }).
cohort-method-distribution = Stages by pillar: for each pillar and overall, the number of assessments whose pillar reached each stage, and that number as a share of the group, rounded to a whole percent (so the shares may not add up to exactly { $whole }). The median, lowest and highest level above each chart are those of the heat map.
cohort-method-every = Every assessment in a group counts in its heat map and its stages by pillar: a country assessed twice counts twice in the median, lowest and highest levels and in the stage counts, and the pages say so when it happens. To count each country once, make the report with --latest, which keeps each country's most recent assessment.
cohort-method-change = Change page, when a country has assessments of different dates: for each such country, its latest assessment and the previous one, the most recent dated before it (countries matched ignoring letter case and spacing; an undated assessment counts as the oldest; of several on one date, the last in file order counts), the same rule as compare. Each change is the difference of the two levels as printed, so it can be checked by subtraction.
cohort-method-colours = Colours follow the Okabe–Ito colour-blind-safe palette and only repeat what is printed: every cell and bar also gives its stage and its number, and every change its sign.
cohort-verification = Verification
cohort-verification-intro = SHA-256 fingerprints of the { $count } files this report was made from, as the sha256sum tool computes them for UTF-8 files without a byte-order mark, and one for them all: the SHA-256 of the fingerprints below, sorted, one per line. With the same files, cyberassess { $version } produces this PDF again byte for byte.
cohort-verification-all = All files
cohort-file = File
