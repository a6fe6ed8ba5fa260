# As palavras de `fill`: as telas das perguntas, suas listas e teclas, os dados da avaliação,
# evidências e notas, as metas, e o que se diz ao parar.

fill-progress = { $pillar } { $done }/{ $of } · { $answered }/{ $total } respondidas
fill-progress-disputed = { $count } em disputa

fill-answer-yes = Sim
    .text = Plenamente implantado.
    .key = s
fill-answer-partly = Em parte
    .text = Iniciado, ou implantado apenas em parte.
    .key = p
fill-answer-no = Não
    .text = Não implantado.
    .key = n
fill-not-applicable = Não se aplica
    .text = Não se aplica neste caso; você deverá explicar o motivo.
fill-leave-disputed = Deixar em disputa
    .text = Ainda sem acordo: a pergunta continua em disputa, com sua resposta provisória.
fill-skip = Pular por enquanto
fill-clear = Apagar a resposta
    .text = A pergunta volta a ficar sem resposta; suas evidências e notas também são apagadas.
fill-back = Voltar à pergunta anterior
fill-save-and-quit = Salvar e sair

fill-help-entry = Ver a ajuda e as evidências a citar
fill-help-shown = (ajuda abaixo)
fill-current = (atual)
fill-needed-for = (necessário para alcançar o estágio { $stage })
fill-carried-check = ({ $note } A resposta pré-selecionada continua correta?)
fill-respondent-evidence = evidências { $evidence }.
fill-respondent-notes = Notas: { $notes }
fill-keys-help = Cima/Baixo e Enter · digite para buscar · Esc salva e sai
fill-keys-help-with = { $keys } ou Cima/Baixo e Enter · digite para buscar · Esc salva e sai
fill-list-help = Cima/Baixo para mover, Enter para escolher, Esc para salvar e sair
fill-stopped = (interrompido)
fill-type-an-answer = Digite uma resposta (Esc para salvar e sair).

fill-help = Ajuda: { $text }
fill-evidence-to-cite = Evidências a citar: { $text }
fill-evidence-for-stage = Evidências do estágio { $stage }: { $text }

fill-saved = Salvo: { $what }
fill-saved-because = Salvo: { $answer }, porque { $why }
fill-saved-agreed = Salvo: { $answer }, resposta acordada (não está mais em disputa)
fill-saved-agreed-because = Salvo: { $answer }, resposta acordada (não está mais em disputa), porque { $why }
fill-saved-removed = Salvo: "{ $line }" foi removido
fill-saved-notes-removed = Salvo: as notas foram removidas
fill-saved-cleared = Salvo: a resposta a { $id } foi apagada; a pergunta está sem resposta.

fill-why-not-applicable = Por que esta pergunta não se aplica? (obrigatório para "Não se aplica")
fill-why-needed = Explique em poucas palavras por que ela não se aplica.
fill-keep-evidence = Manter as evidências e notas como estão
fill-change-evidence = Alterar as evidências ou notas
fill-no-evidence = Não, seguir para a próxima pergunta
fill-add-evidence = Acrescentar evidências ou notas
fill-add-evidence-question = Acrescentar evidências ou notas?
fill-given-so-far = Evidências e notas informadas até agora:
fill-notes-given = Notas: { $notes }
fill-notes = Notas (opcional)
fill-enter-keeps-text = Enter mantém o texto exibido
fill-enter-skips = Enter para pular
fill-evidence-intro = Evidências: um link ou referência de documento por linha
fill-evidence-keep = Enter a mantém; apague o texto para removê-la
fill-evidence-done = Enter em uma linha vazia para terminar

fill-new-file = { $count ->
    [one] Novo arquivo de respostas { $file } para { $title } ({ $count } pergunta em { $pillars } pilares). Primeiro, os dados da avaliação.
   *[other] Novo arquivo de respostas { $file } para { $title } ({ $count } perguntas em { $pillars } pilares). Primeiro, os dados da avaliação.
}
fill-details-missing = Os dados da avaliação de { $file } ainda não estão completos; primeiro, os dados.
fill-ask-country = Qual país (ou organização) é avaliado?
fill-keep-country = Enter mantém o país do arquivo de respostas anterior
fill-country-needed = Digite o nome do país ou da organização.
fill-ask-assessors = Quem responde? Nomes ou organizações, separados por ponto e vírgula (;)
fill-keep-names = Enter mantém os nomes exibidos
fill-leave-empty = Enter para deixar vazio
fill-no-one-named = ninguém informado
fill-ask-date = Data da avaliação (ano-mês-dia)
fill-keep-today = Enter mantém a data de hoje; o que for digitado a substitui
fill-not-a-date = "{ $text }" não é uma data; escreva-a assim: { $today }.
fill-ask-target = Qual estágio é almejado? A lacuna em relação a essa meta é mostrada em cada pilar.
fill-saved-target = meta { $stage }
fill-details-saved = Os dados foram salvos em { $file }. Agora, as { $total } perguntas, pilar por pilar. Cada resposta é salva assim que é dada; pressione Esc para parar a qualquer momento.
fill-details-saved-carried = { $count ->
    [one] Os dados foram salvos em { $file }. Agora, as { $total } perguntas, pilar por pilar. Cada resposta é salva assim que é dada; pressione Esc para parar a qualquer momento. { $count } resposta foi trazida e está marcada para revisão: a pergunta correspondente é mostrada com a resposta pré-selecionada, entre as perguntas pendentes.
   *[other] Os dados foram salvos em { $file }. Agora, as { $total } perguntas, pilar por pilar. Cada resposta é salva assim que é dada; pressione Esc para parar a qualquer momento. { $count } respostas foram trazidas e estão marcadas para revisão: cada pergunta correspondente é mostrada com a resposta pré-selecionada, entre as perguntas pendentes.
}

fill-reviewing = Revisão de todas as { $total } perguntas ({ $answered } respondidas). A resposta atual está pré-selecionada e marcada como "atual": pressione Enter para mantê-la.
fill-disputed-intro = { $disputed ->
    [one] { $disputed } de { $total } perguntas está em disputa. Ela é mostrada com a resposta de cada participante: escolha a resposta acordada ou deixe-a em disputa.
   *[other] { $disputed } de { $total } perguntas estão em disputa. Cada uma é mostrada com a resposta de cada participante: escolha a resposta acordada ou deixe-a em disputa.
}
fill-none-disputed = Nenhuma pergunta de { $file } está em disputa.
fill-all-answered-already = Todas as { $total } perguntas já foram respondidas. Para alterar respostas, execute o mesmo comando com --review.
fill-starting = { $answered } de { $total } respondidas; começando em { $pillar }, pergunta { $number }.
fill-resuming = { $answered } de { $total } respondidas; retomando em { $pillar }, pergunta { $number }.
fill-resuming-review = { $answered } de { $total } respondidas ({ $review ->
    [one] { $review } trazida de uma versão anterior, mostrada de novo para revisão
   *[other] { $review } trazidas de uma versão anterior, mostradas de novo para revisão
}); retomando em { $pillar }, pergunta { $number }.
fill-first-question = Esta é a primeira pergunta; não há nenhuma antes dela.
fill-pillar = { $count ->
    [one] Pilar { $number } de { $total }: { $name } ({ $count } pergunta)
   *[other] Pilar { $number } de { $total }: { $name } ({ $count } perguntas)
}

fill-all-settled = Todas as perguntas em disputa foram resolvidas.
fill-still-disputed = { $disputed ->
    [one] { $disputed } de { $total } perguntas continua em disputa; ela mantém sua resposta provisória até que a oficina chegue a um acordo.
   *[other] { $disputed } de { $total } perguntas continuam em disputa; elas mantêm sua resposta provisória até que a oficina chegue a um acordo.
}
fill-all-answered = Todas as { $total } perguntas foram respondidas.
fill-not-reviewed = { $review ->
    [one] { $review } resposta trazida de uma versão anterior ainda não foi revisada. Ela conta como está e mantém sua nota de revisão até que você a responda de novo.
   *[other] { $review } respostas trazidas de uma versão anterior ainda não foram revisadas. Contam como estão; cada uma mantém sua nota de revisão até que você a responda de novo.
}
fill-unanswered = { $missing ->
    [one] { $missing } de { $total } perguntas continua sem resposta. Enquanto não for respondida, conta como o estágio mais baixo.
   *[other] { $missing } de { $total } perguntas continuam sem resposta. Enquanto não forem respondidas, contam como o estágio mais baixo.
}
fill-unanswered-not-reviewed = { $missing ->
    [one] { $missing } de { $total } perguntas continua sem resposta (conta como o estágio mais baixo)
   *[other] { $missing } de { $total } perguntas continuam sem resposta (contam como o estágio mais baixo)
}, e { $review ->
    [one] { $review } resposta trazida ainda não foi revisada.
   *[other] { $review } respostas trazidas ainda não foram revisadas.
}
fill-go-through-again = Percorrê-las de novo
fill-answer-now = Respondê-las agora
fill-finish = Terminar por enquanto e ver as pontuações

fill-targets-intro = As metas de { $file }: primeiro o estágio almejado pela avaliação como um todo, depois o de cada pilar. A lacuna em relação à meta é mostrada em cada pilar.
fill-ask-overall-target = Qual estágio a avaliação como um todo almeja?
fill-saved-overall-target = Salvo: meta geral { $stage }
fill-same-as-overall = A meta geral ({ $stage })
fill-ask-pillar-target = Pilar { $number } de { $total }: qual estágio { $pillar } almeja?
fill-saved-pillar-target = Salvo: { $pillar } almeja { $stage }
fill-saved-pillar-overall = Salvo: { $pillar } adota a meta geral ({ $stage })

fill-no-terminal-file = `cyberassess fill` faz suas perguntas em um terminal, e aqui não há nenhum (a entrada ou a saída de erros está redirecionada). Para responder sem terminal, edite { $file } em qualquer editor de texto.
fill-no-terminal-file-disputed = `cyberassess fill` faz suas perguntas em um terminal, e aqui não há nenhum (a entrada ou a saída de erros está redirecionada). Para responder sem terminal, edite { $file } em qualquer editor de texto; para resolver nele uma pergunta em disputa, escreva a resposta acordada e apague a linha `disputed = true` dessa pergunta.
fill-no-terminal-new = `cyberassess fill` faz suas perguntas em um terminal, e aqui não há nenhum (a entrada ou a saída de erros está redirecionada). Para responder sem terminal, gere um arquivo para preencher em qualquer editor de texto: { $command }
fill-from-exists = { $file } já existe; --from cria um arquivo novo: indique um que ainda não exista (para continuar { $file }, retire --from { $from })
fill-has-problems = { $file } tem os problemas acima; corrija-os em um editor de texto e execute `cyberassess fill { $file }` de novo.
fill-other-questionnaire = { $file } já responde a { $answers }, não a { $named }; retire --questionnaire para continuá-lo, ou indique um arquivo novo para começar { $named }
fill-stopped-in = o preenchimento de { $file } foi interrompido
fill-resume-disputed = Salvo em { $file }; { $disputed ->
    [one] { $disputed } de { $total } perguntas continua em disputa.
   *[other] { $disputed } de { $total } perguntas continuam em disputa.
} Para retomar: cyberassess fill --disputed { $file }
fill-resume-targets = Salvo em { $file }. Para definir as demais metas: cyberassess fill --targets { $file }
fill-resume = { $answered } de { $total } respostas salvas em { $file }. Para retomar: cyberassess fill { $file }
fill-nothing-saved = Interrompido antes de completar os dados; nada foi salvo.
fill-done = Respostas salvas em { $file }. Para gerar o relatório PDF: cyberassess report { $file }
fill-missing-disputed = { $file } não existe; --disputed resolve as perguntas em disputa de um consenso feito com `cyberassess merge`; indique o arquivo de consenso
fill-missing-targets = { $file } não existe; --targets define as metas de um arquivo de respostas existente; comece-o primeiro com `cyberassess fill ARQUIVO`
fill-not-a-consensus = { $file } não é um consenso: nenhuma de suas perguntas guarda o que cada participante respondeu, então não há nada a resolver. Faça primeiro um consenso a partir dos arquivos dos participantes: cyberassess merge ARQUIVO1 ARQUIVO2 ... -o consenso.toml
fill-nothing-disputed = Nenhuma pergunta de { $file } está em disputa: todas as respostas estão acordadas. Para calcular a pontuação: cyberassess score { $file }

fill-file-header =
    Respostas a { $title } ({ $questionnaire }).
    Gravado por `cyberassess fill`: execute-o de novo neste arquivo para continuar, acrescente
    --review para alterar respostas ou edite o arquivo em qualquer editor de texto.
