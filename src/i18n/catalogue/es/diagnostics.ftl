# Problemas encontrados en los archivos: un mensaje por código estable (`diagnostics-CODE`), con
# su `.help`. Los códigos son los mismos en todos los idiomas; las palabras son lo que se lee.

diagnostics-level-error = error
diagnostics-level-warning = advertencia
diagnostics-level-help = ayuda
diagnostics-or = o
diagnostics-and = y
diagnostics-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
diagnostics-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}
diagnostics-not-shown = { $hidden ->
        [one] ... y { $hidden } problema más en { $file } ({ $counts }) que no se muestra.
       *[other] ... y { $hidden } problemas más en { $file } ({ $counts }) que no se muestran.
    }
    Corrija los anteriores y vuelva a revisar el archivo para ver el resto.

# Dónde en un archivo: la tabla a la que pertenece una clave.
diagnostics-place = { $place ->
    [answers-file] el archivo de respuestas
    [assessment] [assessment]
    [answer] la respuesta a `{ $id }`
    [respondent] un participante de la respuesta a `{ $id }`
    [questionnaire] el cuestionario
    [scoring] [scoring]
    [stage-entry] una entrada [[stages]]
    [pillar-entry] una entrada [[pillars]]
    [glossary-entry] una entrada [[glossary]]
    [question] una pregunta
    [option] una opción de la pregunta `{ $id }`
    [option-unnamed] una opción de esta pregunta
    [question-named] la pregunta `{ $id }`
    [question-unnamed] esta pregunta
    [pillar-named] el pilar `{ $id }`
    [pillar-unnamed] este pilar
    [translation] la traducción
   *[table] { $id }
}

# El tipo de valor encontrado donde se esperaba otro.
diagnostics-found = { $found ->
    [string] texto
    [integer] un número entero
    [float] un número
    [boolean] verdadero/falso
    [datetime] una fecha
    [array] una lista
    [table] una tabla
   *[other] { $found }
}

# Cómo escribir una fecha, para `assessed_on` y los errores TOML de esa línea.
diagnostics-date-hint = { $hint ->
    [month] no existe el mes { $month }: el mes es la parte central, de 01 a 12
    [rewrite] escriba la fecha como AÑO-MES-DÍA, sin comillas: assessed_on = { $date }
    [last-day] { $yearmonth } tiene { $days } días; para su último día escriba assessed_on = { $date }
   *[example] escriba la fecha como AÑO-MES-DÍA, sin comillas, por ejemplo assessed_on = 2026-11-27
}

diagnostics-other = { $message }
    .help = { $help }

diagnostics-not-toml = esto no es TOML válido: { $detail }
    .help = { $hint ->
        [duplicate] cada clave puede aparecer una sola vez en una tabla; elimine o cambie el nombre de la segunda
        [quotes] los valores de texto van entre comillas dobles, y cada comilla de apertura necesita su comilla de cierre
        [syntax] revise esta línea: las claves se escriben nombre = "valor", las secciones [nombre] o [[nombre]], y el texto va entre comillas dobles
       *[date] { diagnostics-date-hint }
    }

diagnostics-unknown-document = esto no es ni un cuestionario ni un archivo de respuestas
    .help = un cuestionario tiene secciones [[stages]] y [[pillars]]; un archivo de respuestas empieza con questionnaire = "ID" y tiene secciones [assessment] y [answers]; una traducción empieza con translates = "ID"

diagnostics-questionnaire-not-answers = esto es un cuestionario, no un archivo de respuestas
    .help = indique un archivo de respuestas; para empezar uno para este cuestionario, ejecute `cyberassess template { $questionnaire }`

diagnostics-unknown-key = clave desconocida `{ $key }` en { $place }
    .help = { $hint ->
        [typo] ¿quiso decir `{ $suggestion }`?
       *[list] las claves permitidas aquí son: { $allowed }
    }

diagnostics-missing-key = falta `{ $key }` en { $place }
    .help = agregue una línea como: { $key } = { $example }

diagnostics-wrong-type = `{ $key }` en { $place } debe ser { $expected ->
        [boolean] true o false, sin comillas
        [number] un número
        [text-list] una lista de textos
       *[text] texto entre comillas
    }, no { $found }
    .help = escríbalo así: { $key } = { $example }

diagnostics-list-item-not-text = cada elemento de `{ $key }` en { $place } debe ser texto entre comillas, no { $found }
    .help = escríbalo así: { $key } = ["...", "..."]

diagnostics-not-a-table = `{ $key }` en { $place } debe ser una tabla, no { $found }
    .help = empiécela en una línea propia con [{ $key }]

diagnostics-not-a-table-list = `{ $key }` en { $place } debe ser una lista de tablas, no { $found }
    .help = escriba cada entrada como una sección [[{ $key }]]

diagnostics-entry-not-a-table = cada entrada de `{ $key }` debe ser una tabla
    .help = escriba cada entrada como una sección [[{ $key }]]

diagnostics-bad-version = questionnaire_version "{ $version }" no tiene la forma MAYOR.MENOR.PARCHE
    .help = copie la versión del cuestionario, como "1.0.0", o elimine la línea

diagnostics-no-assessment = el archivo de respuestas no tiene sección [assessment]
    .help = agregue [assessment] con country = "..." y assessed_on = 2026-01-31

diagnostics-target-not-text = la meta de `{ $pillar }` debe ser un id de etapa entre comillas, no { $found }
    .help = escríbala así: { $pillar } = "established"

diagnostics-date-in-quotes = assessed_on debe ser una fecha sin comillas
    .help = { diagnostics-date-hint }

diagnostics-not-a-date = assessed_on debe ser una fecha (año-mes-día)
    .help = { diagnostics-date-hint }

diagnostics-future-date = assessed_on { $date } es { $days ->
        [one] { $days } día
       *[other] { $days } días
    } posterior a hoy ({ $today })
    .help = escriba la fecha en que se hizo la evaluación, por ejemplo assessed_on = { $today }

diagnostics-unknown-status = el estado "{ $status }" no es un estado de una evaluación
    .help = { $hint ->
        [typo] ¿quiso decir "{ $suggestion }"? Los estados son { $statuses }
       *[list] use uno de estos estados: { $statuses }, o elimine la línea
    }

diagnostics-empty-respondent-name = un participante de la respuesta a `{ $question }` tiene el nombre vacío
    .help = escriba entre las comillas quién respondió, como en los assessors de su archivo

diagnostics-duplicate-respondent = el participante "{ $name }" aparece dos veces en la respuesta a `{ $question }`
    .help = deje una sola sección [[answers.ID.respondents]] por participante: una las dos o cambie el nombre de una

diagnostics-no-answer-value = la respuesta a `{ $question }` no tiene `answer`, así que la pregunta cuenta como sin respuesta
    .help = agregue answer = "..." junto a las notas y la evidencia: una etapa, yes / partly / no, o n/a

diagnostics-answer-not-text = la respuesta a `{ $question }` debe ser texto entre comillas, no { $found }
    .help = escríbala así: { $question } = "formative"

diagnostics-unknown-stage = { $target ->
        [pillar] la meta de `{ $pillar }`
       *[overall] la meta
    } "{ $stage }" no es una etapa de { $questionnaire }
    .help = { $hint ->
        [typo] ¿quiso decir "{ $suggestion }"? Las etapas son { $stages }
       *[list] use una de las etapas de { $questionnaire }: { $stages }
    }

diagnostics-unknown-pillar = `{ $pillar }` en [targets] no es un pilar de { $questionnaire }
    .help = { $hint ->
        [typo] ¿quiso decir `{ $suggestion }`? Los pilares son { $pillars }
       *[list] los pilares de { $questionnaire } son: { $pillars }
    }

diagnostics-unknown-question = `{ $question }` no es una pregunta de { $questionnaire }
    .help = { $hint ->
        [typo] ¿quiso decir `{ $suggestion }`?
       *[list] ejecute `cyberassess questionnaires show { $questionnaire }` para ver los ids de las preguntas
    }

diagnostics-unknown-answer = "{ $answer }" no es una respuesta válida a `{ $question }`
    .help = { $hint ->
        [typo] ¿quiso decir "{ $suggestion }"? Respuestas válidas: { $answers }
       *[list] respuestas válidas: { $answers }
    }

diagnostics-unknown-indicator-answer = "{ $answer }" no es una respuesta válida a `{ $question }`, que es una pregunta de yes / partly / no
    .help = respuestas válidas: "yes", "partly", "no" o "n/a"

diagnostics-na-without-reason = `{ $question }` está marcada como n/a sin motivo
    .help = explique el motivo en las notas: { $question } = {"{"} answer = "n/a", notes = "..." {"}"}

diagnostics-not-reviewed = { $count ->
        [one] { $count } respuesta se trasladó de una versión anterior y aún no se ha revisado
       *[other] { $count } respuestas se trasladaron de una versión anterior y aún no se han revisado
    }: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }
    .help = compare cada una con las respuestas de su pregunta (`cyberassess fill ARCHIVO` las muestra una a una) y luego borre la primera línea de sus notas, "Trasladada desde ...: revisar." (o "Carried over from ...: review." en un archivo en inglés)

diagnostics-unanswered = { $count ->
        [one] { $count } de { $total } preguntas está sin responder
       *[other] { $count } de { $total } preguntas están sin responder
    }: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }
    .help = las preguntas sin respuesta cuentan como la etapa más baja; respóndalas o márquelas como "n/a" con notas

diagnostics-pillar-all-na = todas las preguntas del pilar `{ $pillar }` son n/a, así que se puntúa en la etapa más baja
    .help = responda al menos una pregunta del pilar

diagnostics-major-version = estas respuestas se escribieron para { $questionnaire } { $wanted }, pero el cuestionario es la versión { $have }
    .help = una nueva versión mayor cambia el significado de las respuestas: responda de nuevo con `cyberassess fill`, o apunte `questionnaire` al archivo del cuestionario anterior

diagnostics-minor-version = estas respuestas se escribieron para { $questionnaire } { $wanted }; el cuestionario es la versión { $have }
    .help = revise las preguntas nuevas o modificadas y luego indique questionnaire_version = "{ $have }"

# Cuestionarios.

diagnostics-not-a-stage = { $ref ->
        [option] la etapa de la opción
        [indicator] la etapa del indicador
       *[default-target] default_target
    } "{ $stage }" no es una etapa
    .help = { $hint ->
        [typo] ¿quiso decir "{ $suggestion }"? Las etapas son { $stages }
       *[list] use uno de los ids de etapa: { $stages }
    }

diagnostics-bad-questionnaire-version = la versión "{ $version }" no tiene la forma MAYOR.MENOR.PARCHE
    .help = escríbala como "1.0.0"; suba MENOR por preguntas nuevas y MAYOR por cambios de significado

diagnostics-unknown-method = método de puntuación desconocido "{ $method }"
    .help = use "weighted-mean" (media de las etapas elegidas) o "gated" (una etapa cuenta solo cuando se cumplen todos sus requisitos)

diagnostics-unknown-overall = método general desconocido "{ $method }"
    .help = use "weighted-mean" (media de los pilares) o "minimum" (el pilar más débil)

diagnostics-too-few-stages = un cuestionario necesita al menos 2 etapas; este tiene { $count }
    .help = agregue secciones [[stages]], de la más baja a la más alta, cada una con id, name y summary

diagnostics-no-pillars = el cuestionario no tiene [[pillars]]
    .help = agregue una sección [[pillars]] con id, name, summary y [[pillars.questions]]

diagnostics-reserved-pillar-id = el id de pilar "{ $id }" está reservado para el resultado general
    .help = los resultados presentan el resultado general con este nombre (como última fila de cada evaluación en CSV); dé otro id al pilar, como "overall-governance"

diagnostics-no-questions = { $subject } no tiene preguntas
    .help = agregue al menos una sección [[pillars.questions]] debajo

diagnostics-no-requirement = { $subject } no tiene ninguna pregunta que sea requisito de { $count ->
        [one] la etapa
       *[other] las etapas
    } { $stages }
    .help = un pilar puntuado por umbrales no puede superar su etapa más alta que tenga un requisito, y una etapa sin requisitos se alcanza en cuanto se alcanza la anterior; asigne un indicador a { $count ->
        [one] esta etapa
       *[other] cada una de estas etapas
    }, o agregue una pregunta de opciones (requisito de todas las etapas)

diagnostics-bad-id = { $what ->
        [questionnaire] el id de cuestionario
        [stage] el id de etapa
        [pillar] el id de pilar
        [replaced-question] el id de pregunta reemplazada
       *[question] el id de pregunta
    } "{ $id }" tiene caracteres no permitidos en un id
    .help = use letras minúsculas, cifras y guiones, como "{ $suggestion }"

diagnostics-duplicate-id = { $what ->
        [stage] el id de etapa
        [pillar] el id de pilar
       *[question] el id de pregunta
    } "{ $id }" se usa dos veces
    .help = el primero está en la línea { $line }; dé a cada { $what ->
        [stage] etapa
        [pillar] pilar
       *[question] pregunta
    } su propio id

diagnostics-indicator-in-weighted-mean = { $subject } es un indicador, pero el cuestionario se puntúa por media ponderada
    .help = los indicadores (yes / partly / no) requieren [scoring] method = "gated"; o convierta esta pregunta en una de opciones, con una opción por etapa

diagnostics-unknown-question-kind = tipo de pregunta desconocido "{ $kind }"
    .help = use "choice" (elegir la descripción de etapa que corresponde) o "indicator" (yes / partly / no)

diagnostics-indicator-key-in-choice = `{ $key }` es propio de las preguntas de tipo indicador, pero { $subject } es una pregunta de opciones
    .help = mueva `{ $key }` a una de sus [[pillars.questions.options]], o agregue kind = "indicator"

diagnostics-no-options = { $subject } no tiene opciones
    .help = agregue secciones [[pillars.questions.options]], una por etapa, cada una con stage, text y next_step

diagnostics-duplicate-option = { $subject } tiene dos opciones para la etapa "{ $stage }"
    .help = deje una opción por etapa; una las dos descripciones

diagnostics-options-out-of-order = las opciones de { $subject } no siguen el orden de las etapas: "{ $stage }" viene después de "{ $previous }"
    .help = ordene las opciones de la etapa más baja a la más alta, como en [[stages]]

diagnostics-lowest-option-evidence = la evidencia de la opción "{ $stage }" de { $subject } no tiene una etapa inferior de la cual distinguirla
    .help = la evidencia de una opción indica qué muestra esta etapa y no la inferior; muévala a la opción superior o elimínela

diagnostics-missing-next-step = la opción "{ $stage }" de { $subject } no tiene next_step
    .help = agregue next_step = "...": la acción concreta que lleva a un país de esta etapa a la de la opción siguiente (solo la opción más alta puede omitirlo)

diagnostics-indicator-with-options = { $subject } es un indicador, así que no lleva opciones
    .help = elimine las opciones (los indicadores se responden yes / partly / no), o elimine kind = "indicator"

diagnostics-indicator-lowest-stage = { $subject } está asignada a la etapa más baja, que siempre se alcanza
    .help = asigne el indicador a la etapa de la que es requisito, por encima de la más baja

diagnostics-weight-out-of-range = el peso { $weight } está fuera del rango permitido
    .help = use un número de { $min } a { $max }, como 1 o 1.5; omita weight para usar el valor predeterminado, 1

diagnostics-weight-not-positive = el peso { $weight } no es un número positivo
    .help = use un número de { $min } a { $max }, como 1 o 1.5; omita weight para usar el valor predeterminado, 1

diagnostics-empty-term = un término del glosario está vacío
    .help = escriba el término tal como aparece en las preguntas, por ejemplo term = "SIM3"

diagnostics-duplicate-term = el término del glosario "{ $term }" está definido dos veces
    .help = la primera definición está en la línea { $line }; conserve una de las dos entradas [[glossary]]

diagnostics-unused-term = el término del glosario "{ $term }" no se usa en ninguna pregunta
    .help = los términos se muestran con las preguntas cuyo enunciado, ayuda, evidencia u opciones los usan (en mayúsculas o minúsculas, como palabras completas); úselo ahí o elimine esta entrada [[glossary]]

# Lectura de archivos.

diagnostics-unreadable = { $reason ->
        [not-found] el archivo no existe
        [permission] no tiene permiso para leer este archivo
       *[other] no se pudo leer el archivo: { $detail }
    }
    .help = { $reason ->
        [not-found] revise cómo está escrita la ruta y la carpeta en la que está trabajando
        [permission] pida acceso de lectura al propietario del archivo, o cópielo a un lugar donde pueda leerlo
       *[other] compruebe que sea un archivo normal que pueda abrir
    }

diagnostics-is-a-folder = esto es una carpeta, no un archivo
    .help = indique los archivos .toml que contiene

diagnostics-too-large = el archivo pesa más de 4 MiB, mucho más que cualquier cuestionario o archivo de respuestas
    .help = compruebe que sea el archivo correcto; pase las notas muy largas a documentos aparte y cítelos como evidencia

diagnostics-questionnaire-has-problems = el cuestionario "{ $questionnaire }" tiene problemas, así que estas respuestas no se pueden revisar
    .help = corrija primero el cuestionario (sus problemas se indican junto a él)

diagnostics-not-utf8 = el archivo no es texto UTF-8 (línea { $line }, columna { $column })
    .help = guarde de nuevo el archivo en UTF-8 (en la mayoría de los editores: Guardar como, Codificación: UTF-8)

diagnostics-not-a-questionnaire-file = este archivo no es un cuestionario (no es TOML con [[stages]] y [[pillars]]); no se muestra su contenido
    .help = indique un archivo de cuestionario, o un cuestionario integrado por su id

diagnostics-not-utf8-name = el nombre del archivo no es texto UTF-8, así que el archivo no se leyó
    .help = cambie el nombre del archivo usando letras que su sistema muestre correctamente (el nombre que aparece aquí lleva un signo de sustitución donde no se puede leer)

diagnostics-not-a-regular-file = esto es { $kind ->
        [named-pipe] una tubería con nombre
        [socket] un socket
        [device] un dispositivo
       *[special] un archivo especial
    }, no un archivo normal, así que no se leyó
    .help = indique el propio archivo de cuestionario o de respuestas

# Idiomas y traducciones.

diagnostics-bad-language = el idioma "{ $language }" no es un código de idioma
    .help = { $file ->
        [answers] escriba el código de dos letras del idioma en que se redactará el informe, como "en" (inglés), "es" (español), "fr" (francés) o "pt" (portugués), o elimine la línea
        [translation] escriba el código de dos letras del idioma de los textos: "es" (español), "fr" (francés), "pt" (portugués), con región si lo desea, como "pt-BR"
       *[questionnaire] escriba el código de dos letras del idioma en que están escritos los textos, como "en" (inglés), "es" (español), "fr" (francés) o "pt" (portugués)
    }

diagnostics-bad-translation-version = la versión "{ $version }" no tiene la forma MAYOR.MENOR.PARCHE
    .help = escriba la versión del cuestionario que traduce este archivo, como "2.0.0" (`cyberassess questionnaires` muestra los integrados)

diagnostics-texts-not-a-table = `{ $id }` en [{ $key }] debe ser una tabla de textos, no { $found }
    .help = ponga los textos { $what ->
        [stage] de la etapa
        [pillar] del pilar
        [option] de la opción
        [glossary-entry] de la entrada del glosario
       *[question] de la pregunta
    } en una tabla propia, que empiece con una línea como [{ $key }.{ $id }]

# Revisión de una traducción frente a su cuestionario.

diagnostics-language = { $code ->
    [en] inglés
    [es] español
    [fr] francés
    [pt] portugués
   *[other] { $tag }
}

diagnostics-translates-other = este archivo traduce "{ $translates }", pero el cuestionario encontrado es "{ $questionnaire }"
    .help = escriba translates = "{ $questionnaire }" si este archivo lo traduce, o coloque el archivo junto a su propio cuestionario

diagnostics-translation-major-version = este archivo traduce { $id } { $written }, pero el cuestionario está en la versión { $version }
    .help = una nueva versión mayor cambia el sentido de las preguntas, así que una traducción solo sirve para su propia versión mayor; traduzca { $id } { $version } (sus textos se obtienen con `cyberassess questionnaires show { $id }@{ $version }` si es un cuestionario integrado)

diagnostics-translation-minor-version = este archivo traduce { $id } { $written }, y el cuestionario está en la versión { $version }: los textos redactados de nuevo desde entonces conservan su traducción anterior
    .help = compare los textos de las dos versiones, actualice la traducción y luego escriba version = "{ $version }"

diagnostics-translation-same-language = { $questionnaire } ya está escrito en "{ $language }"
    .help = escriba el idioma al que este archivo traduce el cuestionario

diagnostics-ids-not-translated = { $what ->
    [term] Las entradas del glosario se nombran por el término tal como lo escribe el cuestionario
   *[other] Los ids nunca se traducen
}

diagnostics-translation-unknown-id = { $what ->
        [stage] { $questionnaire } no tiene ninguna etapa "{ $id }"
        [pillar] { $questionnaire } no tiene ningún pilar "{ $id }"
        [option] la pregunta `{ $question }` de { $questionnaire } no tiene ninguna opción para la etapa "{ $id }"
        [term] { $questionnaire } no tiene ningún término del glosario "{ $id }"
       *[question] { $questionnaire } no tiene ninguna pregunta "{ $id }"
    }
    .help = { $hint ->
        [typo] ¿quiso decir "{ $suggestion }"? { diagnostics-ids-not-translated }
       *[list] use uno de estos: { $among }. { diagnostics-ids-not-translated }; elimine esta tabla si el cuestionario ya no la tiene
    }

diagnostics-translation-indicator-options = la pregunta `{ $id }` de { $questionnaire } es un indicador (yes / partly / no), que no tiene opciones
    .help = traduzca sus textos en [questions.{ $id }] (prompt, help, evidence, next_step) y elimine esta tabla

diagnostics-translation-no-such-text = { $questionnaire } no tiene ningún texto en { $text }, así que no se puede traducir
    .help = { $hint ->
        [next-step] `{ $id }` es una pregunta de opciones: sus próximos pasos van en sus opciones, en [questions.{ $id }.options.STAGE]
       *[remove] la traducción solo da los textos que tiene el cuestionario; elimine esta línea, o agregue primero el texto al cuestionario
    }

diagnostics-translation-duplicate-term = dos términos del glosario están traducidos como "{ $term }"
    .help = cada término necesita su propia traducción; si no, el lector no sabría a qué definición se refiere una pregunta; precise uno de los dos

diagnostics-translation-missing-texts = { $count ->
        [one] { $count } texto de { $questionnaire } no está traducido, así que se muestra en { $language }
       *[other] { $count } textos de { $questionnaire } no están traducidos, así que se muestran en { $language }
    }: { $list }{ $more ->
        [0] {""}
        [one] ; y { $more } tabla más
       *[other] ; y { $more } tablas más
    }
    .help = agregue cada uno bajo el encabezado de su tabla, como en el cuestionario (`cyberassess questionnaires show ID` muestra uno integrado)

diagnostics-translation-glossary-misses = { $count ->
        [one] { $count } de { $uses } usos de términos del glosario en las preguntas no aparece en los textos traducidos, así que esa pregunta no muestra la definición
       *[other] { $count } de { $uses } usos de términos del glosario en las preguntas no aparecen en los textos traducidos, así que esas preguntas no muestran la definición
    }: { $list }
    .help = un término se reconoce como palabras completas, en mayúsculas o minúsculas, con un plural en -s o -es; si un texto necesita otra forma (otro plural, un femenino), esta advertencia es normal; si no, escriba el término como lo traduce el glosario

diagnostics-translation-questionnaire-not-found = { $hint ->
        [beside] este archivo traduce "{ $id }", pero el cuestionario que está a su lado es "{ $other }", y ningún cuestionario integrado es "{ $id }"
       *[other] no se encontró el cuestionario "{ $id }": no está integrado, y junto a esta traducción no hay ningún archivo de cuestionario con ese id
    }
    .help = { $hint ->
        [beside] { $path }, a su lado, es el cuestionario "{ $other }"; escriba translates = "{ $other }" si este archivo lo traduce
        [typo] ¿quiso decir "{ $suggestion }"? Cuestionarios integrados: { $ids }
       *[list] coloque la traducción junto a su cuestionario, con el nombre de este más el idioma (mi-cuestionario.toml → mi-cuestionario.es.toml), o traduzca un cuestionario integrado ({ $ids })
    }

diagnostics-translation-questionnaire-has-problems = el cuestionario "{ $questionnaire }" tiene problemas, así que esta traducción no se puede revisar
    .help = corrija primero el cuestionario (sus problemas se indican junto a él)

diagnostics-builtin-translation-broken = esta traducción integrada no se puede cargar
    .help = es un error de la herramienta; por favor, repórtelo

diagnostics-translation-not-answers = esta es la traducción al { $language } del cuestionario { $id } { $version }, no un archivo de respuestas
    .help = los archivos de respuestas son iguales en todos los idiomas; para responder el cuestionario { $id } en { $language }, ejecute `cyberassess fill ARCHIVO --questionnaire { $named } --lang { $lang }` o `cyberassess template { $named } --lang { $lang }`

# Búsqueda del cuestionario que indica un archivo de respuestas o un comando.

diagnostics-questionnaire-not-found = { $from ->
        [answers] no se encontró el cuestionario "{ $reference }"
       *[command] no existe el cuestionario "{ $reference }"
    }
    .help = { $hint ->
        [other-version] { $id } está integrado en la versión { $versions }, no en la { $wanted }; escriba { $id }@{ $newest } u omita la versión para usar la más reciente
        [no-file] no hay ningún archivo en { $path }; la ruta se toma a partir del archivo de respuestas
        [typo] ¿quiso decir "{ $suggestion }"? Cuestionarios integrados: { $ids }
       *[ids] use el id de un cuestionario integrado ({ $ids }) o la ruta de un archivo de cuestionario, a partir del archivo de respuestas
    }

diagnostics-questionnaire-not-toml = { $from ->
        [answers] "{ $reference }" no es un archivo de cuestionario, así que no se leyó
       *[command] no existe el cuestionario "{ $reference }"
    }
    .help = un cuestionario se indica con el id de uno integrado ({ $ids }) o con la ruta de su archivo .toml, a partir del archivo de respuestas; solo se lee un id integrado o la ruta de un archivo .toml

# Archivos de respuestas en una revisión de git (REV:RUTA).

diagnostics-revision-too-large = el archivo pesa más de 4 MiB, mucho más que cualquier archivo de respuestas
    .help = compruebe que sea el archivo correcto

diagnostics-revision-absolute-path = un archivo de una revisión de git debe indicarse por su ruta a partir de la carpeta actual
    .help = vaya al repositorio y escríbalo como { $revision }:ruta/al/archivo.toml

diagnostics-git-not-run = no se pudo ejecutar git para leer esta revisión: { $detail }
    .help = instale git, o compare archivos en disco (extraiga uno con `git show REV:RUTA > antiguo.toml`)

diagnostics-not-a-repository = la carpeta actual no está dentro de un repositorio de git, así que no se puede leer una revisión
    .help = ejecute el comando dentro del repositorio que contiene el archivo, o indique rutas de archivos normales

diagnostics-not-in-revision = { $path } no está en la revisión { $revision }
    .help = revise la ruta, a partir de la carpeta actual; `git log --oneline -- { $path }` muestra las revisiones que lo contienen

diagnostics-unknown-revision = git no conoce la revisión "{ $revision }"
    .help = use un commit, una etiqueta o una rama que muestre `git log --oneline`, como HEAD~1

diagnostics-git-failed = git no pudo leer { $revision }:{ $path }: { $detail }
    .help = compruebe la revisión y la ruta, a partir de la carpeta actual

# Lectura de carpetas y de archivos que cambian.

diagnostics-file-changed = este archivo cambió mientras se leía: ya no es un archivo de respuestas
    .help = ejecute de nuevo el comando cuando los archivos dejen de cambiar

diagnostics-folder-loop = un enlace simbólico forma un bucle que vuelve a { $folder }
    .help = no se siguió el bucle; elimine el enlace o haga que apunte a otro lugar

diagnostics-folder-not-allowed = no tiene permiso para leer esta carpeta
    .help = pida acceso a su propietario; los archivos que contiene no se puntuaron

diagnostics-folder-unreadable = no se pudo leer: { $detail }
    .help = compruebe que la ruta exista y se pueda leer

# Combinación de archivos de respuestas y traslado de respuestas con --from.

diagnostics-respondent-in-earlier-file = el participante "{ $name }" ya está en un archivo anterior de esta combinación
    .help = cada participante se combina una sola vez: deje fuera este archivo, o indique en él sus propios evaluadores (assessors)

diagnostics-merge-other-questionnaire = estas respuestas son de { $questionnaire }, pero { $first } responde a { $first_questionnaire }; solo se pueden combinar respuestas a un mismo cuestionario
    .help = combine solo los archivos escritos para el mismo cuestionario

diagnostics-merge-other-version = estas respuestas son de { $questionnaire }, pero { $first } responde a { $first_questionnaire }; solo se pueden combinar respuestas a una misma versión
    .help = responda de nuevo { $first_questionnaire }, o parta de este archivo con `cyberassess fill --from`

diagnostics-merge-other-country = estas respuestas son de { $country }, pero { $first } es de { $first_country }
    .help = combine las respuestas de un solo país, o indique el país del consenso con --country NOMBRE

diagnostics-carry-other-questionnaire = estas respuestas son de { $old }, así que no pueden iniciar una evaluación de { $new }
    .help = indique después de --from un archivo de respuestas escrito para { $new }, o empiece sin --from

diagnostics-carry-same-version = estas respuestas ya son de { $id } { $version }, la versión que se está iniciando
    .help = no hay nada que trasladar: continúe este archivo con `cyberassess fill ARCHIVO`, o cópielo

diagnostics-carry-not-previous-major = estas respuestas son de { $id } { $version }; solo se pueden trasladar respuestas a { $new } desde la versión { $previous }.x
    .help = parta de un archivo de respuestas escrito para { $id } { $previous }.x

# Problemas de un libro completado que se entrega a `import`, tras la hoja y la celda.

diagnostics-import-at = hoja { $sheet }, celda { $cell }: {""}
diagnostics-import-in = hoja { $sheet }: {""}
diagnostics-import-place = hoja { $sheet }, celda { $cell }
diagnostics-import-not-a-template = este libro no se creó con `cyberassess template --format xlsx` (falta la hoja oculta que indica el cuestionario); copie las respuestas en un libro creado con ese comando
diagnostics-import-unknown-layout = este libro tiene el formato { $layout }, que esta versión de cyberassess no puede leer; impórtelo con una versión más reciente
diagnostics-import-other-questionnaire = este libro es para { $workbook }, no para { $expected }; impórtelo sin --questionnaire, o cree un libro para { $expected } con `cyberassess template`
diagnostics-import-missing-detail = { $detail ->
        [country] el país está vacío
       *[date] la fecha de la evaluación está vacía
    }; complete ese dato e importe de nuevo el libro
diagnostics-import-not-a-date = '{ $written }' no es una fecha; escriba la fecha como año-mes-día, por ejemplo 2026-03-14
diagnostics-import-not-a-stage = '{ $written }' no es una etapa; elija una de estas: { $stages }
diagnostics-import-not-an-answer = '{ $written }' no es una respuesta; ¿quiso decir { $suggestion }?
diagnostics-import-not-an-answer-to = '{ $written }' no es una respuesta a esta pregunta; elija una de estas: { $answers }
diagnostics-import-no-question-id = esta fila tiene una respuesta pero ningún id de pregunta (se agregó la fila o se borró su id); escriba la respuesta en la fila de la propia pregunta
diagnostics-import-unknown-question = el id de pregunta '{ $id }' no está en este cuestionario; la fila se modificó a mano: copie la respuesta en un libro nuevo creado con `cyberassess template`
diagnostics-import-duplicate = la pregunta '{ $id }' tiene dos respuestas (la primera en { $first }); conserve una sola fila
diagnostics-import-notes-without-answer = esta fila tiene evidencia o notas pero ninguna respuesta; elija una respuesta (n/a si la pregunta no corresponde), o bórrelas
diagnostics-import-unreadable = no se pudo leer el archivo: { $detail }
diagnostics-import-too-large = el archivo pesa más de { $size } MB, demasiado para un cuestionario completado
diagnostics-import-not-a-workbook = este no es un libro .xlsx ni .ods ({ $detail }); guárdelo desde su programa de hojas de cálculo como Excel (.xlsx) u OpenDocument (.ods)
