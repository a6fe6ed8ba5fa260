//! Why two assessments cannot be compared, and the PDF renderer's warnings about a character
//! its font lacks, in each language of the interface: `compare`, `compare FOLDER`,
//! `report --baseline` and `report` (single and cohort) say them in the language asked for, and
//! none of the English sentence remains; in English they read as they always did.

use std::path::Path;

use crate::util::{cyberassess, fixture, root};

/// The English words of these messages: none may remain in a translation.
const ENGLISH: &[&str] = &[
    "warning:",
    "cannot be compared",
    "were not compared",
    "answer different questionnaires",
    " stages, so their levels",
    "the character",
    "is not in the report font",
    "it is shown as",
];

/// A folder with the mini-weighted questionnaire (`weighted.toml`, four stages) and a copy of
/// it with a fifth stage (`five.toml`, same id and version); in `f/`, `old.toml` (2024, four
/// stages) and `new.toml` (2025, five stages) of one country; in `g/`, `cjk.toml`, whose
/// country has a Chinese character the report font lacks.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let weighted = std::fs::read_to_string(fixture("weighted.toml")).expect("fixture");
    let at = weighted.find("[[pillars]]").expect("pillars");
    let five = format!(
        "{}[[stages]]\nid = \"model\"\nname = \"Model\"\nsummary = \"Others copy it.\"\n\n{}",
        &weighted[..at],
        &weighted[at..]
    );
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write("weighted.toml", &weighted);
    write("five.toml", &five);
    let old = std::fs::read_to_string(fixture("compare/old.toml")).expect("fixture");
    assert!(old.contains("2024-03-01") && old.contains("country = \"Fictiland\""));
    write("f/old.toml", &old);
    let new = old
        .replace("../weighted.toml", "../five.toml")
        .replace("2024-03-01", "2025-03-01");
    write("f/new.toml", &new);
    write(
        "g/cjk.toml",
        &old.replace("country = \"Fictiland\"", "country = \"Fictiland 中\""),
    );
    dir
}

/// Runs the binary in `dir` with `--lang lang` (none for `en`) and `args`; returns its exit
/// code and standard error.
fn run(dir: &Path, lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let mut cmd = cyberassess();
    cmd.current_dir(dir);
    if lang != "en" {
        cmd.args(["--lang", lang]);
    }
    let out = cmd.args(args).output().expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every text of `present` is in `text`, and none of the English words.
fn speaks(what: &str, text: &str, present: &[&str]) {
    for words in present {
        assert!(text.contains(words), "{what}: no {words:?} in\n{text}");
    }
    for word in ENGLISH {
        assert!(!text.contains(word), "{what}: English {word:?} in\n{text}");
    }
}

#[test]
fn why_two_assessments_cannot_be_compared_is_said_in_each_language() {
    let dir = folder();
    let other = root().join("questionnaires/examples/exampleland-2026.toml");
    let other = other.to_str().expect("UTF-8 path");
    // [compare two files of other stage scales, compare FOLDER, report --baseline, compare two
    // files of other questionnaires]
    let said = |lang: &str| -> [String; 4] {
        let (code, scales) = run(dir.path(), lang, &["compare", "f/old.toml", "f/new.toml"]);
        assert_eq!(code, Some(2), "{lang}: {scales}");
        let (code, folder) = run(dir.path(), lang, &["compare", "f"]);
        assert_eq!(code, Some(0), "{lang}: {folder}");
        let (code, baseline) = run(
            dir.path(),
            lang,
            &[
                "report",
                "f/new.toml",
                "--baseline",
                "f/old.toml",
                "-o",
                "new.pdf",
            ],
        );
        assert_eq!(code, Some(1), "{lang}: {baseline}");
        let (code, questionnaires) = run(dir.path(), lang, &["compare", "f/old.toml", other]);
        assert_eq!(code, Some(2), "{lang}: {questionnaires}");
        [scales, folder, baseline, questionnaires]
    };

    // English reads as it always did.
    let [scales, folder, baseline, questionnaires] = said("en");
    let stages = "the questionnaires have 4 and 5 stages, so their levels cannot be compared";
    assert!(
        scales.contains(&format!(
            "error: f/old.toml and f/new.toml cannot be compared: {stages}\n"
        )),
        "{scales}"
    );
    assert!(
        folder.contains(&format!(
            "warning: f/old.toml and f/new.toml were not compared: {stages}\n"
        )),
        "{folder}"
    );
    assert!(
        baseline.contains(&format!(
            "f/old.toml and f/new.toml cannot be compared: {stages}\n"
        )),
        "{baseline}"
    );
    assert!(
        questionnaires.contains(
            "cannot be compared: the assessments answer different questionnaires \
             (mini-weighted and ncss-maturity)\n"
        ),
        "{questionnaires}"
    );

    for (lang, cannot, not_compared, stages, different) in [
        (
            "es",
            "error: f/old.toml y f/new.toml no se pueden comparar: ",
            "advertencia: f/old.toml y f/new.toml no se compararon: ",
            "los cuestionarios tienen 4 y 5 etapas, por lo que sus niveles no son comparables\n",
            "no se pueden comparar: las evaluaciones responden a cuestionarios distintos \
             (mini-weighted y ncss-maturity)\n",
        ),
        (
            "fr",
            "erreur: f/old.toml et f/new.toml ne peuvent pas être comparés\u{a0}: ",
            "avertissement: f/old.toml et f/new.toml n'ont pas été comparés\u{a0}: ",
            "les questionnaires comptent respectivement 4 et 5 stades, de sorte que leurs \
             niveaux ne sont pas comparables\n",
            "ne peuvent pas être comparés\u{a0}: les évaluations portent sur des questionnaires \
             différents (mini-weighted et ncss-maturity)\n",
        ),
        (
            "pt",
            "erro: f/old.toml e f/new.toml não podem ser comparados: ",
            "aviso: f/old.toml e f/new.toml não foram comparados: ",
            "os questionários têm 4 e 5 estágios, portanto seus níveis não são \
             comparáveis\n",
            "não podem ser comparados: as avaliações respondem a questionários diferentes \
             (mini-weighted e ncss-maturity)\n",
        ),
    ] {
        let [scales, folder, baseline, questionnaires] = said(lang);
        // The baseline's refusal comes after the translated "could not make the report for
        // f/new.toml:", so it is checked without its own "error:".
        let cannot_after = &cannot[cannot.find(' ').expect("a space") + 1..];
        speaks(lang, &scales, &[&format!("{cannot}{stages}")]);
        speaks(lang, &folder, &[&format!("{not_compared}{stages}")]);
        speaks(lang, &baseline, &[&format!("{cannot_after}{stages}")]);
        speaks(lang, &questionnaires, &[different]);
    }
}

#[test]
fn a_character_the_report_font_lacks_is_named_in_each_language() {
    let dir = folder();
    let said = |lang: &str| -> String {
        let (code, single) = run(dir.path(), lang, &["report", "g/cjk.toml", "-o", "cjk.pdf"]);
        assert_eq!(code, Some(0), "{lang}: {single}");
        let (code, cohort) = run(
            dir.path(),
            lang,
            &["report", "g", "-o", "reports", "--cohort", "cohort.pdf"],
        );
        assert_eq!(code, Some(0), "{lang}: {cohort}");
        single + &cohort
    };
    let english = said("en");
    for file in ["g/cjk.toml", "cohort.pdf"] {
        let line = format!(
            "warning: {file}: the character '中' (U+4E2D) is not in the report font; it is \
             shown as \u{FFFD}\n"
        );
        assert!(english.contains(&line), "{english}");
    }
    for (lang, warning, words) in [
        (
            "es",
            "advertencia",
            "el carácter '中' (U+4E2D) no está en la fuente del informe; se muestra como \u{FFFD}",
        ),
        (
            "fr",
            "avertissement",
            "le caractère '中' (U+4E2D) ne figure pas dans la police du rapport\u{a0}; il est \
             remplacé par \u{FFFD}",
        ),
        (
            "pt",
            "aviso",
            "o caractere '中' (U+4E2D) não está na fonte do relatório; é mostrado como \u{FFFD}",
        ),
    ] {
        let text = said(lang);
        let single = format!("{warning}: g/cjk.toml: {words}\n");
        let cohort = format!("{warning}: cohort.pdf: {words}\n");
        speaks(lang, &text, &[&single, &cohort]);
    }

    // The warning speaks the interface's language, whatever the report's: without --lang this
    // report is in its questionnaire's English, and the warning in the environment's Portuguese.
    let out = cyberassess()
        .current_dir(dir.path())
        .env("CYBERASSESS_LANG", "pt")
        .args(["report", "g/cjk.toml", "-o", "cjk-en.pdf"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    speaks(
        "pt environment",
        &stderr,
        &["aviso: g/cjk.toml: o caractere '中' (U+4E2D) não está na fonte do relatório"],
    );
    let pdf = crate::util::pdf_lines(&dir.path().join("cjk-en.pdf"));
    assert!(
        pdf.contains("Fictiland \u{FFFD}") && pdf.contains("Overall"),
        "{pdf}"
    );
}
