# O relatório de coorte (`report PASTA --cohort`): muitas avaliações lado a lado em um PDF.

## Cabeçalho, rodapé e propriedades do documento
cohort-running-title = { $title } · Relatório de coorte sobre maturidade em segurança cibernética
cohort-title-several = Coorte de avaliações
cohort-footer = { $questionnaires } · { $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
}
cohort-document-title = { $title }: relatório de coorte
cohort-document-subject = Autoavaliações de maturidade em segurança cibernética comparadas: { $count } segundo { $questionnaires }
cohort-keyword-security = segurança cibernética
cohort-keyword-maturity = avaliação de maturidade
cohort-keyword-cohort = coorte

## Contagens e datas comuns às seções
cohort-assessments = { $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
}
cohort-countries = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
cohort-date-range = { $first } a { $last }
cohort-no-dates = sem datas
cohort-undated-count = ({ $count } sem data)
cohort-group = Grupo { $number } de { $groups }
cohort-group-label = Grupo { $number } de { $groups }: { $title }

## Capa
cohort-cover-kicker = RELATÓRIO DE COORTE
cohort-cover-lead = Autoavaliações de maturidade em segurança cibernética lado a lado: { $assessments } de { $countries }.
cohort-cover-lead-groups = Autoavaliações de maturidade em segurança cibernética lado a lado: { $assessments } de { $countries }, em { $groups } questionários, cada grupo apresentado separadamente.
cohort-cover-questionnaire = Questionário
cohort-cover-assessments = Avaliações
cohort-cover-assessed = Datas
cohort-cover-marking = Classificação
cohort-cover-no-marking = nenhuma
cohort-cover-total = { $count } ({ $countries })
cohort-cover-produced = Produzido com cyberassess { $version }. A forma de cálculo dos números da coorte e a impressão digital dos arquivos de entrada estão na última página.
cohort-contents = Sumário

## Mapa de calor
cohort-heat-map = Mapa de calor
cohort-heat-map-of = { $group }: mapa de calor
cohort-heat-map-lead = { $assessments } segundo o questionário { $title } ({ $questionnaire }); datas de avaliação: { $dates }. Cada célula indica o estágio alcançado e o nível (de 1 a { $stages }) em palavras e números; o sombreamento repete o estágio, de { $first } a { $last } (legenda abaixo da tabela).
cohort-heat-map-stats = As três últimas linhas indicam a mediana, o nível mais baixo e o mais alto de cada coluna.
cohort-heat-map-pillars-and-overall = Pilares { $first }–{ $last } e geral
cohort-heat-map-pillars = Pilares { $first }–{ $last }
cohort-heat-map-part = { $columns } (parte { $part } de { $parts })
cohort-median = Mediana
cohort-minimum = Mínimo
cohort-maximum = Máximo
cohort-country = País
cohort-assessed = Data
cohort-stage-key = Sombreamento por estágio:

## Estágios por pilar
cohort-stages = Estágios por pilar
cohort-stages-of = { $group }: estágios por pilar
cohort-stages-lead = O número de avaliações em cada estágio, pilar por pilar e no geral, com a sua proporção do grupo ({ $assessments }) entre parênteses. O nível mediano é o valor central dos níveis do mapa de calor; o seu estágio corresponde à parte inteira desse nível.
cohort-stages-range = Nível mediano { $median } ({ $stage }) · mínimo { $lowest } · máximo { $highest }
cohort-stages-level = Nível { $level } ({ $stage })
cohort-stages-count = { $count } ({ $share })

## Variação desde a avaliação anterior
cohort-change = Variação desde a avaliação anterior
cohort-change-of = { $group }: variação
cohort-change-repeated = { $country } ({ $assessments })
cohort-list-and = { $rest } e { $last }
cohort-counts-more-than-once = { $count ->
    [one] { $who } conta mais de uma vez
   *[other] { $who } contam mais de uma vez
}
cohort-counted-twice = Aqui contam todas as avaliações, portanto { $who } (veja a página de variação); para contar cada país uma só vez, gere o relatório com --latest.
cohort-change-lead = { $count ->
    [one] { $count } país deste grupo tem mais de uma avaliação.
   *[other] { $count } países deste grupo têm mais de uma avaliação.
} Para cada um: a avaliação anterior e a mais recente por data, o nível de cada pilar e o geral em ambas (anterior → mais recente) e a variação entre parênteses: + subiu, − caiu, { $zero } sem variação. O sombreamento repete o sinal: azul, subiu; laranja, caiu; sem sombreamento, sem variação.
cohort-change-counted-twice = O mapa de calor e os estágios por pilar contam todas as avaliações, portanto ali { $who }; para contar cada país uma só vez, gere o relatório com --latest.
cohort-change-dates = Anterior → mais recente
cohort-change-single = Avaliados uma só vez, por isso não aparecem: { $countries }.
cohort-change-without-country = Sem país indicado, por isso não pareados: { $files }.
cohort-change-tie = { $country } tem { $count } avaliações com data de { $date }: conta a última na ordem dos arquivos.
cohort-change-key = Sombreamento da variação:
cohort-change-up = subiu (+)
cohort-change-down = caiu (−)
cohort-change-same = sem variação ({ $zero })

## Método e verificação
cohort-method = Como os números da coorte são calculados
cohort-method-contents = Método e verificação
cohort-method-running = Método
cohort-method-stage = estágio { $number }
cohort-method-groups = As avaliações são agrupadas por questionário: só se comparam avaliações com o mesmo identificador e a mesma versão de questionário, e cada grupo tem o seu próprio mapa de calor e a sua própria distribuição.
cohort-method-levels = Cada avaliação é pontuada separadamente, exatamente como no seu relatório individual: o método de pontuação do questionário dá a cada pilar um nível de 1 ao número de estágios, e o nível geral decorre dos níveis dos pilares. O mapa de calor mostra esses níveis arredondados para baixo com uma casa decimal, de modo que a parte inteira impressa é a do estágio alcançado.
cohort-method-statistics = Linhas Mediana, Mínimo e Máximo: para cada pilar e para o resultado geral, a mediana, o nível mais baixo e o mais alto entre as avaliações do grupo. A mediana de um número par de níveis é a média dos dois centrais. São níveis, não estágios: a mediana não é uma média de nomes de estágio.
cohort-method-stage-of = O estágio indicado para uma mediana, um mínimo ou um máximo é a parte inteira do seu nível (arredondado para baixo), como para uma avaliação isolada: um nível mediano de { $level } está no segundo estágio ({ $second }), não no terceiro ({ $third }).
cohort-method-distribution = Estágios por pilar: para cada pilar e no geral, o número de avaliações cujo pilar alcançou cada estágio e esse número como proporção do grupo, arredondada para um percentual inteiro (por isso as proporções podem não somar exatamente { $whole }). A mediana, o nível mais baixo e o mais alto acima de cada gráfico são os do mapa de calor.
cohort-method-every = Todas as avaliações de um grupo contam no seu mapa de calor e nos seus estágios por pilar: um país avaliado duas vezes conta duas vezes na mediana, nos níveis mais baixo e mais alto e nas contagens por estágio, e as páginas o indicam quando isso ocorre. Para contar cada país uma só vez, gere o relatório com --latest, que mantém a avaliação mais recente de cada país.
cohort-method-change = Página de variação, quando um país tem avaliações de datas diferentes: para cada um desses países, a avaliação mais recente e a anterior, ou seja, a mais recente com data anterior (países comparados sem distinguir maiúsculas nem espaços; uma avaliação sem data conta como a mais antiga; entre várias na mesma data, conta a última na ordem dos arquivos), a mesma regra do comando compare. Cada variação é a diferença entre os dois níveis tal como impressos, de modo que pode ser conferida por subtração.
cohort-method-colours = As cores seguem a paleta Okabe–Ito, adequada a pessoas com daltonismo, e apenas repetem o que está impresso: cada célula e cada barra indicam também o seu estágio e o seu número, e cada variação, o seu sinal.
cohort-verification = Verificação
cohort-verification-intro = Impressões digitais SHA-256 dos { $count } arquivos a partir dos quais este relatório foi gerado, tal como a ferramenta sha256sum as calcula para arquivos UTF-8 sem marca de ordem de bytes, e uma para todos: o SHA-256 das impressões digitais abaixo, ordenadas, uma por linha. Com os mesmos arquivos, cyberassess { $version } volta a gerar este PDF idêntico byte a byte.
cohort-verification-all = Todos os arquivos
cohort-file = Arquivo
