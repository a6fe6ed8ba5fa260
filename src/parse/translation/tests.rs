//! Translation files read and checked against a small questionnaire: what fits, what is left
//! out, and each way a translation can stop fitting, with the place of the problem.

use super::*;
use crate::diagnostic::{Severity, position_in};
use crate::model::{QuestionKind, StageIndex, texts_of, translate};
use crate::parse::parse_questionnaire;

const MINI: &str = include_str!("../../../tests/fixtures/translations/mini.toml");
const ES: &str = include_str!("../../../tests/fixtures/translations/mini.es.toml");
const FR: &str = include_str!("../../../tests/fixtures/translations/mini.fr.toml");

fn mini() -> crate::model::Questionnaire {
    parse_questionnaire(MINI).value.expect("mini parses")
}

/// The checked translation and its problems as `line:column severity message` lines.
fn check(text: &str) -> (Option<crate::model::Translation>, Vec<String>) {
    let parsed = parse_translation(text);
    let mut lines: Vec<String> = parsed.diagnostics.iter().map(|d| line(text, d)).collect();
    let Some(file) = parsed.value else {
        return (None, lines);
    };
    let checked = check_translation(&file, &mini());
    lines.extend(checked.diagnostics.iter().map(|d| line(text, d)));
    (checked.value, lines)
}

fn line(text: &str, d: &Diagnostic) -> String {
    let at = d.span.as_ref().map_or(0, |s| s.start);
    let p = position_in(text, at);
    let severity = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    format!(
        "{}:{} {severity} {}",
        p.line,
        p.column,
        d.message(crate::i18n::Locale::En)
    )
}

/// The complete Spanish translation with `old` replaced by `new` (which must be there).
fn es_with(old: &str, new: &str) -> String {
    assert!(ES.contains(old), "{old}");
    ES.replacen(old, new, 1)
}

#[test]
fn a_complete_translation_fits_without_a_word_said() {
    let (t, problems) = check(ES);
    assert_eq!(problems, Vec::<String>::new());
    let t = t.expect("checked");
    assert_eq!(t.language.tag(), "es");
    assert_eq!(t.texts.len(), texts_of(&mini()).len());
    let es = translate(&mini(), &t);
    assert_eq!(es.title, "Preparación mínima");
    assert_eq!(es.stages[1].name, "En funcionamiento");
    let lead = es.question(es.find_question("t-lead").expect("t-lead"));
    match &lead.kind {
        QuestionKind::Indicator { next_step, stage } => {
            assert_eq!(next_step, "Designar un responsable.");
            assert_eq!(*stage, StageIndex::new(1));
        }
        QuestionKind::Choice { .. } => panic!("t-lead is an indicator"),
    }
    // The translated question shows the definitions of the translated terms it uses.
    let plan = es.question(es.find_question("t-plan").expect("t-plan"));
    let terms: Vec<&str> = plan.glossary(&es).iter().map(|g| g.term.as_str()).collect();
    assert_eq!(terms, ["CSIRT", "incidente"]);
}

#[test]
fn texts_left_out_are_listed_in_one_warning_and_glossary_losses_in_another() {
    let (t, problems) = check(FR);
    assert_eq!(
        problems,
        [
            "5:12 warning 3 texts of mini are not translated, so they are shown in English: \
             summary; [questions.t-plan.options.working] evidence; [glossary.incident] definition",
            "60:11 warning 1 of 4 uses of glossary terms in the questions are not found in the \
             translated texts, so those questions do not show the definition: t-lead \
             (\"incident\")",
        ]
    );
    let fr = translate(&mini(), &t.expect("warnings only"));
    assert_eq!(fr.summary, mini().summary, "shown in English meanwhile");
    assert_eq!(fr.glossary[1].definition, mini().glossary[1].definition);
    assert_eq!(fr.glossary[1].term, "incident");
}

#[test]
fn ids_the_questionnaire_does_not_have_are_errors_at_their_name() {
    let cases = [
        (
            es_with("[stages.leading]", "[stages.leader]"),
            "16:9 error mini 1.2.0 has no stage \"leader\"",
        ),
        (
            es_with("[pillars.tools]", "[pillars.tool]"),
            "45:10 error mini 1.2.0 has no pillar \"tool\"",
        ),
        (
            es_with("[questions.t-lead]", "[questions.t-led]"),
            "41:12 error mini 1.2.0 has no question \"t-led\"",
        ),
        (
            es_with(
                "[questions.t-plan.options.leading]",
                "[questions.t-plan.options.lead]",
            ),
            "38:27 error question `t-plan` of mini 1.2.0 has no option for the stage \"lead\"",
        ),
        (
            es_with("[glossary.incident]", "[glossary.incidents]"),
            "61:11 error mini 1.2.0 has no glossary term \"incidents\"",
        ),
    ];
    for (text, expected) in cases {
        let (t, problems) = check(&text);
        assert!(t.is_none(), "{expected}");
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected}\n{problems:#?}"
        );
        // The texts of an unknown place are not reported again as out of place.
        assert!(
            !problems.iter().any(|p| p.contains("has no text at")),
            "{problems:#?}"
        );
    }
}

#[test]
fn a_text_where_the_questionnaire_has_none_is_a_changed_structure() {
    let (t, problems) = check(&es_with(
        "[questions.t-plan.options.leading]\ntext = \"Un plan probado cada año.\"",
        "[questions.t-plan.options.leading]\ntext = \"Un plan probado cada año.\"\nnext_step = \"Más.\"",
    ));
    assert!(t.is_none());
    assert!(
        problems.contains(
            &"40:13 error mini 1.2.0 has no text at [questions.t-plan.options.leading] next_step, \
          so it cannot be translated"
                .to_owned()
        )
    );
    let (_, problems) = check(&es_with(
        "[questions.t-plan]\n",
        "[questions.t-plan]\nnext_step = \"Más.\"\n",
    ));
    assert!(
        problems.iter().any(|p| p.starts_with("25:13 error")),
        "{problems:#?}"
    );
    let (_, problems) = check(&es_with(
        "[questions.t-lead]",
        "[questions.t-lead.options.working]\ntext = \"Sí.\"\n\n[questions.t-lead]",
    ));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("is a yes/partly/no indicator")),
        "{problems:#?}"
    );
}

#[test]
fn versions_fit_within_a_major_version_with_a_warning() {
    let (t, problems) = check(&es_with("version = \"1.2.0\"", "version = \"1.1.0\""));
    assert!(t.is_some(), "another minor version still applies");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with(
        "3:11 warning this translates mini 1.1.0, and the questionnaire is version 1.2.0"
    ));
    let (t, problems) = check(&es_with("version = \"1.2.0\"", "version = \"2.0.0\""));
    assert!(t.is_none());
    assert!(problems[0].starts_with(
        "3:11 error this translates mini 2.0.0, but the questionnaire is version 1.2.0"
    ));
}

#[test]
fn the_file_says_what_it_translates_and_into_what() {
    let (t, problems) = check(&es_with("language = \"es\"", "language = \"en-GB\""));
    assert!(t.is_none());
    assert!(problems.contains(&"4:12 error mini 1.2.0 is written in \"en\" already".to_owned()));
    let (t, problems) = check(&es_with("translates = \"mini\"\n", ""));
    assert!(t.is_none());
    assert!(
        problems
            .iter()
            .any(|p| p.contains("the translation has no `translates`"))
    );
    let (t, problems) = check(&es_with("translates = \"mini\"", "translates = \"maxi\""));
    assert!(t.is_none());
    assert!(problems.contains(
        &"2:14 error this translates \"maxi\", but the questionnaire found is \"mini\"".to_owned()
    ));
    let (t, problems) = check(&es_with("[pillars.tools]", "[pilars.tools]"));
    assert!(t.is_none());
    assert!(problems.contains(&"45:2 error unknown key `pilars` in the translation".to_owned()));
    let (t, problems) = check(&es_with("[stages.start]\nname = ", "[stages]\nstart = "));
    assert!(t.is_none());
    assert!(
        problems.contains(
            &"9:9 error `start` in [stages] must be a table of texts, not text".to_owned()
        ),
        "{problems:#?}"
    );
}

#[test]
fn glossary_losses_are_counted_per_question_and_term() {
    let q = mini();
    let (t, _) = check(FR);
    let (uses, misses) = glossary_misses(&q, &t.expect("checked"));
    assert_eq!(
        uses, 4,
        "t-plan: CSIRT and incident; t-lead, o-ticketing: incident"
    );
    assert_eq!(
        misses,
        [GlossaryMiss {
            question: "t-lead".into(),
            term: "incident".into(),
            translated: "incident".into(),
        }]
    );
}

#[test]
fn a_translation_just_begun_lists_the_first_few_tables_and_counts_the_rest() {
    let begun = "translates = \"mini\"\nversion = \"1.2.0\"\nlanguage = \"pt\"\n";
    let (_, problems) = check(begun);
    let n = texts_of(&mini()).len();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let warning = &problems[0];
    assert!(
        warning.starts_with(&format!(
            "3:12 warning {n} texts of mini are not translated, so they are shown in English: \
             title, summary; [stages.start] name, summary; [stages.working] name, summary; "
        )),
        "{warning}"
    );
    assert_eq!(warning.matches("; [").count(), 4, "five tables: {warning}");
    assert!(warning.ends_with(" more tables"), "{warning}");

    let file = parse_translation(begun).value.expect("parses");
    let d = &check_translation(&file, &mini()).diagnostics[0];
    assert_eq!(d.code, crate::diagnostic::Code::TranslationMissingTexts);
    let pt = d.message(crate::i18n::Locale::Pt);
    assert!(
        pt.starts_with(&format!(
            "{n} textos de mini não estão traduzidos, então são mostrados em inglês: title"
        )),
        "{pt}"
    );
    assert!(pt.ends_with(" tabelas"), "{pt}");
}
