# Problèmes trouvés dans les fichiers : un message par code stable (`diagnostics-CODE`), avec son
# `.help`. Les codes sont les mêmes dans toutes les langues ; les mots sont ce qu'une personne lit.

diagnostics-level-error = erreur
diagnostics-level-warning = avertissement
diagnostics-level-help = aide
diagnostics-or = ou
diagnostics-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
diagnostics-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
diagnostics-not-shown = { $hidden ->
        [one] ... et { $hidden } autre problème dans { $file } ({ $counts }), non affiché.
       *[other] ... et { $hidden } autres problèmes dans { $file } ({ $counts }), non affichés.
    }
    Corrigez ceux ci-dessus et vérifiez de nouveau le fichier pour voir les suivants.

# Où dans un fichier : la table à laquelle appartient une clé.
diagnostics-place = { $place ->
    [answers-file] le fichier de réponses
    [assessment] [assessment]
    [answer] la réponse à `{ $id }`
    [respondent] un répondant de la réponse à `{ $id }`
    [questionnaire] le questionnaire
    [scoring] [scoring]
    [stage-entry] une entrée [[stages]]
    [pillar-entry] une entrée [[pillars]]
    [glossary-entry] une entrée [[glossary]]
    [question] une question
    [option] une option de la question `{ $id }`
    [option-unnamed] une option de cette question
    [translation] la traduction
   *[table] { $id }
}

# Le type de valeur trouvé là où un autre était attendu.
diagnostics-found = { $found ->
    [string] du texte
    [integer] un nombre entier
    [float] un nombre
    [boolean] vrai/faux
    [datetime] une date
    [array] une liste
    [table] une table
   *[other] { $found }
}

# Comment écrire une date, pour `assessed_on` et les erreurs TOML de sa ligne.
diagnostics-date-hint = { $hint ->
    [month] il n'y a pas de mois { $month } : le mois est la partie du milieu, de 01 à 12
    [rewrite] écrivez la date sous la forme ANNÉE-MOIS-JOUR, sans guillemets : assessed_on = { $date }
    [last-day] { $yearmonth } compte { $days } jours ; pour son dernier jour, écrivez assessed_on = { $date }
   *[example] écrivez la date sous la forme ANNÉE-MOIS-JOUR, sans guillemets, par exemple assessed_on = 2026-11-27
}

diagnostics-other = { $message }
    .help = { $help }

diagnostics-not-toml = ce n'est pas du TOML valide : { $detail }
    .help = { $hint ->
        [duplicate] chaque clé ne peut figurer qu'une fois dans une table ; supprimez ou renommez la seconde
        [quotes] les valeurs de texte se mettent entre guillemets droits doubles, et chaque guillemet ouvrant doit être refermé
        [syntax] vérifiez cette ligne : les clés s'écrivent nom = "valeur", les sections [nom] ou [[nom]], et le texte se met entre guillemets doubles
       *[date] { diagnostics-date-hint }
    }

diagnostics-unknown-document = ce n'est ni un questionnaire ni un fichier de réponses
    .help = un questionnaire a des sections [[stages]] et [[pillars]] ; un fichier de réponses commence par questionnaire = "ID" et a des sections [assessment] et [answers] ; une traduction commence par translates = "ID"

diagnostics-questionnaire-not-answers = ceci est un questionnaire, pas un fichier de réponses
    .help = donnez un fichier de réponses ; pour en commencer un pour ce questionnaire, lancez `cyberassess template { $questionnaire }`

diagnostics-unknown-key = clé inconnue `{ $key }` dans { $place }
    .help = { $hint ->
        [typo] vouliez-vous dire `{ $suggestion }` ?
       *[list] les clés permises ici sont : { $allowed }
    }

diagnostics-missing-key = il manque `{ $key }` dans { $place }
    .help = ajoutez une ligne comme : { $key } = { $example }

diagnostics-wrong-type = `{ $key }` dans { $place } doit être { $expected ->
        [boolean] true ou false, sans guillemets
        [number] un nombre
        [text-list] une liste de textes
       *[text] du texte entre guillemets
    }, pas { $found }
    .help = écrivez-le ainsi : { $key } = { $example }

diagnostics-list-item-not-text = chaque élément de `{ $key }` dans { $place } doit être du texte entre guillemets, pas { $found }
    .help = écrivez-le ainsi : { $key } = ["...", "..."]

diagnostics-not-a-table = `{ $key }` dans { $place } doit être une table, pas { $found }
    .help = commencez-la sur sa propre ligne par [{ $key }]

diagnostics-not-a-table-list = `{ $key }` dans { $place } doit être une liste de tables, pas { $found }
    .help = écrivez chaque entrée comme une section [[{ $key }]]

diagnostics-entry-not-a-table = chaque entrée de `{ $key }` doit être une table
    .help = écrivez chaque entrée comme une section [[{ $key }]]

diagnostics-bad-version = questionnaire_version "{ $version }" n'est pas de la forme MAJEURE.MINEURE.CORRECTIF
    .help = copiez la version du questionnaire, comme "1.0.0", ou supprimez la ligne

diagnostics-no-assessment = le fichier de réponses n'a pas de section [assessment]
    .help = ajoutez [assessment] avec country = "..." et assessed_on = 2026-01-31

diagnostics-target-not-text = la cible de `{ $pillar }` doit être un identifiant de stade entre guillemets, pas { $found }
    .help = écrivez-la ainsi : { $pillar } = "established"

diagnostics-date-in-quotes = assessed_on doit être une date sans guillemets
    .help = { diagnostics-date-hint }

diagnostics-not-a-date = assessed_on doit être une date (année-mois-jour)
    .help = { diagnostics-date-hint }

diagnostics-future-date = assessed_on { $date } tombe { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après aujourd'hui ({ $today })
    .help = écrivez la date à laquelle l'évaluation a été faite, par exemple assessed_on = { $today }

diagnostics-unknown-status = le statut "{ $status }" n'est pas un statut d'évaluation
    .help = { $hint ->
        [typo] vouliez-vous dire "{ $suggestion }" ? Les statuts sont { $statuses }
       *[list] utilisez { $statuses }, ou supprimez la ligne
    }

diagnostics-empty-respondent-name = un répondant de la réponse à `{ $question }` a un nom vide
    .help = écrivez entre les guillemets qui a répondu, comme dans les assessors de son fichier

diagnostics-duplicate-respondent = le répondant "{ $name }" figure deux fois dans la réponse à `{ $question }`
    .help = gardez une seule section [[answers.ID.respondents]] par répondant : fusionnez les deux, ou renommez l'une d'elles

diagnostics-no-answer-value = la réponse à `{ $question }` n'a pas d'`answer`, la question compte donc comme sans réponse
    .help = ajoutez answer = "..." à côté des notes et des preuves : un stade, yes / partly / no, ou n/a

diagnostics-answer-not-text = la réponse à `{ $question }` doit être du texte entre guillemets, pas { $found }
    .help = écrivez-la ainsi : { $question } = "formative"

diagnostics-unknown-stage = { $target ->
        [pillar] la cible de `{ $pillar }`
       *[overall] la cible
    } "{ $stage }" n'est pas un stade de { $questionnaire }
    .help = { $hint ->
        [typo] vouliez-vous dire "{ $suggestion }" ? Les stades sont { $stages }
       *[list] utilisez l'un des stades de { $questionnaire } : { $stages }
    }

diagnostics-unknown-pillar = `{ $pillar }` dans [targets] n'est pas un pilier de { $questionnaire }
    .help = { $hint ->
        [typo] vouliez-vous dire `{ $suggestion }` ? Les piliers sont { $pillars }
       *[list] les piliers de { $questionnaire } sont : { $pillars }
    }

diagnostics-unknown-question = `{ $question }` n'est pas une question de { $questionnaire }
    .help = { $hint ->
        [typo] vouliez-vous dire `{ $suggestion }` ?
       *[list] lancez `cyberassess questionnaires show { $questionnaire }` pour voir les identifiants des questions
    }

diagnostics-unknown-answer = "{ $answer }" n'est pas une réponse valable à `{ $question }`
    .help = { $hint ->
        [typo] vouliez-vous dire "{ $suggestion }" ? Réponses valables : { $answers }
       *[list] réponses valables : { $answers }
    }

diagnostics-unknown-indicator-answer = "{ $answer }" n'est pas une réponse valable à `{ $question }`, qui est une question yes / partly / no
    .help = réponses valables : "yes", "partly", "no" ou "n/a"

diagnostics-na-without-reason = `{ $question }` est marquée n/a sans raison
    .help = expliquez pourquoi dans les notes : { $question } = {"{"} answer = "n/a", notes = "..." {"}"}

diagnostics-not-reviewed = { $count ->
        [one] { $count } réponse a été reprise d'une version antérieure et n'est pas encore revue
       *[other] { $count } réponses ont été reprises d'une version antérieure et ne sont pas encore revues
    } : { $questions }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } de plus
    }
    .help = comparez chacune aux réponses de sa question (`cyberassess fill FILE` les montre une à une), puis supprimez la première ligne de ses notes, "Carried over from ...: review."

diagnostics-unanswered = { $count ->
        [one] { $count } question sur { $total } est sans réponse
       *[other] { $count } questions sur { $total } sont sans réponse
    } : { $questions }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } de plus
    }
    .help = les questions sans réponse comptent comme le stade le plus bas ; répondez-y, ou marquez-les "n/a" avec des notes

diagnostics-pillar-all-na = toutes les questions du pilier `{ $pillar }` sont n/a, il est donc noté au stade le plus bas
    .help = répondez à au moins une question du pilier

diagnostics-major-version = ces réponses ont été écrites pour { $questionnaire } { $wanted }, mais le questionnaire est en version { $have }
    .help = une nouvelle version majeure change le sens des réponses : répondez de nouveau avec `cyberassess fill`, ou faites pointer `questionnaire` vers l'ancien fichier du questionnaire

diagnostics-minor-version = ces réponses ont été écrites pour { $questionnaire } { $wanted } ; le questionnaire est en version { $have }
    .help = vérifiez les questions nouvelles ou modifiées, puis indiquez questionnaire_version = "{ $have }"
