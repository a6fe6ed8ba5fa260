//! Workbooks in Spanish, French and Portuguese: `template --lang` writes the instructions,
//! labels, headers, sheet names and answers in the language, and `import` reads them back to the
//! same answers file as an English workbook gives.

use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use cyberassess::i18n::Language;
use cyberassess::import::WorkbookWords;
use cyberassess::loader::Loader;
use cyberassess::model::workbook as layout;
use cyberassess::render::xlsx::questionnaire_workbook;

use crate::import::{all_at_stage, assert_scores_at, assessment, import};
use crate::util::{cyberassess, fixture};

pub(crate) const LANGUAGES: [&str; 3] = ["es", "fr", "pt"];

/// Words of the English workbook that no translated one may show.
const ENGLISH: [&str; 16] = [
    "Start",
    "Answer lists",
    "How to fill it in",
    "coloured cells",
    "Country or organisation",
    "Date of the assessment",
    "Who answers",
    "Target stage",
    "Handling label",
    "Stages, lowest first",
    "Your answer",
    "What your answer means",
    "Evidence to cite",
    "Question id",
    "counts towards",
    "Does not apply",
];

#[test]
fn translated_workbooks_import_to_the_same_answers_file_as_the_english_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    for b in cyberassess::builtin::all() {
        let loaded = Loader::new().questionnaire(&b.id_version()).expect("loads");
        let own = &loaded.questionnaire;
        for k in 0..own.stage_count() {
            let Some(answers) = all_at_stage(own, k) else {
                continue;
            };
            let english = dir.path().join(format!("{}-{k}.xlsx", b.id_version()));
            let words = WorkbookWords::english();
            let bytes = questionnaire_workbook(own, b.id, Some(&assessment(own, &answers)), &words)
                .expect("workbook");
            std::fs::write(&english, bytes).expect("write");
            let expected =
                std::fs::read_to_string(import(&english, &dir.path().join("en"))).expect("answers");
            for lang in LANGUAGES {
                let language: Language = lang.parse().expect("tag");
                let Ok(q) = Loader::new().in_language(&loaded, &language) else {
                    continue;
                };
                let words = WorkbookWords::for_language(Some(&language));
                let prefill = assessment(&q, &answers);
                let bytes =
                    questionnaire_workbook(&q, b.id, Some(&prefill), &words).expect("workbook");
                let workbook = dir.path().join(format!("{lang}-{}-{k}.xlsx", b.id));
                std::fs::write(&workbook, bytes).expect("write");
                let out = import(&workbook, &dir.path().join(lang));
                assert_scores_at(own, &out, k);
                let got = std::fs::read_to_string(&out).expect("answers");
                assert_eq!(got, expected, "{lang}, {} at stage {k}", b.id_version());
            }
        }
    }
}

/// Every text in every sheet of `workbook`, with the sheet names.
fn cells(workbook: &Path) -> (Vec<String>, Vec<String>) {
    let mut book: Xlsx<_> = calamine::open_workbook(workbook).expect("opens");
    let names = book.sheet_names().to_vec();
    let mut texts = Vec::new();
    for name in &names {
        let range = book.worksheet_range(name).expect("sheet");
        texts.extend(range.used_cells().filter_map(|(_, _, cell)| match cell {
            Data::String(s) => Some(s.clone()),
            _ => None,
        }));
    }
    (names, texts)
}

#[test]
fn template_lang_writes_the_workbook_in_that_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let expected: [(&str, [&str; 7]); 3] = [
        (
            "es",
            [
                "Inicio",
                "Cómo completarlo:",
                "País u organización",
                "Su respuesta",
                "Formativa",
                "sí",
                "Cumplido: cuenta para ",
            ],
        ),
        (
            "fr",
            [
                "Accueil",
                "Comment le remplir\u{a0}:",
                "Pays ou organisation",
                "Votre réponse",
                "Formatif",
                "oui",
                "Atteint\u{a0}: compte pour le stade ",
            ],
        ),
        (
            "pt",
            [
                "Início",
                "Como preencher:",
                "País ou organização",
                "Sua resposta",
                "Formativo",
                "sim",
                "Atendido: conta para ",
            ],
        ),
    ];
    for (lang, words) in expected {
        // ncss-maturity has the stage names to choose; csirt-readiness, indicators.
        let write = |id: &str| {
            let workbook = dir.path().join(format!("{lang}-{id}.xlsx"));
            let out = cyberassess()
                .args(["--lang", lang, "template", id, "-o"])
                .arg(&workbook)
                .output()
                .expect("runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            workbook
        };
        let (workbook, indicators) = (write("ncss-maturity"), write("csirt-readiness"));
        let (names, mut texts) = cells(&workbook);
        assert_eq!(names[0], words[0], "{lang}: {names:?}");
        for word in &words[1..5] {
            assert!(texts.iter().any(|t| t == word), "{lang}: {word:?} missing");
        }
        let (more_names, more) = cells(&indicators);
        assert_eq!(more_names[0], words[0], "{lang}: {more_names:?}");
        assert!(more.iter().any(|t| t == words[5]), "{lang}: {:?}", words[5]);
        assert!(
            more.iter().any(|t| t.starts_with(words[6])),
            "{lang}: {:?}",
            words[6]
        );
        texts.extend(more);
        let names: Vec<String> = names.into_iter().chain(more_names).collect();
        for word in ENGLISH {
            let left: Vec<&String> = names
                .iter()
                .chain(&texts)
                .filter(|t| t.contains(word))
                .collect();
            assert!(left.is_empty(), "{lang}: English {word:?} in {left:?}");
        }
        // The hidden about sheet records the language, for `import`.
        let mut book: Xlsx<_> = calamine::open_workbook(&workbook).expect("opens");
        let about = book.worksheet_range(layout::ABOUT_SHEET).expect("about");
        let recorded = about.get_value((layout::ABOUT_LANGUAGE, 1)).cloned();
        assert_eq!(recorded, Some(Data::String(lang.to_owned())));
    }
}

#[test]
fn an_english_workbook_records_no_language() {
    // Workbooks made before languages record none either: both are read in English.
    let dir = tempfile::tempdir().expect("temp dir");
    let english = dir.path().join("en.xlsx");
    cyberassess()
        .args(["template", "ncss-maturity", "-o"])
        .arg(&english)
        .assert()
        .success();
    let mut book: Xlsx<_> = calamine::open_workbook(&english).expect("opens");
    let about = book.worksheet_range(layout::ABOUT_SHEET).expect("about");
    assert_eq!(about.get_value((layout::ABOUT_LANGUAGE, 1)), None);
    let (names, _) = cells(&english);
    assert_eq!(names[0], "Start");
}

#[test]
fn import_words_the_problems_of_a_workbook_in_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let english = [
        "sheet ",
        "cell ",
        "is empty",
        "fill it in",
        "this workbook is for",
        "import it without",
        "is not an .xlsx",
        "save it from your spreadsheet",
    ];
    let expected: [(&str, [&str; 5]); 3] = [
        (
            "es",
            [
                "error: {file}, hoja Inicio, celda B",
                ": el país está vacío; complete ese dato e importe de nuevo el libro",
                ": la fecha de la evaluación está vacía",
                "este libro es para ncss-maturity@2.0.0, no para csirt-readiness@",
                "este no es un libro .xlsx ni .ods",
            ],
        ),
        (
            "fr",
            [
                "erreur: {file}, feuille Accueil, cellule B",
                "\u{a0}: le pays n'est pas renseigné\u{a0}; complétez cette information",
                "\u{a0}: la date de l'évaluation n'est pas renseignée",
                "ce classeur est destiné à ncss-maturity@2.0.0, pas à csirt-readiness@",
                "ce n'est pas un classeur .xlsx ou .ods",
            ],
        ),
        (
            "pt",
            [
                "erro: {file}, planilha Início, célula B",
                ": o país está vazio; preencha a célula e importe de novo",
                ": a data da avaliação está vazia",
                "esta pasta de trabalho é para ncss-maturity@2.0.0, não para csirt-readiness@",
                "isto não é uma pasta de trabalho .xlsx ou .ods",
            ],
        ),
    ];
    let import = |lang: &str, args: &[&std::ffi::OsStr]| {
        let out = cyberassess()
            .args(["--lang", lang, "import"])
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).expect("text")
    };
    for (lang, words) in expected {
        // A workbook with nothing filled in: the country and date are empty.
        let workbook = dir.path().join(format!("{lang}-empty.xlsx"));
        cyberassess()
            .args(["--lang", lang, "template", "ncss-maturity", "-o"])
            .arg(&workbook)
            .assert()
            .success();
        let mut out = import(lang, &[workbook.as_os_str()]);
        out += &import(
            lang,
            &[
                "--questionnaire".as_ref(),
                "csirt-readiness".as_ref(),
                workbook.as_os_str(),
            ],
        );
        out += &import(lang, &[fixture("weighted.toml").as_os_str()]);
        let first = words[0].replace("{file}", &workbook.display().to_string());
        assert!(out.contains(&first), "{lang}: {first:?}:\n{out}");
        for word in &words[1..] {
            assert!(out.contains(word), "{lang}: {word:?}:\n{out}");
        }
        for word in english {
            assert!(!out.contains(word), "{lang}: English {word:?}:\n{out}");
        }
    }
}
