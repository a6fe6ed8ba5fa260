# Le classeur du questionnaire (`template ID --format xlsx`) et ce que `import` en relit.

workbook-start-sheet = Accueil
workbook-lists-sheet = Listes de réponses

workbook-questionnaire = Questionnaire { $questionnaire }
workbook-how = Comment le remplir :
workbook-step-details = 1. Remplissez les cellules de couleur ci-dessous : le pays, la date, qui répond et la cible.
workbook-step-answers = 2. Chaque pilier a sa propre feuille (les onglets en bas). Pour chaque question, choisissez votre réponse dans la cellule de couleur Votre réponse (la flèche affiche la liste) ; la colonne suivante indique ce qu'elle signifie. Choisissez le stade le plus élevé dont la description est entièrement vérifiée.
workbook-step-not-applicable = 3. Répondez { $na } uniquement lorsqu'une question ne s'applique pas, et expliquez pourquoi dans la colonne Notes. Indiquez les sources dans la colonne des justificatifs, une par ligne.
workbook-step-send = 4. Enregistrez le fichier tel quel (.xlsx ou .ods) et renvoyez-le. Il sera lu avec la commande : cyberassess import FICHIER
workbook-protected = Les feuilles sont protégées : les lignes ne peuvent être ni triées ni supprimées ; seules les cellules de couleur peuvent être modifiées.
workbook-country = Pays ou organisation
workbook-date = Date de l'évaluation
workbook-date-error = Saisissez une date, par exemple 2026-03-14.
workbook-assessors = Qui répond
workbook-assessors-help = Qui répond : un nom ou une organisation par ligne (Alt+Entrée dans Excel, Ctrl+Entrée dans LibreOffice passe à la ligne), ou séparés par des points-virgules.
workbook-target = Stade cible
workbook-target-error = Choisissez un stade dans la liste.
workbook-marking = Marquage (facultatif)
workbook-stages = Stades, du plus bas au plus élevé :

workbook-number = N°
workbook-question = Question
workbook-help = Aide
workbook-evidence-to-cite = Justificatifs à citer
workbook-answer = Votre réponse
workbook-meaning = Ce que signifie votre réponse
workbook-evidence = Vos justificatifs (un par ligne)
workbook-notes = Notes
workbook-question-id = Identifiant de la question
workbook-not-an-answer = Réponse non valable
workbook-pick-an-answer = Choisissez une réponse dans la liste.
workbook-not-an-answer-meaning = Réponse non valable : choisissez-en une dans la liste.

workbook-means-yes = Atteint : compte pour le stade { $stage }.
workbook-means-partly = À moitié atteint : compte pour moitié, insuffisant pour le stade { $stage }.
workbook-means-no = Non atteint : ne compte pas pour le stade { $stage }.
workbook-means-not-applicable = Ne s'applique pas : exclu du score. Expliquez pourquoi dans la colonne Notes.

workbook-print-footer = Page { $page } sur { $pages }
