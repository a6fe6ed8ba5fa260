//! The single report in Spanish, French and Portuguese: PDF (read back with `pdftotext` and
//! checked for its margins), Word (printed by LibreOffice Writer) and Markdown. The language
//! comes from `--lang`, else the answers file, else the questionnaire, never the environment.

use std::path::{Path, PathBuf};

use cyberassess::i18n::Locale;
use cyberassess::loader::Loader;

use super::read::read_pdf;
use super::{assert_inside_margins, temp};
use crate::office::{convert, libreoffice, pdf_text};
use crate::util::{answers_beside_weighted, check_fails_with, cyberassess, root};

/// The Spanish example: `[assessment] language = "es"`, ncss-maturity 2.0.0.
const SPANISH: &str = "questionnaires/examples/ncss-maturity-2.0/costa-esmeralda-2026.toml";

/// Words of the report's English interface, none of which a translated report may show.
const ENGLISH: &[&str] = &[
    "Summary",
    "Priorities",
    "Next step",
    "Target",
    "Evidence",
    "Verification",
    "Method",
    "Draft",
    "page 1 of",
    "Assessed",
    "Assessors",
    "Answer",
    "Shown by",
    "counts as",
    "weight",
    "Level by pillar",
    "Pillars at a glance",
    "(continued)",
    "Contents",
    "Glossary",
    "Scoring",
    "OVERALL STAGE",
    "SELF-ASSESSMENT",
    "Produced with",
    "fingerprints",
    "Level reached",
    "Target stage",
    "unanswered",
    "not applicable",
];

/// What a report in `locale` must say: its stage and pillar names, the cover's date written
/// out, and a number with a decimal comma from the summary table (overall level 1.7 of 5).
fn expected(locale: Locale) -> Vec<String> {
    let loaded = Loader::new()
        .questionnaire("ncss-maturity")
        .expect("built in");
    assert_eq!(loaded.questionnaire.version.to_string(), "2.0.0");
    let q = loaded.texts_in(locale);
    let mut words: Vec<String> = q.stages.iter().map(|s| s.name.clone()).collect();
    words.extend(q.pillars.iter().map(|p| p.name.clone()));
    words.push(locale.long_date(2026, 10, 7));
    words.push("1,7/5".to_owned());
    words
}

/// The words of `locale`'s interface a report must show.
fn own_words(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::Es => &[
            "Resumen",
            "Prioridades",
            "Próximo paso",
            "Evidencia",
            "Método",
        ],
        Locale::Fr => &[
            "Synthèse",
            "Priorités",
            "Prochaine étape",
            "Justificatifs",
            "Méthode",
        ],
        Locale::Pt => &[
            "Resumo",
            "Prioridades",
            "Próximo passo",
            "Evidências",
            "Método",
        ],
        Locale::En => &["Summary", "Priorities", "Next step", "Evidence", "Method"],
    }
}

/// Asserts that `text` (whitespace collapsed) is a report in `locale`.
fn assert_in(locale: Locale, text: &str, format: &str) {
    for word in expected(locale)
        .iter()
        .map(String::as_str)
        .chain(own_words(locale).iter().copied())
    {
        assert!(
            text.contains(word),
            "{format} in {locale:?} lacks {word:?}:\n{text}"
        );
    }
    for word in ENGLISH {
        assert!(
            !text.contains(word),
            "{format} in {locale:?} still says {word:?}:\n{text}"
        );
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes the report of `answers` in `format` with `args` into `dir`; returns its path.
fn write(dir: &Path, answers: &str, format: &str, name: &str, args: &[&str]) -> PathBuf {
    let out = dir.join(name);
    cyberassess()
        .args(["report", "--quiet", "--format", format])
        .args(args)
        .arg(root().join(answers))
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    out
}

const TRANSLATED: [(Locale, &str); 3] =
    [(Locale::Es, "es"), (Locale::Fr, "fr"), (Locale::Pt, "pt")];

#[test]
fn the_pdf_report_reads_in_spanish_french_and_portuguese_inside_its_margins() {
    let dir = temp();
    for (locale, code) in TRANSLATED {
        let pdf = write(
            dir.path(),
            SPANISH,
            "pdf",
            &format!("{code}.pdf"),
            &["--lang", code],
        );
        let text = collapse(&pdf_text(&pdf));
        assert_in(locale, &text, "PDF");
        let page = if locale == Locale::Fr {
            "page 1 sur"
        } else {
            "página 1 de"
        };
        assert!(text.contains(page), "{text}");
        // Longer words than English still fit: nothing crosses the margins or overlaps.
        let pages = read_pdf(&std::fs::read(&pdf).expect("read"));
        assert_inside_margins(&pages);
    }
}

#[test]
fn the_word_report_reads_in_spanish_french_and_portuguese_in_writer() {
    if !libreoffice() {
        return;
    }
    let dir = temp();
    let files: Vec<PathBuf> = TRANSLATED
        .iter()
        .map(|(_, code)| {
            write(
                dir.path(),
                SPANISH,
                "docx",
                &format!("{code}.docx"),
                &["--lang", code],
            )
        })
        .collect();
    let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    convert(dir.path(), "pdf", &files);
    for (locale, code) in TRANSLATED {
        let text = collapse(&pdf_text(&dir.path().join(format!("{code}.pdf"))));
        assert_in(locale, &text, "Word report");
    }
}

#[test]
fn the_markdown_report_reads_in_spanish_french_and_portuguese() {
    let dir = temp();
    for (locale, code) in TRANSLATED {
        let md = write(
            dir.path(),
            SPANISH,
            "markdown",
            &format!("{code}.md"),
            &["--lang", code],
        );
        let text = collapse(&std::fs::read_to_string(md).expect("read"));
        assert_in(locale, &text, "Markdown");
    }
}

#[test]
fn the_spanish_example_reports_in_spanish_unless_asked_otherwise() {
    let dir = temp();
    // No --lang: the answers file's `language = "es"` decides, whatever the environment says.
    let md = |args: &[&str], env: Option<&str>, name: &str| {
        let out = dir.path().join(name);
        let mut cmd = cyberassess();
        cmd.args(["report", "--quiet", "-f", "markdown"])
            .args(args)
            .arg(root().join(SPANISH))
            .arg("-o")
            .arg(&out);
        if let Some(lang) = env {
            cmd.env("CYBERASSESS_LANG", lang);
        }
        cmd.assert().success();
        collapse(&std::fs::read_to_string(out).expect("read"))
    };
    assert_in(Locale::Es, &md(&[], None, "default.md"), "default report");
    assert_in(
        Locale::Es,
        &md(&[], Some("fr"), "env.md"),
        "report with CYBERASSESS_LANG=fr",
    );
    let english = md(&["--lang", "en"], None, "en.md");
    for word in own_words(Locale::En) {
        assert!(english.contains(word), "{word}: {english}");
    }
    assert!(
        english.contains("Governance and implementation"),
        "{english}"
    );
    assert!(english.contains("Assessed 2026-10-07"), "{english}");
    assert!(!english.contains("Resumen") && !english.contains("Gobernanza"));
}

#[test]
fn an_english_questionnaire_without_a_language_in_the_answers_reports_in_english() {
    let dir = temp();
    let md = dir.path().join("example.md");
    cyberassess()
        .env("CYBERASSESS_LANG", "es")
        .args(["report", "--quiet", "-f", "markdown"])
        .arg(root().join("questionnaires/examples/ncss-maturity-2.0/exampleland-2026.toml"))
        .arg("-o")
        .arg(&md)
        .assert()
        .success();
    let text = std::fs::read_to_string(md).expect("read");
    assert!(
        text.contains("## Summary") && !text.contains("Resumen"),
        "{text}"
    );
}

#[test]
fn a_language_that_is_not_a_language_code_is_named_with_its_place_and_fix() {
    let (_dir, path) = answers_beside_weighted(
        "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"Fictiland\"\n\
         language = \"Spanish!\"\n[answers]\ngov-a = \"growing\"\n",
    );
    check_fails_with(
        &path,
        &[
            "a.toml:4:12",
            "language \"Spanish!\" is not a language code",
            "\"es\" (Spanish)",
        ],
    );
}

#[test]
fn a_questionnaire_in_portuguese_gives_a_portuguese_report_inside_its_margins() {
    // The worst-case questionnaire says `language = "pt"` and its answers file names none:
    // long names, 60 assessors and 200 questions, in Portuguese words.
    let dir = temp();
    let answers = super::worst_case::write_worst_case(dir.path());
    let out = dir.path().join("worst.pdf");
    let (bytes, _) = super::report(&[answers.to_str().expect("utf-8"), "--top", "40"], &out);
    let pages = read_pdf(&bytes);
    let cover = pages[0].text();
    assert!(cover.contains("RELATÓRIO DE AUTOAVALIAÇÃO"), "{cover}");
    assert!(cover.contains("Avaliado em 4 de maio de 2026"), "{cover}");
    assert!(cover.contains(", listados com o método"), "{cover}");
    assert!(pages[1].text().contains("página 2 de"));
    assert_inside_margins(&pages);
}

/// What `report` says it wrote is in the interface's language (`--lang`, else the environment),
/// with the size in the local unit.
#[test]
fn report_says_what_it_wrote_in_the_interface_language() {
    let dir = temp();
    let example = root().join("questionnaires/examples/exampleland-2026.toml");
    let said = |args: &[&str], env: Option<(&str, &str)>| {
        let mut cmd = cyberassess();
        cmd.arg("report")
            .arg(&example)
            .args(["-f", "markdown", "-o"])
            .arg(dir.path().join("x.md"))
            .args(args);
        if let Some((name, value)) = env {
            cmd.env(name, value);
        }
        let out = cmd.output().expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("UTF-8")
    };
    let english = said(&[], None);
    assert!(
        english.contains("wrote ") && english.contains(" KB)"),
        "{english}"
    );
    let french = said(&["--lang", "fr"], None);
    assert!(
        french.contains(" écrit (") && french.contains("\u{a0}Ko)"),
        "{french}"
    );
    let spanish = said(&[], Some(("LANG", "es_CO.UTF-8")));
    assert!(spanish.contains("se escribió "), "{spanish}");
    let portuguese = said(&[], Some(("CYBERASSESS_LANG", "pt")));
    assert!(portuguese.contains(" gravado ("), "{portuguese}");
    for text in [&french, &spanish, &portuguese] {
        assert!(!text.contains("wrote"), "{text}");
    }
}
