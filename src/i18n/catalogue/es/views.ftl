# Las vistas que se leen en una terminal o en Markdown: las tablas de score, la tabla de la
# cohorte, compare, la agenda de merge y el plan de acción.

## score: una evaluación

views-explain-title = { $pillar }: cómo se obtuvo el nivel
views-column-question = Pregunta
views-column-answer = Respuesta
views-column-counts-as = Cuenta como
views-column-weight = Peso
views-column-rank = N.º
views-column-pillar = Pilar
views-column-from-to = De → a
views-column-action = Acción
views-no-next-steps = No hay próximos pasos: todos los pilares han alcanzado su meta.
views-next-steps-intro = Próximos pasos ({ $shown } de { $total }):
views-next-steps-heading = Próximos pasos ({ $shown } de { $total })

## La tabla de la cohorte

views-cohort-title = { $questionnaire } { $version } — { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}
views-cohort-country = País
views-cohort-assessed = Fecha
views-cohort-median = Mediana
views-cohort-minimum = Mínimo
views-cohort-maximum = Máximo

## compare

views-change-up = subió { $size }
views-change-down = bajó { $size }
views-change-none = sin cambios
views-change-points = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
views-change-stages = { $count ->
    [one] { $count } etapa
   *[other] { $count } etapas
}
views-compare-before = Antes
views-compare-now = Ahora
views-compare-level = Nivel
views-compare-score = Puntuación
views-compare-target = Meta
views-compare-change = Cambio
views-compare-country = País
views-compare-before-now = Antes → ahora
views-compare-overall = General
views-compare-files = Antes: { $old } · ahora: { $new }
views-compare-note = Nota: { $note }
views-compare-different-countries = Países distintos: { $old } antes, { $new } ahora.
views-compare-other-minor = Versiones { $old } y { $new } del cuestionario: las preguntas se emparejan por su id; las { $added } agregadas y las { $removed } eliminadas se enumeran, pero no cuentan como cambio.
views-compare-other-major = Versiones { $old } y { $new } del cuestionario (otra versión mayor): los pilares se comparan por su id y el resultado general tal como está; { $matched } de las { $total } preguntas actuales tienen su equivalente anterior, las demás no son comparables.
views-compare-pillars-only-in = Pilares que solo existen en la versión { $version } (no comparables): { $pillars }.
views-compare-not-in = no existe en la versión { $version }
views-compare-not-comparable = no comparable
views-compare-target-status = { $target }: { $status ->
    [still-met] alcanzada
    [now-met] alcanzada ahora
    [no-longer-met] ya no alcanzada
   *[not-met] no alcanzada
}
views-compare-was = { $id } (antes { $old })
views-movement = { $movement ->
    [improved] mejoró
    [declined] empeoró
    [newly-answered] respondida por primera vez
    [newly-not-applicable] ahora n/a
    [now-applicable] aplicable de nuevo
    [no-longer-answered] ya sin respuesta
   *[unchanged] sin cambios
}
views-movement-count = { $count } { $movement ->
    [improved] { $count ->
        [one] mejoró
       *[other] mejoraron
    }
    [declined] { $count ->
        [one] empeoró
       *[other] empeoraron
    }
    [newly-answered] { $count ->
        [one] respondida por primera vez
       *[other] respondidas por primera vez
    }
    [newly-not-applicable] ahora n/a
    [now-applicable] { $count ->
        [one] aplicable de nuevo
       *[other] aplicables de nuevo
    }
    [no-longer-answered] ya sin respuesta
   *[unchanged] sin cambios
}
views-compare-counts = Preguntas: { $list }.
views-compare-added-in = Agregadas en la versión { $version }: { $ids }.
views-compare-removed-in = Ausentes en la versión { $version }: { $ids }.
views-compare-moved = Preguntas que cambiaron, de mayor a menor cambio × peso
views-compare-most-improved = Mayores avances
views-compare-concern = Motivos de preocupación
views-compare-other-changes = Otros cambios
views-compare-none = { $title }: no hay.
views-compare-none-heading = { $title }: no hay
views-compare-list-intro = { $title } ({ $count }):
views-compare-list-heading = { $title } ({ $count })
views-compare-list-empty = { $title }.
views-compare-steps-intro = { $title }:
views-compare-none-below = Ninguno.
views-compare-steps-done = Próximos pasos cumplidos desde el { $date } ({ $count })
views-compare-steps-open = Próximos pasos aún pendientes ({ $shown } de { $count })
views-compare-steps-new = Nuevos próximos pasos ({ $count })
views-compare-steps-dropped = Próximos pasos que ya no se piden ({ $count }): la pregunta ahora es n/a, o su meta es más baja
views-compare-steps-unmatched = Próximos pasos de la versión { $old } cuya pregunta no existe en la versión { $new } ({ $count }): no comparables
views-compare-summary-title = { $questionnaire } { $version } — cambio de nivel desde la evaluación anterior de cada país ({ $count ->
    [one] { $count } país
   *[other] { $count } países
})
views-compare-summary-heading = { $questionnaire } { $version }: cambio de nivel desde la evaluación anterior de cada país
views-compare-no-pairs = Ningún país tiene dos evaluaciones que comparar.
views-compare-single = Una sola evaluación, nada que comparar ({ $count }): { $list }.
views-compare-single-heading = Una sola evaluación, nada que comparar:
views-compare-no-country = Sin país indicado, por lo que no se emparejan ({ $count }): { $list }.
views-compare-no-country-heading = Sin país indicado, por lo que no se emparejan:

## merge: la agenda del taller

views-agenda-spread = Dispersión
views-agenda-provisional = Provisional
views-agenda-none = No hay preguntas en disputa: los participantes coinciden en todas las preguntas que respondieron.
views-agenda-title = Agenda: { $count ->
    [one] { $count } pregunta en disputa
   *[other] { $count } preguntas en disputa
}, de mayor a menor dispersión
views-agenda-heading = Agenda: { $count ->
    [one] { $count } pregunta en disputa
   *[other] { $count } preguntas en disputa
}

## plan: el plan de acción

views-plan-title = Plan de acción: { $country }
views-plan-sheet = Plan de acción
views-plan-lead = Los próximos pasos de { $country } ({ $questionnaire }), { $count } en total.
views-plan-columns = { $column ->
    [rank] Orden
    [pillar] Pilar
    [question-id] Id de la pregunta
    [question] Pregunta
    [from] Desde
    [to] Hasta
    [action] Acción
    [done-when] Cumplido cuando
    [lead-agency] Entidad responsable
    [supporting-agencies] Entidades de apoyo
    [start] Inicio
    [due-date] Fecha límite
    [estimated-cost] Costo estimado
    [status] Estado
   *[comments] Comentarios
}
views-plan-status = { $status ->
    [not-started] sin iniciar
    [in-progress] en curso
    [done] terminado
   *[blocked] bloqueado
}
views-plan-pick-status = Elija un estado de la lista.
views-plan-type-date = Escriba una fecha, por ejemplo 2026-09-30.
views-plan-yes-to = Respuesta «sí» a: { $prompt }

views-plan-wrote = Se escribió { $file } con { $count ->
    [one] { $count } próximo paso
   *[other] { $count } próximos pasos
} de { $country }.
views-merge-done = Se combinaron { $count } participantes en { $file }: { $disputed } de { $total } preguntas en disputa. Resuélvalas en el taller y luego revise el archivo con: cyberassess check { $file }
