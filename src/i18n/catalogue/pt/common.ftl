# Palavras comuns a todas as partes da ferramenta.

language-name = { $code ->
    [es] Español
    [fr] Français
    [pt] Português
   *[en] English
}

files = { $count ->
    [one] { $count } arquivo
   *[other] { $count } arquivos
}
