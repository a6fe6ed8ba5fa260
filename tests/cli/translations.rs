//! Translations of the questionnaires: every built-in one complete and checked, the glossary
//! found in each language, the wording rule's fixed openings in each language, and the commands
//! that use them (`questionnaires`, `template --lang`, `check`).

use std::collections::HashMap;

use cyberassess::builtin::{self, TRANSLATIONS};
use cyberassess::i18n::Locale;
use cyberassess::model::texts_of;
use cyberassess::parse::{
    check_translation, glossary_misses, parse_questionnaire, parse_translation,
};

use crate::util::{cyberassess, fixture, root};

/// The languages every newest built-in questionnaire is translated into.
const LANGUAGES: [&str; 3] = ["es", "fr", "pt"];

#[test]
fn every_newest_built_in_questionnaire_has_each_translation_complete() {
    for id in builtin::ids() {
        let b = builtin::find(id).expect("built in");
        let q = parse_questionnaire(b.text).value.expect("parses");
        let texts = texts_of(&q);
        for lang in LANGUAGES {
            let t = b
                .translations()
                .find(|t| t.language == lang)
                .unwrap_or_else(|| panic!("{} has no built-in {lang} translation", b.id_version()));
            let file = parse_translation(t.text).value.expect("parses");
            let checked = check_translation(&file, &q);
            let problems: Vec<String> = checked
                .diagnostics
                .iter()
                .filter(|d| {
                    d.is_error() || !d.message(Locale::En).contains("uses of glossary terms")
                })
                .map(|d| d.message(Locale::En))
                .collect();
            assert!(
                problems.is_empty(),
                "{} {lang}: {problems:#?}",
                b.id_version()
            );
            let translation = checked.value.expect("checked");
            // Every text, each question's new ones too: a question added without its
            // translations fails here.
            let missing: Vec<String> = texts
                .iter()
                .filter(|(text, _)| !translation.texts.contains_key(text))
                .map(|(text, _)| text.to_string())
                .collect();
            assert!(
                missing.is_empty(),
                "{} {lang} lacks {missing:#?}",
                b.id_version()
            );
            assert_eq!(translation.texts.len(), texts.len());
        }
    }
}

#[test]
fn built_in_translations_match_their_entries_and_files() {
    for t in TRANSLATIONS {
        let file = parse_translation(t.text).value.expect("parses");
        assert_eq!(file.translates.get_ref(), t.id);
        assert_eq!(file.version.get_ref().to_string(), t.version);
        assert_eq!(file.language.get_ref().tag(), t.language);
        let name = format!("questionnaires/{}.{}.toml", t.id, t.language);
        let on_disk = std::fs::read_to_string(root().join(&name)).expect(&name);
        assert_eq!(on_disk, t.text, "{name} is the text compiled in");
        assert!(
            builtin::lookup(&format!("{}@{}", t.id, t.version)).is_ok(),
            "{name} translates a built-in version"
        );
    }
}

/// Each question whose English texts use a glossary term should use the term's translation, so
/// that the definition is shown with it in every language. Spanish and French do everywhere;
/// the Portuguese texts use another form in these questions (a plural of the first word, such
/// as "metas de nível de serviço", or a verb for the noun), which `check` reports as a warning.
#[test]
fn translated_questions_use_the_translated_glossary_terms() {
    let expected: HashMap<(&str, &str), Vec<&str>> = HashMap::from([
        (("ncss-maturity", "es"), vec![]),
        (("ncss-maturity", "fr"), vec![]),
        (
            ("ncss-maturity", "pt"),
            vec![
                "cap-skills-framework certificação",
                "cap-retention quadro de pessoal",
                "awa-children linha de denúncia",
                "leg-courts medida intrusiva",
                "res-dns servidor de nomes",
            ],
        ),
        (("csirt-readiness", "es"), vec![]),
        (("csirt-readiness", "fr"), vec![]),
        (
            ("csirt-readiness", "pt"),
            vec![
                "org-service-levels meta de nível de serviço",
                "proc-target-review meta de nível de serviço",
            ],
        ),
    ]);
    for t in TRANSLATIONS {
        let b = builtin::lookup(&format!("{}@{}", t.id, t.version)).expect("built in");
        let q = parse_questionnaire(b.text).value.expect("parses");
        let file = parse_translation(t.text).value.expect("parses");
        let translation = check_translation(&file, &q).value.expect("checked");
        let (uses, misses) = glossary_misses(&q, &translation);
        assert!(uses > 60, "{} {}: {uses} uses", t.id, t.language);
        let misses: Vec<String> = misses
            .iter()
            .map(|m| format!("{} {}", m.question, m.translated))
            .collect();
        assert_eq!(
            misses,
            expected[&(t.id, t.language)],
            "{} {}: {} of {uses} uses lost",
            t.id,
            t.language,
            misses.len()
        );
    }
}

/// The fixed openings of the options of `ncss-maturity` 2.x in each language, from the
/// terminology lists in questionnaires/README.md: (language, the Start-up opening, the opening
/// of Established and above with `{}` for the stage below, the stage names in order).
const OPENINGS: [(&str, &str, &str, [&str; 5]); 3] = [
    (
        "es",
        "Falta cumplir al menos una condición de la etapa Formativa.",
        "Se cumplen todas las condiciones de la etapa {} y, además,",
        [
            "Inicial",
            "Formativa",
            "Establecida",
            "Estratégica",
            "Dinámica",
        ],
    ),
    (
        "fr",
        "Les conditions du stade Formatif ne sont pas toutes remplies.",
        "Toutes les conditions du stade {} sont remplies, et",
        ["Initial", "Formatif", "Établi", "Stratégique", "Dynamique"],
    ),
    (
        "pt",
        "Nem todas as condições do estágio Formativo estão atendidas.",
        "Todas as condições do estágio {} estão atendidas e, além disso,",
        [
            "Inicial",
            "Formativo",
            "Estabelecido",
            "Estratégico",
            "Dinâmico",
        ],
    ),
];

/// Every option of a translation that does not begin with its fixed opening, as "question
/// stage: what" lines. The files are read as plain TOML, as tests/cli/option_text.rs reads the
/// English ones.
fn broken_openings(text: &str, lang: &str) -> Vec<String> {
    let (_, start_up, above, names) = OPENINGS
        .iter()
        .find(|(l, ..)| *l == lang)
        .expect("a language with openings");
    let table: toml::Table = toml::from_str(text).expect("valid TOML");
    let stages = table["stages"].as_table().expect("stages");
    let order = [
        "start-up",
        "formative",
        "established",
        "strategic",
        "dynamic",
    ];
    let mut broken = Vec::new();
    for (n, id) in order.iter().enumerate() {
        let name = stages[*id]["name"].as_str().expect("name");
        if name != names[n] {
            broken.push(format!("stage {id}: named {name:?}, not {:?}", names[n]));
        }
    }
    let questions = table["questions"].as_table().expect("questions");
    for (qid, question) in questions {
        let Some(options) = question.get("options").and_then(|o| o.as_table()) else {
            broken.push(format!("{qid}: no options"));
            continue;
        };
        for (n, id) in order.iter().enumerate() {
            let Some(text) = options.get(*id).and_then(|o| o["text"].as_str()) else {
                broken.push(format!("{qid} {id}: no text"));
                continue;
            };
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let all_hold = above.replace("{}", names[n.saturating_sub(1)]);
            // An opening ends at a space or, before an aside, a comma.
            let begins = |opening: &str| {
                text.strip_prefix(opening)
                    .is_some_and(|rest| rest.starts_with([' ', ',']))
            };
            match n {
                0 if !begins(start_up) => {
                    broken.push(format!("{qid} {id}: does not begin {start_up:?}"))
                }
                1 if text.starts_with(above.split("{}").next().unwrap_or(above)) => {
                    broken.push(format!("{qid} {id}: Formative stands on its own"))
                }
                2.. if !begins(&all_hold) => {
                    broken.push(format!("{qid} {id}: does not begin {all_hold:?}"))
                }
                _ => {}
            }
        }
    }
    broken
}

#[test]
fn translated_options_keep_the_fixed_openings() {
    let b = builtin::find("ncss-maturity").expect("built in");
    assert_eq!(
        b.version, "2.0.0",
        "the wording rule is that of version 2.x"
    );
    for (lang, ..) in OPENINGS {
        let t = b
            .translations()
            .find(|t| t.language == lang)
            .expect("translated");
        let broken = broken_openings(t.text, lang);
        assert!(broken.is_empty(), "{lang}:\n{}", broken.join("\n"));
    }
}

#[test]
fn the_opening_check_catches_what_it_names() {
    let text = r#"
        [stages]
        start-up.name = "Inicial"
        formative.name = "Formativa"
        established.name = "Establecida"
        strategic.name = "Estrategica"
        dynamic.name = "Dinámica"
        [questions.q.options]
        start-up.text = "Por lo general, nada."
        formative.text = "Se cumplen todas las condiciones de la etapa Inicial y, además, hay algo."
        established.text = "Se cumplen todas las condiciones de la etapa Formativa y, además, hay un plan."
        strategic.text = "Se cumplen todas las condiciones de la etapa Establecida; hay metas."
        dynamic.text = "Se cumplen todas las condiciones de la etapa Estratégica y, además,revisado."
        [questions.r]
        prompt = "¿Sin opciones?"
    "#;
    assert_eq!(
        broken_openings(text, "es"),
        [
            "stage strategic: named \"Estrategica\", not \"Estratégica\"",
            "q start-up: does not begin \"Falta cumplir al menos una condición de la etapa Formativa.\"",
            "q formative: Formative stands on its own",
            "q strategic: does not begin \"Se cumplen todas las condiciones de la etapa Establecida y, además,\"",
            "q dynamic: does not begin \"Se cumplen todas las condiciones de la etapa Estratégica y, además,\"",
            "r: no options",
        ]
    );
}

#[test]
fn questionnaires_lists_each_version_with_its_languages() {
    let out = cyberassess().arg("questionnaires").output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    let row = |id: &str, version: &str| {
        stdout
            .lines()
            .find(|l| l.contains(&format!(" {id} ")) && l.contains(&format!(" {version}")))
            .unwrap_or_else(|| panic!("{id} {version}:\n{stdout}"))
            .to_owned()
    };
    assert!(
        row("ncss-maturity", "2.0.0").contains("en, es, fr, pt"),
        "{stdout}"
    );
    assert!(
        row("csirt-readiness", "1.0.0").contains("en, es, fr, pt"),
        "{stdout}"
    );
    let old = row("ncss-maturity", "1.0.0");
    assert!(old.contains("│ en ") || old.contains("┆ en "), "{old}");
}

#[test]
fn template_writes_the_questions_in_the_language_asked_and_the_same_answer_lines() {
    let run = |lang: Option<&str>| {
        let mut cmd = cyberassess();
        cmd.args(["template", "ncss-maturity"]);
        if let Some(lang) = lang {
            cmd.args(["--lang", lang]);
        }
        let out = cmd.output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{lang:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let answer_lines = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(str::to_owned)
            .collect()
    };
    let en = run(None);
    for (lang, title, stage) in [
        (
            "es",
            "Madurez de la estrategia nacional de ciberseguridad",
            "Establecida",
        ),
        (
            "fr",
            "Maturité de la stratégie nationale de cybersécurité",
            "Établi",
        ),
        (
            "pt",
            "Maturidade da Estratégia Nacional de Segurança Cibernética",
            "Estabelecido",
        ),
    ] {
        let text = run(Some(lang));
        let head: String = text
            .lines()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
            .replace("# ", "");
        assert!(head.contains(title), "{lang}: {head}");
        assert!(
            text.contains(&format!("#   \"established\" {stage}: ")),
            "{lang}: the stage names"
        );
        assert!(
            !text.contains("Governance and implementation"),
            "{lang}: pillar in English"
        );
        assert_eq!(
            answer_lines(&text),
            answer_lines(&en),
            "{lang}: the same ids and answers"
        );
    }
    assert_eq!(
        run(Some("en")),
        en,
        "English is the questionnaire's own language"
    );
}

#[test]
fn template_lang_takes_a_translation_beside_a_questionnaire_file() {
    let q = fixture("translations/mini.toml");
    let out = cyberassess()
        .args(["template", "--lang", "es"])
        .arg(&q)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("¿En qué punto está el plan del CSIRT?"),
        "{stdout}"
    );
    assert!(stdout.contains("Un plan aprobado."), "{stdout}");

    let out = cyberassess()
        .args(["template", "--lang", "pt"])
        .arg(&q)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    // `--lang pt` asks for Portuguese: the interface speaks it, even when the questionnaire
    // does not, and names each language in itself.
    assert!(
        stderr.contains(
            "mini 1.2.0 não tem tradução para o idioma \"pt\"; está disponível em en (English), \
             es (Español), fr (Français)"
        ),
        "{stderr}"
    );
    // A workbook is written in the language asked for too (`import` reads it back in it).
    let dir = tempfile::tempdir().expect("temp dir");
    let book = dir.path().join("es.xlsx");
    let out = cyberassess()
        .args(["template", "ncss-maturity", "--lang", "es", "-o"])
        .arg(&book)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(book.exists());
    let out = cyberassess()
        .args(["template", "ncss-maturity@1.0.0", "--lang", "es"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("ncss-maturity 1.0.0 no tiene traducción para el idioma «es»"),
        "{stderr}"
    );
}

#[test]
fn check_reports_a_translation_and_what_it_leaves_out() {
    let out = cyberassess()
        .arg("check")
        .arg(fixture("translations"))
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains(
        "mini.es.toml is the Spanish translation (es) of questionnaire mini 1.2.0 (31 of 31 \
         texts translated)"
    ));
    assert!(stdout.contains("(28 of 31 texts translated)"), "{stdout}");
    assert!(stderr.contains("mini.fr.toml:5:12"), "{stderr}");
    assert!(stderr.contains(
        "3 texts of mini are not translated, so they are shown in English: summary; \
         [questions.t-plan.options.working] evidence; [glossary.incident] definition"
    ));
    assert!(
        stderr.contains("checked 3 files: 0 errors, 2 warnings"),
        "{stderr}"
    );

    // A translation is not an answers file, and says how to answer in its language.
    let out = cyberassess()
        .arg("score")
        .arg(fixture("translations/mini.es.toml"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(
        "this is the Spanish translation of questionnaire mini 1.2.0, not an answers file"
    ));
    assert!(stderr.contains("--lang es"), "{stderr}");
}

#[test]
fn a_translation_of_another_questionnaire_than_the_one_beside_it_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        fixture("translations/mini.toml"),
        dir.path().join("mini.toml"),
    )
    .expect("copy");
    let es = std::fs::read_to_string(fixture("translations/mini.es.toml")).expect("read");
    let path = dir.path().join("mini.es.toml");
    std::fs::write(
        &path,
        es.replace("translates = \"mini\"", "translates = \"maxi\""),
    )
    .expect("write");
    let out = cyberassess()
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("mini.es.toml:2:14"), "{stderr}");
    assert!(
        stderr.contains(
            "this translates \"maxi\", but the questionnaire beside it is \"mini\", and no \
             built-in questionnaire is \"maxi\""
        ),
        "{stderr}"
    );
    assert!(stderr.contains("write translates = \"mini\""), "{stderr}");
    // Unchanged otherwise, it is checked against the questionnaire beside it.
    std::fs::write(&path, &es).expect("write");
    cyberassess().arg("check").arg(&path).assert().code(0);
}

/// `score` with the language chosen by `--lang`, else the environment, in that order.
fn score_in(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = cyberassess();
    cmd.arg("score")
        .arg("questionnaires/examples/ncss-maturity-2.0/exampleland-2026.toml")
        .args(args);
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_interface_language_comes_from_lang_then_the_environment() {
    let output = score_in(&[], &[("LANG", "es_CO.UTF-8")]);
    // The pillar summary, before the next steps.
    let spanish = output.split("\n\n").next().expect("a summary");
    // The summary's headings, the stage and pillar names and the decimals, in Spanish; the
    // figures are the English table's (2.5/5, 39%, gap 0.5 overall).
    for word in [
        "Pilar",
        "Etapa",
        "Meta",
        "Brecha",
        "General",
        "Formativa",
        "Concientización",
    ] {
        assert!(spanish.contains(word), "{word} in:\n{spanish}");
    }
    assert!(
        spanish.contains("2,5/5") && spanish.contains("39\u{a0}%"),
        "{spanish}"
    );
    for english in [
        "Pillar",
        "Target",
        "Gap",
        "Overall",
        "Formative",
        "Awareness raising",
    ] {
        assert!(!spanish.contains(english), "{english} in:\n{spanish}");
    }
    let french = score_in(&["--lang", "fr"], &[("LANG", "es_CO.UTF-8")]);
    assert!(
        french.contains("Pilier") && french.contains("Écart"),
        "{french}"
    );
    let cyberassess_lang = score_in(&[], &[("LC_ALL", "fr_FR"), ("CYBERASSESS_LANG", "pt")]);
    assert!(cyberassess_lang.contains("Lacuna") && cyberassess_lang.contains("Formativo"));
    // `C` means untranslated, even with a Spanish LANG behind it.
    let english = score_in(&[], &[("LC_ALL", "C"), ("LANG", "es_ES.UTF-8")]);
    assert!(
        english.contains("Pillar") && english.contains("2.5/5"),
        "{english}"
    );
    assert_eq!(english, score_in(&[], &[]));
}

#[test]
fn json_and_csv_are_the_same_in_every_language() {
    for format in ["json", "csv"] {
        let english = score_in(&["-f", format], &[]);
        for lang in ["es", "fr", "pt"] {
            assert_eq!(
                score_in(&["-f", format, "--lang", lang], &[]),
                english,
                "{format} {lang}"
            );
        }
        assert_eq!(
            score_in(&["-f", format], &[("LANG", "fr_FR.UTF-8")]),
            english
        );
    }
}
