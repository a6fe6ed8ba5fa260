# Words shared by the tables, Markdown and the reports: the pillar summary, the heading of an
# assessment, what an answer reads as and what it counts as.

summary-pillar = Pillar
summary-stage = Stage
summary-level = Level
summary-score = Score
summary-target = Target
summary-gap = Gap
summary-answered = Answered
summary-overall = Overall
# Questions answered out of the pillar's questions, with those marked n/a.
summary-answered-with-na = { $answered }/{ $total } ({ $na } n/a)

# Exampleland · assessed 2026-01-31 · ncss-maturity 2.0.0 (level)
heading = { $country } · assessed { $date } · { $questionnaire } { $version } ({ $method })
heading-no-country = (no country)
date-undated = undated

status-consensus-of = { $count ->
    [one] consensus of { $count } respondent
   *[other] consensus of { $count } respondents
}
status-validated-consensus-of = { $count ->
    [one] validated, consensus of { $count } respondent
   *[other] validated, consensus of { $count } respondents
}
# The status an answers file gives in [assessment] status.
status-name = { $status ->
    [draft] draft
    [self-assessed] self-assessed
    [consensus] consensus
   *[validated] validated
}

# An indicator's answer: yes, partly or no.
answer-indicator = { $value ->
    [yes] yes
    [partly] partly
   *[no] no
}
answer-not-applicable = n/a
answer-unanswered = unanswered

counts-as-level = level { $number }
counts-as-met = met
counts-as-half = half (not met)
counts-as-not-met = not met
counts-as-not-applicable = not scored (n/a)
