# A pasta de trabalho do questionário (`template ID --format xlsx`) e o que o `import` lê dela.

workbook-start-sheet = Início
workbook-lists-sheet = Listas de respostas

workbook-questionnaire = Questionário { $questionnaire }
workbook-how = Como preencher:
workbook-step-details = 1. Preencha as células coloridas abaixo: o país, a data, quem responde e a meta.
workbook-step-answers = 2. Cada pilar tem a sua própria planilha (as abas na parte de baixo). Para cada pergunta, escolha a sua resposta na célula colorida da coluna Sua resposta (a seta mostra a lista); a coluna seguinte diz o que ela significa. Escolha o estágio mais alto cuja descrição se aplica por inteiro.
workbook-step-not-applicable = 3. Responda { $na } somente quando uma pergunta não se aplicar, e explique o motivo em Notas. Escreva as fontes na coluna de evidências, uma por linha.
workbook-step-send = 4. Salve o arquivo como está (.xlsx ou .ods) e devolva-o. Ele é lido com: cyberassess import ARQUIVO
workbook-protected = As planilhas estão protegidas para que as linhas não possam ser ordenadas nem excluídas; só as células coloridas podem ser alteradas.
workbook-country = País ou organização
workbook-date = Data da avaliação
workbook-date-error = Digite uma data, por exemplo 2026-03-14.
workbook-assessors = Quem responde
workbook-assessors-help = Quem responde: um nome ou organização por linha (Alt+Enter no Excel, Ctrl+Enter no LibreOffice inicia uma nova linha), ou separados por ponto e vírgula.
workbook-target = Estágio da meta
workbook-target-error = Escolha um estágio da lista.
workbook-marking = Classificação (opcional)
workbook-stages = Estágios, do mais baixo ao mais alto:

workbook-number = Nº
workbook-question = Pergunta
workbook-help = Ajuda
workbook-evidence-to-cite = Evidências a citar
workbook-answer = Sua resposta
workbook-meaning = O que a sua resposta significa
workbook-evidence = Suas evidências (uma por linha)
workbook-notes = Notas
workbook-question-id = Id da pergunta
workbook-not-an-answer = Resposta inválida
workbook-pick-an-answer = Escolha uma resposta da lista.
workbook-not-an-answer-meaning = Resposta inválida: escolha uma da lista.

workbook-means-yes = Atendido: conta para { $stage }.
workbook-means-partly = Atendido em parte: conta pela metade, não basta para { $stage }.
workbook-means-no = Não atendido: não conta para { $stage }.
workbook-means-not-applicable = Não se aplica: fica fora da pontuação. Explique o motivo em Notas.

workbook-print-footer = Página { $page } de { $pages }
