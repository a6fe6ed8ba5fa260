# Las líneas propias de los comandos en la salida de errores: resúmenes, advertencias sobre
# resultados que no son definitivos y barras de progreso.

app-warning = advertencia
app-help = ayuda

app-checked = { $files ->
    [one] verificado { $files } archivo
   *[other] verificados { $files } archivos
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
app-checked-unusable = { $count ->
    [one] ({ $count } archivo no puede usarse hasta corregirlo)
   *[other] ({ $count } archivos no pueden usarse hasta corregirlos)
}

app-unanswered = { $unanswered } de { $total } preguntas están sin respuesta: los resultados son un borrador
    .help = las preguntas sin respuesta cuentan como la etapa más baja; respóndalas o márquelas como "n/a" con notas
app-pillar-all-na = todas las preguntas del pilar `{ $pillar }` son n/a, así que se puntúa en la etapa más baja
    .help = responda al menos una pregunta del pilar
app-more-warned = { $count ->
    [one] { $count } archivo más tiene preguntas sin respuesta o pilares con todas las respuestas n/a
   *[other] { $count } archivos más tienen preguntas sin respuesta o pilares con todas las respuestas n/a
}
    .help = ejecute `cyberassess check` en la carpeta para verlos todos
app-future-date = assessed_on { $date } es posterior a hoy ({ $today }) en { $days ->
    [one] { $days } día
   *[other] { $days } días
}
    .help = escriba la fecha en que se hizo la evaluación
app-tie = { $count } evaluaciones de { $country } están { $date }; se conservó { $kept } (el último por orden de ruta) y quedaron fuera: { $left }
    .help = dé a cada una su propio assessed_on, o saque los borradores de la carpeta
app-tie-dated = fechadas el { $date }
app-tie-undated = sin fecha

app-compare-option-not-for-format = { $option } no se aplica a { $format }: elige { $chooses }, y { $format } siempre tiene { $has }
    .help = quite { $option }, o use --format table o --format markdown
app-compare-top-chooses = cuántas preguntas y próximos pasos enumera cada comparación
app-compare-detail-chooses = si se enumeran todas las preguntas que cambiaron, con lo que significan sus etapas
app-compare-json-has = todas las preguntas de cada comparación, con su cambio
app-compare-csv-has = una fila por pilar y una fila general, sin preguntas ni próximos pasos

app-summary = { $verb ->
    [scored] Puntuados
    [reported] Informes generados para
   *[read] Leídos
} { $done } de { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}
app-summary-skipped = ; sin procesar: { $what }
app-summary-and = { $first } y { $second }
app-summary-questionnaires = { $count ->
    [one] { $count } archivo de cuestionario
   *[other] { $count } archivos de cuestionario
}
app-summary-translations = { $count ->
    [one] { $count } traducción
   *[other] { $count } traducciones
}
app-summary-not-latest = { $count ->
    [one] ; se dejó fuera { $count } evaluación que no es la más reciente de su país (--latest)
   *[other] ; se dejaron fuera { $count } evaluaciones que no son las más recientes de su país (--latest)
}
app-summary-failed = { $count ->
    [one] ; { $count } falló
   *[other] ; { $count } fallaron
}
app-summary-unreadable = { $count ->
    [one] ; { $count } ubicación de las carpetas no se pudo leer
   *[other] ; { $count } ubicaciones de las carpetas no se pudieron leer
}
app-summary-see-above = { " " }(ver arriba)
app-summary-latest-among-loaded = ; --latest eligió entre los archivos que se cargaron
app-summary-fail-fast = ; se detuvo en el primer fallo (--fail-fast)

app-progress-reading = Leyendo
app-progress-scoring = Puntuando
app-progress-writing-reports = Generando informes
app-progress-left = restante
# The progress bar of `compare FOLDER -f json|csv`.
app-progress-comparing = Comparando
app-wrote-report = se escribió { $file } ({ $size } KB)
app-wrote-reports = { $count ->
    [one] se escribió { $count } informe en { $folder }
   *[other] se escribieron { $count } informes en { $folder }
}
app-wrote-cohort = se escribió el informe de cohorte { $file }
