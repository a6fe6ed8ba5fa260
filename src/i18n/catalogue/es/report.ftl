# El informe de una evaluación (PDF, Word y Markdown): portada, secciones, gráficos, encabezados
# y pies de página.

## Cada página y las propiedades del documento

report-running-title = { $country } · Autoevaluación de madurez en ciberseguridad
report-no-country = (país no indicado)
report-info-assessment = Evaluación
report-info-subject = Autoevaluación de madurez en ciberseguridad según { $questionnaire }
report-keyword-cyber-security = ciberseguridad
report-keyword-maturity = evaluación de madurez
report-draft = Borrador: { $unanswered } de { $total ->
        [one] { $total } pregunta sin respuesta
       *[other] { $total } preguntas sin respuesta
    }
report-page = página { $page } de { $count }
report-continued = { $heading } (continuación)
report-contents = Contenido

## La portada

report-cover-kicker = INFORME DE AUTOEVALUACIÓN
report-assessed = Evaluado el { $date }
report-overall-label = ETAPA GENERAL
report-overall-detail = Nivel { $level } · puntuación { $score } · meta { $target } · brecha { $gap }
report-overall-draft = { $draft }; las cifras no son definitivas.
report-fact-country = País
report-fact-assessed = Evaluado el
report-fact-assessors = Evaluadores
report-fact-questionnaire = Cuestionario
report-fact-scoring = Cálculo
report-fact-marking = Clasificación
report-fact-status = Estado
report-fact-baseline = Línea de base
report-marking-none = ninguna
report-assessors-not-named = sin indicar
report-scoring = pilares: { $pillars }; general: { $overall }
report-scoring-method = { $method ->
    [gated] por umbrales
    [minimum] mínimo
   *[weighted-mean] media ponderada
}
report-assessors-more = { $shown ->
    [0] { $rest } evaluadores, enumerados con el método
   *[other] y { $rest } más, enumerados con el método
}
report-credit = Elaborado con cyberassess { $version }. El método y las huellas digitales del cuestionario y del archivo de respuestas figuran en la última página.
report-redacted = { $fields ->
    [both] Edición para difusión externa: este informe omite las notas y la evidencia de los evaluadores, para compartirlo fuera del gobierno. Las puntuaciones no cambian.
    [notes] Edición para difusión externa: este informe omite las notas de los evaluadores, para compartirlo fuera del gobierno. Las puntuaciones no cambian.
   *[evidence] Edición para difusión externa: este informe omite la evidencia, para compartirlo fuera del gobierno. Las puntuaciones no cambian.
}

## Resumen y prioridades

report-summary = Resumen
report-summary-lead = { $country } se encuentra en general en la etapa { $stage } (nivel { $level }, puntuación { $score }), con la etapa { $target } como meta. { $met ->
        [one] { $met } de { $pillars } pilares alcanza su meta.
       *[other] { $met } de { $pillars } pilares alcanzan su meta.
    } { $answered ->
        [one] Se respondió { $answered }
       *[other] Se respondieron { $answered }
    } de { $total } preguntas{ $na ->
        [0] .
        [1] , una de ellas como no aplicable.
       *[other] , { $na } de ellas como no aplicables.
    }
report-figure-bars = Nivel por pilar
report-figure-radar = Los pilares de un vistazo
report-priorities = Prioridades
report-priorities-none = No hay próximos pasos: todos los pilares han alcanzado su meta.
report-priorities-none-listed = { $count ->
        [one] Se encontró { $count } próximo paso; se pidió que este informe no enumerara ninguno aquí.
       *[other] Se encontraron { $count } próximos pasos; se pidió que este informe no enumerara ninguno aquí.
    } Cada sección de pilar indica el próximo paso de cada una de sus preguntas.
report-priorities-intro = { $shown ->
        [one] El próximo paso más urgente de { $count }:
       *[other] Los { $shown } próximos pasos más urgentes de { $count }:
    } primero los que llevan a la etapa más baja y, después, los de mayor peso. Cada sección de pilar indica el próximo paso de cada una de sus preguntas.
report-column-rank = #
report-column-question = Pregunta
report-column-from-to = De → a
report-column-action = Acción
report-column-before = Antes
report-column-now = Ahora
report-unanswered-mark = (sin respuesta)

## Secciones de pilar

report-question-meta = { $id } · peso { $weight } · cuenta como { $counts }
report-detail-answer = Respuesta
report-detail-shown-by = Se acredita con
report-detail-evidence = Evidencia
report-detail-notes = Notas
report-detail-next-step = Próximo paso
report-answer-requirement = { $answer } — un requisito de la etapa { $stage }
report-answer-not-applicable = No corresponde — excluida de la puntuación
report-answer-missing-level = Sin respuesta — cuenta como { $stage } (nivel { $level })
report-answer-missing-not-met = Sin respuesta — cuenta como no cumplido
report-next-step = { $action } (prioridad { $rank } · { $from } → { $to })

## Consenso de varios participantes

report-consensus-agreed = { $respondents ->
        [one] El único participante estuvo de acuerdo en todas las preguntas.
       *[other] Los { $respondents } participantes coincidieron en todas las preguntas.
    }
report-consensus-settled = { $respondents ->
        [one] El participante respondió
       *[other] Los { $respondents } participantes respondieron
    } de forma distinta { $differed ->
        [one] { $differed } pregunta; está resuelta.
       *[other] { $differed } preguntas; todas están resueltas.
    }
report-consensus-disputed = { $respondents ->
        [one] El participante respondió
       *[other] Los { $respondents } participantes respondieron
    } de forma distinta { $differed ->
        [one] { $differed } pregunta
       *[other] { $differed } preguntas
    }; { $disputed ->
        [one] { $disputed } de ellas sigue en disputa y se computa con su respuesta provisional hasta que el taller la resuelva.
       *[other] { $disputed } de ellas siguen en disputa y se computan con su respuesta provisional hasta que el taller las resuelva.
    }
report-respondents = Participantes
report-respondents-intro = Esta evaluación es el consenso de { $respondents ->
        [one] { $respondents } participante
       *[other] { $respondents } participantes
    }. Respondieron de forma distinta { $differed ->
        [one] { $differed } pregunta
       *[other] { $differed } preguntas
    }, y { $disputed ->
        [one] { $disputed } sigue
       *[other] { $disputed } siguen
    } en disputa. En cada sección de pilar, una pregunta que los participantes respondieron de forma distinta muestra quién respondió qué: cada participante con el número de abajo, en la columna de la respuesta que dio. La línea siguiente indica la respuesta acordada, o que la pregunta sigue en disputa y qué respuesta provisional cuenta en la puntuación.
report-strip-no = No
report-strip-partly = Parcialmente
report-strip-yes = Sí
report-strip-intro = Quién respondió qué (participantes por su número en Participantes):
report-agreed = Respuesta acordada: { $answer }.
report-settled-unanswered = Resuelta: queda sin respuesta.
report-disputed-unanswered = Sigue en disputa: queda sin respuesta hasta que el taller la resuelva, por lo que cuenta como no respondida.
report-disputed-provisional = Sigue en disputa: por ahora cuenta como { $answer }, { $rule ->
        [lowest] la respuesta más baja dada
        [median] la mediana inferior de las respuestas dadas
       *[written] la respuesta escrita en el archivo
    }, hasta que el taller la resuelva.

## Glosario y método

report-glossary = Glosario
report-glossary-intro = Los términos que se usan en las preguntas de { $title } ({ $questionnaire }), en palabras sencillas.
report-method = Método
report-method-contents = Método y verificación
report-method-stages = { $title } ({ $id } { $version }) describe { $count } etapas de madurez, desde { $first } (1) hasta { $last } ({ $count }):
report-method-computed = Cómo se calcularon los resultados
report-method-assessors = { $count ->
        [1] El evaluador
       *[other] Los { $count } evaluadores
    }
report-verification = Verificación
report-verification-intro = Huellas digitales SHA-256 de los { $files ->
        [3] tres
       *[2] dos
    } archivos con los que se elaboró este informe, tal como las calcula la herramienta sha256sum para archivos UTF-8 sin marca de orden de bytes. Con los mismos archivos, cyberassess { $version } vuelve a producir este informe byte a byte.
report-fingerprint-questionnaire = Cuestionario
report-fingerprint-answers = Respuestas
report-fingerprint-baseline = Línea de base
report-verification-redacted = Esta edición se elaboró con --redact: se omiten { $fields ->
        [both] las notas y la evidencia
        [notes] las notas
       *[evidence] la evidencia
    } del archivo de respuestas; la huella digital es la del archivo de respuestas completo.
report-method-weighted-mean = Los pilares se puntúan por media ponderada. Cada pregunta se responde con la descripción de etapa que mejor se ajusta y cuenta como el número de esa etapa (de 1 a { $count }). El nivel de un pilar es la media de los números de sus preguntas, ponderada por el peso de cada pregunta; su etapa es la parte entera del nivel, y su puntuación expresa el nivel como avance desde { $zero } en { $first } hasta { $full } en { $last }: (nivel − 1) ÷ { $steps } × 100.
report-method-gated = Los pilares se puntúan por umbrales. Un pilar alcanza una etapa cuando todas sus preguntas están en esa etapa o por encima y se cumple cada requisito sí/parcialmente/no de esa etapa y de las inferiores, y nunca supera la etapa más alta de la que alguna de sus preguntas es requisito (una etapa elegida lo es de todas); su nivel es el número de esa etapa. Su puntuación muestra el avance dentro de la escala: la media ponderada del avance de cada pregunta, donde una etapa elegida cuenta como (número − 1) ÷ { $steps } y un requisito cuenta 1 si se cumple, ½ si se cumple parcialmente y 0 si no.
report-method-indicators = Los requisitos sí/parcialmente/no cuentan en los pesos y suman 1, ½ o 0 de avance.
report-method-unanswered = Las preguntas sin respuesta cuentan como { $first } (o como no cumplidas), para que la falta de evidencia se refleje en la puntuación. Las preguntas respondidas como «no corresponde» quedan fuera de toda suma; un pilar en el que ninguna pregunta es aplicable queda en { $first }.
report-method-overall-mean = El nivel y la puntuación generales son las medias de los niveles y puntuaciones de los pilares, ponderadas por el peso de cada pilar ({ $weights }); la etapa general es la parte entera del nivel general.
report-method-overall-minimum = El resultado general es el del pilar más débil (el nivel más bajo, luego la puntuación más baja, luego el primero en el orden del cuestionario): una estrategia solo es tan madura como su pilar más débil.
report-method-targets = Las metas provienen del archivo de respuestas: una meta por pilar cuando se indica; si no, la meta de la evaluación; si no, la predeterminada del cuestionario ({ $stage }). La brecha es el número de la etapa meta menos el nivel, cuando es positiva.
report-method-next-steps = Próximos pasos: cada pregunta por debajo de la meta de su pilar aporta la acción prevista para su etapa actual. Se ordenan por la etapa a la que llevan (la más baja primero), luego por peso de la pregunta × peso del pilar (el mayor primero) y luego en el orden del cuestionario. Las cifras se redondean para coincidir con las etapas: los niveles hacia abajo y las brechas hacia arriba, a un decimal; las puntuaciones hacia abajo, a un porcentaje entero.

## Avance desde una referencia

report-progress = Avance desde el { $date }
report-progress-figure = Nivel por pilar, antes y ahora
report-progress-by-pillar = Cambio por pilar
report-progress-moved = Preguntas que cambiaron
report-progress-done = Próximos pasos cumplidos desde el { $date } ({ $count })
report-progress-none-done = Todavía no se ha cumplido ninguno de los próximos pasos de la línea de base.
report-progress-open = { $open ->
        [one] { $open } próximo paso de esta evaluación figura en Prioridades (como máximo { $top }).
       *[other] { $open } próximos pasos de esta evaluación figuran en Prioridades (como máximo { $top }).
    }
report-progress-lead = Desde la evaluación del { $date }, el nivel general pasó de { $from } a { $to } ({ $change }). { $compared ->
        [1] Del único pilar comparado
       *[other] De los { $compared } pilares comparados
    }, { $up ->
        [one] { $up } subió
       *[other] { $up } subieron
    } y { $down ->
        [one] { $down } bajó
       *[other] { $down } bajaron
    }; { $done ->
        [one] se cumplió { $done } próximo paso de la línea de base.
       *[other] se cumplieron { $done } próximos pasos de la línea de base.
    }

## Gráficos

report-chart-level = Nivel alcanzado (valor indicado)
report-chart-target = Etapa meta
report-chart-baseline = Nivel de la línea de base
report-chart-now = Nivel actual (valores indicados: antes → ahora)
