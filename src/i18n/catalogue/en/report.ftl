# The single assessment's report (PDF, Word and Markdown): cover, sections, charts, headers and
# footers. Stage, pillar and question texts come from the questionnaire; numbers arrive already
# written the local way.

## Every page and the document's properties

# The header of every page: "Exampleland · Cyber security maturity self-assessment".
report-running-title = { $country } · Cyber security maturity self-assessment
report-no-country = (no country given)
# The document's title when the answers file names no country.
report-info-assessment = Assessment
report-info-subject = Cyber security maturity self-assessment against { $questionnaire }
report-keyword-cyber-security = cyber security
report-keyword-maturity = maturity assessment
# Above the header of every page while questions are unanswered. English keeps one form.
report-draft = Draft: { $unanswered } of { $total } questions unanswered
# The footer of every page.
report-page = page { $page } of { $count }
# A section's heading repeated at the top of the pages it runs on to.
report-continued = { $heading } (continued)
report-contents = Contents

## The cover

report-cover-kicker = SELF-ASSESSMENT REPORT
report-assessed = Assessed { $date }
report-overall-label = OVERALL STAGE
report-overall-detail = Level { $level } · score { $score } · target { $target } · gap { $gap }
report-overall-draft = { $draft }; the figures are not final.
report-fact-country = Country
report-fact-assessed = Assessed
report-fact-assessors = Assessors
report-fact-questionnaire = Questionnaire
report-fact-scoring = Scoring
report-fact-marking = Marking
report-fact-status = Status
report-fact-baseline = Baseline
report-marking-none = none
report-assessors-not-named = not named
# How pillars and the overall result are scored: the questionnaire's [scoring] settings.
report-scoring = pillars: { $pillars }; overall: { $overall }
report-scoring-method = { $method ->
    [gated] gated
    [minimum] minimum
   *[weighted-mean] weighted-mean
}
# The last line of a cover too short to list every assessor.
report-assessors-more = { $shown ->
    [0] { $rest } assessors, listed with the method
   *[other] and { $rest } more, listed with the method
}
report-credit = Produced with cyberassess { $version }. The method and the fingerprints of the questionnaire and answers files are on the last page.
# $fields: what --redact leaves out (both, notes or evidence).
report-redacted = { $fields ->
    [both] Redacted edition: the assessors' notes and evidence are left out of this report, for sharing outside government. The scores are unchanged.
    [notes] Redacted edition: the assessors' notes are left out of this report, for sharing outside government. The scores are unchanged.
   *[evidence] Redacted edition: the evidence is left out of this report, for sharing outside government. The scores are unchanged.
}

## Summary and priorities

report-summary = Summary
report-summary-lead = { $country } is at the { $stage } stage overall (level { $level }, score { $score }), against a target of { $target }. { $met } of { $pillars } pillars meet their target. { $answered } of { $total } questions were answered{ $na ->
        [0] .
        [1] , one of them as not applicable.
       *[other] , { $na } of them as not applicable.
    }
report-figure-bars = Level by pillar
report-figure-radar = Pillars at a glance
report-priorities = Priorities
report-priorities-none = No next steps: every pillar has reached its target.
report-priorities-none-listed = { $count } next steps were found; this report was asked to list none here. Each pillar section below gives the next step for each of its questions.
report-priorities-intro = The { $shown } most urgent of { $count } next steps: those leading to the lowest stage come first, then those with the most weight. Each pillar section gives the next step for each of its questions.
report-column-rank = #
report-column-question = Question
report-column-from-to = From → to
report-column-action = Action
report-column-before = Before
report-column-now = Now
report-unanswered-mark = (unanswered)

## Pillar sections

# Under a question: "gov-1 · weight 1.5 · counts as level 2".
report-question-meta = { $id } · weight { $weight } · counts as { $counts }
report-detail-answer = Answer
report-detail-shown-by = Shown by
report-detail-evidence = Evidence
report-detail-notes = Notes
report-detail-next-step = Next step
# "Partly — a requirement of the Established stage".
report-answer-requirement = { $answer } — a requirement of the { $stage } stage
report-answer-not-applicable = Not applicable — left out of the score
report-answer-missing-level = Not answered — counts as { $stage } (level { $level })
report-answer-missing-not-met = Not answered — counts as not met
report-next-step = { $action } (priority { $rank } · { $from } → { $to })

## A consensus of several respondents

report-consensus-agreed = The { $respondents ->
        [one] { $respondents } respondent
       *[other] { $respondents } respondents
    } agreed on every question.
report-consensus-settled = The { $respondents ->
        [one] { $respondents } respondent
       *[other] { $respondents } respondents
    } answered { $differed ->
        [one] { $differed } question
       *[other] { $differed } questions
    } differently; all are settled.
report-consensus-disputed = The { $respondents ->
        [one] { $respondents } respondent
       *[other] { $respondents } respondents
    } answered { $differed ->
        [one] { $differed } question
       *[other] { $differed } questions
    } differently; { $disputed } of them { $disputed ->
        [one] remains disputed, counted at their provisional answer until the workshop settles it.
       *[other] remain disputed, counted at their provisional answer until the workshop settles them.
    }
report-respondents = Respondents
report-respondents-intro = This assessment is the consensus of { $respondents ->
        [one] { $respondents } respondent
       *[other] { $respondents } respondents
    }. They answered { $differed ->
        [one] { $differed } question
       *[other] { $differed } questions
    } differently, and { $disputed ->
        [one] { $disputed } is
       *[other] { $disputed } are
    } still disputed. In each pillar section, a question the respondents answered differently shows who answered what: each respondent by the number below, in the column of the answer they gave. The line under it gives the agreed answer, or says that the question is still disputed and which provisional answer counts in the score.
# The columns of an indicator's strip of answers.
report-strip-no = No
report-strip-partly = Partly
report-strip-yes = Yes
report-strip-intro = Who answered what (respondents by their number under Respondents):
report-agreed = Agreed answer: { $answer }.
report-settled-unanswered = Settled: left unanswered.
report-disputed-unanswered = Still disputed: left unanswered until the workshop settles it, so it counts as not answered.
report-disputed-provisional = Still disputed: counted as { $answer } for now, { $rule ->
        [lowest] the lowest answer given
        [median] the lower median of the answers given
       *[written] the answer written in the file
    }, until the workshop settles it.

## Glossary and method

report-glossary = Glossary
report-glossary-intro = The terms used in the questions of { $title } ({ $questionnaire }), in plain words.
report-method = Method
report-method-contents = Method and verification
report-method-stages = { $title } ({ $id } { $version }) describes { $count } stages of maturity, from { $first } (1) to { $last } ({ $count }):
report-method-computed = How the results were computed
report-method-assessors = { $count ->
        [1] The assessor
       *[other] The { $count } assessors
    }
report-verification = Verification
report-verification-intro = SHA-256 fingerprints of the { $files ->
        [3] three
       *[2] two
    } files this report was made from, as the sha256sum tool computes them for UTF-8 files without a byte-order mark. With the same files, cyberassess { $version } produces this report again byte for byte.
report-fingerprint-questionnaire = Questionnaire
report-fingerprint-answers = Answers
report-fingerprint-baseline = Baseline
report-verification-redacted = This edition was produced with --redact: the { $fields ->
        [both] notes and evidence
        [notes] notes
       *[evidence] evidence
    } in the answers file are left out; the fingerprint is that of the complete answers file.
# $steps is the number of steps between the lowest and the highest stage; $zero and $full are
# "0%" and "100%" written the local way.
report-method-weighted-mean = Pillars are scored by weighted mean. Each question is answered with the stage description that fits best, and counts as that stage's number (1 to { $count }). A pillar's level is the mean of its questions' numbers, weighted by question weight; its stage is the whole part of the level, and its score is the level as progress from { $zero } at { $first } to { $full } at { $last }: (level − 1) ÷ { $steps } × 100.
report-method-gated = Pillars are scored by gates. A pillar reaches a stage when every question is at that stage or above and every yes/partly/no requirement of that stage and of each lower stage is met, and no higher than the highest stage one of its questions is a requirement of (a chosen stage is one of every stage); its level is that stage's number. Its score shows progress within the scale: the weighted mean of each question's progress, where a chosen stage counts as (number − 1) ÷ { $steps } and a requirement counts 1 when met, ½ when partly met and 0 when not.
report-method-indicators = Yes/partly/no requirements count in the weights and add 1, ½ or 0 of progress.
report-method-unanswered = Unanswered questions count as { $first } (or as not met), so gaps in the evidence show in the score. Questions answered “not applicable” are left out of every sum; a pillar whose questions are all not applicable is at { $first }.
report-method-overall-mean = The overall level and score are the means of the pillar levels and scores weighted by pillar weight ({ $weights }); the overall stage is the whole part of the overall level.
report-method-overall-minimum = The overall result is that of the weakest pillar (the lowest level, then the lowest score, then the first in questionnaire order): a strategy is only as mature as its weakest pillar.
report-method-targets = Targets come from the answers file: a target per pillar where given, otherwise the assessment's target, otherwise the questionnaire's default ({ $stage }). The gap is the target stage's number minus the level, when positive.
report-method-next-steps = Next steps: every question below its pillar's target contributes the action written for its current stage. They are ranked by the stage they lead to (lowest first), then by question weight × pillar weight (highest first), then in questionnaire order. Figures are rounded to agree with the stages: levels down and gaps up to one decimal, scores down to a whole percent.

## Progress since a baseline

report-progress = Progress since { $date }
report-progress-figure = Level by pillar, before and now
report-progress-by-pillar = Change by pillar
report-progress-moved = Questions that moved
report-progress-done = Next steps done since { $date } ({ $count })
report-progress-none-done = None of the baseline's next steps has been reached yet.
report-progress-open = { $open ->
        [one] { $open } next step of this assessment is listed under Priorities (at most { $top }).
       *[other] { $open } next steps of this assessment are listed under Priorities (at most { $top }).
    }
report-progress-lead = Since the assessment of { $date }, the overall level went from { $from } to { $to } ({ $change }). Of { $compared ->
        [1] the one pillar compared
       *[other] the { $compared } pillars compared
    }, { $up } rose and { $down } fell; { $done ->
        [one] { $done } next step of the baseline has been reached.
       *[other] { $done } next steps of the baseline have been reached.
    }

## Charts

report-chart-level = Level reached (value printed)
report-chart-target = Target stage
report-chart-baseline = Baseline level
report-chart-now = Level now (values printed: before → now)
