# Mots communs aux tableaux, au Markdown et aux rapports.

summary-pillar = Pilier
summary-stage = Stade
summary-level = Niveau
summary-score = Score
summary-target = Cible
summary-gap = Écart
summary-answered = Réponses
summary-overall = Ensemble
summary-answered-with-na = { $answered }/{ $total } ({ $na } s.o.)

heading = { $country } · évalué le { $date } · { $questionnaire } { $version } ({ $method ->
    [weighted-mean] moyenne pondérée
    [gated] par seuils
   *[other] { $method }
})
heading-no-country = (pays non indiqué)
date-undated = non daté

status-consensus-of = { $count ->
    [one] consensus de { $count } répondant
   *[other] consensus de { $count } répondants
}
status-validated-consensus-of = { $count ->
    [one] validé, consensus de { $count } répondant
   *[other] validé, consensus de { $count } répondants
}
status-name = { $status ->
    [draft] brouillon
    [self-assessed] autoévalué
    [consensus] consensus
   *[validated] validé
}

answer-indicator = { $value ->
    [yes] oui
    [partly] en partie
   *[no] non
}
answer-not-applicable = s.o.
answer-unanswered = sans réponse

counts-as-level = niveau { $number }
counts-as-met = atteint
counts-as-half = à moitié (non atteint)
counts-as-not-met = non atteint
counts-as-not-applicable = non noté (s.o.)
