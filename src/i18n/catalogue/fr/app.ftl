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

app-compare-option-not-for-format = { $option } ne s'applique pas à { $format } : cette option détermine { $chooses }, et { $format } contient toujours { $has }
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

app-dash = -o - désignerait la sortie standard, mais { $why } ; donnez un nom de fichier avec -o
app-dash-man-all = --all écrit une page par commande dans un dossier
app-dash-report = un rapport est écrit dans un fichier (PDF, Word ou Markdown), ou à côté de chaque fichier de réponses quand -o est omis
app-dash-plan = un plan d'action est écrit dans un fichier (.xlsx, .csv ou .md)
app-dash-merge = le consensus est écrit dans un fichier de réponses
app-dash-import = import écrit un fichier de réponses par classeur dans un dossier

app-output-folder = { $path } est un dossier ; donnez le nom du fichier à écrire, par exemple { $example }
app-output-open = impossible d'ouvrir { $path } en écriture
app-output-device = { $path } est un périphérique ou un socket, pas un fichier ; écrivez dans un fichier, dans un tube nommé ou dans un périphérique en mode caractère comme /dev/null
app-output-create-folder = impossible de créer le dossier { $folder }
app-output-write-in-folder = impossible d'écrire dans le dossier { $folder }
app-output-write = impossible d'écrire { $path } (le disque est-il plein ?)
app-output-save = impossible d'enregistrer { $path }
app-output-save-in-use = impossible d'enregistrer { $path } (le fichier est-il ouvert dans un autre programme, comme Excel ou un lecteur PDF ? Fermez-le et relancez la commande)
app-output-link = impossible de suivre le lien { $path }
app-output-link-loop = { $path } est une chaîne de plus de { $count } liens symboliques (une boucle ?) ; faites-le pointer vers un fichier
app-output-stdout = impossible d'écrire sur la sortie standard
app-output-is-input = { $path } est l'un des fichiers d'entrée ; y écrire le résultat le remplacerait. Choisissez un autre nom pour le fichier de sortie

app-template-exists = { $file } existe déjà et peut contenir des réponses ; choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer
app-template-workbook-terminal = un classeur ne peut pas s'afficher dans le terminal ; ajoutez -o FICHIER.xlsx
app-template-no-translation = { $questionnaire } n'a pas de traduction pour la langue « { $lang } » ; il est disponible en { $available }. Pour traduire un fichier de questionnaire, placez NOM.{ $lang }.toml à côté de lui (pour le format, voir : cyberassess guide formats)
app-wrote-workbook = { $file } écrit avec { $count ->
    [one] { $count } question
   *[other] les { $count } questions
} de { $questionnaire }, une feuille par pilier. Remplissez les cellules de couleur avec Excel ou LibreOffice Calc, puis lancez : cyberassess import { $file }
app-wrote-schema = Schéma { $file } écrit ; les éditeurs dotés du serveur de langage TOML (Taplo) vérifient et complètent les réponses en s'appuyant sur ce schéma
app-wrote-template = { $file } écrit avec { $count ->
    [one] { $count } question
   *[other] les { $count } questions
} de { $questionnaire }. Remplissez les lignes de réponse avec n'importe quel éditeur de texte, puis lancez : cyberassess check { $file }

app-import-questionnaire-problems = le questionnaire { $questionnaire } présente des problèmes (listés ci-dessus)
app-import-questionnaire-now = { $questionnaire } (celui que contient maintenant le fichier de questionnaire { $file })
app-import-bad-language = le classeur indique la langue « { $language } », qui n'est pas un code de langue ; recréez le classeur avec cyberassess template
app-import-translation-problems = la traduction de { $questionnaire } présente des problèmes (listés ci-dessus)
app-import-exists = { $file } existe déjà et peut contenir des réponses ; ajoutez --force pour le remplacer, ou choisissez un autre dossier avec -o
app-wrote-import = { $file } écrit : { $answered ->
    [one] { $answered } question sur { $total } a une réponse
   *[other] { $answered } questions sur { $total } ont une réponse
}{ $left ->
    [0] {""}
    [one] {" "}({ $left } reste sans réponse)
   *[other] {" "}({ $left } restent sans réponse)
}. Calculez le score avec : cyberassess score { $file }

app-questionnaires-id = Identifiant
app-questionnaires-version = Version
app-questionnaires-title = Titre
app-questionnaires-pillars = Piliers
app-questionnaires-questions = Questions
app-questionnaires-method = Méthode
app-questionnaires-languages = Langues
app-questionnaires-newest = { $version } (la plus récente)
app-questionnaires-about = Un fichier de réponses est noté selon la version intégrée qui a la même version majeure que son questionnaire_version (1.x : 1.0.0), ou selon la plus récente s'il n'en indique pas. Pour désigner une version, écrivez ID@VERSION, par exemple ncss-maturity@1.0.0. La langue des questions se choisit avec --lang dans `template` et `fill` ; les fichiers de réponses sont identiques dans toutes les langues.
app-questionnaires-print = Pour en afficher un : cyberassess questionnaires show ID > mon-questionnaire.toml
app-questionnaires-broken = le questionnaire intégré { $questionnaire } ne se charge pas ; c'est une anomalie du programme
app-questionnaires-unknown-version = { $id } est intégré en version { $versions }, pas en { $wanted } ; par exemple : cyberassess questionnaires show { $id }@{ $example }
app-questionnaires-unknown = il n'y a pas de questionnaire intégré « { $name } » ; { $hint }les questionnaires intégrés sont : { $ids }
app-questionnaires-did-you-mean = vouliez-vous dire « { $name } » ?{" "}

app-compare-revision-in-batch = { $file } est un fichier d'une révision git : REV:CHEMIN s'utilise pour comparer deux fichiers (compare ANCIEN NOUVEAU), pas dans un lot de dossiers
app-compare-cannot = { $old } et { $new } ne peuvent pas être comparés : { $reason }
app-compare-not-compared = { $old } et { $new } n'ont pas été comparés : { $reason }
app-compare-write-failed = impossible d'écrire la comparaison
app-compare-other-country = { $old } porte sur { $old_country } et { $new } sur { $new_country } ; ils sont comparés quand même
    .help = vérifiez que ce sont bien les deux fichiers voulus
app-compare-order = { $old } (daté du { $old_date }) est plus récent que { $new } (daté du { $new_date }) ; les changements sont présentés du premier vers le second
    .help = donnez d'abord l'évaluation la plus ancienne : compare ANCIEN NOUVEAU
app-compare-no-country = un pays non indiqué

app-score-cannot-apply = { $option } ne s'applique pas à { $format } : cette option détermine { $chooses }, et { $format } contient toujours { $what }, dans l'ordre des chemins
    .help = retirez { $option }, ou utilisez --format table ou --format markdown
app-score-json-has = toutes les questions de chaque évaluation
app-score-csv-has = une ligne par pilier et une ligne d'ensemble, sans questions ni prochaines étapes
app-score-top-chooses = le nombre de prochaines étapes affichées
app-score-explain-chooses = si chaque question est affichée
app-score-detail-chooses = si le tableau propre à chaque évaluation suit le tableau de la cohorte
app-score-sort-chooses = l'ordre des lignes du tableau de la cohorte
app-score-changed = { $file } a changé pendant le calcul de son score

app-report-fonts = impossible de charger les polices du rapport
app-report-baseline-many = --baseline { $file } mesure les progrès d'une seule évaluation, mais { $count } fichiers de réponses ont été trouvés ; donnez un seul fichier de réponses, ou utilisez `cyberassess compare DOSSIER` pour l'évolution de chaque pays
app-report-baseline-folder = --baseline { $folder } est un dossier ; donnez le fichier de réponses antérieur lui-même
app-report-baseline-one = --baseline mesure les progrès d'une seule évaluation : donnez un seul fichier de réponses, pas plusieurs ni un dossier (pour l'évolution de chaque pays, utilisez `cyberassess compare DOSSIER`)
app-report-renamed = remarque : écriture de { $file } (un rapport dans ce format est un fichier .{ $extension })
app-report-collide = { $first } et { $second } seraient tous deux écrits dans { $file } ; renommez l'un d'eux, ou lancez `cyberassess report` une fois pour chacun avec son propre -o
app-report-failed = impossible de produire le rapport de { $file }
app-report-no-cohort = pas de rapport de cohorte : aucune évaluation n'a pu être notée
app-report-cohort-failed = impossible de produire le rapport de cohorte

app-carry-has-problems = { $file } présente les problèmes ci-dessus ; corrigez-les, puis relancez la commande.
app-carried = { $count ->
    [one] { $count } réponse reprise de { $file } ({ $questionnaire }), marquée pour relecture :
   *[other] { $count } réponses reprises de { $file } ({ $questionnaire }), chacune marquée pour relecture :
}
app-carried-was = (auparavant { $old })
app-left = Restées sans réponse ({ $count }) :
app-left-new = nouvelle, ou son sens a changé
app-left-old-unanswered = son ancienne question est sans réponse dans l'ancien fichier
app-left-does-not-fit = l'ancienne réponse ne fait pas partie de ses réponses

app-merge-exists = { $file } existe déjà ; choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer
app-merge-nothing = Rien n'a été fusionné : corrigez les problèmes ci-dessus, puis relancez la commande.
app-merge-agenda-failed = impossible d'écrire l'ordre du jour

app-plan-unknown-format = impossible de déduire le format de { $file } d'après son nom ; donnez-lui l'extension .xlsx, .csv ou .md, ou ajoutez --format
app-plan-exists = { $file } existe déjà, et le groupe de travail l'a peut-être rempli ; choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer

app-check-questionnaire = ok : { $file } est le questionnaire { $id } { $version } ({ $pillars } piliers, { $questions } questions, { $stages } stades, { $method })
app-check-answers = ok : { $file } répond à { $id } { $version } pour { $country } ({ $answered ->
    [one] { $answered } question sur { $total } a une réponse
   *[other] { $answered } questions sur { $total } ont une réponse
})
app-check-no-country = un pays non encore indiqué
app-check-translation = ok : { $file } est la traduction en { $language } ({ $tag }) du questionnaire { $id } { $version } ({ $given ->
    [one] { $given } texte traduit sur { $total }
   *[other] { $given } textes traduits sur { $total }
})
