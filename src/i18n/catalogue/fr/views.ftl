# Les vues lues dans un terminal ou en Markdown : les tableaux de score, le tableau de la
# cohorte, compare, l'ordre du jour de merge et le plan d'action.

## score : une évaluation

views-explain-title = { $pillar } — comment le niveau a été obtenu
views-column-question = Question
views-column-answer = Réponse
views-column-counts-as = Compte comme
views-column-weight = Poids
views-column-rank = N°
views-column-pillar = Pilier
views-column-from-to = De → à
views-column-action = Mesure
views-no-next-steps = Aucune prochaine étape : chaque pilier a atteint sa cible.
views-next-steps-intro = Prochaines étapes ({ $shown } sur { $total }) :
views-next-steps-heading = Prochaines étapes ({ $shown } sur { $total })

## Le tableau de la cohorte

views-cohort-title = { $questionnaire } { $version } — { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}
views-cohort-country = Pays
views-cohort-assessed = Évalué le
views-cohort-median = Médiane
views-cohort-minimum = Minimum
views-cohort-maximum = Maximum

## compare

views-change-up = hausse de { $size }
views-change-down = baisse de { $size }
views-change-none = inchangé
views-change-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
views-change-stages = { $count ->
    [one] { $count } stade
   *[other] { $count } stades
}
views-compare-before = Avant
views-compare-now = Maintenant
views-compare-level = Niveau
views-compare-score = Score
views-compare-target = Cible
views-compare-change = Évolution
views-compare-country = Pays
views-compare-before-now = Avant → maintenant
views-compare-overall = Ensemble
views-compare-files = Avant : { $old } · maintenant : { $new }
views-compare-note = Remarque : { $note }
views-compare-different-countries = Pays différents : { $old } avant, { $new } maintenant.
views-compare-other-minor = Versions { $old } et { $new } du questionnaire : les questions sont appariées par leur identifiant ; les { $added } ajoutées et les { $removed } retirées sont listées, mais ne comptent pas comme une évolution.
views-compare-other-major = Versions { $old } et { $new } du questionnaire (autre version majeure) : les piliers sont comparés par leur identifiant et le résultat d'ensemble tel quel ; { $matched } des { $total } questions actuelles correspondent à une question antérieure, les autres ne sont pas comparables.
views-compare-pillars-only-in = Piliers présents seulement dans la version { $version } (non comparables) : { $pillars }.
views-compare-not-in = absent de la version { $version }
views-compare-not-comparable = non comparable
views-compare-target-status = { $target } : { $status ->
    [still-met] atteinte
    [now-met] désormais atteinte
    [no-longer-met] plus atteinte
   *[not-met] non atteinte
}
views-compare-was = { $id } (auparavant { $old })
views-movement = { $movement ->
    [improved] en progrès
    [declined] en recul
    [newly-answered] nouvellement renseignée
    [newly-not-applicable] désormais s.o.
    [now-applicable] de nouveau applicable
    [no-longer-answered] plus renseignée
   *[unchanged] inchangée
}
views-movement-count = { $count } { $movement ->
    [improved] en progrès
    [declined] en recul
    [newly-answered] { $count ->
        [one] nouvellement renseignée
       *[other] nouvellement renseignées
    }
    [newly-not-applicable] désormais s.o.
    [now-applicable] { $count ->
        [one] de nouveau applicable
       *[other] de nouveau applicables
    }
    [no-longer-answered] { $count ->
        [one] plus renseignée
       *[other] plus renseignées
    }
   *[unchanged] { $count ->
        [one] inchangée
       *[other] inchangées
    }
}
views-compare-counts = Questions : { $list }.
views-compare-added-in = Ajoutées dans la version { $version } : { $ids }.
views-compare-removed-in = Absentes de la version { $version } : { $ids }.
views-compare-moved = Questions ayant évolué, par ordre décroissant d'évolution × poids
views-compare-most-improved = Plus forts progrès
views-compare-concern = Points de vigilance
views-compare-other-changes = Autres évolutions
views-compare-none = { $title } : néant.
views-compare-none-heading = { $title } : néant
views-compare-list-intro = { $title } ({ $count }) :
views-compare-list-heading = { $title } ({ $count })
views-compare-list-empty = { $title }.
views-compare-steps-intro = { $title } :
views-compare-none-below = Néant.
views-compare-steps-done = Prochaines étapes réalisées depuis le { $date } ({ $count })
views-compare-steps-open = Prochaines étapes encore ouvertes ({ $shown } sur { $count })
views-compare-steps-new = Nouvelles prochaines étapes ({ $count })
views-compare-steps-dropped = Prochaines étapes qui ne sont plus demandées ({ $count }) : la question est désormais s.o., ou sa cible est plus basse
views-compare-steps-unmatched = Prochaines étapes de la version { $old } dont la question est absente de la version { $new } ({ $count }) : non comparables
views-compare-summary-title = { $questionnaire } { $version } — évolution du niveau depuis l'évaluation précédente de chaque pays ({ $count ->
    [one] { $count } pays
   *[other] { $count } pays
})
views-compare-summary-heading = { $questionnaire } { $version } : évolution du niveau depuis l'évaluation précédente de chaque pays
views-compare-no-pairs = Aucun pays n'a deux évaluations à comparer.
views-compare-single = Une seule évaluation, rien à comparer ({ $count }) : { $list }.
views-compare-single-heading = Une seule évaluation, rien à comparer :
views-compare-no-country = Pays non indiqué, donc pas d'appariement ({ $count }) : { $list }.
views-compare-no-country-heading = Pays non indiqué, donc pas d'appariement :

## merge : l'ordre du jour de l'atelier

views-agenda-spread = Dispersion
views-agenda-provisional = Provisoire
views-agenda-none = Aucune question en débat : les répondants sont d'accord sur chaque question à laquelle ils ont répondu.
views-agenda-title = Ordre du jour : { $count ->
    [one] { $count } question en débat
   *[other] { $count } questions en débat
}, de la plus forte dispersion à la plus faible
views-agenda-heading = Ordre du jour : { $count ->
    [one] { $count } question en débat
   *[other] { $count } questions en débat
}

## plan : le plan d'action

views-plan-title = Plan d'action : { $country }
views-plan-sheet = Plan d'action
views-plan-lead = Prochaines étapes pour { $country } ({ $questionnaire }) : { $count } au total.
views-plan-columns = { $column ->
    [rank] Rang
    [pillar] Pilier
    [question-id] Identifiant de la question
    [question] Question
    [from] De
    [to] À
    [action] Mesure
    [done-when] Critère de réalisation
    [lead-agency] Organisme chef de file
    [supporting-agencies] Organismes d'appui
    [start] Début
    [due-date] Échéance
    [estimated-cost] Coût estimé
    [status] Statut
   *[comments] Commentaires
}
views-plan-status = { $status ->
    [not-started] non commencé
    [in-progress] en cours
    [done] terminé
   *[blocked] bloqué
}
views-plan-pick-status = Choisissez un statut dans la liste.
views-plan-type-date = Saisissez une date, par exemple 2026-09-30.
views-plan-yes-to = Oui à : { $prompt }

views-plan-wrote = { $file } écrit, avec { $count ->
    [one] { $count } prochaine étape
   *[other] { $count } prochaines étapes
} pour { $country }.
views-merge-done = { $count } répondants fusionnés dans { $file } : { $disputed } questions sur { $total } en débat. Tranchez-les en atelier, puis vérifiez le fichier avec : cyberassess check { $file }
