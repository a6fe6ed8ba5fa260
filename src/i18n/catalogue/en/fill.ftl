# The words of `fill`: the question screens, their lists and keys, the details, evidence and
# notes, the targets, and what is said when it stops.

# The progress line above each question: the pillar's answered count and the overall one.
fill-progress = { $pillar } { $done }/{ $of } · { $answered }/{ $total } answered
fill-progress-disputed = { $count } disputed

# The answers of a yes / partly / no question; .key chooses it on the screen.
fill-answer-yes = Yes
    .text = Fully in place.
    .key = y
fill-answer-partly = Partly
    .text = Started, or in place only in part.
    .key = p
fill-answer-no = No
    .text = Not in place.
    .key = n
fill-not-applicable = Not applicable
    .text = It does not apply here; you will be asked why.
fill-leave-disputed = Leave it disputed
    .text = No agreement yet: the question stays disputed, with its provisional answer.
fill-skip = Skip for now
fill-clear = Clear the answer
    .text = The question is unanswered again; its evidence and notes go too.
fill-back = Back to the previous question
fill-save-and-quit = Save and quit

# The list of a question on the terminal.
fill-help-entry = Show the help and the evidence to cite
fill-help-shown = (help below)
fill-current = (current)
fill-needed-for = (needed to reach the { $stage } stage)
fill-carried-check = ({ $note } Is the preselected answer still right?)
fill-respondent-evidence = evidence { $evidence }.
fill-respondent-notes = Notes: { $notes }
# The line under a question's list, without keys and with them: $keys is "1-5" or "y/p/n".
fill-keys-help = Up/Down, then Enter · type to search · Esc saves and stops
fill-keys-help-with = { $keys } or Up/Down, then Enter · type to search · Esc saves and stops
fill-list-help = Up/Down to move, Enter to choose, Esc to save and stop
fill-stopped = (stopped)
fill-type-an-answer = Please type an answer (Esc to save and stop).

# The help entry of a question.
fill-help = Help: { $text }
fill-evidence-to-cite = Evidence to cite: { $text }
fill-evidence-for-stage = Evidence for { $stage }: { $text }

# Confirmations, once saved.
fill-saved = Saved: { $what }
fill-saved-because = Saved: { $answer }, because { $why }
fill-saved-agreed = Saved: { $answer }, agreed (no longer disputed)
fill-saved-agreed-because = Saved: { $answer }, agreed (no longer disputed), because { $why }
fill-saved-removed = Saved: "{ $line }" is removed
fill-saved-notes-removed = Saved: the notes are removed
fill-saved-cleared = Saved: the answer to { $id } is cleared; the question is unanswered.

# Answering a question: n/a asks why, then evidence and notes are offered.
fill-why-not-applicable = Why does this question not apply? (required for "not applicable")
fill-why-needed = Please say in a few words why it does not apply.
fill-keep-evidence = Keep the evidence and notes as they are
fill-change-evidence = Change the evidence or notes
fill-no-evidence = No, go on to the next question
fill-add-evidence = Add evidence or notes
fill-add-evidence-question = Add evidence or notes?
fill-given-so-far = Evidence and notes given so far:
fill-notes-given = Notes: { $notes }
fill-notes = Notes (optional)
fill-enter-keeps-text = Enter keeps the text shown
fill-enter-skips = Enter to skip
fill-evidence-intro = Evidence: one link or document reference per line
fill-evidence-keep = Enter keeps it; delete the text to remove it
fill-evidence-done = Enter on an empty line when done

# The assessment details.
fill-new-file = { $count ->
    [one] New answers file { $file } for { $title } ({ $count } question in { $pillars } pillars). First, the assessment details.
   *[other] New answers file { $file } for { $title } ({ $count } questions in { $pillars } pillars). First, the assessment details.
}
fill-details-missing = The assessment details of { $file } are not all filled in yet; first, the details.
fill-ask-country = Which country (or organisation) is assessed?
fill-keep-country = Enter keeps the country of the older answers file
fill-country-needed = Please type the name of the country or organisation.
fill-ask-assessors = Who is answering? Names or organisations, separated by semicolons (;)
fill-keep-names = Enter keeps the names shown
fill-leave-empty = Enter to leave it empty
fill-no-one-named = no one named
fill-ask-date = Date of the assessment (year-month-day)
fill-keep-today = Enter keeps today's date; typing replaces it
fill-not-a-date = "{ $text }" is not a date; write it like { $today }.
fill-ask-target = Which stage do you aim for? The gap to this target is shown for each pillar.
fill-saved-target = target { $stage }
fill-details-saved = The details are saved in { $file }. Now the { $total } questions, pillar by pillar. Every answer is saved as soon as you give it; press Esc to stop at any time.
fill-details-saved-carried = { $count ->
    [one] The details are saved in { $file }. Now the { $total } questions, pillar by pillar. Every answer is saved as soon as you give it; press Esc to stop at any time. { $count } answer was carried over and is marked for review: it is shown with its answer preselected, among the questions still to answer.
   *[other] The details are saved in { $file }. Now the { $total } questions, pillar by pillar. Every answer is saved as soon as you give it; press Esc to stop at any time. { $count } answers were carried over and are marked for review: each is shown with its answer preselected, among the questions still to answer.
}

# Where the walk starts, and the pillars.
fill-reviewing = Reviewing all { $total } questions ({ $answered } answered). The current answer is preselected and marked "current": press Enter to keep it.
fill-disputed-intro = { $disputed } of { $total } questions are disputed. Each is shown with every respondent's answer: choose the agreed answer, or leave it disputed.
fill-none-disputed = No question of { $file } is disputed.
fill-all-answered-already = All { $total } questions are already answered. To change answers, run the same command with --review.
fill-starting = { $answered } of { $total } answered; starting at { $pillar }, question { $number }.
fill-resuming = { $answered } of { $total } answered; resuming at { $pillar }, question { $number }.
fill-resuming-review = { $answered } of { $total } answered ({ $review } carried over from an older version, shown again for review); resuming at { $pillar }, question { $number }.
fill-first-question = This is the first question; there is none before it.
fill-pillar = { $count ->
    [one] Pillar { $number } of { $total }: { $name } ({ $count } question)
   *[other] Pillar { $number } of { $total }: { $name } ({ $count } questions)
}

# The end of the questions.
fill-all-settled = Every disputed question is settled now.
fill-still-disputed = { $disputed } of { $total } questions are still disputed; they keep their provisional answer until the workshop agrees.
fill-all-answered = All { $total } questions are answered.
fill-not-reviewed = { $review } answers carried over from an older version are not reviewed yet. They count as they are; each keeps its review note until you answer it again.
fill-unanswered = { $missing } of { $total } questions are still unanswered. Until they are answered they count as the lowest stage.
fill-unanswered-not-reviewed = { $missing } of { $total } questions are still unanswered (they count as the lowest stage), and { $review } carried-over answers are not reviewed yet.
fill-go-through-again = Go through them again
fill-answer-now = Answer them now
fill-finish = Finish for now and show the scores

# The targets (`fill --targets`).
fill-targets-intro = The targets of { $file }: first the stage the whole assessment aims for, then each pillar's. The gap to its target is shown for each pillar.
fill-ask-overall-target = Which stage does the whole assessment aim for?
fill-saved-overall-target = Saved: overall target { $stage }
fill-same-as-overall = The overall target ({ $stage })
fill-ask-pillar-target = Pillar { $number } of { $total }: which stage does { $pillar } aim for?
fill-saved-pillar-target = Saved: { $pillar } aims for { $stage }
fill-saved-pillar-overall = Saved: { $pillar } takes the overall target ({ $stage })

# The command around the flow.
fill-no-terminal-file = `cyberassess fill` asks its questions in a terminal, and there is none here (the input or the error output is redirected). To answer without a terminal, edit { $file } in any text editor.
fill-no-terminal-file-disputed = `cyberassess fill` asks its questions in a terminal, and there is none here (the input or the error output is redirected). To answer without a terminal, edit { $file } in any text editor; to settle a disputed question there, write the agreed answer and remove its `disputed = true` line.
fill-no-terminal-new = `cyberassess fill` asks its questions in a terminal, and there is none here (the input or the error output is redirected). To answer without a terminal, write a file to fill in with any text editor: { $command }
fill-from-exists = { $file } already exists; --from starts a new file: name one that does not exist yet (to go on with { $file }, leave out --from { $from })
fill-has-problems = { $file } has the problems above; fix them in a text editor, then run `cyberassess fill { $file }` again.
fill-other-questionnaire = { $file } already answers { $answers }, not { $named }; leave out --questionnaire to continue it, or name a new file to start on { $named }
fill-stopped-in = stopped filling in { $file }
fill-resume-disputed = Saved to { $file }; { $disputed } of { $total } questions are still disputed. Resume with: cyberassess fill --disputed { $file }
fill-resume-targets = Saved to { $file }. Set the other targets with: cyberassess fill --targets { $file }
fill-resume = Saved { $answered } of { $total } answers to { $file }. Resume with: cyberassess fill { $file }
fill-nothing-saved = Stopped before the details were complete; nothing was saved.
fill-done = Answers saved in { $file }. Write the PDF report with: cyberassess report { $file }
fill-missing-disputed = { $file } does not exist; --disputed settles the disputed questions of a consensus made by `cyberassess merge`; name the consensus file
fill-missing-targets = { $file } does not exist; --targets sets the targets of an answers file that exists; start it first with `cyberassess fill FILE`
fill-not-a-consensus = { $file } is not a consensus: none of its questions keeps what each respondent answered, so there is nothing to settle. Make a consensus from the respondents' files first: cyberassess merge FILE1 FILE2 ... -o consensus.toml
fill-nothing-disputed = No question of { $file } is disputed: every answer is agreed. Score it with: cyberassess score { $file }

# The comment at the top of an answers file `fill` starts, one line each; "# " is put before
# every line.
fill-file-header =
    Answers to { $title } ({ $questionnaire }).
    Written by `cyberassess fill`: run it again on this file to continue, add --review
    to change answers, or edit the file in any text editor.
