# The comments of an answers template (`template`): how to fill it in, and the words around
# each question. The answer values (`"yes"`, `"n/a"`, stage ids) and the keys stay the same in
# every language. Each message is one paragraph: the template wraps it to its width.

template-title = Answers to { $title } ({ $questionnaire }), to fill in with any text editor.
template-how = How to fill it in:
template-how-assessment = - Under [assessment], write the country, the date and who answers.
# $first is the first question's id, $example an answer it accepts.
template-how-answer = - Each question below is a block of comments (lines starting with #) followed by its answer line, such as { $first } = "". Write one of the answers listed above it between the quotes, for example { $first } = "{ $example }". Leave the quotes empty while you do not know the answer.
# $na is the answer "n/a", which stays the same in every language.
template-how-not-applicable = - Answer "{ $na }" only when a question does not apply, and say why. To add notes or evidence, replace "" with a table, for example: { $first } = {"{"} answer = "{ $na }", notes = "Why it does not apply", evidence = ["https://..."] {"}"}
template-how-check = - Check the file with: cyberassess check FILE. Score it with: cyberassess score FILE.
template-how-fill = - Or answer the questions one by one in a terminal: cyberassess fill FILE.
# $from names the questionnaire and version of the older answers file.
template-carried = { $count ->
    [one] - { $count } answer was carried over from answers to { $from }. It has the note "Carried over from ...: review." Check it against the answers listed above it (the question may be worded differently now), then delete that note line. `cyberassess fill FILE` shows it to you.
   *[other] - { $count } answers were carried over from answers to { $from }. Each has the note "Carried over from ...: review." Check each against the answers listed above it (the question may be worded differently now), then delete that note line. `cyberassess fill FILE` shows them to you one by one.
}

template-country = The country (or organisation) assessed, between the quotes.
template-date = The date of the assessment, year-month-day: write it and remove the # at the start of the next line.
template-assessors = Who answers: names or organisations, each in quotes, separated by commas, for example ["Ministry of ICT", "National CERT"].
# $stages lists the stage ids, each in quotes.
template-target = The stage you aim for, used to show the gap and the next steps: { $stages }.
template-marking = How the file and its reports may be shared.

template-pillar = Pillar { $number } of { $total }: { $name }
template-question = Question { $number } of { $total } ({ $pillar }, question { $index } of { $count })
template-help = Help: { $text }
template-evidence = Evidence to cite: { $text }
template-choice-answers = Answers (the highest stage whose whole description holds):
template-option-evidence = Evidence for this stage: { $text }
template-not-applicable = Not applicable: say why in notes (see the top of the file)
template-indicator = Needed to reach the { $stage } stage. Answers: "yes" (fully in place), "partly" (started, or in place only in part), "no" (not in place), or "{ $na }" (say why in notes).
template-glossary = Glossary: the terms used in the questions above.

# The first notes line of an answer carried over from an older answers file, asking for its
# review: $from is the old questionnaire and version, $question the old question's id. The tool
# recognises this line in every language, so a file keeps working whatever language it was
# started in: keep { $from } and `{ $question }` in it.
template-review-note = Carried over from { $from } `{ $question }`: review.

# The comment at the top of a consensus written by `merge`, one line each; "# " is put before
# every line. $respondents is 0 when no respondent is recorded.
template-merged-header =
    Answers to { $title } ({ $questionnaire }){ $respondents ->
        [0] {""}
       *[other] , merged from { $respondents } respondents
    }.
    Each question keeps what every respondent answered, in its [[answers.ID.respondents]] sections;
    disputed = true marks a question the respondents do not agree on yet.
