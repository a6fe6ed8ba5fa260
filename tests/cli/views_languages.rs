//! The views people read — `score`'s tables and Markdown, the cohort table, `compare`, `merge`'s
//! agenda and the action plan — in Spanish, French and Portuguese: their words translated, none
//! of the English ones left, decimals with a comma; and the outputs for programs (JSON, CSV)
//! byte for byte the same in every language.

use calamine::{Data, Reader, Xlsx};

use crate::util::{cyberassess, fixture};

const EXAMPLES: &str = "questionnaires/examples/ncss-maturity-2.0";
const BEFORE: &str = "questionnaires/examples/ncss-maturity-2.0/exampleland-2026.toml";
const NOW: &str = "questionnaires/examples/ncss-maturity-2.0/exampleland-2027.toml";

/// Runs the binary with `args` and the environment `env`, `COLUMNS` wide; returns its output.
fn run(args: &[&str], env: &[(&str, &str)], columns: &str) -> String {
    let mut cmd = cyberassess();
    cmd.args(args).env("COLUMNS", columns);
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// `args` after `--lang lang`, wide enough that nothing wraps.
fn in_lang(lang: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    run(&all, &[], "1000")
}

/// Every word of `present` is in `text`, and no word of `absent`.
fn speaks(what: &str, text: &str, present: &[&str], absent: &[&str]) {
    for word in present {
        assert!(text.contains(word), "{what}: no {word:?} in\n{text}");
    }
    for word in absent {
        assert!(
            !text.contains(word),
            "{what}: English {word:?} left in\n{text}"
        );
    }
}

/// The words of `score` (one assessment, with `--explain` and next steps) in each language,
/// and the English words that must be gone.
const SCORE_WORDS: [(&str, &[&str]); 3] = [
    (
        "es",
        &[
            "evaluado el",
            "(media ponderada)",
            "Gobernanza e implementación",
            "Respuesta",
            "Cuenta como",
            "Peso",
            "nivel 3",
            "Próximos pasos (3 de",
            "Establecida",
            "3,1/5",
        ],
    ),
    (
        "fr",
        &[
            "évalué le",
            "(moyenne pondérée)",
            "Gouvernance et mise en œuvre",
            "Réponse",
            "Compte comme",
            "Poids",
            "niveau 3",
            "Prochaines étapes (3 sur",
            "Établi",
            "3,1/5",
        ],
    ),
    (
        "pt",
        &[
            "avaliado em",
            "(média ponderada)",
            "Governança e implementação",
            "Resposta",
            "Conta como",
            "Peso",
            "nível 3",
            "Próximos passos (3 de",
            "Estabelecido",
            "3,1/5",
        ],
    ),
];

const SCORE_ENGLISH: [&str; 16] = [
    "assessed",
    "weighted-mean",
    "Governance and implementation",
    "how the level was reached",
    "Answer",
    "Counts as",
    "Weight",
    "level 3",
    "Next steps",
    "From → to",
    "Established",
    "Formative",
    "Pillar",
    "Target",
    "Overall",
    "3.1/5",
];

/// The title of a pillar's breakdown and the next steps' action column in a terminal
/// (Markdown gives the pillar's name alone, and the next steps as a list).
const TABLE_ONLY: [(&str, [&str; 2]); 3] = [
    (
        "es",
        [
            "Gobernanza e implementación: cómo se obtuvo el nivel",
            "Acción",
        ],
    ),
    (
        "fr",
        [
            "Gouvernance et mise en œuvre — comment le niveau a été obtenu",
            "Mesure",
        ],
    ),
    (
        "pt",
        [
            "Governança e implementação — como se chegou ao nível",
            "Ação",
        ],
    ),
];

#[test]
fn score_tables_and_markdown_with_explain_speak_each_language() {
    for ((lang, words), (_, table_words)) in SCORE_WORDS.into_iter().zip(TABLE_ONLY) {
        let table = in_lang(lang, &["score", "--explain", NOW]);
        speaks(lang, &table, &table_words, &[]);
        for format in ["table", "markdown"] {
            let text = in_lang(
                lang,
                &["score", "--explain", "--top", "3", "-f", format, NOW],
            );
            speaks(&format!("{lang} {format}"), &text, words, &SCORE_ENGLISH);
        }
    }
}

#[test]
fn the_cohort_table_speaks_each_language_and_fits_80_columns() {
    let words: [(&str, &[&str]); 3] = [
        (
            "es",
            &[
                "3 evaluaciones",
                "País",
                "Fecha",
                "Mediana",
                "Mínimo",
                "Máximo",
                "General",
            ],
        ),
        (
            "fr",
            &[
                "3 évaluations",
                "Pays",
                "Évalué le",
                "Médiane",
                "Minimum",
                "Maximum",
                "Ensemble",
            ],
        ),
        (
            "pt",
            &[
                "3 avaliações",
                "País",
                "Data",
                "Mediana",
                "Mínimo",
                "Máximo",
                "Geral",
            ],
        ),
    ];
    let english = [
        "assessments",
        "Country",
        "Assessed",
        // Not "Median": it begins "Mediana".
        "Median ",
        "*Median*",
        "Overall",
        "Governance and implementation",
        "Formative",
        "Start-up",
        " 1.9",
    ];
    for (lang, words) in words {
        for format in ["table", "markdown"] {
            let text = in_lang(lang, &["score", "-f", format, EXAMPLES]);
            speaks(&format!("{lang} {format}"), &text, words, &english);
            // The lowest governance level of the three, with a decimal comma.
            assert!(text.contains(" 1,9"), "{lang} {format}:\n{text}");
        }
        // At 80 columns no line is longer and no word is broken.
        let whole = words_of(&in_lang(lang, &["score", EXAMPLES]));
        let narrow = run(&["--lang", lang, "score", EXAMPLES], &[], "80");
        for line in narrow.lines() {
            assert!(line.chars().count() <= 80, "{lang}: {line}\n{narrow}");
        }
        for word in words_of(&narrow) {
            assert!(whole.contains(&word), "{lang}: broken {word:?}\n{narrow}");
        }
    }
}

/// The words of a table: text between spaces and box-drawing characters.
fn words_of(text: &str) -> std::collections::HashSet<String> {
    text.split(|c: char| c.is_whitespace() || ('\u{2500}'..='\u{257f}').contains(&c))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn compare_speaks_each_language_in_a_table_and_in_markdown() {
    let words: [(&str, &[&str]); 3] = [
        (
            "es",
            &[
                "Antes: ",
                "Ahora",
                "subió 0,4",
                "bajó 0,3",
                "subió 9 puntos",
                "Estratégica: no alcanzada",
                "Mayores avances (2)",
                "Motivos de preocupación (2)",
                "subió 1 etapa",
                "Preguntas: 19 mejoraron, 2 empeoraron, 44 sin cambios.",
                "Próximos pasos cumplidos desde el 2026-11-17 (18)",
                "Próximos pasos aún pendientes (2 de",
                "Nuevos próximos pasos",
                "Formativa 2,5/5",
            ],
        ),
        (
            "fr",
            &[
                "Avant\u{a0}: ",
                "Maintenant",
                "hausse de 0,4",
                "baisse de 0,3",
                "hausse de 9 points",
                "Stratégique\u{a0}: non atteinte",
                "Plus forts progrès (2)",
                "Points de vigilance (2)",
                "hausse de 1 stade",
                "Questions\u{a0}: 19 en progrès, 2 en recul, 44 inchangées.",
                "Prochaines étapes réalisées depuis le 2026-11-17 (18)",
                "Prochaines étapes encore ouvertes (2 sur",
                "Nouvelles prochaines étapes",
                "Formatif 2,5/5",
            ],
        ),
        (
            "pt",
            &[
                "Antes: ",
                "Agora",
                "subiu 0,4",
                "caiu 0,3",
                "subiu 9 pontos",
                "Estratégico: não atingida",
                "Maiores avanços (2)",
                "Pontos de atenção (2)",
                "subiu 1 estágio",
                "Perguntas: 19 melhoraram, 2 pioraram, 44 sem mudança.",
                "Próximos passos concluídos desde 2026-11-17 (18)",
                "Próximos passos ainda em aberto (2 de",
                "Novos próximos passos",
                "Formativo 2,5/5",
            ],
        ),
    ];
    let english = [
        "Before",
        "now:",
        "up 0",
        "down 0",
        "pts",
        "not met",
        "Most improved",
        "Areas of concern",
        "stage",
        "improved",
        "declined",
        "unchanged",
        "Next steps",
        "still open",
        "done since",
        "Pillar",
        "Overall",
        "Formative",
        "Awareness raising",
        "2.5/5",
    ];
    for (lang, words) in words {
        for format in ["table", "markdown"] {
            let text = in_lang(lang, &["compare", "--top", "2", "-f", format, BEFORE, NOW]);
            speaks(&format!("{lang} {format}"), &text, words, &english);
        }
    }
}

#[test]
fn the_compare_summary_of_folders_speaks_each_language() {
    let words: [(&str, &[&str]); 3] = [
        (
            "es",
            &[
                "cambio de nivel desde la evaluación anterior",
                "(1 país)",
                "País",
                "Antes → ahora",
                "subió 0,4",
                "Una sola evaluación, nada que comparar (1)",
            ],
        ),
        (
            "fr",
            &[
                "évolution du niveau depuis l'évaluation précédente",
                "(1 pays)",
                "Pays",
                "Avant → maintenant",
                "hausse de 0,4",
                "Une seule évaluation, rien à comparer (1)",
            ],
        ),
        (
            "pt",
            &[
                "mudança de nível desde a avaliação anterior",
                "(1 país)",
                "País",
                "Antes → agora",
                "subiu 0,4",
                "Só uma avaliação, nada a comparar (1)",
            ],
        ),
    ];
    let english = [
        "change in level",
        "country",
        "Country",
        "Before → now",
        "up 0",
        "One assessment only",
        "Overall",
    ];
    for (lang, words) in words {
        let text = in_lang(lang, &["compare", EXAMPLES]);
        speaks(lang, &text, words, &english);
    }
}

#[test]
fn the_merge_agenda_speaks_each_language() {
    let words: [(&str, &[&str]); 3] = [
        (
            "es",
            &[
                "Agenda: 4 preguntas en disputa",
                "Pilar",
                "Pregunta",
                "Dispersión",
                "Provisional",
                "parcialmente",
                "sí",
            ],
        ),
        (
            "fr",
            &[
                "Ordre du jour\u{a0}: 4 questions en débat",
                "Pilier",
                "Question",
                "Dispersion",
                "Provisoire",
                "en partie",
                "oui",
            ],
        ),
        (
            "pt",
            &[
                "Pauta: 4 perguntas em disputa",
                "Pilar",
                "Pergunta",
                "Dispersão",
                "Provisória",
                "em parte",
                "sim",
            ],
        ),
    ];
    let english = ["disputed", "Pillar", "Spread", "widest", "partly", "yes"];
    let dir = tempfile::tempdir().expect("temp dir");
    let files =
        ["cert.toml", "ministry.toml", "regulator.toml"].map(|f| fixture(&format!("merge/{f}")));
    for (lang, words) in words {
        for format in ["table", "markdown"] {
            let out = dir.path().join(format!("{lang}-{format}.toml"));
            let output = cyberassess()
                .args(["--lang", lang, "merge", "-f", format])
                .env("COLUMNS", "1000")
                .args(&files)
                .arg("-o")
                .arg(&out)
                .output()
                .expect("runs");
            assert!(output.status.success());
            let text = String::from_utf8(output.stdout).expect("UTF-8");
            speaks(&format!("{lang} {format}"), &text, words, &english);
        }
    }
}

/// Writes the plan of the 2027 example in `lang` to `name` in a new folder; returns the folder
/// and the file.
fn plan_in(lang: &str, name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    cyberassess()
        .args(["--lang", lang, "plan", "--top", "3", NOW, "-o"])
        .arg(&path)
        .assert()
        .success();
    (dir, path)
}

/// (language, sheet name, column titles, statuses of the dropdown, words of the Markdown).
type PlanWords = (
    &'static str,
    &'static str,
    [&'static str; 15],
    [&'static str; 4],
    &'static [&'static str],
);

const PLAN_WORDS: [PlanWords; 3] = [
    (
        "es",
        "Plan de acción",
        [
            "Orden",
            "Pilar",
            "Id de la pregunta",
            "Pregunta",
            "Desde",
            "Hasta",
            "Acción",
            "Cumplido cuando",
            "Entidad responsable",
            "Entidades de apoyo",
            "Inicio",
            "Fecha límite",
            "Costo estimado",
            "Estado",
            "Comentarios",
        ],
        ["sin iniciar", "en curso", "terminado", "bloqueado"],
        &[
            "# Plan de acción: Exampleland",
            "Los próximos pasos de Exampleland (ncss-maturity@2.0.0), 3 en total.",
            "Sistemas del Estado e infraestructura",
        ],
    ),
    (
        "fr",
        "Plan d'action",
        [
            "Rang",
            "Pilier",
            "Identifiant de la question",
            "Question",
            "De",
            "À",
            "Mesure",
            "Critère de réalisation",
            "Organisme chef de file",
            "Organismes d'appui",
            "Début",
            "Échéance",
            "Coût estimé",
            "Statut",
            "Commentaires",
        ],
        ["non commencé", "en cours", "terminé", "bloqué"],
        &[
            "# Plan d'action\u{a0}: Exampleland",
            "Prochaines étapes pour Exampleland (ncss-maturity@2.0.0)\u{a0}: 3 au total.",
            "Systèmes de l'État et infrastructures",
        ],
    ),
    (
        "pt",
        "Plano de ação",
        [
            "Ordem",
            "Pilar",
            "Id da pergunta",
            "Pergunta",
            "De",
            "Para",
            "Ação",
            "Concluído quando",
            "Órgão responsável",
            "Órgãos de apoio",
            "Início",
            "Prazo",
            "Custo estimado",
            "Situação",
            "Comentários",
        ],
        ["não iniciado", "em andamento", "concluído", "bloqueado"],
        &[
            "# Plano de ação: Exampleland",
            "Os próximos passos de Exampleland (ncss-maturity@2.0.0), 3 no total.",
            "Sistemas governamentais e infraestrutura",
        ],
    ),
];

const PLAN_ENGLISH: [&str; 12] = [
    "Action plan",
    "next steps",
    "Rank",
    "Question id",
    "Done when",
    "Lead agency",
    "Due date",
    "Estimated cost",
    "Status",
    "Comments",
    "not started",
    "Government systems",
];

#[test]
fn the_plan_in_markdown_speaks_each_language() {
    for (lang, _, columns, _, words) in PLAN_WORDS {
        let (_dir, path) = plan_in(lang, "plan.md");
        let text = std::fs::read_to_string(&path).expect("read");
        speaks(lang, &text, words, &PLAN_ENGLISH);
        let header = text.lines().nth(4).expect("a header row");
        assert_eq!(header, format!("| {} |", columns.join(" | ")), "{lang}");
    }
}

#[test]
fn the_plan_workbook_has_its_sheet_header_and_dropdown_in_each_language() {
    for (lang, sheet, columns, statuses, _) in PLAN_WORDS {
        let (_dir, path) = plan_in(lang, "plan.xlsx");
        let mut book: Xlsx<_> = calamine::open_workbook(&path).expect("opens");
        assert_eq!(book.sheet_names(), [sheet], "{lang}");
        let range = book.worksheet_range(sheet).expect("sheet");
        let header: Vec<&Data> = (0..15).filter_map(|c| range.get_value((0, c))).collect();
        let expected: Vec<Data> = columns.iter().map(|c| Data::String((*c).into())).collect();
        assert_eq!(header, expected.iter().collect::<Vec<_>>(), "{lang}");
        assert_eq!(
            range.get_value((1, 13)),
            Some(&Data::String(statuses[0].into())),
            "{lang}: a new step's status"
        );
        // The dropdown's list, as the sheet's data validation writes it.
        let xml = std::process::Command::new("unzip")
            .arg("-p")
            .arg(&path)
            .arg("xl/worksheets/sheet1.xml")
            .output()
            .expect("unzip runs");
        let xml = String::from_utf8_lossy(&xml.stdout);
        assert!(
            xml.contains(&format!("\"{}\"", statuses.join(","))),
            "{lang}: status list in\n{xml}"
        );
        for english in ["not started", "in progress", "blocked", "Pick a status"] {
            assert!(!xml.contains(english), "{lang}: {english}");
        }
    }
}

/// How a run chooses its language: arguments before the command, and environment variables.
type Language = (
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

/// What programs read — JSON and CSV of `score` (a batch), `compare` (two files and folders),
/// the plan's CSV and the agenda's CSV and JSON — is byte for byte the same in every language.
#[test]
fn outputs_for_programs_are_the_same_bytes_in_every_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let merge_files =
        ["cert.toml", "ministry.toml", "regulator.toml"].map(|f| fixture(&format!("merge/{f}")));
    let languages: [Language; 5] = [
        (&["--lang", "en"], &[]),
        (&["--lang", "es"], &[]),
        (&["--lang", "fr"], &[]),
        (&["--lang", "pt"], &[]),
        (&[], &[("LANG", "fr_FR.UTF-8")]),
    ];
    for format in ["json", "csv"] {
        let cases: [&[&str]; 3] = [
            &["score", "-f", format, EXAMPLES],
            &["compare", "-f", format, BEFORE, NOW],
            &["compare", "-f", format, EXAMPLES, "questionnaires/examples"],
        ];
        for case in cases {
            let english = run(case, &[], "100");
            for (lang, env) in languages {
                let mut args = lang.to_vec();
                args.extend_from_slice(case);
                assert!(run(&args, env, "100") == english, "{args:?} {env:?}");
            }
        }
        let agenda = |lang: &[&str], env: &[(&str, &str)], i: usize| {
            let mut cmd = cyberassess();
            cmd.args(lang)
                .args(["merge", "-f", format])
                .args(&merge_files)
                .arg("-o")
                .arg(dir.path().join(format!("merged-{format}-{i}.toml")));
            for (name, value) in env {
                cmd.env(name, value);
            }
            cmd.output().expect("runs").stdout
        };
        let english = agenda(&[], &[], 0);
        for (i, (lang, env)) in languages.iter().enumerate() {
            assert!(
                agenda(lang, env, i + 1) == english,
                "agenda {format} {lang:?}"
            );
        }
    }
    let plan = |lang: &[&str], env: &[(&str, &str)], i: usize| {
        let path = dir.path().join(format!("plan-{i}.csv"));
        let mut cmd = cyberassess();
        cmd.args(lang).args(["plan", NOW, "-o"]).arg(&path);
        for (name, value) in env {
            cmd.env(name, value);
        }
        cmd.assert().success();
        std::fs::read(&path).expect("read")
    };
    let english = plan(&[], &[], 0);
    assert!(english.starts_with(b"Rank,Pillar,Question id,"));
    for (i, (lang, env)) in languages.iter().enumerate() {
        assert!(plan(lang, env, i + 1) == english, "plan csv {lang:?}");
    }
}

#[test]
fn plan_and_merge_say_what_they_wrote_in_each_language() {
    let said: [(&str, &str, &str); 3] = [
        (
            "es",
            "con 3 próximos pasos de Exampleland",
            "Se combinaron 3 participantes",
        ),
        (
            "fr",
            "avec 3 prochaines étapes pour Exampleland",
            "3 répondants fusionnés",
        ),
        (
            "pt",
            "com 3 próximos passos de Exampleland",
            "3 participantes combinados",
        ),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let files =
        ["cert.toml", "ministry.toml", "regulator.toml"].map(|f| fixture(&format!("merge/{f}")));
    for (lang, plan, merge) in said {
        let out = cyberassess()
            .args(["--lang", lang, "plan", "--top", "3", NOW, "-o"])
            .arg(dir.path().join(format!("{lang}.md")))
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        speaks(lang, &stderr, &[plan], &["Wrote", "next steps"]);
        let out = cyberassess()
            .args(["--lang", lang, "merge", "-f", "json"])
            .args(&files)
            .arg("-o")
            .arg(dir.path().join(format!("{lang}.toml")))
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        speaks(lang, &stderr, &[merge], &["Merged", "disputed", "Settle"]);
    }
}
