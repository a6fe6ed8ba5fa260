# Palabras comunes a las tablas, Markdown y los informes.

summary-pillar = Pilar
summary-stage = Etapa
summary-level = Nivel
summary-score = Puntuación
summary-target = Meta
summary-gap = Brecha
summary-answered = Respondidas
summary-overall = General
summary-answered-with-na = { $answered }/{ $total } ({ $na } n/a)

heading = { $country } · evaluado el { $date } · { $questionnaire } { $version } ({ $method ->
    [weighted-mean] media ponderada
    [gated] por umbrales
   *[other] { $method }
})
heading-no-country = (sin país)
date-undated = sin fecha

status-consensus-of = { $count ->
    [one] consenso de { $count } participante
   *[other] consenso de { $count } participantes
}
status-validated-consensus-of = { $count ->
    [one] validado, consenso de { $count } participante
   *[other] validado, consenso de { $count } participantes
}
status-name = { $status ->
    [draft] borrador
    [self-assessed] autoevaluado
    [consensus] consenso
   *[validated] validado
}

answer-indicator = { $value ->
    [yes] sí
    [partly] parcialmente
   *[no] no
}
answer-not-applicable = n/a
answer-unanswered = sin respuesta

counts-as-level = nivel { $number }
counts-as-met = cumplido
counts-as-half = a medias (no cumplido)
counts-as-not-met = no cumplido
counts-as-not-applicable = sin puntuar (n/a)
