# The questionnaire workbook (`template ID --format xlsx`) and what `import` reads back from it:
# the sheet names, details labels and answers must stay the same words in both.

## Sheets (names of at most 31 characters, without [ ] : * ? / \)
workbook-start-sheet = Start
workbook-lists-sheet = Answer lists

## The start sheet
workbook-questionnaire = Questionnaire { $questionnaire }
workbook-how = How to fill it in:
workbook-step-details = 1. Fill in the coloured cells below: the country, the date, who answers and the target.
workbook-step-answers = 2. Each pillar has its own sheet (the tabs at the bottom). For each question, pick your answer in the coloured Answer cell (the arrow shows the list); the next column says what it means. Pick the highest stage whose whole description holds.
workbook-step-not-applicable = 3. Answer { $na } only when a question does not apply, and say why in Notes. Write sources in the evidence column, one per line.
workbook-step-send = 4. Save the file as it is (.xlsx or .ods) and send it back. It is read with: cyberassess import FILE
workbook-protected = The sheets are protected so that rows cannot be sorted or deleted; only the coloured cells can be changed.
workbook-country = Country or organisation
workbook-date = Date of the assessment
# Shown when the date cell holds something else (at most 255 characters).
workbook-date-error = Type a date, such as 2026-03-14.
workbook-assessors = Who answers
workbook-assessors-help = Who answers: one name or organisation per line (Alt+Enter in Excel, Ctrl+Enter in LibreOffice starts a new line), or separated by semicolons.
workbook-target = Target stage
workbook-target-error = Pick a stage from the list.
workbook-marking = Handling label (optional)
workbook-stages = Stages, lowest first:

## A pillar sheet's columns
workbook-number = No.
workbook-question = Question
workbook-help = Help
workbook-evidence-to-cite = Evidence to cite
workbook-answer = Your answer
workbook-meaning = What your answer means
workbook-evidence = Your evidence (one per line)
workbook-notes = Notes
workbook-question-id = Question id
# The answer cell's error when something else is typed: a title of at most 32 characters, a
# message of at most 255.
workbook-not-an-answer = Not an answer
workbook-pick-an-answer = Pick an answer from the list.
# Shown in the meaning column for a typed answer that is not in the list (no double quotes).
workbook-not-an-answer-meaning = Not an answer: pick one from the list.

## What each answer means
workbook-means-yes = Met: counts towards { $stage }.
workbook-means-partly = Half met: half credit, not enough for { $stage }.
workbook-means-no = Not met: nothing towards { $stage }.
workbook-means-not-applicable = Does not apply: left out of the score. Say why in Notes.

## Printing: the page footer, with `&P` the page and `&N` the page count.
workbook-print-footer = Page { $page } of { $pages }
