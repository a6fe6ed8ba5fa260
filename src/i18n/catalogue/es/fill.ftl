# Las palabras de `fill`: las pantallas de preguntas, sus listas y teclas, los datos de la
# evaluación, evidencias y notas, las metas, y lo que se dice al detenerse.

fill-progress = { $pillar } { $done }/{ $of } · { $answered }/{ $total } respondidas
fill-progress-disputed = { $count } en disputa

fill-answer-yes = Sí
    .text = Plenamente implantado.
    .key = s
fill-answer-partly = Parcialmente
    .text = Iniciado, o implantado solo en parte.
    .key = p
fill-answer-no = No
    .text = No implantado.
    .key = n
fill-not-applicable = No corresponde
    .text = No se aplica aquí; se le preguntará por qué.
fill-leave-disputed = Dejarla en disputa
    .text = Aún sin acuerdo: la pregunta sigue en disputa, con su respuesta provisional.
fill-skip = Omitir por ahora
fill-clear = Borrar la respuesta
    .text = La pregunta vuelve a quedar sin respuesta; sus evidencias y notas también se borran.
fill-back = Volver a la pregunta anterior
fill-save-and-quit = Guardar y salir

fill-help-entry = Ver la ayuda y las evidencias que citar
fill-help-shown = (ayuda más abajo)
fill-current = (actual)
fill-needed-for = (necesario para alcanzar la etapa { $stage })
fill-carried-check = ({ $note } ¿Sigue siendo correcta la respuesta preseleccionada?)
fill-respondent-evidence = evidencias: { $evidence }.
fill-respondent-notes = Notas: { $notes }
fill-keys-help = Arriba/Abajo y Enter · escriba para buscar · Esc guarda y sale
fill-keys-help-with = { $keys } o Arriba/Abajo y Enter · escriba para buscar · Esc guarda y sale
fill-list-help = Arriba/Abajo para moverse, Enter para elegir, Esc para guardar y salir
fill-stopped = (detenido)
fill-type-an-answer = Escriba una respuesta (Esc para guardar y salir).

fill-help = Ayuda: { $text }
fill-evidence-to-cite = Evidencias que citar: { $text }
fill-evidence-for-stage = Evidencias de la etapa { $stage }: { $text }

fill-saved = Guardado: { $what }
fill-saved-because = Guardado: { $answer }, porque { $why }
fill-saved-agreed = Guardado: { $answer }, acordada (ya no está en disputa)
fill-saved-agreed-because = Guardado: { $answer }, acordada (ya no está en disputa), porque { $why }
fill-saved-removed = Guardado: se quitó "{ $line }"
fill-saved-notes-removed = Guardado: se quitaron las notas
fill-saved-cleared = Guardado: se borró la respuesta a { $id }; la pregunta queda sin respuesta.

fill-why-not-applicable = ¿Por qué no corresponde esta pregunta? (obligatorio para «No corresponde»)
fill-why-needed = Indique en pocas palabras por qué no corresponde.
fill-keep-evidence = Conservar las evidencias y notas como están
fill-change-evidence = Cambiar las evidencias o notas
fill-no-evidence = No, pasar a la siguiente pregunta
fill-add-evidence = Agregar evidencias o notas
fill-add-evidence-question = ¿Agregar evidencias o notas?
fill-given-so-far = Evidencias y notas indicadas hasta ahora:
fill-notes-given = Notas: { $notes }
fill-notes = Notas (opcional)
fill-enter-keeps-text = Enter conserva el texto mostrado
fill-enter-skips = Enter para omitir
fill-evidence-intro = Evidencias: un enlace o una referencia de documento por línea
fill-evidence-keep = Enter la conserva; borre el texto para quitarla
fill-evidence-done = Enter en una línea vacía para terminar

fill-new-file = { $count ->
    [one] Nuevo archivo de respuestas { $file } para { $title } ({ $count } pregunta en { $pillars } pilares). Primero, los datos de la evaluación.
   *[other] Nuevo archivo de respuestas { $file } para { $title } ({ $count } preguntas en { $pillars } pilares). Primero, los datos de la evaluación.
}
fill-details-missing = Los datos de la evaluación de { $file } aún no están completos; primero, los datos.
fill-ask-country = ¿Qué país (u organización) se evalúa?
fill-keep-country = Enter conserva el país del archivo de respuestas anterior
fill-country-needed = Escriba el nombre del país o de la organización.
fill-ask-assessors = ¿Quiénes responden? Nombres u organizaciones, separados por punto y coma (;)
fill-keep-names = Enter conserva los nombres mostrados
fill-leave-empty = Enter para dejarlo vacío
fill-no-one-named = sin indicar
fill-ask-date = Fecha de la evaluación (año-mes-día)
fill-keep-today = Enter conserva la fecha de hoy; lo que escriba la reemplaza
fill-not-a-date = "{ $text }" no es una fecha; escríbala así: { $today }.
fill-ask-target = ¿A qué etapa se aspira? En cada pilar se muestra la brecha respecto de esta meta.
fill-saved-target = meta { $stage }
fill-details-saved = Los datos se guardaron en { $file }. Ahora, las { $total } preguntas, pilar por pilar. Cada respuesta se guarda en cuanto la da; pulse Esc para detenerse en cualquier momento.
fill-details-saved-carried = { $count ->
    [one] Los datos se guardaron en { $file }. Ahora, las { $total } preguntas, pilar por pilar. Cada respuesta se guarda en cuanto la da; pulse Esc para detenerse en cualquier momento. Se trasladó { $count } respuesta, marcada para revisión: se muestra con su respuesta preseleccionada, entre las preguntas pendientes.
   *[other] Los datos se guardaron en { $file }. Ahora, las { $total } preguntas, pilar por pilar. Cada respuesta se guarda en cuanto la da; pulse Esc para detenerse en cualquier momento. Se trasladaron { $count } respuestas, marcadas para revisión: cada una se muestra con su respuesta preseleccionada, entre las preguntas pendientes.
}

fill-reviewing = Revisión de las { $total } preguntas ({ $answered } respondidas). La respuesta actual está preseleccionada y marcada «actual»: pulse Enter para conservarla.
fill-disputed-intro = { $disputed } de { $total } preguntas están en disputa. Cada una se muestra con la respuesta de cada participante: elija la respuesta acordada o déjela en disputa.
fill-none-disputed = Ninguna pregunta de { $file } está en disputa.
fill-all-answered-already = Las { $total } preguntas ya están respondidas. Para cambiar respuestas, ejecute el mismo comando con --review.
fill-starting = { $answered } de { $total } respondidas; se empieza por { $pillar }, pregunta { $number }.
fill-resuming = { $answered } de { $total } respondidas; se continúa en { $pillar }, pregunta { $number }.
fill-resuming-review = { $answered } de { $total } respondidas ({ $review } trasladadas de una versión anterior, que se muestran de nuevo para revisión); se continúa en { $pillar }, pregunta { $number }.
fill-first-question = Esta es la primera pregunta; no hay ninguna antes.
fill-pillar = { $count ->
    [one] Pilar { $number } de { $total }: { $name } ({ $count } pregunta)
   *[other] Pilar { $number } de { $total }: { $name } ({ $count } preguntas)
}

fill-all-settled = Todas las preguntas en disputa quedaron resueltas.
fill-still-disputed = { $disputed } de { $total } preguntas siguen en disputa; conservan su respuesta provisional hasta que el taller llegue a un acuerdo.
fill-all-answered = Las { $total } preguntas están respondidas.
fill-not-reviewed = { $review } respuestas trasladadas de una versión anterior aún no se han revisado. Cuentan tal como están; cada una conserva su nota de revisión hasta que vuelva a responder la pregunta.
fill-unanswered = { $missing } de { $total } preguntas siguen sin respuesta. Mientras no se respondan, cuentan como la etapa más baja.
fill-unanswered-not-reviewed = { $missing } de { $total } preguntas siguen sin respuesta (cuentan como la etapa más baja) y { $review } respuestas trasladadas aún no se han revisado.
fill-go-through-again = Recorrerlas de nuevo
fill-answer-now = Responderlas ahora
fill-finish = Terminar por ahora y ver las puntuaciones

fill-targets-intro = Las metas de { $file }: primero la etapa a la que aspira toda la evaluación, luego la de cada pilar. En cada pilar se muestra la brecha respecto de su meta.
fill-ask-overall-target = ¿A qué etapa aspira toda la evaluación?
fill-saved-overall-target = Guardado: meta general { $stage }
fill-same-as-overall = La meta general ({ $stage })
fill-ask-pillar-target = Pilar { $number } de { $total }: ¿a qué etapa aspira { $pillar }?
fill-saved-pillar-target = Guardado: { $pillar } aspira a { $stage }
fill-saved-pillar-overall = Guardado: { $pillar } adopta la meta general ({ $stage })

fill-no-terminal-file = `cyberassess fill` hace sus preguntas en una terminal, y aquí no hay ninguna (la entrada o la salida de errores está redirigida). Para responder sin terminal, edite { $file } con cualquier editor de texto.
fill-no-terminal-file-disputed = `cyberassess fill` hace sus preguntas en una terminal, y aquí no hay ninguna (la entrada o la salida de errores está redirigida). Para responder sin terminal, edite { $file } con cualquier editor de texto; para resolver allí una pregunta en disputa, escriba la respuesta acordada y borre su línea `disputed = true`.
fill-no-terminal-new = `cyberassess fill` hace sus preguntas en una terminal, y aquí no hay ninguna (la entrada o la salida de errores está redirigida). Para responder sin terminal, genere un archivo para completar con cualquier editor de texto: { $command }
fill-from-exists = { $file } ya existe; --from crea un archivo nuevo: indique uno que aún no exista (para continuar con { $file }, quite --from { $from })
fill-has-problems = { $file } tiene los problemas indicados arriba; corríjalos con un editor de texto y vuelva a ejecutar `cyberassess fill { $file }`.
fill-other-questionnaire = { $file } ya responde a { $answers }, no a { $named }; quite --questionnaire para continuarlo, o indique un archivo nuevo para empezar con { $named }
fill-stopped-in = se dejó de completar { $file }
fill-resume-disputed = Guardado en { $file }; { $disputed } de { $total } preguntas siguen en disputa. Para continuar: cyberassess fill --disputed { $file }
fill-resume-targets = Guardado en { $file }. Para fijar las demás metas: cyberassess fill --targets { $file }
fill-resume = Se guardaron { $answered } de { $total } respuestas en { $file }. Para continuar: cyberassess fill { $file }
fill-nothing-saved = Se detuvo antes de completar los datos; no se guardó nada.
fill-done = Respuestas guardadas en { $file }. Para generar el informe PDF: cyberassess report { $file }
fill-missing-disputed = { $file } no existe; --disputed resuelve las preguntas en disputa de un consenso creado con `cyberassess merge`; indique el archivo de consenso
fill-missing-targets = { $file } no existe; --targets fija las metas de un archivo de respuestas existente; créelo primero con `cyberassess fill ARCHIVO`
fill-not-a-consensus = { $file } no es un consenso: ninguna de sus preguntas conserva lo que respondió cada participante, así que no hay nada que resolver. Cree primero un consenso a partir de los archivos de los participantes: cyberassess merge ARCHIVO1 ARCHIVO2 ... -o consenso.toml
fill-nothing-disputed = Ninguna pregunta de { $file } está en disputa: todas las respuestas están acordadas. Para calcular la puntuación: cyberassess score { $file }

fill-file-header =
    Respuestas a { $title } ({ $questionnaire }).
    Escrito por `cyberassess fill`: vuelva a ejecutarlo sobre este archivo para continuar, agregue
    --review para cambiar respuestas, o edite el archivo con cualquier editor de texto.
