# Ce que signale le générateur PDF pendant qu'il dessine un rapport (d'une évaluation ou d'une
# cohorte), affiché dans le terminal après « avertissement: FICHIER: ».

pdf-missing-character = le caractère { $character } (U+{ $code }) ne figure pas dans la police du rapport ; il est remplacé par { $replacement }
pdf-writer-problem = générateur PDF : { $message }
