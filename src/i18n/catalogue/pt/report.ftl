# O relatório de uma avaliação (PDF, Word e Markdown): capa, seções, gráficos, cabeçalhos e
# rodapés.

## Cada página e as propriedades do documento

report-running-title = { $country } · Autoavaliação da maturidade em segurança cibernética
report-no-country = (país não informado)
report-info-assessment = Avaliação
report-info-subject = Autoavaliação da maturidade em segurança cibernética segundo { $questionnaire }
report-keyword-cyber-security = segurança cibernética
report-keyword-maturity = avaliação de maturidade
report-draft = Rascunho: { $unanswered } de { $total ->
        [one] { $total } pergunta sem resposta
       *[other] { $total } perguntas sem resposta
    }
report-page = página { $page } de { $count }
report-continued = { $heading } (continuação)
report-contents = Sumário

## A capa

report-cover-kicker = RELATÓRIO DE AUTOAVALIAÇÃO
report-assessed = Avaliado em { $date }
report-overall-label = ESTÁGIO GERAL
report-overall-detail = Nível { $level } · pontuação { $score } · meta { $target } · lacuna { $gap }
report-overall-draft = { $draft }; os números não são definitivos.
report-fact-country = País
report-fact-assessed = Avaliado em
report-fact-assessors = Avaliadores
report-fact-questionnaire = Questionário
report-fact-scoring = Cálculo
report-fact-marking = Classificação
report-fact-status = Situação
report-fact-baseline = Referência
report-marking-none = nenhuma
report-assessors-not-named = não informados
report-scoring = pilares: { $pillars }; geral: { $overall }
report-scoring-method = { $method ->
    [gated] por patamares
    [minimum] mínimo
   *[weighted-mean] média ponderada
}
report-assessors-more = { $shown ->
    [0] { $rest } avaliadores, listados com o método
   *[other] e mais { $rest }, listados com o método
}
report-credit = Produzido com cyberassess { $version }. O método e as impressões digitais do questionário e do arquivo de respostas estão na última página.
report-redacted = { $fields ->
    [both] Edição para divulgação externa: as notas e as evidências dos avaliadores foram retiradas deste relatório, para compartilhá-lo fora do governo. As pontuações não mudam.
    [notes] Edição para divulgação externa: as notas dos avaliadores foram retiradas deste relatório, para compartilhá-lo fora do governo. As pontuações não mudam.
   *[evidence] Edição para divulgação externa: as evidências foram retiradas deste relatório, para compartilhá-lo fora do governo. As pontuações não mudam.
}

## Resumo e prioridades

report-summary = Resumo
report-summary-lead = No geral, { $country } está no estágio { $stage } (nível { $level }, pontuação { $score }), com meta no estágio { $target }. { $met ->
        [one] { $met } de { $pillars } pilares atinge sua meta.
       *[other] { $met } de { $pillars } pilares atingem sua meta.
    } { $answered ->
        [one] Foi respondida { $answered }
       *[other] Foram respondidas { $answered }
    } de { $total } perguntas{ $na ->
        [0] .
        [1] , uma delas como não aplicável.
       *[other] , { $na } delas como não aplicáveis.
    }
report-figure-bars = Nível por pilar
report-figure-radar = Visão geral dos pilares
report-priorities = Prioridades
report-priorities-none = Nenhum próximo passo: todos os pilares atingiram a meta.
report-priorities-none-listed = { $count ->
        [one] Foi encontrado { $count } próximo passo; pediu-se que este relatório não listasse nenhum aqui.
       *[other] Foram encontrados { $count } próximos passos; pediu-se que este relatório não listasse nenhum aqui.
    } Cada seção de pilar indica o próximo passo de cada uma de suas perguntas.
report-priorities-intro = { $shown ->
        [one] O próximo passo mais urgente de { $count }:
       *[other] Os { $shown } próximos passos mais urgentes de { $count }:
    } primeiro os que levam ao estágio mais baixo, depois os de maior peso. Cada seção de pilar indica o próximo passo de cada uma de suas perguntas.
report-column-rank = #
report-column-question = Pergunta
report-column-from-to = De → para
report-column-action = Ação
report-column-before = Antes
report-column-now = Agora
report-unanswered-mark = (sem resposta)

## Seções de pilar

report-question-meta = { $id } · peso { $weight } · conta como { $counts }
report-detail-answer = Resposta
report-detail-shown-by = Comprovado por
report-detail-evidence = Evidências
report-detail-notes = Notas
report-detail-next-step = Próximo passo
report-answer-requirement = { $answer } — um requisito do estágio { $stage }
report-answer-not-applicable = Não aplicável — fora da pontuação
report-answer-missing-level = Sem resposta — conta como { $stage } (nível { $level })
report-answer-missing-not-met = Sem resposta — conta como não atendido
report-next-step = { $action } (prioridade { $rank } · { $from } → { $to })

## O consenso de vários participantes

report-consensus-agreed = { $respondents ->
        [one] O participante concordou em todas as perguntas.
       *[other] Os { $respondents } participantes concordaram em todas as perguntas.
    }
report-consensus-settled = { $respondents ->
        [one] O participante respondeu
       *[other] Os { $respondents } participantes responderam
    } de forma diferente a { $differed ->
        [one] { $differed } pergunta; ela está resolvida.
       *[other] { $differed } perguntas; todas estão resolvidas.
    }
report-consensus-disputed = { $respondents ->
        [one] O participante respondeu
       *[other] Os { $respondents } participantes responderam
    } de forma diferente a { $differed ->
        [one] { $differed } pergunta
       *[other] { $differed } perguntas
    }; { $disputed ->
        [one] { $disputed } delas continua em disputa e conta pela resposta provisória até que a oficina a resolva.
       *[other] { $disputed } delas continuam em disputa e contam pela resposta provisória até que a oficina as resolva.
    }
report-respondents = Participantes
report-respondents-intro = Esta avaliação é o consenso de { $respondents ->
        [one] { $respondents } participante
       *[other] { $respondents } participantes
    }. Eles responderam de forma diferente a { $differed ->
        [one] { $differed } pergunta
       *[other] { $differed } perguntas
    }, e { $disputed ->
        [one] { $disputed } continua
       *[other] { $disputed } continuam
    } em disputa. Em cada seção de pilar, uma pergunta que os participantes responderam de forma diferente mostra quem respondeu o quê: cada participante pelo número abaixo, na coluna da resposta que deu. A linha seguinte indica a resposta acordada, ou que a pergunta continua em disputa e qual resposta provisória conta na pontuação.
report-strip-no = Não
report-strip-partly = Em parte
report-strip-yes = Sim
report-strip-intro = Quem respondeu o quê (participantes pelo número em Participantes):
report-agreed = Resposta acordada: { $answer }.
report-settled-unanswered = Resolvida: deixada sem resposta.
report-disputed-unanswered = Ainda em disputa: deixada sem resposta até que a oficina a resolva; por isso conta como não respondida.
report-disputed-provisional = Ainda em disputa: por enquanto conta como { $answer }, { $rule ->
        [lowest] a resposta mais baixa dada
        [median] a mediana inferior das respostas dadas
       *[written] a resposta escrita no arquivo
    }, até que a oficina a resolva.

## Glossário e método

report-glossary = Glossário
report-glossary-intro = Os termos usados nas perguntas de { $title } ({ $questionnaire }), em palavras simples.
report-method = Método
report-method-contents = Método e verificação
report-method-stages = { $title } ({ $id } { $version }) descreve { $count } estágios de maturidade, de { $first } (1) a { $last } ({ $count }):
report-method-computed = Como os resultados foram calculados
report-method-assessors = { $count ->
        [1] O avaliador
       *[other] Os { $count } avaliadores
    }
report-verification = Verificação
report-verification-intro = Impressões digitais SHA-256 dos { $files ->
        [3] três
       *[2] dois
    } arquivos a partir dos quais este relatório foi gerado, tal como a ferramenta sha256sum as calcula para arquivos UTF-8 sem marca de ordem de bytes. Com os mesmos arquivos, cyberassess { $version } volta a gerar este relatório idêntico byte a byte.
report-fingerprint-questionnaire = Questionário
report-fingerprint-answers = Respostas
report-fingerprint-baseline = Referência
report-verification-redacted = Esta edição foi produzida com --redact: { $fields ->
        [both] as notas e as evidências
        [notes] as notas
       *[evidence] as evidências
    } do arquivo de respostas foram retiradas; a impressão digital é a do arquivo de respostas completo.
report-method-weighted-mean = Os pilares são pontuados por média ponderada. Cada pergunta é respondida com a descrição de estágio que melhor se aplica e conta como o número desse estágio (de 1 a { $count }). O nível de um pilar é a média dos números de suas perguntas, ponderada pelo peso das perguntas; seu estágio é a parte inteira do nível, e sua pontuação expressa o nível como progresso de { $zero } em { $first } a { $full } em { $last }: (nível − 1) ÷ { $steps } × 100.
report-method-gated = Os pilares são pontuados por patamares. Um pilar atinge um estágio quando todas as perguntas estão nesse estágio ou acima e todo requisito sim/em parte/não desse estágio e dos inferiores está atendido, sem passar do estágio mais alto do qual alguma de suas perguntas é requisito (uma pergunta de opções é requisito de todos os estágios); seu nível é o número desse estágio. Sua pontuação mostra o progresso na escala: a média ponderada do progresso de cada pergunta, em que um estágio escolhido conta como (número − 1) ÷ { $steps } e um requisito conta 1 quando atendido, ½ quando atendido em parte e 0 quando não.
report-method-indicators = Os requisitos sim/em parte/não contam nos pesos e somam 1, ½ ou 0 de progresso.
report-method-unanswered = Perguntas sem resposta contam como { $first } (ou como não atendidas), para que a falta de evidências apareça na pontuação. Perguntas respondidas como “não aplicável” ficam fora de todas as somas; um pilar em que nenhuma pergunta é aplicável fica em { $first }.
report-method-overall-mean = O nível e a pontuação gerais são as médias dos níveis e pontuações dos pilares, ponderadas pelo peso dos pilares ({ $weights }); o estágio geral é a parte inteira do nível geral.
report-method-overall-minimum = O resultado geral é o do pilar mais fraco (o nível mais baixo, depois a pontuação mais baixa, depois o primeiro na ordem do questionário): a maturidade de uma estratégia é a do seu pilar mais fraco.
report-method-targets = As metas vêm do arquivo de respostas: uma meta por pilar quando informada; senão, a meta da avaliação; senão, a meta padrão do questionário ({ $stage }). A lacuna é o número do estágio da meta menos o nível, quando positiva.
report-method-next-steps = Próximos passos: cada pergunta abaixo da meta de seu pilar contribui com a ação prevista para seu estágio atual. Eles são ordenados pelo estágio a que levam (o mais baixo primeiro), depois pelo peso da pergunta × peso do pilar (o maior primeiro) e depois na ordem do questionário. Os números são arredondados para concordar com os estágios: níveis para baixo e lacunas para cima, com uma casa decimal; pontuações para baixo, em percentual inteiro.

## Progresso desde uma referência

report-progress = Progresso desde { $date }
report-progress-figure = Nível por pilar, antes e agora
report-progress-by-pillar = Mudança por pilar
report-progress-moved = Perguntas que mudaram
report-progress-done = Próximos passos concluídos desde { $date } ({ $count })
report-progress-none-done = Nenhum dos próximos passos da referência foi concluído ainda.
report-progress-open = { $open ->
        [one] { $open } próximo passo desta avaliação está listado em Prioridades (no máximo { $top }).
       *[other] { $open } próximos passos desta avaliação estão listados em Prioridades (no máximo { $top }).
    }
report-progress-lead = Desde a avaliação de { $date }, o nível geral passou de { $from } para { $to } ({ $change }). { $compared ->
        [1] Do único pilar comparado
       *[other] Dos { $compared } pilares comparados
    }, { $up ->
        [one] { $up } subiu
       *[other] { $up } subiram
    } e { $down ->
        [one] { $down } caiu
       *[other] { $down } caíram
    }; { $done ->
        [one] { $done } próximo passo da referência foi concluído.
       *[other] { $done } próximos passos da referência foram concluídos.
    }

## Gráficos

report-chart-level = Nível atingido (valor indicado)
report-chart-target = Estágio da meta
report-chart-baseline = Nível de referência
report-chart-now = Nível atual (valores indicados: antes → agora)
