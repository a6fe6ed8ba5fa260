//! `template`: a file to fill in with any editor, that checks clean and scores once filled in.

use std::path::Path;

use cyberassess::loader::Loader;
use cyberassess::model::{QuestionKind, Questionnaire, StageIndex};

use crate::util::{cyberassess, fixture, read, score_json};

/// Replaces every empty answer line `id = ""` under `[answers]` by `id = "VALUE"`, with the
/// value `answer` gives for that question; nothing else in the file changes.
fn fill_answer_lines(text: &str, answer: impl Fn(&str) -> String) -> String {
    let mut in_answers = false;
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('[') {
            in_answers = line == "[answers]";
        }
        match line.strip_suffix(" = \"\"") {
            Some(id) if in_answers && !id.starts_with('#') => {
                out.push_str(&format!("{id} = \"{}\"", answer(id)));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// Every question answered at stage `k`: choice questions with that stage, indicators "yes" up to
/// stage `k` and "no" above it; `None` when a choice question has no option for that stage.
fn all_at_stage(q: &Questionnaire, k: usize) -> Option<impl Fn(&str) -> String + '_> {
    let k = StageIndex::new(k);
    let possible = q.questions().all(|(_, question)| match &question.kind {
        QuestionKind::Choice { .. } => question.option_for(k).is_some(),
        QuestionKind::Indicator { .. } => true,
    });
    possible.then_some({
        move |id: &str| {
            let r = q.find_question(id).expect("template ids are questions");
            match &q.question(r).kind {
                QuestionKind::Choice { .. } => q.stages[k].id.clone(),
                QuestionKind::Indicator { stage, .. } if *stage <= k => "yes".to_owned(),
                QuestionKind::Indicator { .. } => "no".to_owned(),
            }
        }
    })
}

fn check(path: &Path) -> (bool, String) {
    let out = cyberassess().arg("check").arg(path).output().expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Writes the template of `reference` to a temporary folder, fills it at every stage in turn
/// and checks that `score` finds that stage in every pillar and overall.
fn round_trip(reference: &str) {
    let loader = Loader::new();
    let loaded = loader
        .questionnaire(reference)
        .expect("questionnaire loads");
    let q = &loaded.questionnaire;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("template.toml");
    cyberassess()
        .args(["template", reference, "-o"])
        .arg(&path)
        .assert()
        .success();
    let fresh = read(&path);

    let (ok, stderr) = check(&path);
    assert!(ok, "{stderr}");
    assert!(stderr.contains("0 errors, 1 warning"), "{stderr}");
    assert!(stderr.contains(&format!(
        "{n} of {n} questions are unanswered",
        n = q.question_count()
    )));

    let mut tried = 0;
    for k in 0..q.stage_count() {
        let Some(answer) = all_at_stage(q, k) else {
            continue;
        };
        tried += 1;
        std::fs::write(&path, fill_answer_lines(&fresh, answer)).expect("write");
        let (ok, stderr) = check(&path);
        assert!(
            ok && stderr.contains("0 errors, 0 warnings"),
            "{reference} at {k}: {stderr}"
        );
        let (json, _) = score_json([&path], 0);
        let a = &json["assessments"][0];
        let stage = q.stages[k].id.as_str();
        assert_eq!(a["overall"]["stage"], stage, "{reference} at {stage}");
        let pillars = a["pillars"].as_array().expect("pillars");
        assert_eq!(pillars.len(), q.pillars.len());
        for p in pillars {
            assert_eq!(p["stage"], stage, "{reference}, pillar {}", p["id"]);
            assert_eq!(p["answered"], p["total"]);
        }
    }
    assert!(tried >= 2, "{reference}: too few stages to try");
}

#[test]
fn every_built_in_questionnaire_round_trips() {
    let all = cyberassess::builtin::all();
    assert!(all.len() >= 3);
    for b in all {
        round_trip(&b.id_version());
    }
}

#[test]
fn fixture_questionnaires_round_trip() {
    for name in ["weighted.toml", "gated.toml"] {
        round_trip(fixture(name).to_str().expect("UTF-8 path"));
    }
}

#[test]
fn writes_to_standard_output_without_a_file() {
    let out = cyberassess()
        .args(["template", "ncss-maturity"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("questionnaire = \"ncss-maturity\"\n"));
    assert!(text.contains("\n[answers]\n"));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_question_has_its_block_and_an_empty_answer_line() {
    let loaded = Loader::new().questionnaire("ncss-maturity").expect("loads");
    let q = &loaded.questionnaire;
    let out = cyberassess()
        .args(["template", "ncss-maturity"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    for (_, question) in q.questions() {
        let line = format!("\n{} = \"\"\n", question.id);
        let at = text
            .find(&line)
            .unwrap_or_else(|| panic!("no answer line for {}", question.id));
        let block = &text[..at];
        let block = &block[block.rfind("# ---").expect("block start")..];
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let block_words = words(&block.replace("\n# ", " ").replace('#', ""));
        assert!(block_words.contains(&words(&question.prompt)), "{block}");
        if let Some(help) = &question.help {
            assert!(block_words.contains(&words(help)), "{block}");
        }
        if let Some(evidence) = &question.evidence {
            assert!(block_words.contains(&words(evidence)), "{block}");
        }
        if let QuestionKind::Choice { options } = &question.kind {
            for o in options {
                assert!(
                    block.contains(&format!("\"{}\"", q.stages[o.stage].id)),
                    "{block}"
                );
                assert!(block_words.contains(&words(&o.text)), "{block}");
            }
        }
        assert!(block.contains("\"n/a\""), "{block}");
    }
    assert!(text.lines().all(|l| l.chars().count() <= 100));
}

#[test]
fn refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    std::fs::write(&path, "keep me").unwrap();
    let out = cyberassess()
        .args(["template", "ncss-maturity", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(read(&path), "keep me");

    cyberassess()
        .args(["template", "ncss-maturity", "--force", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert!(read(&path).contains("[answers]"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn a_questionnaire_file_is_named_relative_to_the_template() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sub/answers.toml");
    cyberassess()
        .args(["template", "tests/fixtures/gated.toml", "-o"])
        .arg(&path)
        .assert()
        .success();
    let text = read(&path);
    let line = text
        .lines()
        .find(|l| l.starts_with("questionnaire = "))
        .unwrap();
    assert!(
        line.ends_with("tests/fixtures/gated.toml\"") && line.contains(".."),
        "{line}"
    );
    let (ok, stderr) = check(&path);
    assert!(ok, "{stderr}");
}

#[test]
fn unknown_questionnaire_is_a_usage_error() {
    let out = cyberassess()
        .args(["template", "ncss-maturty"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("did you mean \"ncss-maturity\""),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

/// The English words of a template's comments, none of which may stay in a translated one.
const ENGLISH_TEMPLATE_WORDS: [&str; 16] = [
    "Answers to",
    "to fill in",
    "How to fill",
    "Under [assessment]",
    "Each question",
    "Answer \"n/a\" only",
    "Check the file",
    "The country",
    "The date",
    "Who answers",
    "The stage you aim",
    "Pillar",
    "Question 1 of",
    "Help:",
    "Evidence",
    "Glossary",
];

#[test]
fn template_comments_follow_the_language_and_a_filled_template_scores_the_same() {
    let loaded = Loader::new()
        .questionnaire("ncss-maturity")
        .expect("questionnaire loads");
    let q = &loaded.questionnaire;
    let dir = tempfile::tempdir().expect("temp dir");
    let filled = |lang: &str| {
        // One path for every language, as the scores name their file.
        let path = dir.path().join("answers.toml");
        cyberassess()
            .args(["template", "ncss-maturity", "--force", "--lang", lang, "-o"])
            .arg(&path)
            .assert()
            .success();
        let text = read(&path);
        let answer = all_at_stage(q, 2).expect("every question has an option at stage 2");
        std::fs::write(&path, fill_answer_lines(&text, answer)).expect("write");
        let out = cyberassess()
            .args(["score", "-f", "json"])
            .arg(&path)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{lang}");
        (text, String::from_utf8(out.stdout).expect("UTF-8"))
    };
    let (_, english_json) = filled("en");
    for (lang, words) in [
        (
            "es",
            [
                "Cómo completarlo",
                "Pilar 1 de 6",
                "Pregunta 1 de",
                "Glosario",
            ],
        ),
        (
            "fr",
            [
                "Comment le remplir",
                "Pilier 1 sur 6",
                "Question 1 sur",
                "Glossaire",
            ],
        ),
        (
            "pt",
            [
                "Como preencher",
                "Pilar 1 de 6",
                "Pergunta 1 de",
                "Glossário",
            ],
        ),
    ] {
        let (text, json) = filled(lang);
        for word in words {
            assert!(text.contains(word), "{lang}: {word}\n{text}");
        }
        for line in text.lines().filter(|l| l.starts_with('#')) {
            for word in ENGLISH_TEMPLATE_WORDS {
                assert!(!line.contains(word), "{lang}: {word:?} in {line:?}");
            }
        }
        // The keys and answer values are the same in every language.
        assert!(text.contains("\n[answers]\n"), "{lang}");
        assert_eq!(
            json, english_json,
            "{lang}: the same answers score the same"
        );
    }
}
