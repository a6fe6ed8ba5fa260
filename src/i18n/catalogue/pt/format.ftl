# Palavras comuns às tabelas, ao Markdown e aos relatórios.

summary-pillar = Pilar
summary-stage = Estágio
summary-level = Nível
summary-score = Pontuação
summary-target = Meta
summary-gap = Lacuna
summary-answered = Respondidas
summary-overall = Geral
summary-answered-with-na = { $answered }/{ $total } ({ $na } n/a)

heading = { $country } · avaliado em { $date } · { $questionnaire } { $version } ({ $method ->
    [weighted-mean] média ponderada
    [gated] por patamares
   *[other] { $method }
})
heading-no-country = (sem país)
date-undated = sem data

status-consensus-of = { $count ->
    [one] consenso de { $count } participante
   *[other] consenso de { $count } participantes
}
status-validated-consensus-of = { $count ->
    [one] validado, consenso de { $count } participante
   *[other] validado, consenso de { $count } participantes
}
status-name = { $status ->
    [draft] rascunho
    [self-assessed] autoavaliado
    [consensus] consenso
   *[validated] validado
}

answer-indicator = { $value ->
    [yes] sim
    [partly] em parte
   *[no] não
}
answer-not-applicable = n/a
answer-unanswered = sem resposta

counts-as-level = nível { $number }
counts-as-met = atendido
counts-as-half = metade (não atendido)
counts-as-not-met = não atendido
counts-as-not-applicable = não pontuado (n/a)
