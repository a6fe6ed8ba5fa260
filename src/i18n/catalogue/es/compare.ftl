# Por qué no se pueden comparar dos evaluaciones: el motivo que sigue a "… no se pueden
# comparar:" en compare, compare CARPETA y report --baseline. Los cuestionarios se nombran por
# su id.

compare-other-questionnaires = las evaluaciones responden a cuestionarios distintos ({ $old } y { $new })
compare-other-stage-scales = los cuestionarios tienen { $old } y { $new } { $new ->
    [one] etapa
   *[other] etapas
}, por lo que sus niveles no son comparables
