# As linhas próprias dos comandos na saída de erros: resumos, avisos sobre resultados que não
# são definitivos e barras de progresso.

app-warning = aviso
app-help = ajuda

app-checked = { $files ->
    [one] { $files } arquivo verificado
   *[other] { $files } arquivos verificados
}: { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
app-checked-unusable = { $count ->
    [one] ({ $count } arquivo não pode ser usado até ser corrigido)
   *[other] ({ $count } arquivos não podem ser usados até serem corrigidos)
}

app-unanswered = { $unanswered ->
    [one] { $unanswered } de { $total } perguntas está sem resposta
   *[other] { $unanswered } de { $total } perguntas estão sem resposta
}: os resultados são um rascunho
    .help = as perguntas sem resposta contam como o estágio mais baixo; responda-as ou marque-as como "n/a", com notas
app-pillar-all-na = todas as perguntas do pilar `{ $pillar }` são n/a; por isso, ele é pontuado no estágio mais baixo
    .help = responda a pelo menos uma pergunta do pilar
app-more-warned = { $count ->
    [one] mais { $count } arquivo tem perguntas sem resposta ou pilares com todas as respostas n/a
   *[other] mais { $count } arquivos têm perguntas sem resposta ou pilares com todas as respostas n/a
}
    .help = execute `cyberassess check` na pasta para ver todos
app-future-date = assessed_on { $date } fica { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} depois de hoje ({ $today })
    .help = escreva a data em que a avaliação foi feita
app-tie = { $count } avaliações de { $country } estão { $date }; foi mantido { $kept } (o último na ordem dos caminhos) e deixado de fora o restante: { $left }
    .help = dê a cada uma seu próprio assessed_on, ou tire os rascunhos da pasta
app-tie-dated = datadas de { $date }
app-tie-undated = sem data

app-compare-option-not-for-format = { $option } não se aplica a { $format }: escolhe { $chooses }, e { $format } sempre tem { $has }
    .help = retire { $option }, ou use --format table ou --format markdown
app-compare-top-chooses = quantas perguntas e próximos passos cada comparação lista
app-compare-detail-chooses = se cada pergunta que mudou é listada, com o que seus estágios significam
app-compare-json-has = todas as perguntas de cada comparação, com sua mudança
app-compare-csv-has = uma linha por pilar e uma linha geral, sem perguntas nem próximos passos

app-summary = { $verb ->
    [scored] Pontuados
    [reported] Relatórios gerados para
   *[read] Lidos
} { $done } de { $files ->
    [one] { $files } arquivo
   *[other] { $files } arquivos
}
app-summary-skipped = ; ignorados { $what }
app-summary-and = { $first } e { $second }
app-summary-questionnaires = { $count ->
    [one] { $count } arquivo de questionário
   *[other] { $count } arquivos de questionário
}
app-summary-translations = { $count ->
    [one] { $count } tradução
   *[other] { $count } traduções
}
app-summary-not-latest = { $count ->
    [one] ; deixada de fora { $count } avaliação que não é a mais recente de seu país (--latest)
   *[other] ; deixadas de fora { $count } avaliações que não são as mais recentes de seu país (--latest)
}
app-summary-failed = { $count ->
    [one] ; { $count } falhou
   *[other] ; { $count } falharam
}
app-summary-unreadable = { $count ->
    [one] ; { $count } local em pastas não pôde ser lido
   *[other] ; { $count } locais em pastas não puderam ser lidos
}
app-summary-see-above = { " " }(veja acima)
app-summary-latest-among-loaded = ; --latest escolheu entre os arquivos que foram carregados
app-summary-fail-fast = ; parou na primeira falha (--fail-fast)

app-progress-reading = Lendo
app-progress-scoring = Pontuando
app-progress-writing-reports = Gerando relatórios
app-progress-left = restantes
# The progress bar of `compare FOLDER -f json|csv`.
app-progress-comparing = Comparando
app-wrote-report = { $file } gravado ({ $size } KB)
app-wrote-reports = { $count ->
    [one] { $count } relatório gravado em { $folder }
   *[other] { $count } relatórios gravados em { $folder }
}
app-wrote-cohort = relatório de coorte gravado: { $file }
