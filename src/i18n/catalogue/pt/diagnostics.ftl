# Problemas encontrados nos arquivos: uma mensagem por código estável (`diagnostics-CODE`), com
# seu `.help`. Os códigos são os mesmos em todos os idiomas; as palavras são o que se lê.

diagnostics-level-error = erro
diagnostics-level-warning = aviso
diagnostics-level-help = ajuda
diagnostics-or = ou
diagnostics-errors = { $count ->
    [one] { $count } erro
   *[other] { $count } erros
}
diagnostics-warnings = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
diagnostics-not-shown = { $hidden ->
        [one] ... e mais { $hidden } problema em { $file } ({ $counts }), não exibido.
       *[other] ... e mais { $hidden } problemas em { $file } ({ $counts }), não exibidos.
    }
    Corrija os de cima e verifique o arquivo de novo para ver os demais.

# Onde em um arquivo: a tabela a que pertence uma chave.
diagnostics-place = { $place ->
    [answers-file] o arquivo de respostas
    [assessment] [assessment]
    [answer] a resposta a `{ $id }`
    [respondent] um participante da resposta a `{ $id }`
    [questionnaire] o questionário
    [scoring] [scoring]
    [stage-entry] uma entrada [[stages]]
    [pillar-entry] uma entrada [[pillars]]
    [glossary-entry] uma entrada [[glossary]]
    [question] uma pergunta
    [option] uma opção da pergunta `{ $id }`
    [option-unnamed] uma opção desta pergunta
    [translation] a tradução
   *[table] { $id }
}

# O tipo de valor encontrado onde se esperava outro.
diagnostics-found = { $found ->
    [string] texto
    [integer] um número inteiro
    [float] um número
    [boolean] verdadeiro/falso
    [datetime] uma data
    [array] uma lista
    [table] uma tabela
   *[other] { $found }
}

# Como escrever uma data, para `assessed_on` e os erros de TOML na sua linha.
diagnostics-date-hint = { $hint ->
    [month] não existe o mês { $month }: o mês é a parte do meio, de 01 a 12
    [rewrite] escreva a data como ANO-MÊS-DIA, sem aspas: assessed_on = { $date }
    [last-day] { $yearmonth } tem { $days } dias; para o último dia, escreva assessed_on = { $date }
   *[example] escreva a data como ANO-MÊS-DIA, sem aspas, por exemplo assessed_on = 2026-11-27
}

diagnostics-other = { $message }
    .help = { $help }

diagnostics-not-toml = isto não é TOML válido: { $detail }
    .help = { $hint ->
        [duplicate] cada chave só pode aparecer uma vez em uma tabela; remova ou renomeie a segunda
        [quotes] valores de texto vão entre aspas duplas, e cada aspa de abertura precisa de uma de fechamento
        [syntax] verifique esta linha: as chaves se escrevem nome = "valor", as seções [nome] ou [[nome]], e o texto vai entre aspas duplas
       *[date] { diagnostics-date-hint }
    }

diagnostics-unknown-document = isto não é nem um questionário nem um arquivo de respostas
    .help = um questionário tem seções [[stages]] e [[pillars]]; um arquivo de respostas começa com questionnaire = "ID" e tem seções [assessment] e [answers]; uma tradução começa com translates = "ID"

diagnostics-questionnaire-not-answers = isto é um questionário, não um arquivo de respostas
    .help = informe um arquivo de respostas; para começar um para este questionário, execute `cyberassess template { $questionnaire }`

diagnostics-unknown-key = chave desconhecida `{ $key }` em { $place }
    .help = { $hint ->
        [typo] você quis dizer `{ $suggestion }`?
       *[list] as chaves permitidas aqui são: { $allowed }
    }

diagnostics-missing-key = falta `{ $key }` em { $place }
    .help = acrescente uma linha como: { $key } = { $example }

diagnostics-wrong-type = `{ $key }` em { $place } deve ser { $expected ->
        [boolean] true ou false, sem aspas
        [number] um número
        [text-list] uma lista de textos
       *[text] texto entre aspas
    }, não { $found }
    .help = escreva assim: { $key } = { $example }

diagnostics-list-item-not-text = cada item de `{ $key }` em { $place } deve ser texto entre aspas, não { $found }
    .help = escreva assim: { $key } = ["...", "..."]

diagnostics-not-a-table = `{ $key }` em { $place } deve ser uma tabela, não { $found }
    .help = comece-a em uma linha própria com [{ $key }]

diagnostics-not-a-table-list = `{ $key }` em { $place } deve ser uma lista de tabelas, não { $found }
    .help = escreva cada entrada como uma seção [[{ $key }]]

diagnostics-entry-not-a-table = cada entrada de `{ $key }` deve ser uma tabela
    .help = escreva cada entrada como uma seção [[{ $key }]]

diagnostics-bad-version = questionnaire_version "{ $version }" não tem a forma MAIOR.MENOR.CORREÇÃO
    .help = copie a versão do questionário, como "1.0.0", ou remova a linha

diagnostics-no-assessment = o arquivo de respostas não tem seção [assessment]
    .help = acrescente [assessment] com country = "..." e assessed_on = 2026-01-31

diagnostics-target-not-text = a meta de `{ $pillar }` deve ser um id de estágio entre aspas, não { $found }
    .help = escreva assim: { $pillar } = "established"

diagnostics-date-in-quotes = assessed_on deve ser uma data sem aspas
    .help = { diagnostics-date-hint }

diagnostics-not-a-date = assessed_on deve ser uma data (ano-mês-dia)
    .help = { diagnostics-date-hint }

diagnostics-future-date = assessed_on { $date } está { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } depois de hoje ({ $today })
    .help = escreva a data em que a avaliação foi feita, por exemplo assessed_on = { $today }

diagnostics-unknown-status = o status "{ $status }" não é um status de avaliação
    .help = { $hint ->
        [typo] você quis dizer "{ $suggestion }"? Os status são { $statuses }
       *[list] use { $statuses }, ou remova a linha
    }

diagnostics-empty-respondent-name = um participante da resposta a `{ $question }` tem o nome vazio
    .help = escreva entre as aspas quem respondeu, como nos assessors do arquivo dele

diagnostics-duplicate-respondent = o participante "{ $name }" aparece duas vezes na resposta a `{ $question }`
    .help = mantenha uma só seção [[answers.ID.respondents]] por participante: junte as duas ou renomeie uma

diagnostics-no-answer-value = a resposta a `{ $question }` não tem `answer`, então a pergunta conta como não respondida
    .help = acrescente answer = "..." ao lado das notas e evidências: um estágio, yes / partly / no, ou n/a

diagnostics-answer-not-text = a resposta a `{ $question }` deve ser texto entre aspas, não { $found }
    .help = escreva assim: { $question } = "formative"

diagnostics-unknown-stage = { $target ->
        [pillar] a meta de `{ $pillar }`
       *[overall] a meta
    } "{ $stage }" não é um estágio de { $questionnaire }
    .help = { $hint ->
        [typo] você quis dizer "{ $suggestion }"? Os estágios são { $stages }
       *[list] use um dos estágios de { $questionnaire }: { $stages }
    }

diagnostics-unknown-pillar = `{ $pillar }` em [targets] não é um pilar de { $questionnaire }
    .help = { $hint ->
        [typo] você quis dizer `{ $suggestion }`? Os pilares são { $pillars }
       *[list] os pilares de { $questionnaire } são: { $pillars }
    }

diagnostics-unknown-question = `{ $question }` não é uma pergunta de { $questionnaire }
    .help = { $hint ->
        [typo] você quis dizer `{ $suggestion }`?
       *[list] execute `cyberassess questionnaires show { $questionnaire }` para ver os ids das perguntas
    }

diagnostics-unknown-answer = "{ $answer }" não é uma resposta válida para `{ $question }`
    .help = { $hint ->
        [typo] você quis dizer "{ $suggestion }"? Respostas válidas: { $answers }
       *[list] respostas válidas: { $answers }
    }

diagnostics-unknown-indicator-answer = "{ $answer }" não é uma resposta válida para `{ $question }`, que é uma pergunta de yes / partly / no
    .help = respostas válidas: "yes", "partly", "no" ou "n/a"

diagnostics-na-without-reason = `{ $question }` está marcada como n/a sem justificativa
    .help = explique o motivo nas notas: { $question } = {"{"} answer = "n/a", notes = "..." {"}"}

diagnostics-not-reviewed = { $count ->
        [one] { $count } resposta foi trazida de uma versão anterior e ainda não foi revisada
       *[other] { $count } respostas foram trazidas de uma versão anterior e ainda não foram revisadas
    }: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    }
    .help = confira cada uma com as respostas da pergunta (`cyberassess fill FILE` as mostra uma a uma) e depois apague a primeira linha das notas, "Carried over from ...: review."

diagnostics-unanswered = { $count ->
        [one] { $count } de { $total } perguntas está sem resposta
       *[other] { $count } de { $total } perguntas estão sem resposta
    }: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    }
    .help = perguntas sem resposta contam como o estágio mais baixo; responda-as ou marque-as "n/a" com notas

diagnostics-pillar-all-na = todas as perguntas do pilar `{ $pillar }` são n/a, então ele é pontuado no estágio mais baixo
    .help = responda a pelo menos uma pergunta do pilar

diagnostics-major-version = estas respostas foram escritas para { $questionnaire } { $wanted }, mas o questionário está na versão { $have }
    .help = uma nova versão principal muda o significado das respostas: responda de novo com `cyberassess fill`, ou aponte `questionnaire` para o arquivo do questionário antigo

diagnostics-minor-version = estas respostas foram escritas para { $questionnaire } { $wanted }; o questionário está na versão { $have }
    .help = verifique as perguntas novas ou alteradas e depois defina questionnaire_version = "{ $have }"
