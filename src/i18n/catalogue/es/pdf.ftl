# Lo que advierte el generador de PDF mientras dibuja un informe (de una evaluación o de una
# cohorte), que se muestra en la terminal después de "advertencia: ARCHIVO:".

pdf-missing-character = el carácter { $character } (U+{ $code }) no está en la fuente del informe; se muestra como { $replacement }
pdf-writer-problem = generador de PDF: { $message }
