# As linhas próprias dos comandos na saída de erros: resumos, avisos sobre resultados que não
# são definitivos e barras de progresso.

app-warning = aviso
app-help = ajuda

app-checked = { $files ->
    [one] { $files } arquivo verificado
   *[other] { $files } arquivos verificados
}: { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
app-checked-unusable = { $count ->
    [one] ({ $count } arquivo não pode ser usado até ser corrigido)
   *[other] ({ $count } arquivos não podem ser usados até serem corrigidos)
}

app-unanswered = { $unanswered ->
    [one] { $unanswered } de { $total } perguntas está sem resposta
   *[other] { $unanswered } de { $total } perguntas estão sem resposta
}: os resultados são um rascunho
    .help = as perguntas sem resposta contam como o estágio mais baixo; responda-as ou marque-as como "n/a", com notas
app-pillar-all-na = todas as perguntas do pilar `{ $pillar }` são n/a; por isso, ele é pontuado no estágio mais baixo
    .help = responda a pelo menos uma pergunta do pilar
app-more-warned = { $count ->
    [one] mais { $count } arquivo tem perguntas sem resposta ou pilares com todas as respostas n/a
   *[other] mais { $count } arquivos têm perguntas sem resposta ou pilares com todas as respostas n/a
}
    .help = execute `cyberassess check` na pasta para ver todos
app-future-date = assessed_on { $date } fica { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} depois de hoje ({ $today })
    .help = escreva a data em que a avaliação foi feita
app-tie = { $count } avaliações de { $country } estão { $date }; foi mantido { $kept } (o último na ordem dos caminhos) e deixado de fora o restante: { $left }
    .help = dê a cada uma seu próprio assessed_on, ou tire os rascunhos da pasta
app-tie-dated = datadas de { $date }
app-tie-undated = sem data

app-compare-option-not-for-format = { $option } não se aplica a { $format }: essa opção escolhe { $chooses }, e { $format } sempre tem { $has }
    .help = omita { $option }, ou use --format table ou --format markdown
app-compare-top-chooses = quantas perguntas e próximos passos cada comparação lista
app-compare-detail-chooses = se cada pergunta que mudou é listada, com o significado de seus estágios
app-compare-json-has = todas as perguntas de cada comparação, com sua mudança
app-compare-csv-has = uma linha por pilar e uma linha geral, sem perguntas nem próximos passos

app-summary = { $verb ->
    [scored] Pontuados
    [reported] Relatórios gerados para
   *[read] Lidos
} { $done } de { $files ->
    [one] { $files } arquivo
   *[other] { $files } arquivos
}
app-summary-skipped = ; ignorados { $what }
app-summary-and = { $first } e { $second }
app-summary-questionnaires = { $count ->
    [one] { $count } arquivo de questionário
   *[other] { $count } arquivos de questionário
}
app-summary-translations = { $count ->
    [one] { $count } tradução
   *[other] { $count } traduções
}
app-summary-not-latest = { $count ->
    [one] ; deixada de fora { $count } avaliação que não é a mais recente de seu país (--latest)
   *[other] ; deixadas de fora { $count } avaliações que não são as mais recentes de seu país (--latest)
}
app-summary-failed = { $count ->
    [one] ; { $count } falhou
   *[other] ; { $count } falharam
}
app-summary-unreadable = { $count ->
    [one] ; { $count } local em pastas não pôde ser lido
   *[other] ; { $count } locais em pastas não puderam ser lidos
}
app-summary-see-above = { " " }(veja acima)
app-summary-latest-among-loaded = ; --latest escolheu entre os arquivos que foram carregados
app-summary-fail-fast = ; parou na primeira falha (--fail-fast)

app-progress-reading = Lendo
app-progress-scoring = Pontuando
app-progress-writing-reports = Gerando relatórios
app-progress-left = restantes
# The progress bar of `compare FOLDER -f json|csv`.
app-progress-comparing = Comparando
app-wrote-report = { $file } gravado ({ $size } KB)
app-wrote-reports = { $count ->
    [one] { $count } relatório gravado em { $folder }
   *[other] { $count } relatórios gravados em { $folder }
}
app-wrote-cohort = relatório de coorte gravado: { $file }

app-dash = -o - significaria a saída padrão, mas { $why }; indique um nome de arquivo com -o
app-dash-man-all = --all grava uma página por comando em uma pasta
app-dash-report = um relatório é gravado em um arquivo (PDF, Word ou Markdown), ou ao lado de cada arquivo de respostas quando -o é omitido
app-dash-plan = um plano de ação é gravado em um arquivo (.xlsx, .csv ou .md)
app-dash-merge = o consenso é gravado em um arquivo de respostas
app-dash-import = import grava em uma pasta um arquivo de respostas para cada pasta de trabalho

app-output-folder = { $path } é uma pasta; indique o nome do arquivo a gravar, por exemplo { $example }
app-output-open = não foi possível abrir { $path } para gravação
app-output-device = { $path } é um dispositivo ou um socket, não um arquivo; grave em um arquivo, em um pipe nomeado ou em um dispositivo de caracteres como /dev/null
app-output-create-folder = não foi possível criar a pasta { $folder }
app-output-write-in-folder = não foi possível gravar na pasta { $folder }
app-output-write = não foi possível gravar { $path } (o disco está cheio?)
app-output-save = não foi possível salvar { $path }
app-output-save-in-use = não foi possível salvar { $path } (ele está aberto em outro programa, como o Excel ou um leitor de PDF? Feche-o e execute o comando de novo)
app-output-link = não foi possível seguir o link { $path }
app-output-link-loop = { $path } é uma cadeia de mais de { $count } links simbólicos (um ciclo?); faça-o apontar para um arquivo
app-output-stdout = não foi possível gravar na saída padrão
app-output-is-input = { $path } é um dos arquivos de entrada; gravar a saída ali o substituiria. Escolha outro nome de saída

app-template-exists = { $file } já existe e pode conter respostas; escolha outro nome com -o, ou acrescente --force para substituí-lo
app-template-workbook-terminal = uma pasta de trabalho não pode ser mostrada no terminal; acrescente -o ARQUIVO.xlsx
app-template-no-translation = { $questionnaire } não tem tradução para o idioma "{ $lang }"; está disponível em { $available }. Para traduzir um arquivo de questionário, coloque NOME.{ $lang }.toml ao lado dele (o formato: cyberassess guide formats)
app-wrote-workbook = { $file } gravado com { $count ->
    [one] a { $count } pergunta
   *[other] as { $count } perguntas
} de { $questionnaire }, uma planilha por pilar. Preencha as células coloridas no Excel ou no LibreOffice Calc e depois execute: cyberassess import { $file }
app-wrote-schema = Esquema { $file } gravado; os editores com o servidor de linguagem TOML (Taplo) verificam e completam as respostas com base nele
app-wrote-template = { $file } gravado com { $count ->
    [one] a { $count } pergunta
   *[other] as { $count } perguntas
} de { $questionnaire }. Preencha as linhas de resposta em qualquer editor de texto e depois execute: cyberassess check { $file }

app-import-questionnaire-problems = o questionário { $questionnaire } tem problemas (listados acima)
app-import-questionnaire-now = { $questionnaire } (o que o arquivo de questionário { $file } contém agora)
app-import-bad-language = a pasta de trabalho indica o idioma "{ $language }", que não é um código de idioma; gere a pasta de trabalho de novo com cyberassess template
app-import-translation-problems = a tradução de { $questionnaire } tem problemas (listados acima)
app-import-exists = { $file } já existe e pode conter respostas; acrescente --force para substituí-lo, ou escolha outra pasta com -o
app-wrote-import = { $file } gravado: { $answered } de { $total } perguntas respondidas{ $left ->
    [0] {""}
    [one] {" "}({ $left } ficou sem resposta)
   *[other] {" "}({ $left } ficaram sem resposta)
}. Calcule a pontuação com: cyberassess score { $file }

app-questionnaires-id = Id
app-questionnaires-version = Versão
app-questionnaires-title = Título
app-questionnaires-pillars = Pilares
app-questionnaires-questions = Perguntas
app-questionnaires-method = Método
app-questionnaires-languages = Idiomas
app-questionnaires-newest = { $version } (a mais recente)
app-questionnaires-about = Um arquivo de respostas é pontuado com a versão integrada que tem a mesma versão principal que o seu questionnaire_version (1.x: 1.0.0), ou com a mais recente, se ele não tiver questionnaire_version. Para indicar uma versão, escreva ID@VERSÃO, por exemplo ncss-maturity@1.0.0. Escolha o idioma das perguntas com --lang em `template` e `fill`; os arquivos de respostas são iguais em todos os idiomas.
app-questionnaires-print = Para imprimir um: cyberassess questionnaires show ID > meu-questionario.toml
app-questionnaires-broken = o questionário integrado { $questionnaire } não carrega; é um erro do programa
app-questionnaires-unknown-version = { $id } está integrado na versão { $versions }, não na { $wanted }; por exemplo: cyberassess questionnaires show { $id }@{ $example }
app-questionnaires-unknown = não há nenhum questionário integrado "{ $name }"; { $hint }os integrados são: { $ids }
app-questionnaires-did-you-mean = você quis dizer "{ $name }"?{" "}

app-compare-revision-in-batch = { $file } é um arquivo de uma revisão do git: REV:CAMINHO funciona ao comparar dois arquivos (compare ANTERIOR NOVO), não em um lote de pastas
app-compare-cannot = { $old } e { $new } não podem ser comparados: { $reason }
app-compare-not-compared = { $old } e { $new } não foram comparados: { $reason }
app-compare-write-failed = não foi possível gravar a comparação
app-compare-other-country = { $old } trata de { $old_country } e { $new } de { $new_country }; a comparação é feita mesmo assim
    .help = confira se são os dois arquivos que você queria comparar
app-compare-order = { $old } (datado de { $old_date }) é mais recente que { $new } (datado de { $new_date }); as mudanças são mostradas do primeiro para o segundo
    .help = indique primeiro a avaliação anterior: compare ANTERIOR NOVO
app-compare-no-country = um país não indicado

app-score-cannot-apply = { $option } não se aplica a { $format }: essa opção escolhe { $chooses }, e { $format } sempre tem { $what }, na ordem dos caminhos
    .help = omita { $option }, ou use --format table ou --format markdown
app-score-json-has = todas as perguntas de cada avaliação
app-score-csv-has = uma linha por pilar e uma linha geral, sem perguntas nem próximos passos
app-score-top-chooses = quantos próximos passos são mostrados
app-score-explain-chooses = se cada pergunta é mostrada
app-score-detail-chooses = se a tabela própria de cada avaliação vem depois da tabela da coorte
app-score-sort-chooses = a ordem das linhas da tabela da coorte
app-score-changed = { $file } mudou enquanto sua pontuação era calculada

app-report-fonts = não foi possível carregar as fontes do relatório
app-report-baseline-many = --baseline { $file } mede o progresso de uma única avaliação, mas foram encontrados { $count } arquivos de respostas; indique um único arquivo de respostas, ou use `cyberassess compare PASTA` para a mudança de cada país
app-report-baseline-folder = --baseline { $folder } é uma pasta; indique o próprio arquivo de respostas anterior
app-report-baseline-one = --baseline mede o progresso de uma única avaliação: indique um único arquivo de respostas, não vários nem uma pasta (para a mudança de cada país, use `cyberassess compare PASTA`)
app-report-renamed = observação: gravando { $file } (um relatório neste formato é um arquivo .{ $extension })
app-report-collide = { $first } e { $second } seriam ambos gravados em { $file }; renomeie um deles, ou execute `cyberassess report` uma vez para cada um com seu próprio -o
app-report-failed = não foi possível gerar o relatório de { $file }
app-report-no-cohort = nenhum relatório de coorte: nenhuma avaliação pôde ser pontuada
app-report-cohort-failed = não foi possível gerar o relatório de coorte

app-carry-has-problems = { $file } tem os problemas acima; corrija-os e execute o comando de novo.
app-carried = { $count ->
    [one] { $count } resposta trazida de { $file } ({ $questionnaire }), marcada para revisão:
   *[other] { $count } respostas trazidas de { $file } ({ $questionnaire }), cada uma marcada para revisão:
}
app-carried-was = (antes { $old })
app-left = Sem resposta ({ $count }):
app-left-new = nova, ou seu sentido mudou
app-left-old-unanswered = sua pergunta anterior está sem resposta no arquivo anterior
app-left-does-not-fit = a resposta anterior não está entre as respostas possíveis

app-merge-exists = { $file } já existe; escolha outro nome com -o, ou acrescente --force para substituí-lo
app-merge-nothing = Nada foi combinado: corrija os problemas acima e execute o comando de novo.
app-merge-agenda-failed = não foi possível gravar a pauta

app-plan-unknown-format = não é possível saber o formato de { $file } pelo nome; termine-o em .xlsx, .csv ou .md, ou acrescente --format
app-plan-exists = { $file } já existe, e a equipe de trabalho pode tê-lo preenchido; escolha outro nome com -o, ou acrescente --force para substituí-lo

app-check-questionnaire = ok: { $file } é o questionário { $id } { $version } ({ $pillars } pilares, { $questions } perguntas, { $stages } estágios, { $method })
app-check-answers = ok: { $file } responde a { $id } { $version } para { $country } ({ $answered } de { $total } perguntas respondidas)
app-check-no-country = um país ainda não indicado
app-check-translation = ok: { $file } é uma tradução ({ $language }, { $tag }) do questionário { $id } { $version } ({ $given } de { $total } textos traduzidos)
