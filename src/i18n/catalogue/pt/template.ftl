# Os comentários de um modelo de respostas (`template`): como preenchê-lo e as palavras em torno
# de cada pergunta. Os valores de resposta ("yes", "n/a", identificadores de estágio) e as chaves
# são os mesmos em todos os idiomas. Cada mensagem é um parágrafo: o modelo o quebra na largura.

template-title = Respostas a { $title } ({ $questionnaire }), para preencher em qualquer editor de texto.
template-how = Como preencher:
template-how-assessment = - Em [assessment], escreva o país, a data e quem responde.
template-how-answer = - Cada pergunta abaixo é um bloco de comentários (linhas que começam com #) seguido de sua linha de resposta, como { $first } = "". Escreva entre as aspas uma das respostas listadas acima dela, por exemplo { $first } = "{ $example }". Deixe as aspas vazias enquanto não souber a resposta.
template-how-not-applicable = - Responda "{ $na }" somente quando uma pergunta não se aplicar, e explique o motivo. Para acrescentar notas ou evidências, substitua "" por uma tabela, por exemplo: { $first } = {"{"} answer = "{ $na }", notes = "Por que não se aplica", evidence = ["https://..."] {"}"}
template-how-check = - Verifique o arquivo com: cyberassess check ARQUIVO. Calcule a pontuação com: cyberassess score ARQUIVO.
template-how-fill = - Ou responda às perguntas uma a uma em um terminal: cyberassess fill ARQUIVO.
template-carried = { $count ->
    [one] - { $count } resposta foi trazida das respostas a { $from }. Ela tem a nota "Trazida de ...: revisar." Confira-a com as respostas listadas acima dela (a pergunta pode ter outra redação agora) e depois apague a linha dessa nota. `cyberassess fill ARQUIVO` mostra essa resposta para você.
   *[other] - { $count } respostas foram trazidas das respostas a { $from }. Cada uma tem a nota "Trazida de ...: revisar." Confira cada uma com as respostas listadas acima dela (a pergunta pode ter outra redação agora) e depois apague a linha dessa nota. `cyberassess fill ARQUIVO` mostra essas respostas uma a uma.
}

template-country = O país (ou organização) avaliado, entre as aspas.
template-date = A data da avaliação, no formato ano-mês-dia: escreva-a e retire o # do início da linha seguinte.
template-assessors = Quem responde: nomes ou organizações, cada um entre aspas, separados por vírgulas, por exemplo ["Ministério das TIC", "CSIRT nacional"].
template-target = O estágio almejado, usado para mostrar a lacuna e os próximos passos: { $stages }.
template-marking = Como o arquivo e seus relatórios podem ser compartilhados.

template-pillar = Pilar { $number } de { $total }: { $name }
template-question = Pergunta { $number } de { $total } ({ $pillar }, pergunta { $index } de { $count })
template-help = Ajuda: { $text }
template-evidence = Evidências a citar: { $text }
template-choice-answers = Respostas (o estágio mais alto cuja descrição se aplica por inteiro):
template-option-evidence = Evidências deste estágio: { $text }
template-not-applicable = Não se aplica: explique o motivo nas notas (veja o início do arquivo)
template-indicator = Necessário para alcançar o estágio { $stage }. Respostas: "yes" (sim: plenamente implantado), "partly" (em parte: iniciado, ou implantado apenas em parte), "no" (não: não implantado) ou "{ $na }" (explique o motivo nas notas).
template-glossary = Glossário: os termos usados nas perguntas acima.

template-review-note = Trazida de { $from } `{ $question }`: revisar.

template-merged-header =
    Respostas a { $title } ({ $questionnaire }){ $respondents ->
        [0] {""}
        [one] , combinadas a partir de { $respondents } participante
       *[other] , combinadas a partir de { $respondents } participantes
    }.
    Cada pergunta guarda o que cada participante respondeu, em suas seções [[answers.ID.respondents]];
    disputed = true marca uma pergunta em que os participantes ainda não concordam.
