//! Every question of every built-in questionnaire laid out at 80 × 24, and the keys, search and
//! respondents of one screen.

use cyberassess::fill::{
    Choice, Mode, PickAsk, PromptError, Prompter, QuestionAction, QuestionScreen, Respondent,
    Settings, Start, Store, TextAsk, fill,
};
use cyberassess::model::{
    Answer, Answers, Assessment, IndicatorAnswer, QuestionKind, Questionnaire, Response, StageIndex,
};
use cyberassess::parse::parse_questionnaire;

use super::Layout;

/// Saves nothing: skipping questions writes nothing.
struct Nowhere;

impl Store for Nowhere {
    fn save(&mut self, _: &str) -> std::io::Result<()> {
        Ok(())
    }
}

/// Lays out every question screen it is shown at `size`, and skips it.
struct Measure {
    size: (usize, usize),
    layouts: Vec<(String, usize, Layout)>,
}

impl Prompter for Measure {
    fn say(&mut self, _: &str) {}
    fn saved(&mut self, _: &str) {}
    fn question(&mut self, screen: &QuestionScreen<'_>) -> Result<QuestionAction, PromptError> {
        let help = !screen.help_paragraphs().is_empty();
        let layout = Layout::new(screen, help, self.size.0, self.size.1);
        let entries = screen.choices.len() + usize::from(help);
        self.layouts.push((screen.id.to_owned(), entries, layout));
        Ok(QuestionAction::Skip)
    }
    fn text(&mut self, _: &TextAsk<'_>) -> Result<String, PromptError> {
        Err(PromptError::Interrupted)
    }
    fn pick(&mut self, _: &PickAsk<'_, usize>) -> Result<usize, PromptError> {
        Err(PromptError::Interrupted)
    }
}

/// Every question of `q` as `--review` shows it with every question answered: the most entries
/// a screen has (the current answer marked, and "Clear the answer").
fn review_layouts(q: &Questionnaire, size: (usize, usize)) -> Vec<(String, usize, Layout)> {
    let answers: Answers = q
        .questions()
        .map(|(r, question)| {
            let response = match &question.kind {
                QuestionKind::Choice { options } => Response::Stage(options[0].stage),
                QuestionKind::Indicator { .. } => Response::Indicator(IndicatorAnswer::Partly),
            };
            (r, Answer::bare(response))
        })
        .collect();
    let text = format!(
        "questionnaire = \"{}\"\n[assessment]\ncountry = \"X\"\nassessors = []\n\
         assessed_on = 2026-01-05\ntarget = \"{}\"\n[answers]\n",
        q.id, q.stages[0].id
    );
    let assessment = Assessment {
        answers,
        ..Assessment::default()
    };
    let settings = Settings {
        mode: Mode::Review,
        quick: true,
        today: "2026-11-28".into(),
        file: "x.toml".into(),
        locale: cyberassess::i18n::Locale::En,
    };
    let mut measure = Measure {
        size,
        layouts: Vec::new(),
    };
    let mut store = Nowhere;
    let start = Start::Existing { text, assessment };
    fill(q, start, &settings, &mut measure, &mut store).expect("the walk runs");
    assert_eq!(measure.layouts.len(), q.question_count());
    measure.layouts
}

#[test]
fn every_question_of_every_builtin_fits_80_by_24_with_save_and_quit() {
    for builtin in cyberassess::builtin::all() {
        let q = parse_questionnaire(builtin.text).value.expect("parses");
        for (id, entries, layout) in review_layouts(&q, (80, 24)) {
            let at = format!("{} {id}", builtin.id_version());
            assert!(layout.height() < 24, "{at}: {} rows", layout.height());
            assert_eq!(layout.rows.len(), entries, "{at}: every entry is listed");
            assert_eq!(
                layout.rows.last().map(|r| r.line.trim()),
                Some("Save and quit"),
                "{at}"
            );
            assert!(
                layout.rows.iter().any(|r| r.line.contains("(current)")),
                "{at}: the current answer is marked"
            );
            let lines = layout
                .message
                .lines()
                .chain(layout.rows.iter().flat_map(|r| r.line.lines()));
            for line in lines {
                // The list draws two characters (the cursor and a space) before each entry.
                assert!(line.chars().count() + 2 <= 80, "{at}: {line}");
            }
        }
    }
}

#[test]
fn a_large_terminal_gets_every_option_in_full() {
    let q = parse_questionnaire(cyberassess::builtin::all()[0].text)
        .value
        .expect("parses");
    let small = review_layouts(&q, (80, 24));
    assert!(small.iter().any(|(_, _, l)| l.compact));
    for (id, _, layout) in review_layouts(&q, (140, 60)) {
        assert!(!layout.compact, "{id}");
        assert!(layout.height() < 60, "{id}");
    }
}

fn gated_screen<'a>(respondents: Vec<Respondent<'a>>) -> QuestionScreen<'a> {
    let stage = |label: &str, text: &str, s: usize| {
        Choice::described(
            label,
            text,
            QuestionAction::Answer(Response::Stage(StageIndex::new(s))),
        )
        .keyed(char::from(b'1' + s as u8))
    };
    QuestionScreen {
        id: "c-choice",
        pillar: "Core",
        number: 1,
        total: 6,
        pillar_answered: (3, 4),
        answered: 5,
        disputed: 0,
        prompt: "How far along is the plan?",
        help: None,
        evidence: None,
        requirement: None,
        stage_evidence: Vec::new(),
        glossary: Vec::new(),
        carried: None,
        choices: vec![
            stage("Start", "No plan.", 0),
            stage("Growing", "Draft plan.", 1),
            stage("Working", "Adopted plan.", 2),
            stage("Leading", "Funded plan.", 3),
            Choice::described(
                "Not applicable",
                "It does not apply here.",
                QuestionAction::Answer(Response::NotApplicable),
            ),
            Choice::new("Leave it disputed", QuestionAction::LeaveDisputed),
            Choice::new("Back to the previous question", QuestionAction::Back),
            Choice::new("Save and quit", QuestionAction::SaveAndQuit),
        ],
        selected: 1,
        current: Some(1),
        respondents,
        locale: cyberassess::i18n::Locale::En,
    }
}

#[test]
fn keys_choose_one_option_and_typing_searches() {
    let screen = gated_screen(Vec::new());
    assert_eq!(screen.progress(), "Core 3/4 · 5/6 answered");
    let layout = Layout::new(&screen, true, 80, 24);
    let shown = |typed: &str| -> Vec<usize> {
        (0..layout.rows.len())
            .filter(|&i| layout.shows(typed, i))
            .collect()
    };
    assert_eq!(shown("3"), [2]);
    assert_eq!(shown(" 3 "), [2]);
    assert_eq!(shown("plan"), [0, 1, 2, 3]);
    assert_eq!(shown("n/a"), [4]);
    assert_eq!(shown("disputed"), [6]);
    assert_eq!(shown("").len(), 9);
    // The help entry comes after the answers.
    assert_eq!(
        layout.rows[5].line,
        "  Show the help and the evidence to cite"
    );
    assert_eq!(layout.rows[5].choice, None);
    assert_eq!(layout.rows[6].choice, Some(5));
    assert_eq!(
        layout.help,
        "1-4 or Up/Down, then Enter · type to search · Esc saves and stops"
    );
}

#[test]
fn a_disputed_option_shows_who_chose_it_and_what_they_cited() {
    let evidence = ["Draft plan v2".to_owned(), "Plan 2025".to_owned()];
    let respondents = vec![
        Respondent {
            name: "Ministry of Information and Communication Technology",
            short: "MoIaCT",
            choice: Some(2),
            evidence: &[],
            notes: None,
        },
        Respondent {
            name: "National CERT",
            short: "National CERT",
            choice: Some(1),
            evidence: &evidence,
            notes: Some("Not adopted yet."),
        },
    ];
    let screen = gated_screen(respondents);
    // 12 rows tall: the compact layout, one line per entry.
    let layout = Layout::new(&screen, false, 80, 12);
    assert!(layout.compact);
    assert_eq!(
        layout.rows[1].line,
        "2 Growing  (current) [National CERT] Draft plan."
    );
    assert_eq!(layout.rows[2].line, "3 Working  [MoIaCT] Adopted plan.");
    assert_eq!(layout.rows[0].line, "1 Start    No plan.");
    assert_eq!(layout.rows[5].line, "  Leave it disputed");
    assert_eq!(
        layout.rows[1].full,
        "2 Growing (current) [National CERT]\n    Draft plan.\n    National CERT: evidence \
         Draft plan v2; Plan 2025. Notes: Not adopted\n    yet."
    );
    assert!(
        layout
            .message
            .ends_with("(MoIaCT = Ministry of Information and Communication Technology)"),
        "{}",
        layout.message
    );

    // With rows to spare, what each respondent cited is under the question too.
    let roomier = Layout::new(&screen, false, 80, 18);
    assert!(roomier.compact && roomier.height() < 18);
    assert!(
        roomier.message.ends_with(
            "Technology)\nNational CERT: evidence Draft plan v2; Plan 2025. Notes: Not adopted yet."
        ),
        "{}",
        roomier.message
    );
    // A terminal large enough shows every option in full, with what its respondents cited.
    let large = Layout::new(&screen, false, 80, 40);
    assert!(!large.compact);
    assert_eq!(large.rows[1].line, large.rows[1].full);
}
