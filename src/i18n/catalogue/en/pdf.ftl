# What the PDF renderer warns about while it draws a report (one assessment's or a cohort's),
# shown on the terminal after "warning: FILE:".

# $character is the character as written in the file, in quotes ('中'); $code its Unicode
# number in hexadecimal (4E2D); $replacement the sign drawn in its place (�).
pdf-missing-character = the character { $character } (U+{ $code }) is not in the report font; it is shown as { $replacement }
# $message is the PDF library's own description of the fault, in English.
pdf-writer-problem = PDF writer: { $message }
