# El libro del cuestionario (`template ID --format xlsx`) y lo que `import` lee de él.

workbook-start-sheet = Inicio
workbook-lists-sheet = Listas de respuestas

workbook-questionnaire = Cuestionario { $questionnaire }
workbook-how = Cómo completarlo:
workbook-step-details = 1. Complete las celdas de color de abajo: el país, la fecha, quién responde y la meta.
workbook-step-answers = 2. Cada pilar tiene su propia hoja (las pestañas de abajo). Para cada pregunta, elija su respuesta en la celda de color «Su respuesta» (la flecha muestra la lista); la columna siguiente indica lo que significa. Elija la etapa más alta cuya descripción se cumpla por completo.
workbook-step-not-applicable = 3. Responda { $na } solo cuando una pregunta no corresponda, y explique por qué en Notas. Anote las fuentes en la columna de evidencias, una por línea.
workbook-step-send = 4. Guarde el archivo tal cual (.xlsx u .ods) y envíelo de vuelta. Se lee con: cyberassess import ARCHIVO
workbook-protected = Las hojas están protegidas para que las filas no puedan ordenarse ni eliminarse; solo pueden modificarse las celdas de color.
workbook-country = País u organización
workbook-date = Fecha de la evaluación
workbook-date-error = Escriba una fecha, por ejemplo 2026-03-14.
workbook-assessors = Quién responde
workbook-assessors-help = Quién responde: un nombre u organización por línea (Alt+Entrar en Excel o Ctrl+Entrar en LibreOffice inicia una línea nueva), o separados por punto y coma.
workbook-target = Etapa meta
workbook-target-error = Elija una etapa de la lista.
workbook-marking = Clasificación (opcional)
workbook-stages = Etapas, de la más baja a la más alta:

workbook-number = N.º
workbook-question = Pregunta
workbook-help = Ayuda
workbook-evidence-to-cite = Evidencias que citar
workbook-answer = Su respuesta
workbook-meaning = Qué significa su respuesta
workbook-evidence = Sus evidencias (una por línea)
workbook-notes = Notas
workbook-question-id = Id de la pregunta
workbook-not-an-answer = No es una respuesta
workbook-pick-an-answer = Elija una respuesta de la lista.
workbook-not-an-answer-meaning = No es una respuesta: elija una de la lista.

workbook-means-yes = Cumplido: cuenta para { $stage }.
workbook-means-partly = Cumplido a medias: cuenta la mitad, no alcanza para { $stage }.
workbook-means-no = No cumplido: no cuenta para { $stage }.
workbook-means-not-applicable = No corresponde: queda fuera de la puntuación. Explique por qué en Notas.

workbook-print-footer = Página { $page } de { $pages }
