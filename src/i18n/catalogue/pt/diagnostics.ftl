# Problemas encontrados nos arquivos: uma mensagem por código estável (`diagnostics-CODE`), com
# seu `.help`. Os códigos são os mesmos em todos os idiomas; as palavras são o que se lê.

diagnostics-level-error = erro
diagnostics-level-warning = aviso
diagnostics-level-help = ajuda
diagnostics-or = ou
diagnostics-and = e
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
    Corrija os problemas acima e verifique o arquivo de novo para ver os demais.

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
    [question-named] a pergunta `{ $id }`
    [question-unnamed] esta pergunta
    [pillar-named] o pilar `{ $id }`
    [pillar-unnamed] este pilar
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

diagnostics-future-date = assessed_on { $date } fica { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } depois de hoje ({ $today })
    .help = escreva a data em que a avaliação foi feita, por exemplo assessed_on = { $today }

diagnostics-unknown-status = status "{ $status }" não é uma situação válida de avaliação
    .help = { $hint ->
        [typo] você quis dizer "{ $suggestion }"? As situações possíveis são { $statuses }
       *[list] use { $statuses }, ou remova a linha
    }

diagnostics-empty-respondent-name = um participante da resposta a `{ $question }` tem o nome vazio
    .help = escreva entre as aspas quem respondeu, como consta em assessors no arquivo dessa pessoa

diagnostics-duplicate-respondent = o participante "{ $name }" aparece duas vezes na resposta a `{ $question }`
    .help = mantenha uma só seção [[answers.ID.respondents]] por participante: junte as duas ou renomeie uma

diagnostics-no-answer-value = a resposta a `{ $question }` não tem `answer`, por isso a pergunta conta como não respondida
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
    .help = confira cada uma com as respostas da pergunta (`cyberassess fill ARQUIVO` as mostra uma a uma) e depois apague a primeira linha das notas, "Trazida de ...: revisar." (ou "Carried over from ...: review." em um arquivo em inglês)

diagnostics-unanswered = { $count ->
        [one] { $count } de { $total } perguntas está sem resposta
       *[other] { $count } de { $total } perguntas estão sem resposta
    }: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    }
    .help = perguntas sem resposta contam como o estágio mais baixo; responda-as ou marque-as como "n/a", com notas

diagnostics-pillar-all-na = todas as perguntas do pilar `{ $pillar }` são n/a, por isso o pilar é pontuado no estágio mais baixo
    .help = responda a pelo menos uma pergunta do pilar

diagnostics-major-version = estas respostas foram escritas para { $questionnaire } { $wanted }, mas o questionário está na versão { $have }
    .help = uma nova versão principal muda o significado das respostas: responda de novo com `cyberassess fill`, ou aponte `questionnaire` para o arquivo do questionário antigo

diagnostics-minor-version = estas respostas foram escritas para { $questionnaire } { $wanted }; o questionário está na versão { $have }
    .help = verifique as perguntas novas ou alteradas e depois defina questionnaire_version = "{ $have }"

# Questionários.

diagnostics-not-a-stage = { $ref ->
        [option] o estágio da opção
        [indicator] o estágio do indicador
       *[default-target] default_target
    } "{ $stage }" não é um estágio
    .help = { $hint ->
        [typo] você quis dizer "{ $suggestion }"? Os estágios são { $stages }
       *[list] use um dos ids de estágio: { $stages }
    }

diagnostics-bad-questionnaire-version = a versão "{ $version }" não tem a forma MAIOR.MENOR.CORREÇÃO
    .help = escreva-a como "1.0.0"; aumente MENOR para perguntas novas e MAIOR para mudanças de sentido

diagnostics-unknown-method = método de pontuação desconhecido "{ $method }"
    .help = use "weighted-mean" (média dos estágios escolhidos) ou "gated" (um estágio só conta quando todos os seus requisitos são atendidos)

diagnostics-unknown-overall = método geral desconhecido "{ $method }"
    .help = use "weighted-mean" (média dos pilares) ou "minimum" (o pilar mais fraco)

diagnostics-too-few-stages = um questionário precisa de pelo menos 2 estágios; este tem { $count }
    .help = acrescente seções [[stages]], do mais baixo ao mais alto, cada uma com id, name e summary

diagnostics-no-pillars = o questionário não tem [[pillars]]
    .help = acrescente uma seção [[pillars]] com id, name, summary e [[pillars.questions]]

diagnostics-reserved-pillar-id = o id de pilar "{ $id }" é reservado para o resultado geral
    .help = os resultados apresentam o resultado geral com este nome (como última linha de cada avaliação em CSV); dê outro id ao pilar, como "overall-governance"

diagnostics-no-questions = { $subject } não tem perguntas
    .help = acrescente pelo menos uma seção [[pillars.questions]] abaixo dele

diagnostics-no-requirement = { $subject } não tem nenhuma pergunta que seja requisito { $count ->
        [one] do estágio
       *[other] dos estágios
    } { $stages }
    .help = um pilar pontuado por patamares não pode passar do seu estágio mais alto que tenha um requisito, e um estágio sem requisitos é alcançado assim que o anterior o é; associe um indicador a { $count ->
        [one] este estágio
       *[other] cada um destes estágios
    }, ou acrescente uma pergunta de opções (requisito de todos os estágios)

diagnostics-bad-id = { $what ->
        [questionnaire] o id de questionário
        [stage] o id de estágio
        [pillar] o id de pilar
        [replaced-question] o id de pergunta substituída
       *[question] o id de pergunta
    } "{ $id }" tem caracteres que não são permitidos em ids
    .help = use letras minúsculas, algarismos e hifens, como "{ $suggestion }"

diagnostics-duplicate-id = { $what ->
        [stage] o id de estágio
        [pillar] o id de pilar
       *[question] o id de pergunta
    } "{ $id }" é usado duas vezes
    .help = o primeiro está na linha { $line }; dê a cada { $what ->
        [stage] estágio
        [pillar] pilar
       *[question] pergunta
    } o seu próprio id

diagnostics-indicator-in-weighted-mean = { $subject } é um indicador, mas o questionário é pontuado por média ponderada
    .help = indicadores (yes / partly / no) exigem [scoring] method = "gated"; ou transforme-a em uma pergunta de opções, com uma opção por estágio

diagnostics-unknown-question-kind = tipo de pergunta desconhecido "{ $kind }"
    .help = use "choice" (escolher a descrição de estágio que se aplica) ou "indicator" (yes / partly / no)

diagnostics-indicator-key-in-choice = `{ $key }` é próprio das perguntas do tipo indicador, mas { $subject } é uma pergunta de opções
    .help = mova `{ $key }` para uma das suas [[pillars.questions.options]], ou acrescente kind = "indicator"

diagnostics-no-options = { $subject } não tem opções
    .help = acrescente seções [[pillars.questions.options]], uma por estágio, cada uma com stage, text e next_step

diagnostics-duplicate-option = { $subject } tem duas opções para o estágio "{ $stage }"
    .help = mantenha uma opção por estágio; junte as duas descrições

diagnostics-options-out-of-order = { $subject } tem as opções fora da ordem dos estágios: "{ $stage }" vem depois de "{ $previous }"
    .help = ordene as opções do estágio mais baixo ao mais alto, como em [[stages]]

diagnostics-lowest-option-evidence = { $subject } tem evidência na opção "{ $stage }", que não tem estágio abaixo do qual se distinguir
    .help = a evidência de uma opção diz o que mostra este estágio e não o anterior; mova-a para a opção de cima, ou remova-a

diagnostics-missing-next-step = { $subject } não tem next_step na opção "{ $stage }"
    .help = acrescente next_step = "...": a ação concreta que leva um país deste estágio ao da opção seguinte (só a opção mais alta pode omiti-lo)

diagnostics-indicator-with-options = { $subject } é um indicador, por isso não leva opções
    .help = remova as opções (indicadores são respondidos com yes / partly / no), ou remova kind = "indicator"

diagnostics-indicator-lowest-stage = { $subject } está associada ao estágio mais baixo, que é sempre alcançado
    .help = associe o indicador ao estágio do qual ele é requisito, acima do mais baixo

diagnostics-weight-out-of-range = o peso { $weight } está fora do intervalo permitido
    .help = use um número de { $min } a { $max }, como 1 ou 1.5; omita weight para usar o valor padrão, 1

diagnostics-weight-not-positive = o peso { $weight } não é um número positivo
    .help = use um número de { $min } a { $max }, como 1 ou 1.5; omita weight para usar o valor padrão, 1

diagnostics-empty-term = um termo do glossário está vazio
    .help = escreva o termo como aparece nas perguntas, por exemplo term = "SIM3"

diagnostics-duplicate-term = o termo do glossário "{ $term }" está definido duas vezes
    .help = a primeira definição está na linha { $line }; mantenha uma das duas entradas [[glossary]]

diagnostics-unused-term = o termo do glossário "{ $term }" não é usado em nenhuma pergunta
    .help = os termos aparecem com as perguntas cujo enunciado, ajuda, evidência ou opções os usam (em maiúsculas ou minúsculas, como palavras inteiras); use-o ali, ou remova esta entrada [[glossary]]

# Leitura de arquivos.

diagnostics-unreadable = { $reason ->
        [not-found] o arquivo não existe
        [permission] você não tem permissão para ler este arquivo
       *[other] não foi possível ler o arquivo: { $detail }
    }
    .help = { $reason ->
        [not-found] verifique a grafia do caminho e a pasta em que você está
        [permission] peça ao dono do arquivo acesso de leitura, ou copie-o para um lugar onde você possa lê-lo
       *[other] verifique se é um arquivo comum que você pode abrir
    }

diagnostics-is-a-folder = isto é uma pasta, não um arquivo
    .help = informe os arquivos .toml que estão dentro dela

diagnostics-too-large = o arquivo tem mais de 4 MiB, muito mais do que qualquer questionário ou arquivo de respostas
    .help = verifique se é o arquivo certo; passe notas muito longas para documentos separados e cite-os como evidência

diagnostics-questionnaire-has-problems = o questionário "{ $questionnaire }" tem problemas, por isso estas respostas não podem ser verificadas
    .help = corrija primeiro o questionário (os problemas dele são listados junto com ele)

diagnostics-not-utf8 = o arquivo não é texto UTF-8 (linha { $line }, coluna { $column })
    .help = salve o arquivo de novo em UTF-8 (na maioria dos editores: Salvar como, Codificação: UTF-8)

diagnostics-not-a-questionnaire-file = este arquivo não é um questionário (não é TOML com [[stages]] e [[pillars]]); o conteúdo dele não é exibido
    .help = informe um arquivo de questionário, ou um questionário integrado pelo id

diagnostics-not-utf8-name = o nome do arquivo não é texto UTF-8, por isso o arquivo não foi lido
    .help = renomeie o arquivo com letras que o seu sistema exiba corretamente (o nome exibido aqui tem um sinal de substituição onde não pode ser lido)

diagnostics-not-a-regular-file = isto é { $kind ->
        [named-pipe] um pipe nomeado
        [socket] um socket
        [device] um dispositivo
       *[special] um arquivo especial
    }, não um arquivo comum, por isso não foi lido
    .help = informe o próprio arquivo de questionário ou de respostas

# Idiomas e traduções.

diagnostics-bad-language = o idioma "{ $language }" não é um código de idioma
    .help = { $file ->
        [answers] escreva o código de duas letras do idioma em que o relatório será redigido, como "en" (inglês), "es" (espanhol), "fr" (francês) ou "pt" (português), ou remova a linha
        [translation] escreva o código de duas letras do idioma dos textos: "es" (espanhol), "fr" (francês), "pt" (português), se quiser com uma região, como "pt-BR"
       *[questionnaire] escreva o código de duas letras do idioma em que os textos estão escritos, como "en" (inglês), "es" (espanhol), "fr" (francês) ou "pt" (português)
    }

diagnostics-bad-translation-version = a versão "{ $version }" não tem a forma MAIOR.MENOR.CORREÇÃO
    .help = escreva a versão do questionário que este arquivo traduz, como "2.0.0" (`cyberassess questionnaires` lista os integrados)

diagnostics-texts-not-a-table = `{ $id }` em [{ $key }] deve ser uma tabela de textos, não { $found }
    .help = coloque os textos { $what ->
        [stage] do estágio
        [pillar] do pilar
        [option] da opção
        [glossary-entry] da entrada do glossário
       *[question] da pergunta
    } em uma tabela própria, começando com uma linha como [{ $key }.{ $id }]

# Verificação de uma tradução em relação ao seu questionário.

diagnostics-language = { $code ->
    [en] inglês
    [es] espanhol
    [fr] francês
    [pt] português
   *[other] { $tag }
}

diagnostics-translates-other = este arquivo traduz "{ $translates }", mas o questionário encontrado é "{ $questionnaire }"
    .help = escreva translates = "{ $questionnaire }" se este arquivo o traduz, ou coloque o arquivo ao lado do seu próprio questionário

diagnostics-translation-major-version = este arquivo traduz { $id } { $written }, mas o questionário está na versão { $version }
    .help = uma nova versão principal muda o sentido das perguntas, então uma tradução só serve para a sua própria versão principal; traduza { $id } { $version } (os textos dele são obtidos com `cyberassess questionnaires show { $id }@{ $version }` no caso de um questionário integrado)

diagnostics-translation-minor-version = este arquivo traduz { $id } { $written }, e o questionário está na versão { $version }: os textos reformulados desde então continuam com a tradução antiga
    .help = compare os textos das duas versões, atualize a tradução e depois escreva version = "{ $version }"

diagnostics-translation-same-language = { $questionnaire } já está escrito em "{ $language }"
    .help = escreva o idioma para o qual este arquivo traduz o questionário

diagnostics-ids-not-translated = { $what ->
    [term] As entradas do glossário são identificadas pelo termo tal como o questionário o escreve
   *[other] Os ids nunca são traduzidos
}

diagnostics-translation-unknown-id = { $what ->
        [stage] { $questionnaire } não tem nenhum estágio "{ $id }"
        [pillar] { $questionnaire } não tem nenhum pilar "{ $id }"
        [option] a pergunta `{ $question }` de { $questionnaire } não tem nenhuma opção para o estágio "{ $id }"
        [term] { $questionnaire } não tem nenhum termo de glossário "{ $id }"
       *[question] { $questionnaire } não tem nenhuma pergunta "{ $id }"
    }
    .help = { $hint ->
        [typo] você quis dizer "{ $suggestion }"? { diagnostics-ids-not-translated }
       *[list] use um destes: { $among }. { diagnostics-ids-not-translated }; remova esta tabela se o item já não existir no questionário
    }

diagnostics-translation-indicator-options = a pergunta `{ $id }` de { $questionnaire } é um indicador de sim/em parte/não, que não tem opções
    .help = traduza os textos dela em [questions.{ $id }] (prompt, help, evidence, next_step) e remova esta tabela

diagnostics-translation-no-such-text = { $questionnaire } não tem nenhum texto em { $text }, portanto não há o que traduzir
    .help = { $hint ->
        [next-step] `{ $id }` é uma pergunta de opções: os próximos passos dela ficam nas opções, em [questions.{ $id }.options.ESTÁGIO]
       *[remove] a tradução contém apenas os textos que o questionário tem; remova esta linha, ou acrescente primeiro o texto ao questionário
    }

diagnostics-translation-duplicate-term = dois termos do glossário estão traduzidos como "{ $term }"
    .help = cada termo precisa de uma tradução própria, senão o leitor não saberia a qual definição uma pergunta se refere; torne uma das traduções mais precisa

diagnostics-translation-missing-texts = { $count ->
        [one] { $count } texto de { $questionnaire } não está traduzido, então é mostrado em { $language }
       *[other] { $count } textos de { $questionnaire } não estão traduzidos, então são mostrados em { $language }
    }: { $list }{ $more ->
        [0] {""}
        [one] ; e mais { $more } tabela
       *[other] ; e mais { $more } tabelas
    }
    .help = acrescente cada um deles sob o cabeçalho da sua tabela, como no questionário (`cyberassess questionnaires show ID` mostra um questionário integrado)

diagnostics-translation-glossary-misses = { $count ->
        [one] { $count } de { $uses } usos de termos do glossário nas perguntas não aparece nos textos traduzidos, então essa pergunta não mostra a definição
       *[other] { $count } de { $uses } usos de termos do glossário nas perguntas não aparecem nos textos traduzidos, então essas perguntas não mostram a definição
    }: { $list }
    .help = um termo é reconhecido como palavras inteiras, em maiúsculas ou minúsculas, com plural em -s ou -es; quando um texto exige outra forma (outro plural, um feminino), isso é esperado; caso contrário, escreva o termo como o glossário o traduz

diagnostics-translation-questionnaire-not-found = { $hint ->
        [beside] este arquivo traduz "{ $id }", mas o questionário ao lado dele é "{ $other }", e nenhum questionário integrado é "{ $id }"
       *[other] o questionário "{ $id }" não foi encontrado: ele não está integrado, e nenhum arquivo de questionário com esse id está ao lado desta tradução
    }
    .help = { $hint ->
        [beside] { $path }, ao lado dele, é o questionário "{ $other }"; escreva translates = "{ $other }" se este arquivo o traduz
        [typo] você quis dizer "{ $suggestion }"? Questionários integrados: { $ids }
       *[list] coloque a tradução ao lado do seu questionário, com o nome dele mais o idioma (meu-questionario.toml → meu-questionario.pt.toml), ou traduza um questionário integrado ({ $ids })
    }

diagnostics-translation-questionnaire-has-problems = o questionário "{ $questionnaire }" tem problemas, então esta tradução não pode ser verificada
    .help = corrija primeiro o questionário (os problemas dele são listados junto com ele)

diagnostics-builtin-translation-broken = esta tradução integrada não carrega
    .help = é um erro do programa; por favor, informe-o

diagnostics-translation-not-answers = esta é a tradução para o { $language } do questionário { $id } { $version }, não um arquivo de respostas
    .help = os arquivos de respostas são iguais em todos os idiomas; para responder ao questionário { $id } em { $language }, execute `cyberassess fill ARQUIVO --questionnaire { $named } --lang { $lang }` ou `cyberassess template { $named } --lang { $lang }`

# Busca do questionário indicado por um arquivo de respostas ou por um comando.

diagnostics-questionnaire-not-found = { $from ->
        [answers] o questionário "{ $reference }" não foi encontrado
       *[command] não existe o questionário "{ $reference }"
    }
    .help = { $hint ->
        [other-version] { $id } está integrado na versão { $versions }, não na { $wanted }; escreva { $id }@{ $newest } ou omita a versão para usar a mais recente
        [no-file] não há nenhum arquivo em { $path }; o caminho é relativo ao arquivo de respostas
        [typo] você quis dizer "{ $suggestion }"? Questionários integrados: { $ids }
       *[ids] use o id de um questionário integrado ({ $ids }) ou o caminho de um arquivo de questionário, relativo ao arquivo de respostas
    }

diagnostics-questionnaire-not-toml = { $from ->
        [answers] "{ $reference }" não é um arquivo de questionário, então não foi lido
       *[command] não existe o questionário "{ $reference }"
    }
    .help = um questionário é indicado pelo id de um integrado ({ $ids }) ou pelo caminho do seu arquivo .toml, relativo ao arquivo de respostas; só são aceitos um id integrado ou o caminho de um arquivo .toml

# Arquivos de respostas em uma revisão do git (REV:CAMINHO).

diagnostics-revision-too-large = o arquivo tem mais de 4 MiB, muito mais do que qualquer arquivo de respostas
    .help = verifique se este é o arquivo certo

diagnostics-revision-absolute-path = um arquivo de uma revisão do git deve ser indicado pelo caminho relativo à pasta atual
    .help = vá até o repositório e escreva-o como { $revision }:caminho/do/arquivo.toml

diagnostics-git-not-run = não foi possível executar o git para ler esta revisão: { $detail }
    .help = instale o git, ou compare arquivos no disco (extraia um com `git show REV:CAMINHO > antigo.toml`)

diagnostics-not-a-repository = a pasta atual não está dentro de um repositório git, então não é possível ler uma revisão
    .help = execute o comando dentro do repositório que contém o arquivo, ou indique caminhos de arquivos no disco

diagnostics-not-in-revision = { $path } não está na revisão { $revision }
    .help = verifique o caminho, relativo à pasta atual; `git log --oneline -- { $path }` lista as revisões que o contêm

diagnostics-unknown-revision = o git não conhece a revisão "{ $revision }"
    .help = use um commit, uma tag ou um branch que o `git log --oneline` mostre, como HEAD~1

diagnostics-git-failed = o git não conseguiu ler { $revision }:{ $path }: { $detail }
    .help = verifique a revisão e o caminho, relativo à pasta atual

# Leitura de pastas e de arquivos que mudam.

diagnostics-file-changed = este arquivo mudou enquanto era lido: já não é um arquivo de respostas
    .help = execute o comando de novo quando os arquivos pararem de mudar

diagnostics-folder-loop = um link simbólico volta para { $folder }
    .help = o ciclo não foi seguido; remova o link ou aponte-o para outro lugar

diagnostics-folder-not-allowed = você não tem permissão para ler esta pasta
    .help = peça acesso ao dono da pasta; os arquivos que ela contém não foram pontuados

diagnostics-folder-unreadable = não foi possível ler isto: { $detail }
    .help = verifique se o caminho existe e pode ser lido

# Combinação de arquivos de respostas e respostas trazidas com --from.

diagnostics-respondent-in-earlier-file = o participante "{ $name }" já está em um arquivo anterior desta combinação
    .help = cada participante é incluído uma só vez: deixe este arquivo de fora, ou indique nele os seus próprios avaliadores (assessors)

diagnostics-merge-other-questionnaire = estas respostas se referem a { $questionnaire }, mas { $first } responde a { $first_questionnaire }; só é possível combinar respostas a um mesmo questionário
    .help = combine apenas os arquivos escritos para o mesmo questionário

diagnostics-merge-other-version = estas respostas se referem a { $questionnaire }, mas { $first } responde a { $first_questionnaire }; só é possível combinar respostas a uma mesma versão
    .help = responda de novo a { $first_questionnaire }, ou parta deste arquivo com `cyberassess fill --from`

diagnostics-merge-other-country = estas respostas são de { $country }, mas { $first } é de { $first_country }
    .help = combine as respostas de um só país, ou indique o país do consenso com --country NOME

diagnostics-carry-other-questionnaire = estas respostas são de { $old }, então não podem iniciar uma avaliação de { $new }
    .help = indique depois de --from um arquivo de respostas escrito para { $new }, ou comece sem --from

diagnostics-carry-same-version = estas respostas já são de { $id } { $version }, a versão que está sendo iniciada
    .help = não há nada a trazer: continue este arquivo com `cyberassess fill ARQUIVO`, ou copie-o

diagnostics-carry-not-previous-major = estas respostas são de { $id } { $version }; só é possível trazer respostas para { $new } a partir da versão { $previous }.x
    .help = parta de um arquivo de respostas escrito para { $id } { $previous }.x

# Problemas de uma pasta de trabalho preenchida dada ao `import`, depois da planilha e da célula.

diagnostics-import-at = planilha { $sheet }, célula { $cell }: {""}
diagnostics-import-in = planilha { $sheet }: {""}
diagnostics-import-place = planilha { $sheet }, célula { $cell }
diagnostics-import-not-a-template = esta pasta de trabalho não foi criada por `cyberassess template --format xlsx` (falta a planilha oculta que indica o questionário); copie as respostas para uma pasta de trabalho criada por esse comando
diagnostics-import-unknown-layout = esta pasta de trabalho tem o formato { $layout }, que esta versão do cyberassess não consegue ler; importe-a com uma versão mais recente
diagnostics-import-other-questionnaire = esta pasta de trabalho é para { $workbook }, não para { $expected }; importe-a sem --questionnaire, ou crie uma pasta de trabalho para { $expected } com `cyberassess template`
diagnostics-import-missing-detail = { $detail ->
        [country] o país está vazio
       *[date] a data da avaliação está vazia
    }; preencha a célula e importe de novo
diagnostics-import-not-a-date = '{ $written }' não é uma data; digite a data como ano-mês-dia, por exemplo 2026-03-14
diagnostics-import-not-a-stage = '{ $written }' não é um estágio; escolha um destes: { $stages }
diagnostics-import-not-an-answer = '{ $written }' não é uma resposta; você quis dizer { $suggestion }?
diagnostics-import-not-an-answer-to = '{ $written }' não é uma resposta a esta pergunta; escolha uma destas: { $answers }
diagnostics-import-no-question-id = esta linha tem uma resposta, mas nenhum id de pergunta (a linha foi acrescentada ou teve o id apagado); digite a resposta na linha da própria pergunta
diagnostics-import-unknown-question = o id de pergunta '{ $id }' não está neste questionário; a linha foi alterada à mão: copie a resposta para uma nova pasta de trabalho criada com `cyberassess template`
diagnostics-import-duplicate = a pergunta '{ $id }' foi respondida duas vezes (a primeira em { $first }); mantenha uma só linha
diagnostics-import-notes-without-answer = esta linha tem evidências ou notas, mas nenhuma resposta; escolha uma resposta (n/a se a pergunta não se aplicar), ou apague-as
diagnostics-import-unreadable = não foi possível ler o arquivo: { $detail }
diagnostics-import-too-large = o arquivo tem mais de { $size } MB, grande demais para um questionário preenchido
diagnostics-import-not-a-workbook = isto não é uma pasta de trabalho .xlsx ou .ods ({ $detail }); salve o arquivo no seu programa de planilhas como Excel (.xlsx) ou OpenDocument (.ods)
