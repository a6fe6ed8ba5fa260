# As visões lidas num terminal ou em Markdown: as tabelas de score, a tabela da coorte,
# compare, a pauta de merge e o plano de ação.

## score: uma avaliação

views-explain-title = { $pillar } — como se chegou ao nível
views-column-question = Pergunta
views-column-answer = Resposta
views-column-counts-as = Conta como
views-column-weight = Peso
views-column-rank = Nº
views-column-pillar = Pilar
views-column-from-to = De → para
views-column-action = Ação
views-no-next-steps = Nenhum próximo passo: todos os pilares atingiram a meta.
views-next-steps-intro = Próximos passos ({ $shown } de { $total }):
views-next-steps-heading = Próximos passos ({ $shown } de { $total })

## A tabela da coorte

views-cohort-title = { $questionnaire } { $version } — { $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
}
views-cohort-country = País
views-cohort-assessed = Data
views-cohort-median = Mediana
views-cohort-minimum = Mínimo
views-cohort-maximum = Máximo

## compare

views-change-up = subiu { $size }
views-change-down = caiu { $size }
views-change-none = sem mudança
views-change-points = { $count ->
    [one] { $count } ponto
   *[other] { $count } pontos
}
views-change-stages = { $count ->
    [one] { $count } estágio
   *[other] { $count } estágios
}
views-compare-before = Antes
views-compare-now = Agora
views-compare-level = Nível
views-compare-score = Pontuação
views-compare-target = Meta
views-compare-change = Mudança
views-compare-country = País
views-compare-before-now = Antes → agora
views-compare-overall = Geral
views-compare-files = Antes: { $old } · agora: { $new }
views-compare-note = Observação: { $note }
views-compare-different-countries = Países diferentes: { $old } antes, { $new } agora.
views-compare-other-minor = Versões { $old } e { $new } do questionário: as perguntas são pareadas pelo id; as { $added } incluídas e as { $removed } retiradas são listadas, sem contar como mudança.
views-compare-other-major = Versões { $old } e { $new } do questionário (outra versão principal): os pilares são comparados pelo id e o resultado geral tal como está; { $matched } das { $total } perguntas atuais têm correspondente anterior, as demais não são comparáveis.
views-compare-pillars-only-in = Pilares que só existem na versão { $version } (não comparáveis): { $pillars }.
views-compare-not-in = não existe na versão { $version }
views-compare-not-comparable = não comparável
views-compare-target-status = { $target }: { $status ->
    [still-met] atingida
    [now-met] atingida agora
    [no-longer-met] deixou de ser atingida
   *[not-met] não atingida
}
views-compare-was = { $id } (antes { $old })
views-movement = { $movement ->
    [improved] melhorou
    [declined] piorou
    [newly-answered] respondida pela primeira vez
    [newly-not-applicable] agora n/a
    [now-applicable] aplicável de novo
    [no-longer-answered] deixou de ter resposta
   *[unchanged] sem mudança
}
views-movement-count = { $count } { $movement ->
    [improved] { $count ->
        [one] melhorou
       *[other] melhoraram
    }
    [declined] { $count ->
        [one] piorou
       *[other] pioraram
    }
    [newly-answered] { $count ->
        [one] respondida pela primeira vez
       *[other] respondidas pela primeira vez
    }
    [newly-not-applicable] agora n/a
    [now-applicable] { $count ->
        [one] aplicável de novo
       *[other] aplicáveis de novo
    }
    [no-longer-answered] { $count ->
        [one] deixou de ter resposta
       *[other] deixaram de ter resposta
    }
   *[unchanged] sem mudança
}
views-compare-counts = Perguntas: { $list }.
views-compare-added-in = Incluídas na versão { $version }: { $ids }.
views-compare-removed-in = Ausentes da versão { $version }: { $ids }.
views-compare-moved = Perguntas que mudaram, da maior para a menor mudança × peso
views-compare-most-improved = Maiores avanços
views-compare-concern = Pontos de atenção
views-compare-other-changes = Outras mudanças
views-compare-none = { $title }: nenhum registro.
views-compare-none-heading = { $title }: nenhum registro
views-compare-list-intro = { $title } ({ $count }):
views-compare-list-heading = { $title } ({ $count })
views-compare-list-empty = { $title }.
views-compare-steps-intro = { $title }:
views-compare-none-below = Nenhum.
views-compare-steps-done = Próximos passos concluídos desde { $date } ({ $count })
views-compare-steps-open = Próximos passos ainda em aberto ({ $shown } de { $count })
views-compare-steps-new = Novos próximos passos ({ $count })
views-compare-steps-dropped = Próximos passos que deixaram de ser pedidos ({ $count }): a pergunta agora é n/a ou a sua meta é mais baixa
views-compare-steps-unmatched = Próximos passos da versão { $old } cuja pergunta não existe na versão { $new } ({ $count }): não comparáveis
views-compare-summary-title = { $questionnaire } { $version } — mudança de nível desde a avaliação anterior de cada país ({ $count ->
    [one] { $count } país
   *[other] { $count } países
})
views-compare-summary-heading = { $questionnaire } { $version }: mudança de nível desde a avaliação anterior de cada país
views-compare-no-pairs = Nenhum país tem duas avaliações para comparar.
views-compare-single = Só uma avaliação, nada a comparar ({ $count }): { $list }.
views-compare-single-heading = Só uma avaliação, nada a comparar:
views-compare-no-country = País não informado, por isso sem pareamento ({ $count }): { $list }.
views-compare-no-country-heading = País não informado, por isso sem pareamento:

## merge: a pauta da oficina

views-agenda-spread = Dispersão
views-agenda-provisional = Provisória
views-agenda-none = Nenhuma pergunta em disputa: os participantes concordam em todas as perguntas que responderam.
views-agenda-title = Pauta: { $count ->
    [one] { $count } pergunta em disputa
   *[other] { $count } perguntas em disputa
}, da maior para a menor dispersão
views-agenda-heading = Pauta: { $count ->
    [one] { $count } pergunta em disputa
   *[other] { $count } perguntas em disputa
}

## plan: o plano de ação

views-plan-title = Plano de ação: { $country }
views-plan-sheet = Plano de ação
views-plan-lead = Os próximos passos de { $country } ({ $questionnaire }), { $count } no total.
views-plan-columns = { $column ->
    [rank] Ordem
    [pillar] Pilar
    [question-id] Id da pergunta
    [question] Pergunta
    [from] De
    [to] Para
    [action] Ação
    [done-when] Concluído quando
    [lead-agency] Órgão responsável
    [supporting-agencies] Órgãos de apoio
    [start] Início
    [due-date] Prazo
    [estimated-cost] Custo estimado
    [status] Situação
   *[comments] Comentários
}
views-plan-status = { $status ->
    [not-started] não iniciado
    [in-progress] em andamento
    [done] concluído
   *[blocked] bloqueado
}
views-plan-pick-status = Escolha uma situação da lista.
views-plan-type-date = Digite uma data, por exemplo 2026-09-30.
views-plan-yes-to = Resposta sim a: { $prompt }

views-plan-wrote = { $file } gravado com { $count ->
    [one] { $count } próximo passo
   *[other] { $count } próximos passos
} de { $country }.
views-merge-done = { $count } participantes combinados em { $file }: { $disputed } de { $total } perguntas em disputa. Resolva-as na oficina e depois verifique o arquivo com: cyberassess check { $file }
