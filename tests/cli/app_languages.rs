//! The commands' own words in Spanish, French and Portuguese: what `template` and `import` say
//! they wrote, usage errors, the `questionnaires` listing, what `--from` carried over and the
//! review notes it writes into answers files. Each language's words are there and none of the
//! English sentences is; the answers files written score the same whatever their comments'
//! language.

use std::path::Path;
use std::process::Output;

use cyberassess::i18n::Language;
use cyberassess::import::WorkbookWords;
use cyberassess::loader::Loader;
use cyberassess::render::xlsx::questionnaire_workbook;

use crate::import::all_at_stage;
use crate::import::assessment;
use crate::util::{cyberassess, read};

const EXAMPLE: &str = "questionnaires/examples/ncss-maturity-2.0/exampleland-2026.toml";
const OLD_EXAMPLE: &str = "questionnaires/examples/exampleland-2026.toml";

/// Runs the binary with `--lang lang` (none for `en`) and `args`, in `dir`.
fn run_in(lang: &str, dir: &Path, args: &[&str]) -> Output {
    let mut cmd = cyberassess();
    if lang != "en" {
        cmd.args(["--lang", lang]);
    }
    cmd.args(args).current_dir(dir).output().expect("runs")
}

/// Every text of `present` is in `text`, and none of `absent`.
fn speaks(what: &str, text: &str, present: &[&str], absent: &[&str]) {
    for word in present {
        assert!(text.contains(word), "{what}: no {word:?} in\n{text}");
    }
    for word in absent {
        assert!(!text.contains(word), "{what}: English {word:?} in\n{text}");
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The score of answers file `file` of folder `dir` in `format`, run in English there, so the
/// files of two folders give the same `source`.
fn score_in(dir: &Path, format: &str, file: &str) -> String {
    let out = run_in("en", dir, &["score", "-f", format, file]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn template_says_what_it_wrote_in_each_language() {
    let root = crate::util::root();
    let english = [
        "Wrote",
        "questions of",
        "Fill in the answer lines",
        "then run",
        "a sheet per pillar",
        "Fill in the coloured cells",
        "the schema",
        "language server",
    ];
    for (lang, present) in [
        (
            "es",
            [
                "Se escribió a.toml con las 65 preguntas de ncss-maturity@2.0.0. Complete las líneas de respuesta",
                "y luego ejecute: cyberassess check a.toml",
                "Se escribió b.xlsx con las 65 preguntas de ncss-maturity@2.0.0, una hoja por pilar.",
                "Se escribió el esquema a.schema.json;",
            ],
        ),
        (
            "fr",
            [
                "a.toml écrit avec les 65 questions de ncss-maturity@2.0.0. Remplissez les lignes de réponse",
                "puis lancez\u{a0}: cyberassess check a.toml",
                "b.xlsx écrit avec les 65 questions de ncss-maturity@2.0.0, une feuille par pilier.",
                "Schéma a.schema.json écrit\u{a0};",
            ],
        ),
        (
            "pt",
            [
                "a.toml gravado com as 65 perguntas de ncss-maturity@2.0.0. Preencha as linhas de resposta",
                "e depois execute: cyberassess check a.toml",
                "b.xlsx gravado com as 65 perguntas de ncss-maturity@2.0.0, uma planilha por pilar.",
                "Esquema a.schema.json gravado;",
            ],
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let q = root.join("questionnaires/ncss-maturity.toml");
        let q = q.to_str().expect("UTF-8 path");
        let toml = run_in(
            lang,
            dir.path(),
            &[
                "template",
                q,
                "-o",
                "a.toml",
                "--schema-out",
                "a.schema.json",
            ],
        );
        let xlsx = run_in(lang, dir.path(), &["template", q, "-o", "b.xlsx"]);
        assert!(toml.status.success() && xlsx.status.success(), "{lang}");
        let said = stderr(&toml) + &stderr(&xlsx);
        speaks(lang, &said, &present, &english);
    }
}

#[test]
fn import_says_what_it_wrote_and_the_file_scores_as_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = Loader::new().questionnaire("ncss-maturity").expect("loads");
    let own = &loaded.questionnaire;
    let mut answers = (0..own.stage_count())
        .find_map(|k| all_at_stage(own, k))
        .expect("a stage every question takes");
    // Two questions left unanswered, to be counted in the note.
    answers.truncate(answers.len() - 2);
    let words = WorkbookWords::english();
    let bytes = questionnaire_workbook(
        own,
        "ncss-maturity",
        Some(&assessment(own, &answers)),
        &words,
    )
    .expect("workbook");
    std::fs::write(dir.path().join("book.xlsx"), bytes).expect("write");
    let english = run_in("en", dir.path(), &["import", "book.xlsx", "-o", "en"]);
    assert!(english.status.success(), "{}", stderr(&english));
    assert!(
        stderr(&english).contains("Wrote en/book.toml: 63 of 65 questions answered (2 left unanswered). Score it with: cyberassess score en/book.toml"),
        "{}",
        stderr(&english)
    );
    let expected = score_in(&dir.path().join("en"), "json", "book.toml");
    for (lang, note, header) in [
        (
            "es",
            "Se escribió es/book.toml: 63 de 65 preguntas respondidas (2 quedan sin responder). Calcule la puntuación con: cyberassess score es/book.toml",
            "# Respuestas a Madurez de la estrategia nacional de ciberseguridad (ncss-maturity@2.0.0).\n# Escrito por `cyberassess fill`",
        ),
        (
            "fr",
            "fr/book.toml écrit\u{a0}: 63 questions sur 65 ont une réponse (2 restent sans réponse). Calculez le score avec\u{a0}: cyberassess score fr/book.toml",
            "# Réponses à Maturité de la stratégie nationale de cybersécurité (ncss-maturity@2.0.0).\n# Écrit par `cyberassess fill`",
        ),
        (
            "pt",
            "pt/book.toml gravado: 63 de 65 perguntas respondidas (2 ficaram sem resposta). Calcule a pontuação com: cyberassess score pt/book.toml",
            "# Respostas a Maturidade da Estratégia Nacional de Segurança Cibernética (ncss-maturity@2.0.0).\n# Gravado por `cyberassess fill`",
        ),
    ] {
        let out = run_in(lang, dir.path(), &["import", "book.xlsx", "-o", lang]);
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
        let file = read(&dir.path().join(lang).join("book.toml"));
        speaks(
            lang,
            &(stderr(&out) + &file),
            &[note, header],
            &[
                "Wrote",
                "questions answered",
                "left unanswered",
                "Score it with",
                "# Answers to",
                "Written by",
            ],
        );
        assert_eq!(
            score_in(&dir.path().join(lang), "json", "book.toml"),
            expected,
            "{lang}"
        );
    }
    // A workbook in another language than the run's: the note follows the run.
    let language: Language = "es".parse().expect("tag");
    let spanish = Loader::new()
        .in_language(&loaded, &language)
        .expect("Spanish");
    let words = WorkbookWords::for_language(Some(&language));
    let bytes = questionnaire_workbook(
        &spanish,
        "ncss-maturity",
        Some(&assessment(&spanish, &answers)),
        &words,
    )
    .expect("workbook");
    std::fs::write(dir.path().join("libro.xlsx"), bytes).expect("write");
    let out = run_in("pt", dir.path(), &["import", "libro.xlsx", "-o", "book"]);
    assert!(
        stderr(&out).contains("book/libro.toml gravado: 63 de 65"),
        "{}",
        stderr(&out)
    );
    std::fs::rename(
        dir.path().join("book/libro.toml"),
        dir.path().join("book/book.toml"),
    )
    .expect("rename");
    assert_eq!(
        score_in(&dir.path().join("book"), "json", "book.toml"),
        expected
    );
}

#[test]
fn usage_errors_are_in_each_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = crate::util::root();
    let example = root.join(EXAMPLE);
    let example = example.to_str().expect("UTF-8 path");
    std::fs::write(dir.path().join("taken.toml"), "").expect("write");
    let cases: [(&[&str], [&str; 4]); 6] = [
        (
            &["report", example, "-o", "-"],
            [
                "-o - would mean standard output, but a report is written to a file",
                "-o - significaría la salida estándar, pero un informe se escribe en un archivo",
                "-o - désignerait la sortie standard, mais un rapport est écrit dans un fichier",
                "-o - significaria a saída padrão, mas um relatório é gravado em um arquivo",
            ],
        ),
        (
            &["score", example, "-o", "."],
            [
                ". is a folder; give the name of a file to write, such as ./scores.csv",
                ". es una carpeta; indique el nombre del archivo que se va a escribir, por ejemplo ./scores.csv",
                ". est un dossier\u{a0}; donnez le nom du fichier à écrire, par exemple ./scores.csv",
                ". é uma pasta; indique o nome do arquivo a gravar, por exemplo ./scores.csv",
            ],
        ),
        (
            &["score", example, "-f", "csv", "--top", "3"],
            [
                "--top cannot apply to CSV: it chooses how many next steps are shown, and CSV always has one row per pillar",
                "--top no se aplica a CSV: elige cuántos próximos pasos se muestran, y CSV siempre tiene una fila por pilar",
                "--top ne s'applique pas à CSV\u{a0}: cette option détermine le nombre de prochaines étapes affichées",
                "--top não se aplica a CSV: essa opção escolhe quantos próximos passos são mostrados",
            ],
        ),
        (
            &["questionnaires", "show", "ncss-maturty"],
            [
                "error: there is no built-in questionnaire \"ncss-maturty\"; did you mean \"ncss-maturity\"? the built-in ones are:",
                "error: no hay ningún cuestionario integrado «ncss-maturty»; ¿quiso decir «ncss-maturity»? los integrados son:",
                "erreur: il n'y a pas de questionnaire intégré «\u{a0}ncss-maturty\u{a0}»\u{a0}; vouliez-vous dire «\u{a0}ncss-maturity\u{a0}»\u{a0}? les questionnaires intégrés sont\u{a0}:",
                "erro: não há nenhum questionário integrado \"ncss-maturty\"; você quis dizer \"ncss-maturity\"? os integrados são:",
            ],
        ),
        (
            &["template", "ncss-maturity", "-o", "taken.toml"],
            [
                "taken.toml already exists, and it may hold answers",
                "taken.toml ya existe y puede contener respuestas; elija otro nombre con -o",
                "taken.toml existe déjà et peut contenir des réponses\u{a0}; choisissez un autre nom avec -o",
                "taken.toml já existe e pode conter respostas; escolha outro nome com -o",
            ],
        ),
        (
            &["template", "ncss-maturity", "--lang", "de"],
            [
                "ncss-maturity 2.0.0 has no translation into \"de\"; it is available in en (English), es (Spanish), fr (French), pt (Portuguese).",
                "ncss-maturity 2.0.0 no tiene traducción para el idioma «de»; está disponible en en (English), es (Español), fr (Français), pt (Português).",
                "ncss-maturity 2.0.0 n'a pas de traduction pour la langue «\u{a0}de\u{a0}»\u{a0}; il est disponible en en (English), es (Español), fr (Français), pt (Português).",
                "ncss-maturity 2.0.0 não tem tradução para o idioma \"de\"; está disponível em en (English), es (Español), fr (Français), pt (Português).",
            ],
        ),
    ];
    for (args, texts) in cases {
        for (lang, text) in ["en", "es", "fr", "pt"].into_iter().zip(texts) {
            let mut cmd = cyberassess();
            // `--lang de` asks for a language the interface does not speak: the interface's
            // language then comes from the environment.
            cmd.env("CYBERASSESS_LANG", lang);
            let out = cmd
                .args(args)
                .current_dir(dir.path())
                .output()
                .expect("runs");
            assert_eq!(
                out.status.code(),
                Some(2),
                "{lang} {args:?}: {}",
                stderr(&out)
            );
            let said = stderr(&out);
            assert!(
                said.contains(text),
                "{lang} {args:?}: no {text:?} in\n{said}"
            );
            if lang != "en" {
                // The English sentence is gone (its first words at least).
                let english: String = texts[0].chars().take(30).collect();
                assert!(!said.contains(&english), "{lang}: {english:?} in\n{said}");
            }
        }
    }
}

#[test]
fn questionnaires_lists_in_each_language() {
    let english = [
        "Title",
        "Pillars",
        "Languages",
        "(newest)",
        "An answers file is scored",
        "Print one with",
        "National Cyber Security Strategy Maturity │",
    ];
    for (lang, present) in [
        (
            "es",
            [
                "Versión",
                "Título",
                "Pilares",
                "Preguntas",
                "Idiomas",
                "2.0.0 (la más reciente)",
                "Madurez de la estrategia nacional de ciberseguridad",
                "Para obtener uno: cyberassess questionnaires show ID",
            ],
        ),
        (
            "fr",
            [
                "Version",
                "Titre",
                "Piliers",
                "Questions",
                "Langues",
                "2.0.0 (la plus récente)",
                "Maturité de la stratégie nationale de cybersécurité",
                "Pour en afficher un\u{a0}: cyberassess questionnaires show ID",
            ],
        ),
        (
            "pt",
            [
                "Versão",
                "Título",
                "Pilares",
                "Perguntas",
                "Idiomas",
                "2.0.0 (a mais recente)",
                "Maturidade da Estratégia Nacional de Segurança Cibernética",
                "Para imprimir um: cyberassess questionnaires show ID",
            ],
        ),
    ] {
        let out = cyberassess()
            .args(["--lang", lang, "questionnaires"])
            .env("COLUMNS", "300")
            .output()
            .expect("runs");
        assert!(out.status.success(), "{lang}");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        speaks(lang, &text, &present, &english);
        // Language tags are the same in every language.
        assert!(text.contains("en, es, fr, pt"), "{lang}: {text}");
    }
}

/// `template --from` an answers file of ncss-maturity 1.0 onto 2.0 in `lang`, written as
/// `LANG/new.toml`: returns the standard error and the text written.
fn carried(lang: &str, dir: &Path) -> (String, String) {
    let old = crate::util::root().join(OLD_EXAMPLE);
    let name = format!("{lang}/new.toml");
    let out = run_in(
        lang,
        dir,
        &[
            "template",
            "ncss-maturity",
            "--from",
            old.to_str().expect("UTF-8"),
            "-o",
            &name,
        ],
    );
    assert!(out.status.success(), "{lang}: {}", stderr(&out));
    (stderr(&out), read(&dir.join(name)))
}

#[test]
fn carrying_over_speaks_each_language_and_its_notes_are_read_back_in_any() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (said, english_file) = carried("en", dir.path());
    assert!(said.contains("Carried over "), "{said}");
    assert!(said.contains("Left unanswered ("), "{said}");
    let marks = english_file
        .matches("Carried over from ncss-maturity@1.0.0 `")
        .count();
    assert!(marks > 0, "{english_file}");
    let scores = |lang: &str| score_in(&dir.path().join(lang), "csv", "new.toml");
    let english_scores = scores("en");
    for (lang, summary, left, mark) in [
        (
            "es",
            "respuestas desde ",
            "Sin responder (",
            "Trasladada desde ncss-maturity@1.0.0 `",
        ),
        (
            "fr",
            "réponses reprises de ",
            "Restées sans réponse (",
            "Reprise de ncss-maturity@1.0.0 `",
        ),
        (
            "pt",
            "respostas trazidas de ",
            "Sem resposta (",
            "Trazida de ncss-maturity@1.0.0 `",
        ),
    ] {
        let (said, file) = carried(lang, dir.path());
        speaks(
            lang,
            &said,
            &[summary, left],
            &[
                "Carried over",
                "Left unanswered",
                "was ",
                "new, or its meaning changed",
                "marked for review",
            ],
        );
        // As many answers carried, each with its note in the file's language.
        assert_eq!(file.matches(mark).count(), marks, "{lang}: {file}");
        assert!(!file.contains("Carried over from"), "{lang}: {file}");
        // Read back in English, the notes are still seen as carried answers to review.
        let out = run_in("en", dir.path(), &["check", &format!("{lang}/new.toml")]);
        let check = stderr(&out);
        assert!(
            check.contains(&format!(
                "{marks} answers were carried over from an older version and are not reviewed yet"
            )),
            "{lang}: {check}"
        );
        assert_eq!(scores(lang), english_scores, "{lang}");
    }
}
