# Le rapport de cohorte (`report DOSSIER --cohort`) : de nombreuses évaluations côte à côte dans un PDF.

## En-tête, pied de page et propriétés du document
cohort-running-title = { $title } · Rapport de cohorte sur la maturité en cybersécurité
cohort-title-several = Cohorte d'évaluations
cohort-footer = { $questionnaires } · { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}
cohort-document-title = { $title } : rapport de cohorte
cohort-document-subject = Autoévaluations de la maturité en cybersécurité comparées : { $count } selon { $questionnaires }
cohort-keyword-security = cybersécurité
cohort-keyword-maturity = évaluation de la maturité
cohort-keyword-cohort = cohorte

## Décomptes et dates communs aux sections
cohort-assessments = { $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
}
cohort-countries = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}
cohort-date-range = du { $first } au { $last }
cohort-no-dates = aucune date indiquée
cohort-undated-count = ({ $count ->
    [one] { $count } non datée
   *[other] { $count } non datées
})
cohort-group = Groupe { $number } sur { $groups }
cohort-group-label = Groupe { $number } sur { $groups } : { $title }

## Couverture
cohort-cover-kicker = RAPPORT DE COHORTE
cohort-cover-lead = Autoévaluations de la maturité en cybersécurité côte à côte : { $assessments } de { $countries }.
cohort-cover-lead-groups = Autoévaluations de la maturité en cybersécurité côte à côte : { $assessments } de { $countries }, selon { $groups } questionnaires, chaque groupe étant présenté séparément.
cohort-cover-questionnaire = Questionnaire
cohort-cover-assessments = Évaluations
cohort-cover-assessed = Dates d'évaluation
cohort-cover-marking = Marquage
cohort-cover-no-marking = aucun
cohort-cover-total = { $count } ({ $countries })
cohort-cover-produced = Produit avec cyberassess { $version }. La manière dont les chiffres de la cohorte sont calculés et l'empreinte des fichiers d'entrée figurent à la dernière page.
cohort-contents = Sommaire

## Carte thermique
cohort-heat-map = Carte thermique
cohort-heat-map-of = { $group } : carte thermique
cohort-heat-map-lead = { $assessments } selon le questionnaire { $title } ({ $questionnaire }), dates d'évaluation : { $dates }. Chaque cellule indique le stade atteint et le niveau (de 1 à { $stages }) en lettres et en chiffres ; la couleur de fond reprend le stade, de { $first } à { $last } (légende sous le tableau).
cohort-heat-map-stats = Les trois dernières lignes donnent la médiane, le niveau le plus bas et le plus haut de chaque colonne.
cohort-heat-map-pillars-and-overall = Piliers { $first } à { $last } et ensemble
cohort-heat-map-pillars = Piliers { $first } à { $last }
cohort-heat-map-part = { $columns } (partie { $part } sur { $parts })
cohort-median = Médiane
cohort-minimum = Minimum
cohort-maximum = Maximum
cohort-country = Pays
cohort-assessed = Évalué le
cohort-stage-key = Couleurs des stades :

## Stades par pilier
cohort-stages = Stades par pilier
cohort-stages-of = { $group } : stades par pilier
cohort-stages-lead = Le nombre d'évaluations à chaque stade, pilier par pilier et pour l'ensemble, avec entre parenthèses leur part du groupe ({ $assessments }). Le niveau médian est le milieu des niveaux de la carte thermique ; son stade en est la partie entière.
cohort-stages-range = Niveau médian { $median } ({ $stage }) · plus bas { $lowest } · plus haut { $highest }
cohort-stages-level = Niveau { $level } ({ $stage })
cohort-stages-count = { $count } ({ $share })

## Évolution depuis l'évaluation précédente
cohort-change = Évolution depuis l'évaluation précédente
cohort-change-of = { $group } : évolution
cohort-change-repeated = { $country } ({ $assessments })
cohort-list-and = { $rest } et { $last }
cohort-counts-more-than-once = { $count ->
    [one] { $who } compte plus d'une fois
   *[other] { $who } comptent plus d'une fois
}
cohort-counted-twice = Toutes les évaluations comptent ici, donc { $who } (voir la page Évolution) ; pour ne compter chaque pays qu'une fois, produisez le rapport avec --latest.
cohort-change-lead = { $count ->
    [one] { $count } pays de ce groupe a plus d'une évaluation.
   *[other] { $count } pays de ce groupe ont plus d'une évaluation.
} Pour chacun : son évaluation précédente et sa dernière évaluation par date, le niveau de chaque pilier et de l'ensemble dans les deux (précédente → dernière) et, entre parenthèses, l'évolution : + en hausse, − en baisse, { $zero } inchangé. La couleur de fond reprend le signe : bleu en hausse, orange en baisse, aucune si inchangé.
cohort-change-counted-twice = La carte thermique et les stades par pilier comptent toutes les évaluations, donc { $who } dans ces pages ; pour ne compter chaque pays qu'une fois, produisez le rapport avec --latest.
cohort-change-dates = Précédente → dernière
cohort-change-single = Évalués une seule fois, donc non présentés : { $countries }.
cohort-change-without-country = Sans pays indiqué, donc non appariés : { $files }.
cohort-change-tie = { $country } a { $count } évaluations datées du { $date } : seule compte la dernière dans l'ordre des fichiers.
cohort-change-key = Couleurs de l'évolution :
cohort-change-up = hausse (+)
cohort-change-down = baisse (−)
cohort-change-same = inchangé ({ $zero })

## Méthode et vérification
cohort-method = Comment les chiffres de la cohorte sont calculés
cohort-method-contents = Méthode et vérification
cohort-method-running = Méthode
cohort-method-stage = stade { $number }
cohort-method-groups = Les évaluations sont regroupées par questionnaire : seules les évaluations selon le même identifiant et la même version de questionnaire sont comparées, et chaque groupe a sa propre carte thermique et sa propre distribution.
cohort-method-levels = Chaque évaluation est notée séparément, exactement comme dans son rapport individuel : la méthode de notation du questionnaire donne à chaque pilier un niveau de 1 au nombre de stades, et le niveau d'ensemble découle des niveaux des piliers. La carte thermique affiche ces niveaux arrondis par défaut à une décimale, de sorte que le nombre entier affiché est celui du stade atteint.
cohort-method-statistics = Lignes Médiane, Minimum et Maximum : pour chaque pilier et pour l'ensemble, la médiane, le niveau le plus bas et le plus haut parmi les évaluations du groupe. La médiane d'un nombre pair de niveaux est la moyenne des deux niveaux centraux. Ce sont des niveaux, pas des stades : la médiane n'est pas une moyenne de noms de stades.
cohort-method-stage-of = Le stade indiqué pour une médiane, un minimum ou un maximum est la partie entière de son niveau (arrondi par défaut), comme pour une évaluation seule : un niveau médian de { $level } correspond au deuxième stade ({ $second }), pas au troisième ({ $third }).
cohort-method-distribution = Stades par pilier : pour chaque pilier et pour l'ensemble, le nombre d'évaluations dont le pilier a atteint chaque stade, et ce nombre en part du groupe, arrondi au pour cent entier (les parts peuvent donc ne pas totaliser exactement { $whole }). La médiane, le niveau le plus bas et le plus haut au-dessus de chaque graphique sont ceux de la carte thermique.
cohort-method-every = Toutes les évaluations d'un groupe comptent dans sa carte thermique et ses stades par pilier : un pays évalué deux fois compte deux fois dans la médiane, les niveaux le plus bas et le plus haut et les décomptes par stade, et les pages le signalent le cas échéant. Pour ne compter chaque pays qu'une fois, produisez le rapport avec --latest, qui garde l'évaluation la plus récente de chaque pays.
cohort-method-change = Page Évolution, lorsqu'un pays a des évaluations de dates différentes : pour chacun de ces pays, sa dernière évaluation et la précédente, c'est-à-dire la plus récente datée d'avant (pays rapprochés sans tenir compte des majuscules ni des espaces ; une évaluation non datée compte comme la plus ancienne ; parmi plusieurs à la même date, seule compte la dernière dans l'ordre des fichiers), selon la même règle que la commande compare. Chaque évolution est la différence des deux niveaux tels qu'ils sont affichés, et peut donc être vérifiée par soustraction.
cohort-method-colours = Les couleurs suivent la palette Okabe–Ito, lisible par les personnes daltoniennes, et ne font que répéter ce qui est écrit : chaque cellule et chaque barre indiquent aussi leur stade et leur nombre, et chaque évolution son signe.
cohort-verification = Vérification
cohort-verification-intro = Empreintes SHA-256 des { $count } fichiers à partir desquels ce rapport a été produit, telles que l'outil sha256sum les calcule pour des fichiers UTF-8 sans indicateur d'ordre des octets, et une pour l'ensemble : l'empreinte SHA-256 des empreintes ci-dessous, triées, une par ligne. Avec les mêmes fichiers, cyberassess { $version } produit de nouveau ce PDF à l'octet près.
cohort-verification-all = Tous les fichiers
cohort-file = Fichier
