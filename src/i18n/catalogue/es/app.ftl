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

app-dash = -o - significaría la salida estándar, pero { $why }; indique un nombre de archivo con -o
app-dash-man-all = --all escribe una página por comando en una carpeta
app-dash-report = un informe se escribe en un archivo (PDF, Word o Markdown), o junto a cada archivo de respuestas cuando se omite -o
app-dash-plan = un plan de acción se escribe en un archivo (.xlsx, .csv o .md)
app-dash-merge = el consenso se escribe en un archivo de respuestas
app-dash-import = import escribe un archivo de respuestas por cada libro en una carpeta

app-output-folder = { $path } es una carpeta; indique el nombre del archivo que se va a escribir, por ejemplo { $example }
app-output-open = no se pudo abrir { $path } para escribir
app-output-device = { $path } es un dispositivo o un socket, no un archivo; escriba en un archivo, en una tubería con nombre o en un dispositivo de caracteres como /dev/null
app-output-create-folder = no se pudo crear la carpeta { $folder }
app-output-write-in-folder = no se pudo escribir en la carpeta { $folder }
app-output-write = no se pudo escribir { $path } (¿está lleno el disco?)
app-output-save = no se pudo guardar { $path }
app-output-save-in-use = no se pudo guardar { $path } (¿está abierto en otro programa, como Excel o un lector de PDF? Ciérrelo y vuelva a ejecutar el comando)
app-output-link = no se pudo seguir el enlace { $path }
app-output-link-loop = { $path } es una cadena de más de { $count } enlaces simbólicos (¿un bucle?); haga que apunte a un archivo
app-output-stdout = no se pudo escribir en la salida estándar
app-output-is-input = { $path } es uno de los archivos de entrada; escribir allí el resultado lo reemplazaría. Elija otro nombre de salida

app-template-exists = { $file } ya existe y puede contener respuestas; elija otro nombre con -o, o agregue --force para reemplazarlo
app-template-workbook-terminal = un libro no se puede mostrar en la terminal; agregue -o ARCHIVO.xlsx
app-template-no-translation = { $questionnaire } no tiene traducción para el idioma «{ $lang }»; está disponible en { $available }. Para traducir un archivo de cuestionario, coloque NOMBRE.{ $lang }.toml junto a él (el formato se describe en: cyberassess guide formats)
app-wrote-workbook = Se escribió { $file } con { $count ->
    [one] la { $count } pregunta
   *[other] las { $count } preguntas
} de { $questionnaire }, una hoja por pilar. Complete las celdas de color con Excel o LibreOffice Calc y luego ejecute: cyberassess import { $file }
app-wrote-schema = Se escribió el esquema { $file }; los editores con el servidor de lenguaje TOML (Taplo) lo usan para verificar y completar las respuestas
app-wrote-template = Se escribió { $file } con { $count ->
    [one] la { $count } pregunta
   *[other] las { $count } preguntas
} de { $questionnaire }. Complete las líneas de respuesta con cualquier editor de texto y luego ejecute: cyberassess check { $file }

app-import-questionnaire-problems = el cuestionario { $questionnaire } tiene problemas (indicados arriba)
app-import-questionnaire-now = { $questionnaire } (el que el archivo de cuestionario { $file } contiene ahora)
app-import-bad-language = el libro indica el idioma «{ $language }», que no es un código de idioma; vuelva a generar el libro con cyberassess template
app-import-translation-problems = la traducción de { $questionnaire } tiene problemas (indicados arriba)
app-import-exists = { $file } ya existe y puede contener respuestas; agregue --force para reemplazarlo, o elija otra carpeta con -o
app-wrote-import = Se escribió { $file }: { $answered } de { $total } preguntas respondidas{ $left ->
    [0] {""}
    [one] {" "}({ $left } queda sin responder)
   *[other] {" "}({ $left } quedan sin responder)
}. Calcule la puntuación con: cyberassess score { $file }

app-questionnaires-id = Id
app-questionnaires-version = Versión
app-questionnaires-title = Título
app-questionnaires-pillars = Pilares
app-questionnaires-questions = Preguntas
app-questionnaires-method = Método
app-questionnaires-languages = Idiomas
app-questionnaires-newest = { $version } (la más reciente)
app-questionnaires-about = Un archivo de respuestas se puntúa con la versión integrada de la misma versión mayor que su questionnaire_version (1.x: 1.0.0), o con la más reciente si no la indica. Para indicar una versión, escriba ID@VERSIÓN, por ejemplo ncss-maturity@1.0.0. El idioma de las preguntas se elige con --lang en `template` y `fill`; los archivos de respuestas son iguales en todos los idiomas.
app-questionnaires-print = Para obtener uno: cyberassess questionnaires show ID > mi-cuestionario.toml
app-questionnaires-broken = el cuestionario integrado { $questionnaire } no se puede cargar; es un error de la herramienta
app-questionnaires-unknown-version = { $id } está integrado en la versión { $versions }, no en la { $wanted }; por ejemplo: cyberassess questionnaires show { $id }@{ $example }
app-questionnaires-unknown = no hay ningún cuestionario integrado «{ $name }»; { $hint }los integrados son: { $ids }
app-questionnaires-did-you-mean = ¿quiso decir «{ $name }»?{" "}

app-compare-revision-in-batch = { $file } es un archivo de una revisión de git: REV:RUTA sirve para comparar dos archivos (compare ANTERIOR NUEVO), no un lote de carpetas
app-compare-cannot = { $old } y { $new } no se pueden comparar: { $reason }
app-compare-not-compared = { $old } y { $new } no se compararon: { $reason }
app-compare-write-failed = no se pudo escribir la comparación
app-compare-other-country = { $old } trata sobre { $old_country } y { $new } sobre { $new_country }; se comparan de todos modos
    .help = compruebe que sean los dos archivos que quería comparar
app-compare-order = { $old } (con fecha { $old_date }) es más reciente que { $new } (con fecha { $new_date }); los cambios se muestran del primero al segundo
    .help = indique primero la evaluación anterior: compare ANTERIOR NUEVO
app-compare-no-country = un país sin indicar

app-score-cannot-apply = { $option } no se aplica a { $format }: elige { $chooses }, y { $format } siempre tiene { $what }, en el orden de las rutas
    .help = quite { $option }, o use --format table o --format markdown
app-score-json-has = todas las preguntas de cada evaluación
app-score-csv-has = una fila por pilar y una fila general, sin preguntas ni próximos pasos
app-score-top-chooses = cuántos próximos pasos se muestran
app-score-explain-chooses = si se muestra cada pregunta
app-score-detail-chooses = si la tabla propia de cada evaluación sigue a la tabla de la cohorte
app-score-sort-chooses = el orden de las filas de la tabla de la cohorte
app-score-changed = { $file } cambió mientras se calculaba su puntuación

app-report-fonts = no se pudieron cargar las fuentes del informe
app-report-baseline-many = --baseline { $file } mide el avance de una sola evaluación, pero se encontraron { $count } archivos de respuestas; indique un solo archivo de respuestas, o use `cyberassess compare CARPETA` para ver el cambio de cada país
app-report-baseline-folder = --baseline { $folder } es una carpeta; indique el propio archivo de respuestas anterior
app-report-baseline-one = --baseline mide el avance de una sola evaluación: indique un solo archivo de respuestas, no varios ni una carpeta (para ver el cambio de cada país, use `cyberassess compare CARPETA`)
app-report-renamed = nota: se escribe { $file } (un informe en este formato es un archivo .{ $extension })
app-report-collide = { $first } y { $second } se escribirían ambos en { $file }; cambie el nombre de uno de ellos, o ejecute `cyberassess report` una vez para cada uno con su propio -o
app-report-failed = no se pudo generar el informe de { $file }
app-report-no-cohort = no hay informe de cohorte: no se pudo puntuar ninguna evaluación
app-report-cohort-failed = no se pudo generar el informe de cohorte

app-carry-has-problems = { $file } tiene los problemas indicados arriba; corríjalos y vuelva a ejecutar el comando.
app-carried = { $count ->
    [one] Se trasladó { $count } respuesta desde { $file } ({ $questionnaire }), marcada para revisión:
   *[other] Se trasladaron { $count } respuestas desde { $file } ({ $questionnaire }), cada una marcada para revisión:
}
app-carried-was = (antes { $old })
app-left = Sin responder ({ $count }):
app-left-new = nueva, o cambió su sentido
app-left-old-unanswered = su pregunta anterior no tiene respuesta en el archivo anterior
app-left-does-not-fit = la respuesta anterior no es una de sus respuestas

app-merge-exists = { $file } ya existe; elija otro nombre con -o, o agregue --force para reemplazarlo
app-merge-nothing = No se combinó nada: corrija los problemas indicados arriba y vuelva a ejecutar el comando.
app-merge-agenda-failed = no se pudo escribir la agenda

app-plan-unknown-format = no se puede saber el formato de { $file } por su nombre; use la extensión .xlsx, .csv o .md, o agregue --format
app-plan-exists = { $file } ya existe, y el grupo de trabajo puede haberlo completado; elija otro nombre con -o, o agregue --force para reemplazarlo

app-check-questionnaire = ok: { $file } es el cuestionario { $id } { $version } ({ $pillars } pilares, { $questions } preguntas, { $stages } etapas, { $method })
app-check-answers = ok: { $file } responde a { $id } { $version } para { $country } ({ $answered } de { $total } preguntas respondidas)
app-check-no-country = un país aún sin indicar
app-check-translation = ok: { $file } es una traducción ({ $language }, { $tag }) del cuestionario { $id } { $version } ({ $given } de { $total } textos traducidos)
