# Words shared by every part of the tool.

# The languages, each named in itself (lists of languages, `--lang`).
language-name = { $code ->
    [es] Español
    [fr] Français
    [pt] Português
   *[en] English
}

# A count of files, for summaries.
files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
