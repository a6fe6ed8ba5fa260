# Le rapport d'une évaluation (PDF, Word et Markdown) : couverture, sections, graphiques, en-têtes
# et pieds de page.

## Chaque page et les propriétés du document

report-running-title = { $country } · Autoévaluation de la maturité en cybersécurité
report-no-country = (pays non indiqué)
report-info-assessment = Évaluation
report-info-subject = Autoévaluation de la maturité en cybersécurité selon { $questionnaire }
report-keyword-cyber-security = cybersécurité
report-keyword-maturity = évaluation de la maturité
report-draft = Brouillon : { $unanswered ->
        [one] { $unanswered } question sur { $total } sans réponse
       *[other] { $unanswered } questions sur { $total } sans réponse
    }
report-page = page { $page } sur { $count }
report-continued = { $heading } (suite)
report-contents = Sommaire

## La couverture

report-cover-kicker = RAPPORT D'AUTOÉVALUATION
report-assessed = Évalué le { $date }
report-overall-label = STADE D'ENSEMBLE
report-overall-detail = Niveau { $level } · score { $score } · cible { $target } · écart { $gap }
report-overall-draft = { $draft } ; les chiffres ne sont pas définitifs.
report-fact-country = Pays
report-fact-assessed = Évalué le
report-fact-assessors = Évaluateurs
report-fact-questionnaire = Questionnaire
report-fact-scoring = Notation
report-fact-marking = Marquage
report-fact-status = Statut
report-fact-baseline = Référence
report-marking-none = aucun
report-assessors-not-named = non indiqués
report-scoring = piliers : { $pillars } ; ensemble : { $overall }
report-scoring-method = { $method ->
    [gated] par seuils
    [minimum] minimum
   *[weighted-mean] moyenne pondérée
}
report-assessors-more = { $shown ->
    [0] { $rest } évaluateurs, énumérés avec la méthode
   *[other] et { $rest } autres, énumérés avec la méthode
}
report-credit = Produit avec cyberassess { $version }. La méthode et les empreintes du questionnaire et du fichier de réponses figurent en dernière page.
report-redacted = { $fields ->
    [both] Version expurgée : les notes et les justificatifs des évaluateurs sont retirés de ce rapport, en vue de sa diffusion hors de l'administration. Les scores sont inchangés.
    [notes] Version expurgée : les notes des évaluateurs sont retirées de ce rapport, en vue de sa diffusion hors de l'administration. Les scores sont inchangés.
   *[evidence] Version expurgée : les justificatifs sont retirés de ce rapport, en vue de sa diffusion hors de l'administration. Les scores sont inchangés.
}

## Synthèse et priorités

report-summary = Synthèse
report-summary-lead = Dans l'ensemble, { $country } se situe au stade { $stage } (niveau { $level }, score { $score }), pour une cible au stade { $target }. { $met ->
        [one] { $met } pilier sur { $pillars } atteint sa cible.
       *[other] { $met } piliers sur { $pillars } atteignent leur cible.
    } { $answered ->
        [one] { $answered } question sur { $total } a reçu une réponse
       *[other] { $answered } questions sur { $total } ont reçu une réponse
    }{ $na ->
        [0] .
        [1] , dont une déclarée sans objet.
       *[other] , dont { $na } déclarées sans objet.
    }
report-figure-bars = Niveau par pilier
report-figure-radar = Les piliers en un coup d'œil
report-priorities = Priorités
report-priorities-none = Aucune prochaine étape : chaque pilier a atteint sa cible.
report-priorities-none-listed = { $count ->
        [one] { $count } prochaine étape a été trouvée ; ce rapport a été produit sans en énumérer aucune ici.
       *[other] { $count } prochaines étapes ont été trouvées ; ce rapport a été produit sans en énumérer aucune ici.
    } Chaque section de pilier ci-dessous donne la prochaine étape de chacune de ses questions.
report-priorities-intro = { $shown ->
        [one] La prochaine étape la plus urgente sur { $count } :
       *[other] Les { $shown } prochaines étapes les plus urgentes sur { $count } :
    } d'abord celles qui mènent au stade le plus bas, puis celles qui pèsent le plus. Chaque section de pilier donne la prochaine étape de chacune de ses questions.
report-column-rank = #
report-column-question = Question
report-column-from-to = De → à
report-column-action = Mesure
report-column-before = Avant
report-column-now = Maintenant
report-unanswered-mark = (sans réponse)

## Sections de pilier

report-question-meta = { $id } · poids { $weight } · compte comme { $counts }
report-detail-answer = Réponse
report-detail-shown-by = Attesté par
report-detail-evidence = Justificatifs
report-detail-notes = Notes
report-detail-next-step = Prochaine étape
report-answer-requirement = { $answer } — une exigence du stade { $stage }
report-answer-not-applicable = Sans objet — exclue du score
report-answer-missing-level = Sans réponse — compte comme { $stage } (niveau { $level })
report-answer-missing-not-met = Sans réponse — compte comme non atteint
report-next-step = { $action } (priorité { $rank } · { $from } → { $to })

## Le consensus de plusieurs répondants

report-consensus-agreed = { $respondents ->
        [one] Le répondant a été d'accord sur toutes les questions.
       *[other] Les { $respondents } répondants ont été d'accord sur toutes les questions.
    }
report-consensus-settled = { $respondents ->
        [one] Le répondant a
       *[other] Les { $respondents } répondants ont
    } répondu différemment à { $differed ->
        [one] { $differed } question ; elle est tranchée.
       *[other] { $differed } questions ; toutes sont tranchées.
    }
report-consensus-disputed = { $respondents ->
        [one] Le répondant a
       *[other] Les { $respondents } répondants ont
    } répondu différemment à { $differed ->
        [one] { $differed } question
       *[other] { $differed } questions
    } ; { $disputed ->
        [one] { $disputed } d'entre elles reste en débat et compte selon sa réponse provisoire jusqu'à ce que l'atelier la tranche.
       *[other] { $disputed } d'entre elles restent en débat et comptent selon leur réponse provisoire jusqu'à ce que l'atelier les tranche.
    }
report-respondents = Répondants
report-respondents-intro = Cette évaluation est le consensus de { $respondents ->
        [one] { $respondents } répondant
       *[other] { $respondents } répondants
    }. Ils ont répondu différemment à { $differed ->
        [one] { $differed } question
       *[other] { $differed } questions
    }, et { $disputed ->
        [one] { $disputed } reste
       *[other] { $disputed } restent
    } en débat. Dans chaque section de pilier, une question à laquelle les répondants ont répondu différemment montre qui a répondu quoi : chaque répondant par son numéro ci-dessous, dans la colonne de la réponse donnée. La ligne suivante indique la réponse convenue, ou que la question reste en débat et quelle réponse provisoire compte dans le score.
report-strip-no = Non
report-strip-partly = En partie
report-strip-yes = Oui
report-strip-intro = Qui a répondu quoi (répondants désignés par leur numéro de la section Répondants) :
report-agreed = Réponse convenue : { $answer }.
report-settled-unanswered = Tranchée : laissée sans réponse.
report-disputed-unanswered = En débat : laissée sans réponse jusqu'à ce que l'atelier la tranche ; elle compte donc comme sans réponse.
report-disputed-provisional = En débat : compte pour l'instant comme { $answer }, { $rule ->
        [lowest] la réponse la plus basse donnée
        [median] la médiane inférieure des réponses données
       *[written] la réponse écrite dans le fichier
    }, jusqu'à ce que l'atelier la tranche.

## Glossaire et méthode

report-glossary = Glossaire
report-glossary-intro = Les termes employés dans les questions de { $title } ({ $questionnaire }), expliqués simplement.
report-method = Méthode
report-method-contents = Méthode et vérification
report-method-stages = { $title } ({ $id } { $version }) décrit { $count } stades de maturité, de { $first } (1) à { $last } ({ $count }) :
report-method-computed = Comment les résultats ont été calculés
report-method-assessors = { $count ->
        [1] L'évaluateur
       *[other] Les { $count } évaluateurs
    }
report-verification = Vérification
report-verification-intro = Empreintes SHA-256 des { $files ->
        [3] trois
       *[2] deux
    } fichiers dont ce rapport est issu, telles que l'outil sha256sum les calcule pour des fichiers UTF-8 sans indicateur d'ordre des octets. Avec les mêmes fichiers, cyberassess { $version } reproduit ce rapport à l'octet près.
report-fingerprint-questionnaire = Questionnaire
report-fingerprint-answers = Réponses
report-fingerprint-baseline = Référence
report-verification-redacted = Cette version a été produite avec --redact : { $fields ->
        [both] les notes et les justificatifs
        [notes] les notes
       *[evidence] les justificatifs
    } du fichier de réponses sont retirés ; l'empreinte est celle du fichier de réponses complet.
report-method-weighted-mean = Les piliers sont calculés par moyenne pondérée. Chaque question reçoit pour réponse la description de stade qui convient le mieux et compte pour le numéro de ce stade (de 1 à { $count }). Le niveau d'un pilier est la moyenne des numéros de ses questions, pondérée par le poids des questions ; son stade est la partie entière du niveau, et son score exprime le niveau comme une progression de { $zero } au stade { $first } à { $full } au stade { $last } : (niveau − 1) ÷ { $steps } × 100.
report-method-gated = Les piliers sont calculés par seuils. Un pilier atteint un stade lorsque chaque question se situe à ce stade ou au-dessus et que chaque exigence oui/en partie/non de ce stade et des stades inférieurs est remplie, sans dépasser le stade le plus élevé dont l'une de ses questions est une exigence (un stade choisi l'est de tous) ; son niveau est le numéro de ce stade. Son score indique la progression sur l'échelle : la moyenne pondérée de la progression de chaque question, où un stade choisi compte pour (numéro − 1) ÷ { $steps } et une exigence compte 1 si elle est remplie, ½ si elle l'est en partie et 0 sinon.
report-method-indicators = Les exigences oui/en partie/non comptent dans les poids et apportent 1, ½ ou 0 de progression.
report-method-unanswered = Les questions sans réponse comptent comme { $first } (ou comme non remplies), afin que les lacunes des justificatifs se voient dans le score. Les questions auxquelles on a répondu « sans objet » sont exclues de toute somme ; un pilier dont aucune question n'est applicable reste au stade { $first }.
report-method-overall-mean = Le niveau et le score d'ensemble sont les moyennes des niveaux et des scores des piliers, pondérées par le poids des piliers ({ $weights }) ; le stade d'ensemble est la partie entière du niveau d'ensemble.
report-method-overall-minimum = Le résultat d'ensemble est celui du pilier le plus faible (le niveau le plus bas, puis le score le plus bas, puis le premier dans l'ordre du questionnaire) : une stratégie n'est pas plus mature que son pilier le plus faible.
report-method-targets = Les cibles viennent du fichier de réponses : une cible par pilier si elle est indiquée, sinon la cible de l'évaluation, sinon la cible par défaut du questionnaire ({ $stage }). L'écart est le numéro du stade cible moins le niveau, lorsqu'il est positif.
report-method-next-steps = Prochaines étapes : chaque question en dessous de la cible de son pilier apporte la mesure prévue pour son stade actuel. Elles sont classées selon le stade auquel elles mènent (le plus bas d'abord), puis selon le poids de la question × le poids du pilier (le plus élevé d'abord), puis dans l'ordre du questionnaire. Les chiffres sont arrondis pour concorder avec les stades : les niveaux vers le bas et les écarts vers le haut, à une décimale ; les scores vers le bas, au pour cent entier.

## Progrès depuis une référence

report-progress = Progrès depuis le { $date }
report-progress-figure = Niveau par pilier, avant et maintenant
report-progress-by-pillar = Évolution par pilier
report-progress-moved = Questions ayant évolué
report-progress-done = Prochaines étapes réalisées depuis le { $date } ({ $count })
report-progress-none-done = Aucune des prochaines étapes de la référence n'a encore été réalisée.
report-progress-open = { $open ->
        [one] { $open } prochaine étape de cette évaluation figure sous Priorités (au plus { $top }).
       *[other] { $open } prochaines étapes de cette évaluation figurent sous Priorités (au plus { $top }).
    }
report-progress-lead = Depuis l'évaluation du { $date }, le niveau d'ensemble est passé de { $from } à { $to } ({ $change }). Sur { $compared ->
        [1] le seul pilier comparé
       *[other] les { $compared } piliers comparés
    }, { $up ->
        [one] { $up } a progressé
       *[other] { $up } ont progressé
    } et { $down ->
        [one] { $down } a reculé
       *[other] { $down } ont reculé
    } ; { $done ->
        [one] { $done } prochaine étape de la référence a été réalisée.
       *[other] { $done } prochaines étapes de la référence ont été réalisées.
    }

## Graphiques

report-chart-level = Niveau atteint (valeur indiquée)
report-chart-target = Stade cible
report-chart-baseline = Niveau de référence
report-chart-now = Niveau actuel (valeurs indiquées : avant → maintenant)
