# Problèmes trouvés dans les fichiers : un message par code stable (`diagnostics-CODE`), avec son
# `.help`. Les codes sont les mêmes dans toutes les langues ; les mots sont ce qu'une personne lit.

diagnostics-level-error = erreur
diagnostics-level-warning = avertissement
diagnostics-level-help = aide
diagnostics-or = ou
diagnostics-and = et
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

# Où dans un fichier : la table à laquelle appartient une clé.
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
    [question-named] la question `{ $id }`
    [question-unnamed] cette question
    [pillar-named] le pilier `{ $id }`
    [pillar-unnamed] ce pilier
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
        [quotes] les valeurs de texte se mettent entre guillemets doubles, et chaque guillemet ouvrant doit être refermé
        [syntax] vérifiez cette ligne : les clés s'écrivent nom = "valeur", les sections [nom] ou [[nom]], et le texte se met entre guillemets doubles
       *[date] { diagnostics-date-hint }
    }

diagnostics-unknown-document = ce n'est ni un questionnaire ni un fichier de réponses
    .help = un questionnaire a des sections [[stages]] et [[pillars]] ; un fichier de réponses commence par questionnaire = "ID" et a des sections [assessment] et [answers] ; une traduction commence par translates = "ID"

diagnostics-questionnaire-not-answers = ceci est un questionnaire, pas un fichier de réponses
    .help = indiquez un fichier de réponses ; pour en créer un pour ce questionnaire, lancez `cyberassess template { $questionnaire }`

diagnostics-unknown-key = clé inconnue `{ $key }` dans { $place }
    .help = { $hint ->
        [typo] vouliez-vous dire `{ $suggestion }` ?
       *[list] les clés autorisées ici sont : { $allowed }
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
       *[list] utilisez l'un des statuts suivants : { $statuses }, ou supprimez la ligne
    }

diagnostics-empty-respondent-name = un répondant de la réponse à `{ $question }` a un nom vide
    .help = écrivez entre les guillemets qui a répondu, comme dans le champ assessors de son fichier

diagnostics-duplicate-respondent = le répondant "{ $name }" figure deux fois dans la réponse à `{ $question }`
    .help = gardez une seule section [[answers.ID.respondents]] par répondant : fusionnez les deux, ou renommez l'une d'elles

diagnostics-no-answer-value = la réponse à `{ $question }` n'a pas d'`answer`, la question compte donc comme sans réponse
    .help = ajoutez answer = "..." à côté des notes et des justificatifs : un stade, yes / partly / no, ou n/a

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
        [one] { $count } réponse a été reprise d'une version antérieure et n'est pas encore relue
       *[other] { $count } réponses ont été reprises d'une version antérieure et ne sont pas encore relues
    } : { $questions }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    }
    .help = vérifiez chacune au regard des réponses de sa question (`cyberassess fill FICHIER` les affiche une à une), puis supprimez la première ligne de ses notes, « Reprise de ... : à relire. » (ou "Carried over from ...: review." dans un fichier en anglais)

diagnostics-unanswered = { $count ->
        [one] { $count } question sur { $total } est sans réponse
       *[other] { $count } questions sur { $total } sont sans réponse
    } : { $questions }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    }
    .help = les questions sans réponse comptent comme le stade le plus bas ; répondez-y, ou marquez-les "n/a" avec des notes

diagnostics-pillar-all-na = toutes les questions du pilier `{ $pillar }` sont n/a, il est donc noté au stade le plus bas
    .help = répondez à au moins une question du pilier

diagnostics-major-version = ces réponses ont été écrites pour { $questionnaire } { $wanted }, mais le questionnaire est en version { $have }
    .help = une nouvelle version majeure change le sens des réponses : répondez de nouveau avec `cyberassess fill`, ou faites pointer `questionnaire` vers l'ancien fichier du questionnaire

diagnostics-minor-version = ces réponses ont été écrites pour { $questionnaire } { $wanted } ; le questionnaire est en version { $have }
    .help = vérifiez les questions nouvelles ou modifiées, puis indiquez questionnaire_version = "{ $have }"

# Questionnaires.

diagnostics-not-a-stage = { $ref ->
        [option] le stade d'option
        [indicator] le stade d'indicateur
       *[default-target] default_target
    } "{ $stage }" n'est pas un stade
    .help = { $hint ->
        [typo] vouliez-vous dire "{ $suggestion }" ? Les stades sont { $stages }
       *[list] utilisez l'un des identifiants de stade : { $stages }
    }

diagnostics-bad-questionnaire-version = la version "{ $version }" n'est pas de la forme MAJEURE.MINEURE.CORRECTIF
    .help = écrivez-la comme "1.0.0" ; augmentez MINEURE pour de nouvelles questions, MAJEURE pour des changements de sens

diagnostics-unknown-method = méthode de notation inconnue "{ $method }"
    .help = utilisez "weighted-mean" (moyenne des stades choisis) ou "gated" (un stade ne compte que lorsque toutes ses exigences sont remplies)

diagnostics-unknown-overall = méthode de calcul d'ensemble inconnue "{ $method }"
    .help = utilisez "weighted-mean" (moyenne des piliers) ou "minimum" (le pilier le plus faible)

diagnostics-too-few-stages = un questionnaire doit avoir au moins 2 stades, celui-ci en a { $count }
    .help = ajoutez des sections [[stages]], du plus bas au plus haut, chacune avec id, name et summary

diagnostics-no-pillars = le questionnaire n'a pas de [[pillars]]
    .help = ajoutez une section [[pillars]] avec id, name, summary et [[pillars.questions]]

diagnostics-reserved-pillar-id = l'identifiant de pilier "{ $id }" est réservé au résultat d'ensemble
    .help = les résultats présentent le résultat d'ensemble sous ce nom (en dernière ligne de chaque évaluation en CSV) ; donnez un autre identifiant au pilier, comme "overall-governance"

diagnostics-no-questions = { $subject } n'a pas de questions
    .help = ajoutez au moins une section [[pillars.questions]] en dessous

diagnostics-no-requirement = { $subject } n'a aucune question qui soit une exigence { $count ->
        [one] du stade
       *[other] des stades
    } { $stages }
    .help = un pilier à seuils ne peut dépasser son stade le plus haut qui a une exigence, et un stade sans exigence est atteint dès que le stade inférieur l'est ; associez un indicateur à { $count ->
        [one] ce stade
       *[other] chacun de ces stades
    }, ou ajoutez une question à choix (exigence de tous les stades)

diagnostics-bad-id = { $what ->
        [questionnaire] l'identifiant de questionnaire
        [stage] l'identifiant de stade
        [pillar] l'identifiant de pilier
        [replaced-question] l'identifiant de question remplacée
       *[question] l'identifiant de question
    } "{ $id }" contient des caractères interdits dans un identifiant
    .help = utilisez des minuscules, des chiffres et des tirets, comme "{ $suggestion }"

diagnostics-duplicate-id = { $what ->
        [stage] l'identifiant de stade
        [pillar] l'identifiant de pilier
       *[question] l'identifiant de question
    } "{ $id }" est utilisé deux fois
    .help = le premier est à la ligne { $line } ; donnez à chaque { $what ->
        [stage] stade
        [pillar] pilier
       *[question] question
    } son propre identifiant

diagnostics-indicator-in-weighted-mean = { $subject } est un indicateur, mais le questionnaire est noté par moyenne pondérée
    .help = les indicateurs (yes / partly / no) demandent [scoring] method = "gated" ; ou faites-en une question à choix, avec une option par stade

diagnostics-unknown-question-kind = type de question inconnu "{ $kind }"
    .help = utilisez "choice" (choisir la description de stade qui convient) ou "indicator" (yes / partly / no)

diagnostics-indicator-key-in-choice = `{ $key }` est propre aux questions indicateurs, mais { $subject } est une question à choix
    .help = déplacez `{ $key }` dans l'une de ses [[pillars.questions.options]], ou ajoutez kind = "indicator"

diagnostics-no-options = { $subject } n'a pas d'options
    .help = ajoutez des sections [[pillars.questions.options]], une par stade, chacune avec stage, text et next_step

diagnostics-duplicate-option = { $subject } a deux options pour le stade "{ $stage }"
    .help = gardez une option par stade ; fusionnez les deux descriptions

diagnostics-options-out-of-order = les options de { $subject } ne suivent pas l'ordre des stades : "{ $stage }" vient après "{ $previous }"
    .help = rangez les options du stade le plus bas au plus haut, comme dans [[stages]]

diagnostics-lowest-option-evidence = les justificatifs de l'option "{ $stage }" de { $subject } n'ont pas de stade inférieur dont la distinguer
    .help = les justificatifs d'une option indiquent ce qui atteste ce stade plutôt que le précédent ; déplacez-les vers l'option supérieure, ou supprimez-les

diagnostics-missing-next-step = l'option "{ $stage }" de { $subject } n'a pas de next_step
    .help = ajoutez next_step = "..." : la mesure concrète qui fait passer un pays de ce stade à celui de l'option suivante (seule l'option la plus haute peut l'omettre)

diagnostics-indicator-with-options = { $subject } est un indicateur et n'admet donc pas d'options
    .help = supprimez les options (on répond aux indicateurs par yes / partly / no), ou supprimez kind = "indicator"

diagnostics-indicator-lowest-stage = { $subject } est associée au stade le plus bas, qui est toujours atteint
    .help = associez l'indicateur au stade dont il est une exigence, au-dessus du plus bas

diagnostics-weight-out-of-range = le poids { $weight } est hors de la plage autorisée
    .help = utilisez un nombre de { $min } à { $max }, comme 1 ou 1.5 ; omettez weight pour la valeur par défaut, 1

diagnostics-weight-not-positive = le poids { $weight } n'est pas un nombre positif
    .help = utilisez un nombre de { $min } à { $max }, comme 1 ou 1.5 ; omettez weight pour la valeur par défaut, 1

diagnostics-empty-term = un terme du glossaire est vide
    .help = écrivez le terme tel qu'il figure dans les questions, par exemple term = "SIM3"

diagnostics-duplicate-term = le terme du glossaire "{ $term }" est défini deux fois
    .help = la première définition est à la ligne { $line } ; gardez l'une des deux entrées [[glossary]]

diagnostics-unused-term = le terme du glossaire "{ $term }" n'est utilisé dans aucune question
    .help = les termes s'affichent avec les questions dont l'énoncé, l'aide, les justificatifs ou les options les emploient (quelle que soit la casse, en mots entiers) ; employez-le là, ou supprimez cette entrée [[glossary]]

# Lecture des fichiers.

diagnostics-unreadable = { $reason ->
        [not-found] le fichier n'existe pas
        [permission] vous n'avez pas le droit de lire ce fichier
       *[other] le fichier n'a pas pu être lu : { $detail }
    }
    .help = { $reason ->
        [not-found] vérifiez l'orthographe du chemin, et le dossier où vous vous trouvez
        [permission] demandez au propriétaire du fichier un accès en lecture, ou copiez-le à un endroit où vous pouvez le lire
       *[other] vérifiez qu'il s'agit d'un fichier ordinaire que vous pouvez ouvrir
    }

diagnostics-is-a-folder = ceci est un dossier, pas un fichier
    .help = indiquez les fichiers .toml qu'il contient

diagnostics-too-large = le fichier dépasse 4 Mio, bien plus que n'importe quel questionnaire ou fichier de réponses
    .help = vérifiez qu'il s'agit du bon fichier ; placez les notes très longues dans des documents séparés et citez-les comme justificatifs

diagnostics-questionnaire-has-problems = le questionnaire "{ $questionnaire }" a des problèmes, ces réponses ne peuvent donc pas être vérifiées
    .help = corrigez d'abord le questionnaire (ses problèmes sont indiqués avec lui)

diagnostics-not-utf8 = le fichier n'est pas du texte UTF-8 (ligne { $line }, colonne { $column })
    .help = enregistrez de nouveau le fichier en UTF-8 (dans la plupart des éditeurs : Enregistrer sous, Encodage : UTF-8)

diagnostics-not-a-questionnaire-file = ce fichier n'est pas un questionnaire (ce n'est pas du TOML avec [[stages]] et [[pillars]]) ; son contenu n'est pas affiché
    .help = indiquez un fichier de questionnaire, ou un questionnaire intégré par son identifiant

diagnostics-not-utf8-name = le nom du fichier n'est pas du texte UTF-8, le fichier n'a donc pas été lu
    .help = renommez le fichier avec des lettres que votre système affiche correctement (le nom affiché ici porte un signe de remplacement là où il ne peut être lu)

diagnostics-not-a-regular-file = ceci est { $kind ->
        [named-pipe] un tube nommé
        [socket] un socket
        [device] un périphérique
       *[special] un fichier spécial
    }, pas un fichier ordinaire, il n'a donc pas été lu
    .help = indiquez le fichier de questionnaire ou de réponses lui-même

# Langues et traductions.

diagnostics-bad-language = la langue "{ $language }" n'est pas un code de langue
    .help = { $file ->
        [answers] écrivez le code à deux lettres de la langue dans laquelle le rapport sera rédigé, comme "en" (anglais), "es" (espagnol), "fr" (français) ou "pt" (portugais), ou supprimez la ligne
        [translation] écrivez le code à deux lettres de la langue des textes : "es" (espagnol), "fr" (français), "pt" (portugais), éventuellement avec une région, comme "pt-BR"
       *[questionnaire] écrivez le code à deux lettres de la langue dans laquelle les textes sont écrits, comme "en" (anglais), "es" (espagnol), "fr" (français) ou "pt" (portugais)
    }

diagnostics-bad-translation-version = la version "{ $version }" n'est pas de la forme MAJEURE.MINEURE.CORRECTIF
    .help = écrivez la version du questionnaire que ce fichier traduit, comme "2.0.0" (`cyberassess questionnaires` liste les questionnaires intégrés)

diagnostics-texts-not-a-table = `{ $id }` dans [{ $key }] doit être une table de textes, pas { $found }
    .help = donnez les textes { $what ->
        [stage] du stade
        [pillar] du pilier
        [option] de l'option
        [glossary-entry] de l'entrée du glossaire
       *[question] de la question
    } dans une table à part, qui commence par une ligne comme [{ $key }.{ $id }]

# Vérification d'une traduction par rapport à son questionnaire.

diagnostics-language = { $code ->
    [en] anglais
    [es] espagnol
    [fr] français
    [pt] portugais
   *[other] { $tag }
}

diagnostics-translates-other = ce fichier traduit "{ $translates }", mais le questionnaire trouvé est "{ $questionnaire }"
    .help = écrivez translates = "{ $questionnaire }" si ce fichier le traduit, ou placez le fichier à côté de son propre questionnaire

diagnostics-translation-major-version = ce fichier traduit { $id } { $written }, mais le questionnaire est en version { $version }
    .help = une nouvelle version majeure change le sens des questions : une traduction ne vaut donc que pour sa propre version majeure ; traduisez { $id } { $version } (ses textes s'obtiennent avec `cyberassess questionnaires show { $id }@{ $version }` pour un questionnaire intégré)

diagnostics-translation-minor-version = ce fichier traduit { $id } { $written }, et le questionnaire est en version { $version } : les textes reformulés depuis gardent leur ancienne traduction
    .help = comparez les textes des deux versions, mettez la traduction à jour, puis écrivez version = "{ $version }"

diagnostics-translation-same-language = { $questionnaire } est déjà rédigé en "{ $language }"
    .help = indiquez la langue dans laquelle ce fichier traduit le questionnaire

diagnostics-ids-not-translated = { $what ->
    [term] Les entrées du glossaire sont désignées par le terme tel que l'écrit le questionnaire
   *[other] Les identifiants ne se traduisent jamais
}

diagnostics-translation-unknown-id = { $what ->
        [stage] { $questionnaire } n'a pas de stade "{ $id }"
        [pillar] { $questionnaire } n'a pas de pilier "{ $id }"
        [option] la question `{ $question }` de { $questionnaire } n'a pas d'option pour le stade "{ $id }"
        [term] { $questionnaire } n'a pas de terme de glossaire "{ $id }"
       *[question] { $questionnaire } n'a pas de question "{ $id }"
    }
    .help = { $hint ->
        [typo] vouliez-vous dire "{ $suggestion }" ? { diagnostics-ids-not-translated }
       *[list] choisissez parmi : { $among }. { diagnostics-ids-not-translated } ; supprimez cette table si l'élément n'existe plus dans le questionnaire
    }

diagnostics-translation-indicator-options = la question `{ $id }` de { $questionnaire } est un indicateur (yes / partly / no) et n'a donc pas d'options
    .help = traduisez ses textes dans [questions.{ $id }] (prompt, help, evidence, next_step) et supprimez cette table

diagnostics-translation-no-such-text = { $questionnaire } n'a pas de texte à l'emplacement { $text } : il ne peut donc pas être traduit
    .help = { $hint ->
        [next-step] `{ $id }` est une question à choix : ses prochaines étapes se trouvent dans ses options, dans [questions.{ $id }.options.STAGE]
       *[remove] la traduction ne donne que les textes présents dans le questionnaire ; supprimez cette ligne, ou ajoutez d'abord le texte au questionnaire
    }

diagnostics-translation-duplicate-term = deux termes du glossaire sont traduits par "{ $term }"
    .help = chaque terme doit avoir sa propre traduction, sinon le lecteur ne saurait pas à quelle définition renvoie une question ; précisez l'un des deux

diagnostics-translation-missing-texts = { $count ->
        [one] { $count } texte de { $questionnaire } n'est pas traduit et s'affiche donc en { $language }
       *[other] { $count } textes de { $questionnaire } ne sont pas traduits et s'affichent donc en { $language }
    } : { $list }{ $more ->
        [0] {""}
        [one] ; et { $more } autre table
       *[other] ; et { $more } autres tables
    }
    .help = ajoutez chacun d'eux sous l'en-tête de sa table, comme dans le questionnaire (`cyberassess questionnaires show ID` affiche un questionnaire intégré)

diagnostics-translation-glossary-misses = { $count ->
        [one] { $count } des { $uses } emplois de termes du glossaire dans les questions ne se retrouve pas dans les textes traduits
       *[other] { $count } des { $uses } emplois de termes du glossaire dans les questions ne se retrouvent pas dans les textes traduits
    } ; les questions concernées n'affichent donc pas la définition : { $list }
    .help = un terme est reconnu en mots entiers, quelle que soit la casse, y compris au pluriel en -s ou -es ; si un texte demande une autre forme (un autre pluriel, un féminin), cet écart est normal ; sinon, écrivez le terme tel que le glossaire le traduit

diagnostics-translation-questionnaire-not-found = { $hint ->
        [beside] ce fichier traduit "{ $id }", mais le questionnaire placé à côté est "{ $other }", et il n'existe pas de questionnaire intégré "{ $id }"
       *[other] le questionnaire "{ $id }" est introuvable : il n'est pas intégré, et aucun fichier de questionnaire portant cet identifiant ne se trouve à côté de cette traduction
    }
    .help = { $hint ->
        [beside] le fichier { $path }, placé à côté, est le questionnaire "{ $other }" ; écrivez translates = "{ $other }" si ce fichier le traduit
        [typo] vouliez-vous dire "{ $suggestion }" ? Questionnaires intégrés : { $ids }
       *[list] placez la traduction à côté de son questionnaire, nommée d'après lui avec la langue (mon-questionnaire.toml → mon-questionnaire.fr.toml), ou traduisez un questionnaire intégré ({ $ids })
    }

diagnostics-translation-questionnaire-has-problems = le questionnaire "{ $questionnaire }" présente des problèmes : cette traduction ne peut donc pas être vérifiée
    .help = corrigez d'abord le questionnaire (ses problèmes sont indiqués avec lui)

diagnostics-builtin-translation-broken = cette traduction intégrée ne se charge pas
    .help = c'est une anomalie du programme ; merci de la signaler

diagnostics-translation-not-answers = ceci est la traduction en { $language } du questionnaire { $id } { $version }, pas un fichier de réponses
    .help = les fichiers de réponses sont les mêmes dans toutes les langues ; pour répondre au questionnaire { $id } en { $language }, lancez `cyberassess fill FICHIER --questionnaire { $named } --lang { $lang }` ou `cyberassess template { $named } --lang { $lang }`

# Recherche du questionnaire indiqué par un fichier de réponses ou une commande.

diagnostics-questionnaire-not-found = { $from ->
        [answers] le questionnaire "{ $reference }" est introuvable
       *[command] il n'existe pas de questionnaire "{ $reference }"
    }
    .help = { $hint ->
        [other-version] { $id } est intégré en version { $versions }, pas en { $wanted } ; écrivez { $id }@{ $newest } ou omettez la version pour la plus récente
        [no-file] aucun fichier à l'emplacement { $path } ; le chemin est relatif au fichier de réponses
        [typo] vouliez-vous dire "{ $suggestion }" ? Questionnaires intégrés : { $ids }
       *[ids] utilisez l'identifiant d'un questionnaire intégré ({ $ids }) ou le chemin d'un fichier de questionnaire, relatif au fichier de réponses
    }

diagnostics-questionnaire-not-toml = { $from ->
        [answers] "{ $reference }" n'est pas un fichier de questionnaire : il n'a donc pas été lu
       *[command] il n'existe pas de questionnaire "{ $reference }"
    }
    .help = un questionnaire se désigne par l'identifiant d'un questionnaire intégré ({ $ids }) ou par le chemin de son fichier .toml, relatif au fichier de réponses ; seul un identifiant intégré ou le chemin d'un fichier .toml est lu

# Fichiers de réponses dans une révision git (REV:CHEMIN).

diagnostics-revision-too-large = le fichier dépasse 4 Mio, bien plus que n'importe quel fichier de réponses
    .help = vérifiez qu'il s'agit du bon fichier

diagnostics-revision-absolute-path = un fichier d'une révision git doit être désigné par son chemin relatif au dossier courant
    .help = placez-vous dans le dépôt et écrivez-le sous la forme { $revision }:chemin/vers/fichier.toml

diagnostics-git-not-run = git n'a pas pu être lancé pour lire cette révision : { $detail }
    .help = installez git, ou comparez des fichiers sur le disque (extrayez-en un avec `git show REV:CHEMIN > ancien.toml`)

diagnostics-not-a-repository = le dossier courant n'est pas dans un dépôt git : une révision ne peut donc pas être lue
    .help = lancez la commande dans le dépôt qui contient le fichier, ou indiquez de simples chemins de fichiers

diagnostics-not-in-revision = { $path } n'est pas dans la révision { $revision }
    .help = vérifiez le chemin (relatif au dossier courant) ; `git log --oneline -- { $path }` liste les révisions qui le contiennent

diagnostics-unknown-revision = git ne connaît pas la révision "{ $revision }"
    .help = utilisez un commit, une étiquette ou une branche qu'affiche `git log --oneline`, comme HEAD~1

diagnostics-git-failed = git n'a pas pu lire { $revision }:{ $path } : { $detail }
    .help = vérifiez la révision et le chemin (relatif au dossier courant)

# Lecture des dossiers et des fichiers qui changent.

diagnostics-file-changed = ce fichier a changé pendant sa lecture : ce n'est plus un fichier de réponses
    .help = relancez la commande quand les fichiers ne changent plus

diagnostics-folder-loop = un lien symbolique renvoie en boucle à { $folder }
    .help = la boucle n'a pas été suivie ; supprimez le lien ou faites-le pointer ailleurs

diagnostics-folder-not-allowed = vous n'avez pas l'autorisation de lire ce dossier
    .help = demandez l'accès à son propriétaire ; les fichiers qu'il contient n'ont pas été notés

diagnostics-folder-unreadable = impossible de lire cet élément : { $detail }
    .help = vérifiez que le chemin existe et qu'il est lisible

# Fusion de fichiers de réponses, et reprise des réponses avec --from.

diagnostics-respondent-in-earlier-file = le répondant "{ $name }" figure déjà dans un fichier précédent de cette fusion
    .help = chaque répondant n'est fusionné qu'une fois : laissez ce fichier de côté, ou indiquez-y ses propres évaluateurs (assessors)

diagnostics-merge-other-questionnaire = ces réponses portent sur { $questionnaire }, mais { $first } répond à { $first_questionnaire } ; une fusion réunit des réponses à un seul questionnaire
    .help = ne fusionnez que les fichiers écrits pour le même questionnaire

diagnostics-merge-other-version = ces réponses portent sur { $questionnaire }, mais { $first } répond à { $first_questionnaire } ; une fusion réunit des réponses à une seule version
    .help = répondez de nouveau à { $first_questionnaire }, ou partez de ce fichier avec `cyberassess fill --from`

diagnostics-merge-other-country = ces réponses concernent { $country }, mais { $first } concerne { $first_country }
    .help = fusionnez les réponses d'un seul pays, ou indiquez le pays du consensus avec --country NOM

diagnostics-carry-other-questionnaire = ces réponses portent sur { $old } : elles ne peuvent donc pas servir de point de départ à une évaluation de { $new }
    .help = indiquez après --from un fichier de réponses écrit pour { $new }, ou commencez sans --from

diagnostics-carry-same-version = ces réponses portent déjà sur { $id } { $version }, la version que vous commencez
    .help = il n'y a rien à reprendre : poursuivez ce fichier avec `cyberassess fill FICHIER`, ou copiez-le

diagnostics-carry-not-previous-major = ces réponses portent sur { $id } { $version } ; seules les réponses à la version { $previous }.x peuvent être reprises pour { $new }
    .help = partez d'un fichier de réponses écrit pour { $id } { $previous }.x

# Problèmes d'un classeur rempli donné à `import`, après la feuille et la cellule.

diagnostics-import-at = feuille { $sheet }, cellule { $cell } : {""}
diagnostics-import-in = feuille { $sheet } : {""}
diagnostics-import-place = feuille { $sheet }, cellule { $cell }
diagnostics-import-not-a-template = ce classeur n'a pas été créé par `cyberassess template --format xlsx` (la feuille masquée qui désigne le questionnaire est absente) ; copiez les réponses dans un classeur créé par cette commande
diagnostics-import-unknown-layout = ce classeur suit la structure { $layout }, que cette version de cyberassess ne sait pas lire ; importez-le avec une version plus récente
diagnostics-import-other-questionnaire = ce classeur est destiné à { $workbook }, pas à { $expected } ; importez-le sans --questionnaire, ou créez un classeur pour { $expected } avec `cyberassess template`
diagnostics-import-missing-detail = { $detail ->
        [country] le pays n'est pas renseigné
       *[date] la date de l'évaluation n'est pas renseignée
    } ; complétez cette information et importez de nouveau
diagnostics-import-not-a-date = '{ $written }' n'est pas une date ; saisissez la date sous la forme année-mois-jour, par exemple 2026-03-14
diagnostics-import-not-a-stage = '{ $written }' n'est pas un stade ; choisissez l'un des stades suivants : { $stages }
diagnostics-import-not-an-answer = '{ $written }' n'est pas une réponse ; vouliez-vous dire { $suggestion } ?
diagnostics-import-not-an-answer-to = '{ $written }' n'est pas une réponse à cette question ; choisissez l'une des réponses suivantes : { $answers }
diagnostics-import-no-question-id = cette ligne contient une réponse mais pas d'identifiant de question (la ligne a été ajoutée, ou son identifiant effacé) ; saisissez la réponse sur la ligne de la question elle-même
diagnostics-import-unknown-question = l'identifiant de question '{ $id }' n'est pas dans ce questionnaire ; la ligne a été modifiée à la main : copiez la réponse dans un nouveau classeur créé par `cyberassess template`
diagnostics-import-duplicate = la question '{ $id }' a reçu deux réponses (première réponse : { $first }) ; ne gardez qu'une ligne
diagnostics-import-notes-without-answer = cette ligne contient des justificatifs ou des notes mais pas de réponse ; choisissez une réponse (s.o. si la question ne s'applique pas), ou effacez-les
diagnostics-import-unreadable = impossible de lire le fichier : { $detail }
diagnostics-import-too-large = le fichier dépasse { $size } Mo : c'est trop pour un questionnaire rempli
diagnostics-import-not-a-workbook = ce n'est pas un classeur .xlsx ou .ods ({ $detail }) ; enregistrez-le depuis votre tableur au format Excel (.xlsx) ou OpenDocument (.ods)
