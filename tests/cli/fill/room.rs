//! `fill` on a projected screen of 80 × 24: the question, every option and "Save and quit" on
//! the screen at once, number keys that answer, and `fill --disputed` settling a consensus.

use super::pty::{ENTER, Fill};
use crate::util::{cyberassess, fixture, read};

/// The answer line of `id` in a consensus (the line after `[answers.ID]`), and whether the
/// question is still marked disputed.
fn consensus_answer(text: &str, id: &str) -> (String, bool) {
    let section = &text[text
        .find(&format!("[answers.{id}]\n"))
        .expect("the section")..];
    let own = &section[..section.find("\n[").unwrap_or(section.len())];
    let answer = own.lines().nth(1).unwrap_or_default().to_owned();
    (answer, own.contains("disputed = true"))
}

#[test]
fn at_80_by_24_every_option_is_on_screen_and_number_keys_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let mut s = Fill::sized(&path, &["--quick"], 80, 24);
    s.details("Testland", "");
    s.expect("Governance and implementation 0/13 · 0/65 answered");
    s.expect("Esc saves and stops");
    let screen = s.screen();
    assert!(
        screen.contains("Has the government formally named one body to lead"),
        "{screen}"
    );
    for (key, stage) in [
        (1, "Start-up"),
        (2, "Formative"),
        (3, "Established"),
        (4, "Strategic"),
        (5, "Dynamic"),
    ] {
        assert!(screen.contains(&format!("{key} {stage}")), "{screen}");
    }
    for entry in [
        "Not applicable",
        "Skip for now",
        "Back to the previous question",
        "Save and quit",
    ] {
        assert!(screen.contains(entry), "{entry} is on screen:\n{screen}");
    }
    assert!(screen.lines().count() <= 24);

    // 3 narrows the list to the third stage, in full; Enter saves it.
    s.send("3");
    s.expect("3 Established");
    s.send(ENTER);
    s.expect("Saved: Established");
    s.expect("1/65 answered");
    assert!(
        read(&path).contains("gov-lead-authority = \"established\""),
        "{}",
        read(&path)
    );
    s.send("1");
    s.expect("1 Start-up");
    s.send(ENTER);
    s.expect("Saved: Start-up");
    s.expect("2/65 answered");
    s.kill();
    let text = read(&path);
    assert!(
        text.contains("gov-lead-authority = \"established\""),
        "{text}"
    );
    assert!(text.contains("gov-task-force = \"start-up\""), "{text}");
}

#[test]
fn disputed_at_80_by_24_walks_only_the_disputed_questions_and_settles_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture("gated.toml"), dir.path().join("gated.toml")).expect("copy");
    let merge = dir.path().join("merge");
    std::fs::create_dir(&merge).expect("folder");
    for name in ["ministry.toml", "cert.toml", "regulator.toml"] {
        std::fs::copy(fixture("merge").join(name), merge.join(name)).expect("copy");
    }
    let path = merge.join("consensus.toml");
    let out = cyberassess()
        .current_dir(&merge)
        .args(["merge", "ministry.toml", "cert.toml", "regulator.toml"])
        .args(["-o", "consensus.toml"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut s = Fill::sized(&path, &["--disputed", "--quick"], 80, 24);
    s.expect("4 of 6 questions are disputed.");
    s.expect("Core 4/4 · 6/6 answered · 4 disputed");
    s.expect("Esc saves and stops");
    let screen = s.screen();
    for line in [
        "How far along is the plan?",
        "1 Start ",
        "2 Growing  (current) [National CERT] Draft plan.",
        "3 Working  [Ministry of ICT] Adopted plan.",
        "4 Leading  [regulator] Funded plan.",
        "Leave it disputed",
        "Save and quit",
        "National CERT: evidence Draft plan v2; Plan 2025. Notes: Not adopted yet.",
    ] {
        assert!(screen.contains(line), "{line:?} is on screen:\n{screen}");
    }

    // 3: the agreed answer, shown in full with what its respondent cited; Enter settles it.
    s.send("3");
    s.expect("Ministry of ICT: evidence Plan 2025.");
    s.send(ENTER);
    s.expect("Saved: Working, agreed (no longer disputed)");
    let text = read(&path);
    assert_eq!(
        consensus_answer(&text, "c-choice"),
        ("answer = \"working\"".to_owned(), false),
        "{text}"
    );
    assert!(consensus_answer(&text, "c-ind-3").1, "{text}");

    // c-ind-2 is agreed: the walk goes on to c-ind-3, left disputed by typing to search.
    s.expect("Is the lead mandated by law?");
    s.expect("Esc saves and stops");
    s.send("leave");
    s.expect("leave");
    s.send(ENTER);
    s.expect("Does the lead publish yearly reviews?");
    s.expect("Esc saves and stops");
    assert_eq!(read(&path), text, "leaving it disputed writes nothing");
    s.send("n");
    s.expect("Not in place.");
    s.send(ENTER);
    s.expect("Saved: No, agreed (no longer disputed)");
    s.expect("How are people trained?");
    s.send("save");
    s.expect("save");
    s.send(ENTER);
    s.expect("2 of 6 questions are still disputed. Resume with: cyberassess fill --disputed ");
    assert_eq!(s.exit_code(), 0);

    let text = read(&path);
    assert!(!consensus_answer(&text, "c-ind-4").1, "{text}");
    assert_eq!(text.matches("\ndisputed = true\n").count(), 2, "{text}");
    assert_eq!(text.matches("[[answers.c-choice.respondents]]").count(), 3);
    cyberassess().arg("check").arg(&path).assert().success();
}

#[test]
fn disputed_refuses_what_is_not_a_consensus_and_says_when_nothing_is_disputed() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture("gated.toml"), dir.path().join("gated.toml")).expect("copy");
    let merge = dir.path().join("merge");
    std::fs::create_dir(&merge).expect("folder");
    for name in ["ministry.toml", "cert.toml"] {
        std::fs::copy(fixture("merge").join(name), merge.join(name)).expect("copy");
    }
    let run = |args: &[&str]| {
        let out = cyberassess()
            .current_dir(&merge)
            .args(args)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), stderr)
    };

    let (code, stderr) = run(&["fill", "--disputed", "ministry.toml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("ministry.toml is not a consensus"),
        "{stderr}"
    );
    assert!(stderr.contains("cyberassess merge"), "{stderr}");

    let (code, stderr) = run(&["fill", "--disputed", "missing.toml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("missing.toml does not exist"), "{stderr}");
    let (code, stderr) = run(&["fill", "--targets", "missing.toml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("--targets sets the targets"), "{stderr}");

    // Settled by hand: every disputed mark removed.
    let (code, stderr) = run(&["merge", "ministry.toml", "cert.toml", "-o", "c.toml"]);
    assert_eq!(code, Some(0), "{stderr}");
    let text = read(&merge.join("c.toml"));
    assert!(text.contains("\ndisputed = true\n"), "{text}");
    let settled = text.replace("\ndisputed = true\n", "\n");
    std::fs::write(merge.join("c.toml"), &settled).expect("write");
    let (code, stderr) = run(&["fill", "--disputed", "c.toml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("No question of c.toml is disputed: every answer is agreed."),
        "{stderr}"
    );
    assert_eq!(read(&merge.join("c.toml")), settled, "nothing is written");

    // Without a terminal, a file that exists is to be edited, not replaced by a template.
    let (code, stderr) = run(&["merge", "ministry.toml", "cert.toml", "-o", "d.toml"]);
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr) = run(&["fill", "--disputed", "d.toml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("edit d.toml in any text editor"),
        "{stderr}"
    );
    assert!(
        stderr.contains("remove its `disputed = true` line"),
        "{stderr}"
    );
    assert!(!stderr.contains("cyberassess template"), "{stderr}");
}

/// The English words of `fill`'s screens, none of which may show in another language.
const ENGLISH_FILL_WORDS: [&str; 10] = [
    "answered",
    "Not applicable",
    "Skip for now",
    "Back to the previous question",
    "Save and quit",
    "Show the help",
    "Up/Down",
    "type to search",
    "Esc saves",
    "Saved:",
];

#[test]
fn at_80_by_24_fill_speaks_the_language_asked_with_save_and_quit_on_screen() {
    let mut scores = Vec::new();
    for (lang, progress, stages, entries, saved) in [
        (
            "es",
            "Gobernanza e implementación 0/13 · 0/65 respondidas",
            ["1 Inicial", "2 Formativa", "3 Establecida"],
            [
                "No corresponde",
                "Omitir por ahora",
                "Volver a la pregunta anterior",
                "Guardar y salir",
            ],
            "Guardado: Establecida",
        ),
        (
            "fr",
            "Gouvernance et mise en œuvre 0/13 · 0/65 répondues",
            ["1 Initial", "2 Formatif", "3 Établi"],
            [
                "Sans objet",
                "Passer pour l'instant",
                "Revenir à la question précédente",
                "Enregistrer et quitter",
            ],
            "Enregistré\u{a0}: Établi",
        ),
        (
            "pt",
            "Governança e implementação 0/13 · 0/65 respondidas",
            ["1 Inicial", "2 Formativo", "3 Estabelecido"],
            [
                "Não se aplica",
                "Pular por enquanto",
                "Voltar à pergunta anterior",
                "Salvar e sair",
            ],
            "Salvo: Estabelecido",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("answers.toml");
        let mut s = Fill::sized(&path, &["--quick", "--lang", lang], 80, 24);
        s.details_in(lang, "Testland", "");
        s.expect(progress);
        // The help line comes last, under the list.
        s.expect(match lang {
            "es" => "Esc guarda y sale",
            "fr" => "Échap enregistre et quitte",
            _ => "Esc salva e sai",
        });
        let screen = s.screen();
        assert!(screen.lines().count() <= 24);
        for text in stages.iter().chain(&entries) {
            assert!(
                screen.contains(text),
                "{lang}: {text} is on screen:\n{screen}"
            );
        }
        for word in ENGLISH_FILL_WORDS {
            assert!(
                !screen.contains(word),
                "{lang}: {word:?} on screen:\n{screen}"
            );
        }
        // 3 narrows the list to the third stage; Enter saves it, confirmed in the language.
        s.send("3");
        s.expect(stages[2]);
        s.send(ENTER);
        s.expect(saved);
        s.kill();
        let text = read(&path);
        assert!(
            text.contains("gov-lead-authority = \"established\""),
            "{lang}: {text}"
        );
        // The file's opening comment is in the session's language too.
        let header = match lang {
            "es" => [
                "# Respuestas a ",
                "# Escrito por `cyberassess fill`: vuelva a ejecutarlo",
            ],
            "fr" => [
                "# Réponses à ",
                "# Écrit par `cyberassess fill`\u{a0}: relancez-le",
            ],
            _ => [
                "# Respostas a ",
                "# Gravado por `cyberassess fill`: execute-o de novo",
            ],
        };
        for line in header {
            assert!(text.contains(line), "{lang}: no {line:?} in\n{text}");
        }
        for english in ["Answers to", "Written by", "to continue", "any text editor"] {
            assert!(!text.contains(english), "{lang}: {english:?} in\n{text}");
        }
        // Whatever the language of its comments, the file scores as the same answers.
        let out = cyberassess()
            .args(["score", "-f", "json", "answers.toml"])
            .current_dir(dir.path())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{lang}");
        scores.push(String::from_utf8(out.stdout).expect("UTF-8"));
    }
    assert_eq!(scores[0], scores[1]);
    assert_eq!(scores[0], scores[2]);
}
