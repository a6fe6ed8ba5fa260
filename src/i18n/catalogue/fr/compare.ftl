# Pourquoi deux évaluations ne peuvent pas être comparées : le motif qui suit « … ne peuvent
# pas être comparés : » dans compare, compare DOSSIER et report --baseline. Les questionnaires
# sont désignés par leur identifiant.

compare-other-questionnaires = les évaluations portent sur des questionnaires différents ({ $old } et { $new })
compare-other-stage-scales = les questionnaires comptent respectivement { $old } et { $new } { $new ->
    [one] stade
   *[other] stades
}, de sorte que leurs niveaux ne sont pas comparables
