# Les lignes propres aux commandes sur la sortie d'erreur : bilans, avertissements sur des
# résultats non définitifs et barres de progression.

app-warning = avertissement
app-help = aide

app-checked = { $files ->
    [one] { $files } fichier vérifié
   *[other] { $files } fichiers vérifiés
} : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
app-checked-unusable = { $count ->
    [one] ({ $count } fichier inutilisable tant qu'il n'est pas corrigé)
   *[other] ({ $count } fichiers inutilisables tant qu'ils ne sont pas corrigés)
}

app-unanswered = { $unanswered ->
        [one] { $unanswered } question sur { $total } est sans réponse : les résultats sont un brouillon
       *[other] { $unanswered } questions sur { $total } sont sans réponse : les résultats sont un brouillon
    }
    .help = les questions sans réponse comptent comme le stade le plus bas ; répondez-y ou marquez-les "n/a" avec des notes
app-pillar-all-na = toutes les questions du pilier `{ $pillar }` sont sans objet (n/a) ; il est donc noté au stade le plus bas
    .help = répondez à au moins une question du pilier
app-more-warned = { $count ->
    [one] { $count } autre fichier a des questions sans réponse ou des piliers entièrement sans objet
   *[other] { $count } autres fichiers ont des questions sans réponse ou des piliers entièrement sans objet
}
    .help = lancez `cyberassess check` sur le dossier pour les voir tous
app-future-date = assessed_on { $date } se situe { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après la date du jour ({ $today })
    .help = écrivez la date à laquelle l'évaluation a été réalisée
app-tie = { $count } évaluations de { $country } sont { $date } ; le fichier retenu est { $kept } (le dernier dans l'ordre des chemins), et non { $left }
    .help = donnez à chacune sa propre date assessed_on, ou retirez les brouillons du dossier
app-tie-dated = datées du { $date }
app-tie-undated = sans date

app-compare-option-not-for-format = { $option } ne peut pas s'appliquer à { $format } : l'option choisit { $chooses }, et { $format } contient toujours { $has }
    .help = retirez { $option }, ou utilisez --format table ou --format markdown
app-compare-top-chooses = combien de questions et de prochaines étapes chaque comparaison énumère
app-compare-detail-chooses = si chaque question ayant évolué est énumérée, avec ce que signifient ses stades
app-compare-json-has = chaque question de chaque comparaison, avec son évolution
app-compare-csv-has = une ligne par pilier et une ligne d'ensemble, sans questions ni prochaines étapes

app-summary = { $verb ->
    [scored] Scores calculés pour
    [reported] Rapports produits pour
   *[read] Lecture effectuée pour
} { $done } sur { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}
app-summary-skipped =  ; ignorés : { $what }
app-summary-and = { $first } et { $second }
app-summary-questionnaires = { $count ->
    [one] { $count } fichier de questionnaire
   *[other] { $count } fichiers de questionnaire
}
app-summary-translations = { $count ->
    [one] { $count } traduction
   *[other] { $count } traductions
}
app-summary-not-latest = { $count ->
    [one] ; { $count } évaluation écartée car elle n'est pas la plus récente de son pays (--latest)
   *[other] ; { $count } évaluations écartées car elles ne sont pas les plus récentes de leur pays (--latest)
}
app-summary-failed =  ; { $count } en échec
app-summary-unreadable = { $count ->
    [one] ; { $count } emplacement dans les dossiers n'a pas pu être lu
   *[other] ; { $count } emplacements dans les dossiers n'ont pas pu être lus
}
app-summary-see-above = { " " }(voir ci-dessus)
app-summary-latest-among-loaded =  ; --latest a choisi parmi les fichiers chargés
app-summary-fail-fast =  ; arrêt au premier échec (--fail-fast)

app-progress-reading = Lecture
app-progress-scoring = Calcul des scores
app-progress-writing-reports = Écriture des rapports
app-progress-left = restant
# The progress bar of `compare FOLDER -f json|csv`.
app-progress-comparing = Comparaison
app-wrote-report = { $file } écrit ({ $size } Ko)
app-wrote-reports = { $count ->
    [one] { $count } rapport écrit dans { $folder }
   *[other] { $count } rapports écrits dans { $folder }
}
app-wrote-cohort = rapport de cohorte écrit : { $file }
