# Los comentarios de una plantilla de respuestas (`template`): cómo completarla y los textos que
# rodean cada pregunta. Los valores de respuesta (`"yes"`, `"n/a"`, los identificadores de etapa)
# y las claves no se traducen. Cada mensaje es un párrafo: la plantilla lo ajusta a su ancho.

template-title = Respuestas a { $title } ({ $questionnaire }), para completar con cualquier editor de texto.
template-how = Cómo completarlo:
template-how-assessment = - En [assessment], escriba el país, la fecha y quiénes responden.
template-how-answer = - Cada una de las preguntas siguientes es un bloque de comentarios (líneas que empiezan con #) seguido de su línea de respuesta, como { $first } = "". Escriba entre las comillas una de las respuestas indicadas encima, por ejemplo { $first } = "{ $example }". Deje las comillas vacías mientras no conozca la respuesta.
template-how-not-applicable = - Responda "{ $na }" solo cuando una pregunta no corresponda, e indique por qué. Para agregar notas o evidencias, reemplace "" por una tabla, por ejemplo: { $first } = {"{"} answer = "{ $na }", notes = "Por qué no corresponde", evidence = ["https://..."] {"}"}
template-how-check = - Verifique el archivo con: cyberassess check ARCHIVO. Calcule la puntuación con: cyberassess score ARCHIVO.
template-how-fill = - O responda las preguntas una a una en una terminal: cyberassess fill ARCHIVO.
template-carried = { $count ->
    [one] - Se trasladó { $count } respuesta desde un archivo de respuestas a { $from }. Lleva la nota "Trasladada desde ...: revisar." Compárela con las respuestas indicadas encima (puede que la pregunta esté redactada ahora de otro modo) y luego borre esa línea de la nota. `cyberassess fill ARCHIVO` se la muestra.
   *[other] - Se trasladaron { $count } respuestas desde un archivo de respuestas a { $from }. Cada una lleva la nota "Trasladada desde ...: revisar." Compare cada una con las respuestas indicadas encima (puede que la pregunta esté redactada ahora de otro modo) y luego borre esa línea de la nota. `cyberassess fill ARCHIVO` se las muestra una a una.
}

template-country = El país (u organización) evaluado, entre las comillas.
template-date = La fecha de la evaluación, año-mes-día: escríbala y quite el # al inicio de la línea siguiente.
template-assessors = Quiénes responden: nombres u organizaciones, cada uno entre comillas y separados por comas, por ejemplo ["Ministerio de TIC", "CSIRT nacional"].
template-target = La etapa a la que se aspira; sirve para mostrar la brecha y los próximos pasos: { $stages }.
template-marking = Cómo pueden compartirse el archivo y sus informes.

template-pillar = Pilar { $number } de { $total }: { $name }
template-question = Pregunta { $number } de { $total } ({ $pillar }, pregunta { $index } de { $count })
template-help = Ayuda: { $text }
template-evidence = Evidencias que citar: { $text }
template-choice-answers = Respuestas (la etapa más alta cuya descripción se cumple por completo):
template-option-evidence = Evidencias de esta etapa: { $text }
template-not-applicable = No corresponde: indique por qué en las notas (vea el inicio del archivo)
template-indicator = Necesario para alcanzar la etapa { $stage }. Respuestas: "yes" (sí, plenamente implantado), "partly" (parcialmente: iniciado, o implantado solo en parte), "no" (no implantado) o "{ $na }" (indique por qué en las notas).
template-glossary = Glosario: los términos usados en las preguntas anteriores.

template-review-note = Trasladada desde { $from } `{ $question }`: revisar.

template-merged-header =
    Respuestas a { $title } ({ $questionnaire }){ $respondents ->
        [0] {""}
        [one] , combinadas de { $respondents } participante
       *[other] , combinadas de { $respondents } participantes
    }.
    Cada pregunta conserva lo que respondió cada participante, en sus secciones [[answers.ID.respondents]];
    disputed = true marca una pregunta en la que los participantes aún no están de acuerdo.
