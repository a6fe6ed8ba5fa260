//! Problems in files, in each language of the interface: `check --lang` words the message and
//! its fix in the language asked for, at the same line and column, while the JSON `errors` of
//! `score` stay the same in every language, with a stable code programs can act on.

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
    let run = |lang: &str| {
        let out = cyberassess()
            .args(["--lang", lang, "score", "--format", "json", BAD])
            .arg(fixture("weighted-answers.toml"))
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        out.stdout
    };
    let english = run("en");
    for lang in ["es", "fr", "pt"] {
        assert!(run(lang) == english, "score -f json differs in {lang}");
    }
    let json: serde_json::Value = serde_json::from_slice(&english).expect("JSON");
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
