# Les mots de `fill` : les écrans des questions, leurs listes et touches, les informations de
# l'évaluation, justificatifs et notes, les cibles, et ce qui est dit à l'arrêt.

fill-progress = { $pillar } { $done }/{ $of } · { $answered }/{ $total } répondues
fill-progress-disputed = { $count } en débat

fill-answer-yes = Oui
    .text = Entièrement en place.
    .key = o
fill-answer-partly = En partie
    .text = Lancé, ou en place seulement en partie.
    .key = p
fill-answer-no = Non
    .text = Pas en place.
    .key = n
fill-not-applicable = Sans objet
    .text = Ne s'applique pas ici ; il vous sera demandé pourquoi.
fill-leave-disputed = Laisser en débat
    .text = Pas encore d'accord : la question reste en débat, avec sa réponse provisoire.
fill-skip = Passer pour l'instant
fill-clear = Effacer la réponse
    .text = La question n'a plus de réponse ; ses justificatifs et ses notes sont également effacés.
fill-back = Revenir à la question précédente
fill-save-and-quit = Enregistrer et quitter

fill-help-entry = Afficher l'aide et les justificatifs à citer
fill-help-shown = (aide ci-dessous)
fill-current = (actuelle)
fill-needed-for = (nécessaire pour atteindre le stade { $stage })
fill-carried-check = ({ $note } La réponse présélectionnée est-elle toujours juste ?)
fill-respondent-evidence = justificatifs : { $evidence }.
fill-respondent-notes = Notes : { $notes }
fill-keys-help = Haut/Bas puis Entrée · tapez pour chercher · Échap enregistre et quitte
fill-keys-help-with = { $keys } ou Haut/Bas puis Entrée · tapez pour chercher · Échap enregistre et quitte
fill-list-help = Haut/Bas pour se déplacer, Entrée pour choisir, Échap pour enregistrer et quitter
fill-stopped = (arrêté)
fill-type-an-answer = Saisissez une réponse (Échap pour enregistrer et quitter).

fill-help = Aide : { $text }
fill-evidence-to-cite = Justificatifs à citer : { $text }
fill-evidence-for-stage = Justificatifs pour le stade { $stage } : { $text }

fill-saved = Enregistré : { $what }
fill-saved-because = Enregistré : { $answer }, parce que { $why }
fill-saved-agreed = Enregistré : { $answer }, réponse convenue (plus en débat)
fill-saved-agreed-because = Enregistré : { $answer }, réponse convenue (plus en débat), parce que { $why }
fill-saved-removed = Enregistré : « { $line } » est supprimé
fill-saved-notes-removed = Enregistré : les notes sont supprimées
fill-saved-cleared = Enregistré : la réponse à { $id } est effacée ; la question est sans réponse.

fill-why-not-applicable = Pourquoi cette question ne s'applique-t-elle pas ? (obligatoire pour « Sans objet »)
fill-why-needed = Indiquez en quelques mots pourquoi elle ne s'applique pas.
fill-keep-evidence = Garder les justificatifs et les notes tels quels
fill-change-evidence = Modifier les justificatifs ou les notes
fill-no-evidence = Non, passer à la question suivante
fill-add-evidence = Ajouter des justificatifs ou des notes
fill-add-evidence-question = Ajouter des justificatifs ou des notes ?
fill-given-so-far = Justificatifs et notes indiqués jusqu'ici :
fill-notes-given = Notes : { $notes }
fill-notes = Notes (facultatives)
fill-enter-keeps-text = Entrée garde le texte affiché
fill-enter-skips = Entrée pour passer
fill-evidence-intro = Justificatifs : un lien ou une référence de document par ligne
fill-evidence-keep = Entrée le garde ; effacez le texte pour le supprimer
fill-evidence-done = Entrée sur une ligne vide pour terminer

fill-new-file = { $count ->
    [one] Nouveau fichier de réponses { $file } pour { $title } ({ $count } question en { $pillars } piliers). D'abord, les informations sur l'évaluation.
   *[other] Nouveau fichier de réponses { $file } pour { $title } ({ $count } questions en { $pillars } piliers). D'abord, les informations sur l'évaluation.
}
fill-details-missing = Les informations sur l'évaluation de { $file } ne sont pas encore toutes renseignées ; d'abord, ces informations.
fill-ask-country = Quel pays (ou quelle organisation) est évalué ?
fill-keep-country = Entrée garde le pays de l'ancien fichier de réponses
fill-country-needed = Saisissez le nom du pays ou de l'organisation.
fill-ask-assessors = Qui répond ? Noms ou organisations, séparés par des points-virgules (;)
fill-keep-names = Entrée garde les noms affichés
fill-leave-empty = Entrée pour laisser vide
fill-no-one-named = aucun nom indiqué
fill-ask-date = Date de l'évaluation (année-mois-jour)
fill-keep-today = Entrée garde la date du jour ; toute saisie la remplace
fill-not-a-date = « { $text } » n'est pas une date ; écrivez-la sous la forme { $today }.
fill-ask-target = Quel stade visez-vous ? L'écart à cette cible est indiqué pour chaque pilier.
fill-saved-target = cible { $stage }
fill-details-saved = Les informations sont enregistrées dans { $file }. Viennent maintenant les { $total } questions, pilier par pilier. Chaque réponse est enregistrée dès que vous la donnez ; appuyez sur Échap pour arrêter à tout moment.
fill-details-saved-carried = { $count ->
    [one] Les informations sont enregistrées dans { $file }. Viennent maintenant les { $total } questions, pilier par pilier. Chaque réponse est enregistrée dès que vous la donnez ; appuyez sur Échap pour arrêter à tout moment. { $count } réponse a été reprise et est marquée à revoir : elle est présentée avec sa réponse présélectionnée, parmi les questions restant à traiter.
   *[other] Les informations sont enregistrées dans { $file }. Viennent maintenant les { $total } questions, pilier par pilier. Chaque réponse est enregistrée dès que vous la donnez ; appuyez sur Échap pour arrêter à tout moment. { $count } réponses ont été reprises et sont marquées à revoir : chacune est présentée avec sa réponse présélectionnée, parmi les questions restant à traiter.
}

fill-reviewing = Relecture des { $total } questions (réponses : { $answered }). La réponse actuelle est présélectionnée et marquée « actuelle » : appuyez sur Entrée pour la garder.
fill-disputed-intro = Questions en débat : { $disputed } sur { $total }. Chacune est présentée avec la réponse de chaque répondant : choisissez la réponse convenue, ou laissez la question en débat.
fill-none-disputed = Aucune question de { $file } n'est en débat.
fill-all-answered-already = Les { $total } questions ont déjà une réponse. Pour modifier des réponses, relancez la même commande avec --review.
fill-starting = Réponses : { $answered } sur { $total }. Début : { $pillar }, question { $number }.
fill-resuming = Réponses : { $answered } sur { $total }. Reprise : { $pillar }, question { $number }.
fill-resuming-review = Réponses : { $answered } sur { $total } (reprises d'une version antérieure et présentées à nouveau pour relecture : { $review }). Reprise : { $pillar }, question { $number }.
fill-first-question = C'est la première question ; aucune ne la précède.
fill-pillar = { $count ->
    [one] Pilier { $number } sur { $total } : { $name } ({ $count } question)
   *[other] Pilier { $number } sur { $total } : { $name } ({ $count } questions)
}

fill-all-settled = Toutes les questions en débat sont maintenant tranchées.
fill-still-disputed = Questions encore en débat : { $disputed } sur { $total }. Elles gardent leur réponse provisoire jusqu'à ce que l'atelier les tranche.
fill-all-answered = Les { $total } questions ont une réponse.
fill-not-reviewed = Réponses reprises d'une version antérieure et pas encore revues : { $review }. Elles comptent telles quelles ; chacune garde sa note de relecture jusqu'à ce que vous y répondiez à nouveau.
fill-unanswered = Questions encore sans réponse : { $missing } sur { $total }. Tant qu'elles n'ont pas de réponse, elles comptent comme le stade le plus bas.
fill-unanswered-not-reviewed = Questions encore sans réponse : { $missing } sur { $total } (elles comptent comme le stade le plus bas) ; réponses reprises pas encore revues : { $review }.
fill-go-through-again = Les reprendre
fill-answer-now = Y répondre maintenant
fill-finish = Terminer pour l'instant et afficher les scores

fill-targets-intro = Les cibles de { $file } : d'abord le stade visé par l'évaluation dans son ensemble, puis celui de chaque pilier. L'écart à sa cible est indiqué pour chaque pilier.
fill-ask-overall-target = Quel stade l'évaluation vise-t-elle dans son ensemble ?
fill-saved-overall-target = Enregistré : cible d'ensemble { $stage }
fill-same-as-overall = La cible d'ensemble ({ $stage })
fill-ask-pillar-target = Pilier { $number } sur { $total } : quel stade viser pour { $pillar } ?
fill-saved-pillar-target = Enregistré : cible { $stage } pour { $pillar }
fill-saved-pillar-overall = Enregistré : { $pillar } reprend la cible d'ensemble ({ $stage })

fill-no-terminal-file = `cyberassess fill` pose ses questions dans un terminal, et il n'y en a pas ici (l'entrée ou la sortie d'erreur est redirigée). Pour répondre sans terminal, modifiez { $file } avec n'importe quel éditeur de texte.
fill-no-terminal-file-disputed = `cyberassess fill` pose ses questions dans un terminal, et il n'y en a pas ici (l'entrée ou la sortie d'erreur est redirigée). Pour répondre sans terminal, modifiez { $file } avec n'importe quel éditeur de texte ; pour y trancher une question en débat, écrivez la réponse convenue et supprimez sa ligne `disputed = true`.
fill-no-terminal-new = `cyberassess fill` pose ses questions dans un terminal, et il n'y en a pas ici (l'entrée ou la sortie d'erreur est redirigée). Pour répondre sans terminal, créez un fichier à remplir avec n'importe quel éditeur de texte : { $command }
fill-from-exists = { $file } existe déjà ; --from crée un nouveau fichier : nommez-en un qui n'existe pas encore (pour poursuivre { $file }, retirez --from { $from })
fill-has-problems = { $file } présente les problèmes ci-dessus ; corrigez-les avec un éditeur de texte, puis relancez `cyberassess fill { $file }`.
fill-other-questionnaire = { $file } répond déjà à { $answers }, et non à { $named } ; retirez --questionnaire pour le poursuivre, ou nommez un nouveau fichier pour commencer { $named }
fill-stopped-in = arrêt du remplissage de { $file }
fill-resume-disputed = Enregistré dans { $file } ; questions encore en débat : { $disputed } sur { $total }. Pour reprendre : cyberassess fill --disputed { $file }
fill-resume-targets = Enregistré dans { $file }. Pour définir les autres cibles : cyberassess fill --targets { $file }
fill-resume = Réponses enregistrées dans { $file } : { $answered } sur { $total }. Pour reprendre : cyberassess fill { $file }
fill-nothing-saved = Arrêt avant que les informations soient complètes ; rien n'a été enregistré.
fill-done = Réponses enregistrées dans { $file }. Pour produire le rapport PDF : cyberassess report { $file }
fill-missing-disputed = { $file } n'existe pas ; --disputed tranche les questions en débat d'un consensus produit par `cyberassess merge` ; indiquez le fichier de consensus
fill-missing-targets = { $file } n'existe pas ; --targets définit les cibles d'un fichier de réponses existant ; créez-le d'abord avec `cyberassess fill FICHIER`
fill-not-a-consensus = { $file } n'est pas un consensus : aucune de ses questions ne conserve ce que chaque répondant a répondu, il n'y a donc rien à trancher. Produisez d'abord un consensus à partir des fichiers des répondants : cyberassess merge FICHIER1 FICHIER2 ... -o consensus.toml
fill-nothing-disputed = Aucune question de { $file } n'est en débat : toutes les réponses sont convenues. Pour calculer le score : cyberassess score { $file }

fill-file-header =
    Réponses à { $title } ({ $questionnaire }).
    Écrit par `cyberassess fill` : relancez-le sur ce fichier pour continuer, ajoutez --review
    pour modifier des réponses, ou modifiez le fichier avec n'importe quel éditeur de texte.
