//! Positions, rendering in each language, and the helpers for messages.

use super::lines::CHECKPOINT;
use super::*;

#[test]
fn positions_count_characters_and_ignore_crlf() {
    let text = "a = 1\r\nçé = 2\n";
    assert_eq!(position_in(text, 0), Position { line: 1, column: 1 });
    let at = text.find('=').unwrap();
    assert_eq!(position_in(text, at), Position { line: 1, column: 3 });
    let second = text.rfind('=').unwrap();
    assert_eq!(position_in(text, second), Position { line: 2, column: 4 });
}

#[test]
fn the_line_index_agrees_with_a_plain_count() {
    let mut long = String::from("é\r\n\n");
    long.push_str(&"aé€😀 = \"x\"\r\n".repeat(800));
    long.push_str(&"x".repeat(CHECKPOINT * 2 - long.len() % CHECKPOINT));
    for text in ["", "\n", "a", "a\r\nb", "é\n", long.as_str()] {
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                index.position(text, offset),
                position_in(text, offset),
                "offset {offset} of {text:?}"
            );
        }
    }
}

fn errors(n: usize) -> (SourceFile, Vec<Diagnostic>) {
    let text: String = (0..n).map(|i| format!("key-{i} = 1\n")).collect();
    let mut at = 0;
    let diagnostics = (0..n)
        .map(|i| {
            let d = Diagnostic::error(at..at + 3, format!("unknown key number {i}"));
            at += format!("key-{i} = 1\n").len();
            d
        })
        .collect();
    (SourceFile::new("many.toml", text), diagnostics)
}

#[test]
fn render_shows_a_screenful_and_counts_the_rest() {
    let (file, mut diagnostics) = errors(SHOWN_PER_FILE + 1949);
    // A warning early in the file gives way to the errors after it.
    diagnostics[1] = Diagnostic::warning(diagnostics[1].span.clone(), "a warning");
    let out = file.render(&diagnostics, false, Locale::En);
    assert_eq!(out.matches("unknown key number").count(), SHOWN_PER_FILE);
    assert!(out.contains("unknown key number 50\n"), "{out}");
    assert!(!out.contains("unknown key number 51\n"), "{out}");
    assert!(!out.contains("a warning"), "{out}");
    assert!(out.contains("many.toml:51:1"), "{out}");
    assert!(
        out.contains("51 | key-50 = 1"),
        "numbered as in the file: {out}"
    );
    assert!(
        out.ends_with(
            "... and 1949 more problems in many.toml (1948 errors, 1 warning), not shown.\n\
             Fix the ones above and check the file again to see the rest.\n\n"
        ),
        "{}",
        &out[out.len() - 300..]
    );

    let (file, diagnostics) = errors(SHOWN_PER_FILE);
    let out = file.render(&diagnostics, false, Locale::En);
    assert_eq!(out.matches("unknown key number").count(), SHOWN_PER_FILE);
    assert!(!out.contains("more problem"), "{out}");
}

#[test]
fn render_words_the_problems_and_the_count_of_the_rest_in_the_language_asked_for() {
    let (file, diagnostics) = errors(SHOWN_PER_FILE + 2);
    let out = file.render(&diagnostics, false, Locale::Es);
    assert!(out.contains("error: unknown key number 0\n"), "{out}");
    assert!(
        out.ends_with(
            "... y 2 problemas más en many.toml (2 errores) que no se muestran.\n\
             Corrija los anteriores y vuelva a revisar el archivo para ver el resto.\n\n"
        ),
        "{out}"
    );
    let (file, mut diagnostics) = errors(SHOWN_PER_FILE + 1);
    diagnostics[SHOWN_PER_FILE] = Code::PillarAllNa.warning(None).with("pillar", "ops");
    let out = file.render(&diagnostics, false, Locale::Fr);
    assert!(
        out.contains("... et 1 autre problème dans many.toml (1 avertissement), non affiché."),
        "{out}"
    );
    let d = Code::UnknownQuestion
        .error(0..5)
        .with("question", "key-0")
        .with("questionnaire", "q")
        .with("hint", "list");
    let out = file.render(&[d], false, Locale::Pt);
    assert!(
        out.starts_with("erro: `key-0` não é uma pergunta de q\n"),
        "{out}"
    );
    assert!(out.contains("many.toml:1:1"), "{out}");
    assert!(
        out.contains("ajuda: execute `cyberassess questionnaires show q` para ver os ids"),
        "{out}"
    );
}

#[test]
fn choices_join_with_the_word_for_or_of_each_language() {
    let d = Code::UnknownStatus
        .error(None)
        .with("status", "dfrat")
        .with("statuses", Arg::choices(&["draft", "validated"]))
        .with("hint", "list");
    let help = |locale| d.help(locale).expect("help");
    assert_eq!(
        help(Locale::En),
        "use one of \"draft\" or \"validated\", or remove the line"
    );
    assert_eq!(
        help(Locale::Es),
        "use uno de estos estados: \"draft\" o \"validated\", o elimine la línea"
    );
    assert_eq!(
        help(Locale::Fr),
        "utilisez l'un des statuts suivants\u{a0}: \"draft\" ou \"validated\", ou supprimez la ligne"
    );
    assert_eq!(
        help(Locale::Pt),
        "use \"draft\" ou \"validated\", ou remova a linha"
    );
}

#[test]
fn a_problem_without_a_code_keeps_its_english_words_and_may_have_no_help() {
    let d = Diagnostic::error(None, "something odd");
    assert_eq!(d.code, Code::Other);
    assert_eq!(d.message(Locale::Fr), "something odd");
    assert_eq!(d.help(Locale::Fr), None);
    let d = d.with_help("fix it");
    assert_eq!(d.one_line(Locale::Es), "something odd (fix it)");
}

#[test]
fn closest_finds_typos_only() {
    let keys = ["prompt", "weight", "options"];
    assert_eq!(closest("wieght", keys), Some("weight"));
    assert_eq!(closest("zzz", keys), None);
}

#[test]
fn render_names_file_line_and_help() {
    let file = SourceFile::new("q.toml", "id = \"x\"\nwieght = 2\n");
    let d = Diagnostic::error(9..15, "unknown key `wieght`").with_help("did you mean `weight`?");
    let out = file.render(&[d], false, Locale::En);
    assert!(out.contains("q.toml:2:1"), "{out}");
    assert!(out.contains("wieght = 2"), "{out}");
    assert!(out.contains("did you mean `weight`?"), "{out}");
}

#[test]
fn every_code_is_in_the_readme() {
    let readme = include_str!("../../README.md");
    for code in Code::ALL {
        assert!(
            readme.contains(&format!("| `{code}` |")),
            "README's Problem codes table lacks `{code}`"
        );
    }
}
