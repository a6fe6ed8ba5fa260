# Palabras comunes a todas las partes de la herramienta.

language-name = { $code ->
    [es] Español
    [fr] Français
    [pt] Português
   *[en] English
}

files = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
