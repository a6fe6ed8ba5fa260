# Por que duas avaliações não podem ser comparadas: o motivo que segue "… não podem ser
# comparados:" em compare, compare PASTA e report --baseline. Os questionários são indicados
# por seu id.

compare-other-questionnaires = as avaliações respondem a questionários diferentes ({ $old } e { $new })
compare-other-stage-scales = os questionários têm { $old } e { $new } { $new ->
    [one] estágio
   *[other] estágios
}, portanto seus níveis não são comparáveis
