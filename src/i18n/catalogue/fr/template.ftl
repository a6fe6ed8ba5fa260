# Les commentaires d'un modèle de réponses (`template`). Les valeurs de réponse ("yes",
# "n/a", les identifiants de stade) et les clés ne se traduisent pas.

template-title = Réponses à { $title } ({ $questionnaire }), à remplir avec n'importe quel éditeur de texte.
template-how = Comment le remplir :
template-how-assessment = - Sous [assessment], indiquez le pays, la date et qui répond.
template-how-answer = - Chaque question ci-dessous est un bloc de commentaires (lignes commençant par #) suivi de sa ligne de réponse, telle que { $first } = "". Écrivez entre les guillemets l'une des réponses énumérées au-dessus de cette ligne, par exemple { $first } = "{ $example }". Laissez les guillemets vides tant que vous ne connaissez pas la réponse.
template-how-not-applicable = - Répondez "{ $na }" (sans objet) uniquement lorsqu'une question ne s'applique pas, et indiquez pourquoi. Pour ajouter des notes ou des justificatifs, remplacez "" par une table, par exemple : { $first } = {"{"} answer = "{ $na }", notes = "Pourquoi elle ne s'applique pas", evidence = ["https://..."] {"}"}
template-how-check = - Vérifiez le fichier avec : cyberassess check FICHIER. Calculez le score avec : cyberassess score FICHIER.
template-how-fill = - Ou répondez aux questions une à une dans un terminal : cyberassess fill FICHIER.
template-carried = { $count ->
    [one] - { $count } réponse a été reprise des réponses à { $from }. Elle porte la note "Reprise de ... : à relire." Vérifiez-la au regard des réponses énumérées au-dessus d'elle (la question a pu être reformulée), puis supprimez cette ligne de note. `cyberassess fill FICHIER` vous la présente.
   *[other] - { $count } réponses ont été reprises des réponses à { $from }. Chacune porte la note "Reprise de ... : à relire." Vérifiez chacune d'elles au regard des réponses énumérées au-dessus d'elle (la question a pu être reformulée), puis supprimez cette ligne de note. `cyberassess fill FICHIER` vous les présente une à une.
}

template-country = Le pays (ou l'organisation) évalué, entre les guillemets.
template-date = La date de l'évaluation, au format année-mois-jour : écrivez-la et supprimez le # au début de la ligne suivante.
template-assessors = Qui répond : noms ou organisations, chacun entre guillemets, séparés par des virgules, par exemple ["Ministère des TIC", "CSIRT national"].
template-target = Le stade visé, qui sert à indiquer l'écart et les prochaines étapes : { $stages }.
template-marking = Conditions de diffusion du fichier et de ses rapports.

template-pillar = Pilier { $number } sur { $total } : { $name }
template-question = Question { $number } sur { $total } ({ $pillar }, question { $index } sur { $count })
template-help = Aide : { $text }
template-evidence = Justificatifs à citer : { $text }
template-choice-answers = Réponses (le stade le plus élevé dont toute la description est vérifiée) :
template-option-evidence = Justificatifs pour ce stade : { $text }
template-not-applicable = Sans objet : indiquez pourquoi dans les notes (voir le début du fichier)
template-indicator = Nécessaire pour atteindre le stade { $stage }. Réponses : "yes" (oui, entièrement en place), "partly" (en partie : lancé, ou en place seulement en partie), "no" (non, pas en place) ou "{ $na }" (sans objet ; indiquez pourquoi dans les notes).
template-glossary = Glossaire : les termes employés dans les questions ci-dessus.

template-review-note = Reprise de { $from } `{ $question }` : à relire.

template-merged-header =
    Réponses à { $title } ({ $questionnaire }){ $respondents ->
        [0] {""}
        [one] , fusionnées à partir de { $respondents } répondant
       *[other] , fusionnées à partir de { $respondents } répondants
    }.
    Chaque question conserve ce que chaque répondant a répondu, dans ses sections [[answers.ID.respondents]] ;
    disputed = true signale une question sur laquelle les répondants ne sont pas encore d'accord.
