# El informe de cohorte (`report CARPETA --cohort`): muchas evaluaciones lado a lado en un PDF.

## Encabezado, pie y propiedades del documento
cohort-running-title = { $title } · Informe de cohorte sobre madurez en ciberseguridad
cohort-title-several = Cohorte de evaluaciones
cohort-footer = { $questionnaires } · { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}
cohort-document-title = { $title }: informe de cohorte
cohort-document-subject = Autoevaluaciones de madurez en ciberseguridad comparadas: { $count } con { $questionnaires }
cohort-keyword-security = ciberseguridad
cohort-keyword-maturity = evaluación de madurez
cohort-keyword-cohort = cohorte

## Recuentos y fechas comunes a las secciones
cohort-assessments = { $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
}
cohort-countries = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
cohort-date-range = { $first } a { $last }
cohort-no-dates = sin fechas
cohort-undated-count = ({ $count } sin fecha)
cohort-group = Grupo { $number } de { $groups }
cohort-group-label = Grupo { $number } de { $groups }: { $title }

## Portada
cohort-cover-kicker = INFORME DE COHORTE
cohort-cover-lead = Autoevaluaciones de madurez en ciberseguridad presentadas en paralelo: { $assessments } de { $countries }.
cohort-cover-lead-groups = Autoevaluaciones de madurez en ciberseguridad presentadas en paralelo: { $assessments } de { $countries }, con { $groups } cuestionarios; cada grupo se presenta por separado.
cohort-cover-questionnaire = Cuestionario
cohort-cover-assessments = Evaluaciones
cohort-cover-assessed = Fechas
cohort-cover-marking = Clasificación
cohort-cover-no-marking = ninguna
cohort-cover-total = { $count } ({ $countries })
cohort-cover-produced = Elaborado con cyberassess { $version }. En la última página se explica cómo se calculan las cifras de la cohorte y figura la huella digital de los archivos de entrada.
cohort-contents = Contenido

## Mapa de calor
cohort-heat-map = Mapa de calor
cohort-heat-map-of = { $group }: mapa de calor
cohort-heat-map-lead = { $assessments } con el cuestionario { $title } ({ $questionnaire }); fechas de evaluación: { $dates }. Cada celda indica la etapa alcanzada y el nivel (de 1 a { $stages }) en palabras y en números; el sombreado repite la etapa, de { $first } a { $last } (leyenda bajo la tabla).
cohort-heat-map-stats = Las tres últimas filas dan la mediana, el nivel más bajo y el más alto de cada columna.
cohort-heat-map-pillars-and-overall = Pilares { $first }–{ $last } y general
cohort-heat-map-pillars = Pilares { $first }–{ $last }
cohort-heat-map-part = { $columns } (parte { $part } de { $parts })
cohort-median = Mediana
cohort-minimum = Mínimo
cohort-maximum = Máximo
cohort-country = País
cohort-assessed = Fecha
cohort-stage-key = Sombreado por etapa:

## Etapas por pilar
cohort-stages = Etapas por pilar
cohort-stages-of = { $group }: etapas por pilar
cohort-stages-lead = Número de evaluaciones en cada etapa, pilar por pilar y en general, con su proporción del grupo ({ $assessments }) entre paréntesis. El nivel mediano es el valor central de los niveles del mapa de calor; su etapa es su parte entera.
cohort-stages-range = Nivel mediano { $median } ({ $stage }) · mínimo { $lowest } · máximo { $highest }
cohort-stages-level = Nivel { $level } ({ $stage })
cohort-stages-count = { $count } ({ $share })

## Cambio desde la evaluación anterior
cohort-change = Cambio desde la evaluación anterior
cohort-change-of = { $group }: cambio
cohort-change-repeated = { $country } ({ $assessments })
cohort-list-and = { $rest } y { $last }
cohort-counts-more-than-once = { $count ->
    [one] { $who } cuenta más de una vez
   *[other] { $who } cuentan más de una vez
}
cohort-counted-twice = Aquí cuentan todas las evaluaciones, así que { $who } (véase la página de cambios); para contar cada país una sola vez, elabore el informe con --latest.
cohort-change-lead = { $count ->
    [one] { $count } país de este grupo tiene más de una evaluación.
   *[other] { $count } países de este grupo tienen más de una evaluación.
} Para cada uno: su evaluación anterior y la más reciente por fecha, el nivel de cada pilar y el general en ambas (anterior → más reciente) y el cambio entre paréntesis: + sube, − baja, { $zero } sin cambios. El sombreado repite el signo: azul, sube; naranja, baja; sin sombreado, sin cambios.
cohort-change-counted-twice = El mapa de calor y las etapas por pilar cuentan todas las evaluaciones, así que allí { $who }; para contar cada país una sola vez, elabore el informe con --latest.
cohort-change-dates = Anterior → más reciente
cohort-change-single = Evaluados una sola vez, por eso no aparecen: { $countries }.
cohort-change-without-country = Sin país indicado, por eso no se emparejan: { $files }.
cohort-change-tie = { $country } tiene { $count } evaluaciones con fecha { $date }: cuenta la última en el orden de los archivos.
cohort-change-key = Sombreado del cambio:
cohort-change-up = sube (+)
cohort-change-down = baja (−)
cohort-change-same = sin cambios ({ $zero })

## Método y verificación
cohort-method = Cómo se calculan las cifras de la cohorte
cohort-method-contents = Método y verificación
cohort-method-running = Método
cohort-method-stage = etapa { $number }
cohort-method-groups = Las evaluaciones se agrupan por cuestionario: solo se comparan evaluaciones con el mismo identificador y la misma versión de cuestionario, y cada grupo tiene su propio mapa de calor y su propia distribución.
cohort-method-levels = Cada evaluación se puntúa por separado, exactamente como en su informe individual: el método de puntuación del cuestionario da a cada pilar un nivel de 1 al número de etapas, y el nivel general se deriva de los niveles de los pilares. El mapa de calor muestra estos niveles redondeados hacia abajo a un decimal, de modo que la parte entera impresa es la de la etapa alcanzada.
cohort-method-statistics = Filas Mediana, Mínimo y Máximo: para cada pilar y para el resultado general, la mediana, el nivel más bajo y el más alto entre las evaluaciones del grupo. La mediana de un número par de niveles es la media de los dos centrales. Son niveles, no etapas: la mediana no es un promedio de nombres de etapa.
cohort-method-stage-of = La etapa indicada para una mediana, un mínimo o un máximo es la parte entera de su nivel (redondeado hacia abajo), igual que para una sola evaluación: un nivel mediano de { $level } está en la segunda etapa ({ $second }), no en la tercera ({ $third }).
cohort-method-distribution = Etapas por pilar: para cada pilar y en general, el número de evaluaciones cuyo pilar alcanzó cada etapa y ese número como proporción del grupo, redondeada a un porcentaje entero (por eso las proporciones pueden no sumar exactamente { $whole }). La mediana, el nivel más bajo y el más alto que aparecen sobre cada gráfico son los del mapa de calor.
cohort-method-every = Todas las evaluaciones de un grupo cuentan en su mapa de calor y en sus etapas por pilar: un país evaluado dos veces cuenta dos veces en la mediana, en los niveles más bajo y más alto y en los recuentos por etapa, y las páginas lo indican cuando ocurre. Para contar cada país una sola vez, elabore el informe con --latest, que conserva la evaluación más reciente de cada país.
cohort-method-change = Página de cambios, cuando un país tiene evaluaciones de fechas distintas: para cada uno de esos países, su evaluación más reciente y la anterior, es decir, la más reciente con una fecha previa (los países se emparejan sin distinguir mayúsculas ni espacios; una evaluación sin fecha cuenta como la más antigua; de varias con la misma fecha, cuenta la última en el orden de los archivos), la misma regla que aplica compare. Cada cambio es la diferencia entre los dos niveles tal como se imprimen, de modo que puede comprobarse con una resta.
cohort-method-colours = Los colores siguen la paleta Okabe–Ito, apta para personas con daltonismo, y solo repiten lo impreso: cada celda y cada barra indican también su etapa y su número, y cada cambio, su signo.
cohort-verification = Verificación
cohort-verification-intro = Huellas digitales SHA-256 de los { $count } archivos con los que se elaboró este informe, tal como las calcula la herramienta sha256sum para archivos UTF-8 sin marca de orden de bytes, y una para todos ellos: el SHA-256 de las huellas siguientes, ordenadas, una por línea. Con los mismos archivos, cyberassess { $version } vuelve a producir este PDF idéntico byte a byte.
cohort-verification-all = Todos los archivos
cohort-file = Archivo
