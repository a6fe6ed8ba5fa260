# Why two assessments cannot be compared: the reason shown after "… cannot be compared:" by
# compare, compare FOLDER and report --baseline. Questionnaires are named by their id.

compare-other-questionnaires = the assessments answer different questionnaires ({ $old } and { $new })
# A questionnaire has at least 2 stages; the noun follows the second number.
compare-other-stage-scales = the questionnaires have { $old } and { $new } { $new ->
    [one] stage
   *[other] stages
}, so their levels cannot be compared
