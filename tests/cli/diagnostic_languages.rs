//! Problems in files, in each language of the interface: `check --lang` words the message and
//! its fix in the language asked for, at the same line and column, while the JSON `errors` of
//! `score` stay the same in every language, with a stable code programs can act on.

use std::path::Path;

use crate::util::{cyberassess, fixture};

const BAD: &str = "tests/fixtures/bad/a-invalid-value.toml";

/// What `check --lang LANG FILE` prints on standard error.
fn check_in(lang: &str, file: &str) -> String {
    let out = cyberassess()
        .args(["--lang", lang, "check", file])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stderr).expect("text")
}

/// The English words of the diagnostics of an answers file: none may remain in a translation
/// ("error" is the Spanish word too).
const ENGLISH: &[&str] = &[
    "warning:",
    "help:",
    "is not a valid answer",
    "did you mean",
    "Valid answers",
    "valid answers",
    "questions are unanswered",
    "unknown key",
    "count as the lowest stage",
    " or \"n/a\"",
];

#[test]
fn check_words_problems_in_the_language_asked_for_at_the_same_place() {
    let english = check_in("en", BAD);
    assert!(english.contains("error: \"grown\" is not a valid answer to `gov-b`"));
    for (lang, message, help) in [
        (
            "es",
            "error: \"grown\" no es una respuesta válida a `gov-b`",
            "ayuda: ¿quiso decir \"growing\"? Respuestas válidas: \"start\", \"growing\", \
             \"working\", \"leading\" o \"n/a\"",
        ),
        (
            "fr",
            "erreur: \"grown\" n'est pas une réponse valable à `gov-b`",
            "aide: vouliez-vous dire \"growing\"\u{a0}? Réponses valables\u{a0}: \"start\", \
             \"growing\", \"working\", \"leading\" ou \"n/a\"",
        ),
        (
            "pt",
            "erro: \"grown\" não é uma resposta válida para `gov-b`",
            "ajuda: você quis dizer \"growing\"? Respostas válidas: \"start\", \"growing\", \
             \"working\", \"leading\" ou \"n/a\"",
        ),
    ] {
        let out = check_in(lang, BAD);
        assert!(out.contains(message), "{lang}: {out}");
        assert!(out.contains(help), "{lang}: {out}");
        assert!(out.contains(&format!("{BAD}:17:9")), "{lang}: {out}");
        for word in ENGLISH {
            assert!(
                !out.contains(word),
                "{lang}: {word:?} left in English:\n{out}"
            );
        }
        // The same problem, underlined at the same place: only the words differ.
        let underline = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.contains(" | ") || l.trim_start().starts_with("-->"))
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(underline(&out), underline(&english), "{lang}");
    }
}

#[test]
fn warnings_count_with_the_plurals_of_each_language() {
    // One question left unanswered, then five.
    let one = "tests/fixtures/bad/a-date-in-quotes.toml";
    let five = "tests/fixtures/bad/a-respondent-unknown-key.toml";
    for (lang, singular, plural) in [
        (
            "es",
            "advertencia: 1 de 6 preguntas está sin responder: ops-c",
            "advertencia: 5 de 6 preguntas están sin responder: gov-a, gov-c, ops-a",
        ),
        (
            "fr",
            "avertissement: 1 question sur 6 est sans réponse\u{a0}: ops-c",
            "avertissement: 5 questions sur 6 sont sans réponse\u{a0}: gov-a, gov-c, ops-a",
        ),
        (
            "pt",
            "aviso: 1 de 6 perguntas está sem resposta: ops-c",
            "aviso: 5 de 6 perguntas estão sem resposta: gov-a, gov-c, ops-a",
        ),
    ] {
        let out = check_in(lang, one);
        assert!(out.contains(singular), "{lang}: {out}");
        let out = check_in(lang, five);
        assert!(out.contains(plural), "{lang}: {out}");
    }
}

#[test]
fn json_errors_carry_code_severity_and_help_the_same_in_every_language() {
    let weighted = fixture("weighted-answers.toml");
    let json = score_json_in_every_language(Path::new("."), &[BAD, path_str(&weighted)]);
    let error = &json["errors"][0];
    assert_eq!(error["code"], "unknown-answer");
    assert_eq!(error["severity"], "error");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(17), Some(9))
    );
    assert_eq!(
        error["message"],
        "\"grown\" is not a valid answer to `gov-b`"
    );
    assert_eq!(
        error["help"],
        "did you mean \"growing\"? Valid answers: \"start\", \"growing\", \"working\", \
         \"leading\" or \"n/a\""
    );
}

#[test]
fn questionnaire_problems_are_worded_in_the_language_asked_for_too() {
    let file = "tests/fixtures/bad/q-options-out-of-order.toml";
    for (lang, message, help) in [
        (
            "es",
            "error: las opciones de la pregunta `gov-c` no siguen el orden de las etapas: \
             \"start\" viene después de \"growing\"",
            "ayuda: ordene las opciones de la etapa más baja a la más alta, como en [[stages]]",
        ),
        (
            "fr",
            "erreur: les options de la question `gov-c` ne suivent pas l'ordre des stades\u{a0}: \
             \"start\" vient après \"growing\"",
            "aide: rangez les options du stade le plus bas au plus haut, comme dans [[stages]]",
        ),
        (
            "pt",
            "erro: a pergunta `gov-c` tem as opções fora da ordem dos estágios: \"start\" vem \
             depois de \"growing\"",
            "ajuda: ordene as opções do estágio mais baixo ao mais alto, como em [[stages]]",
        ),
    ] {
        let out = check_in(lang, file);
        assert!(out.contains(message), "{lang}: {out}");
        assert!(out.contains(help), "{lang}: {out}");
        assert!(out.contains(&format!("{file}:86:9")), "{lang}: {out}");
        assert!(!out.contains("are not in stage order"), "{lang}: {out}");
    }
}

#[test]
fn a_language_that_is_no_code_is_explained_in_the_language_asked_for() {
    let file = "tests/fixtures/bad/q-bad-language.toml";
    let out = check_in("es", file);
    assert!(
        out.contains("error: el idioma \"English\" no es un código de idioma"),
        "{out}"
    );
    assert!(
        out.contains("ayuda: escriba el código de dos letras del idioma"),
        "{out}"
    );
    assert!(!out.contains("is not a language code"), "{out}");
}

/// The English words of the problems with translations, questionnaire references, git
/// revisions and merges: none may remain in a translation.
const ENGLISH_CHECKS: &[&str] = &[
    "warning:",
    "help:",
    "this translates",
    "but the questionnaire is version",
    "has no stage",
    "did you mean",
    "Ids are never translated",
    "are not translated",
    "shown in English",
    "was not found",
    "Built-in questionnaires",
    "not inside a git repository",
    "a revision cannot be read",
    "already in an earlier file",
    "each respondent is merged once",
];

/// What `cyberassess --lang LANG ARGS` prints on standard error, run in `dir`, failing.
fn fails_in(dir: &std::path::Path, lang: &str, args: &[&str]) -> String {
    let out = cyberassess()
        .current_dir(dir)
        .env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap_or(dir))
        .arg("--lang")
        .arg(lang)
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8(out.stderr).expect("text");
    assert_eq!(out.status.code(), Some(1), "{lang} {args:?}: {stderr}");
    stderr
}

/// A folder with a questionnaire, a translation of it for another major version naming a stage
/// it does not have, an answers file naming a questionnaire that does not exist, and an
/// answers file to merge with itself. It is no git repository.
fn problems() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let write =
        |name: &str, text: &str| std::fs::write(dir.path().join(name), text).expect("write");
    std::fs::copy(
        fixture("translations/mini.toml"),
        dir.path().join("mini.toml"),
    )
    .expect("copy");
    write(
        "mini.es.toml",
        "translates = \"mini\"\nversion = \"2.0.0\"\nlanguage = \"es\"\n\n\
         [stages.startt]\nname = \"Inicio\"\n",
    );
    write(
        "lost.toml",
        "questionnaire = \"ncss-maturty\"\n\n[assessment]\ncountry = \"Testland\"\n\
         assessed_on = 2026-03-09\n\n[answers]\n",
    );
    std::fs::copy(fixture("gated.toml"), dir.path().join("gated.toml")).expect("copy");
    let late = std::fs::read_to_string(fixture("merge/late.toml")).expect("read");
    write("late.toml", &late.replace("../gated.toml", "gated.toml"));
    dir
}

#[test]
fn translation_reference_revision_and_merge_problems_are_worded_in_each_language() {
    let dir = problems();
    let run = |lang: &str| {
        let d = dir.path();
        [
            fails_in(d, lang, &["check", "mini.es.toml"]),
            fails_in(d, lang, &["check", "lost.toml"]),
            fails_in(d, lang, &["compare", "HEAD~1:a.toml", "HEAD:a.toml"]),
            fails_in(
                d,
                lang,
                &["merge", "late.toml", "late.toml", "-o", "out.toml"],
            ),
        ]
        .join("\n")
    };
    let english = run("en");
    for words in [
        "this translates mini 2.0.0, but the questionnaire is version 1.2.0",
        "mini 1.2.0 has no stage \"startt\"",
        "did you mean \"start\"? Ids are never translated",
        "are not translated, so they are shown in English",
        "questionnaire \"ncss-maturty\" was not found",
        "did you mean \"ncss-maturity\"? Built-in questionnaires",
        "the current folder is not inside a git repository",
        "respondent \"Finance Ministry\" is already in an earlier file of this merge",
    ] {
        assert!(english.contains(words), "{words:?}:\n{english}");
    }
    for (lang, expected) in [
        (
            "es",
            [
                "este archivo traduce mini 2.0.0, pero el cuestionario está en la versión 1.2.0",
                "mini 1.2.0 no tiene ninguna etapa \"startt\"",
                "¿quiso decir \"start\"? Los ids nunca se traducen",
                "no están traducidos, así que se muestran en inglés",
                "no se encontró el cuestionario \"ncss-maturty\"",
                "¿quiso decir \"ncss-maturity\"? Cuestionarios integrados",
                "la carpeta actual no está dentro de un repositorio de git",
                "el participante \"Finance Ministry\" ya está en un archivo anterior de esta combinación",
            ],
        ),
        (
            "fr",
            [
                "ce fichier traduit mini 2.0.0, mais le questionnaire est en version 1.2.0",
                "mini 1.2.0 n'a pas de stade \"startt\"",
                "vouliez-vous dire \"start\"\u{a0}? Les identifiants ne se traduisent jamais",
                "ne sont pas traduits et s'affichent donc en anglais",
                "le questionnaire \"ncss-maturty\" est introuvable",
                "vouliez-vous dire \"ncss-maturity\"\u{a0}? Questionnaires intégrés",
                "le dossier courant n'est pas dans un dépôt git",
                "le répondant \"Finance Ministry\" figure déjà dans un fichier précédent",
            ],
        ),
        (
            "pt",
            [
                "este arquivo traduz mini 2.0.0, mas o questionário está na versão 1.2.0",
                "mini 1.2.0 não tem nenhum estágio \"startt\"",
                "você quis dizer \"start\"? Os ids nunca são traduzidos",
                "não estão traduzidos, então são mostrados em inglês",
                "o questionário \"ncss-maturty\" não foi encontrado",
                "você quis dizer \"ncss-maturity\"? Questionários integrados",
                "a pasta atual não está dentro de um repositório git",
                "o participante \"Finance Ministry\" já está em um arquivo anterior desta combinação",
            ],
        ),
    ] {
        let out = run(lang);
        for words in expected {
            assert!(out.contains(words), "{lang}: {words:?}:\n{out}");
        }
        for word in ENGLISH_CHECKS {
            assert!(
                !out.contains(word),
                "{lang}: {word:?} left in English:\n{out}"
            );
        }
    }
}

#[test]
fn json_codes_of_these_problems_are_the_same_in_every_language() {
    // A translation of the wrong version naming a stage its questionnaire lacks, a reference to
    // no questionnaire, and a translation given where answers are expected.
    let dir = problems();
    let translation = fixture("translations/mini.es.toml");
    let json = score_json_in_every_language(
        dir.path(),
        &["lost.toml", "mini.es.toml", path_str(&translation)],
    );
    let mut codes: Vec<&str> = json["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["code"].as_str().expect("code"))
        .collect();
    codes.sort_unstable();
    assert_eq!(
        codes,
        [
            "questionnaire-not-found",
            "translation-major-version",
            "translation-not-answers",
            "translation-unknown-id",
        ]
    );
    let lost = json["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .find(|e| e["source"] == "lost.toml")
        .expect("lost.toml");
    assert_eq!(
        lost["help"],
        "did you mean \"ncss-maturity\"? Built-in questionnaires: ncss-maturity, csirt-readiness"
    );
}

/// `score --format json FILES` run in `dir` in English, Spanish, French and Portuguese: it
/// fails (exit 1) and writes the same bytes in each; its JSON, read back.
fn score_json_in_every_language(dir: &Path, files: &[&str]) -> serde_json::Value {
    let run = |lang: &str| {
        let out = cyberassess()
            .current_dir(dir)
            .args(["--lang", lang, "score", "--format", "json"])
            .args(files)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        out.stdout
    };
    let english = run("en");
    for lang in ["es", "fr", "pt"] {
        assert!(run(lang) == english, "score -f json differs in {lang}");
    }
    serde_json::from_slice(&english).expect("JSON")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}
