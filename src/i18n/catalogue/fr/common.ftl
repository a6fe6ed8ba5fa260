# Mots communs à toutes les parties de l'outil.

language-name = { $code ->
    [es] Español
    [fr] Français
    [pt] Português
   *[en] English
}

files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
