//! Saved before shown: every save comes before the confirmation of what it holds, one by one.

use super::*;

/// What happened, in order: a save of the file, or a confirmation on the screen.
#[derive(Debug, Clone, PartialEq)]
enum Event {
    Save(String),
    Confirm(String),
}

type Journal = std::rc::Rc<std::cell::RefCell<Vec<Event>>>;

/// A store that writes each save into the journal.
struct JournalStore(Journal);

impl Store for JournalStore {
    fn save(&mut self, text: &str) -> std::io::Result<()> {
        self.0.borrow_mut().push(Event::Save(text.to_owned()));
        Ok(())
    }
}

/// A scripted prompter that writes each confirmation into the journal.
struct JournalPrompter(ScriptedPrompter, Journal);

impl Prompter for JournalPrompter {
    fn say(&mut self, text: &str) {
        self.0.say(text);
    }
    fn saved(&mut self, text: &str) {
        self.1.borrow_mut().push(Event::Confirm(text.to_owned()));
        self.0.saved(text);
    }
    fn question(&mut self, screen: &QuestionScreen<'_>) -> Result<QuestionAction, PromptError> {
        self.0.question(screen)
    }
    fn text(&mut self, ask: &TextAsk<'_>) -> Result<String, PromptError> {
        self.0.text(ask)
    }
    fn pick(&mut self, ask: &PickAsk<'_, usize>) -> Result<usize, PromptError> {
        self.0.pick(ask)
    }
}

#[test]
fn everything_is_saved_before_it_is_confirmed_one_by_one() {
    let q = q();
    let steps = vec![
        Step::Text("Testland".into()),
        Step::Text("Ministry of ICT; CERT".into()),
        Step::Text("2026-11-20".into()),
        Step::Pick(2),
        act(Response::Stage(StageIndex::new(1))),
        Step::Pick(1),
        Step::Text("https://example.org/decree".into()),
        Step::Text("Decree 3/2025".into()),
        Step::Text(String::new()),
        Step::Text("Named in 2025.".into()),
        act(Response::NotApplicable),
        Step::Text("No lead is needed.".into()),
        Step::Interrupt,
    ];
    let journal = Journal::default();
    let mut prompter = JournalPrompter(ScriptedPrompter::new(steps), journal.clone());
    let mut store = JournalStore(journal.clone());
    let start = Start::New {
        reference: "gated.toml".into(),
    };
    let outcome = fill(
        &q,
        start,
        &settings(false, false),
        &mut prompter,
        &mut store,
    )
    .expect("flow runs");
    assert!(prompter.0.finished());
    assert_eq!(outcome.answered, 2);

    // Every confirmation comes right after the save that holds what it confirms, and every save
    // is confirmed: details, answers, evidence lines and notes one by one.
    let events = journal.borrow().clone();
    let confirmed: Vec<&str> = events
        .iter()
        .filter_map(|e| match e {
            Event::Confirm(c) => Some(c.as_str()),
            Event::Save(_) => None,
        })
        .collect();
    assert_eq!(
        confirmed,
        [
            "Saved: Testland",
            "Saved: Ministry of ICT; CERT",
            "Saved: 2026-11-20",
            "Saved: target Working",
            "Saved: Growing",
            "Saved: https://example.org/decree",
            "Saved: Decree 3/2025",
            "Saved: Named in 2025.",
            "Saved: Not applicable, because No lead is needed.",
        ]
    );
    let written_as = [
        "country = \"Testland\"",
        "assessors = [\"Ministry of ICT\", \"CERT\"]",
        "assessed_on = 2026-11-20",
        "target = \"working\"",
        "c-choice = \"growing\"",
        "c-choice.evidence = [\"https://example.org/decree\"]",
        "c-choice.evidence = [\"https://example.org/decree\", \"Decree 3/2025\"]",
        "c-choice.notes = \"Named in 2025.\"",
        "c-ind-2.notes = \"No lead is needed.\"",
    ];
    assert_eq!(events.len(), 2 * written_as.len(), "{events:#?}");
    for (pair, text) in events.chunks(2).zip(written_as) {
        match pair {
            [Event::Save(saved), Event::Confirm(_)] => {
                assert!(saved.contains(text), "{text} in\n{saved}");
                resolve(saved, &q);
            }
            other => panic!("not a save then its confirmation: {other:#?}"),
        }
    }
}

#[test]
fn the_date_is_a_default_that_typing_replaces() {
    let q = q();
    let start = Start::New {
        reference: "gated.toml".into(),
    };
    let mut prompter = ScriptedPrompter::new(vec![
        Step::Text("Testland".into()),
        Step::Text(String::new()),
    ]);
    let mut store = MemoryStore::default();
    fill(&q, start, &settings(false, true), &mut prompter, &mut store).expect("flow runs");
    // Nothing is filled in to edit: today's date is what an empty answer stands for.
    let mut asked = None;
    struct Capture<'a>(&'a mut Option<(Option<String>, Option<String>)>);
    impl Prompter for Capture<'_> {
        fn say(&mut self, _: &str) {}
        fn saved(&mut self, _: &str) {}
        fn question(&mut self, _: &QuestionScreen<'_>) -> Result<QuestionAction, PromptError> {
            Err(PromptError::Interrupted)
        }
        fn text(&mut self, ask: &TextAsk<'_>) -> Result<String, PromptError> {
            if ask.prompt.starts_with("Date") {
                *self.0 = Some((ask.initial.map(Into::into), ask.default.map(Into::into)));
                return Err(PromptError::Interrupted);
            }
            Ok("Testland".into())
        }
        fn pick(&mut self, _: &PickAsk<'_, usize>) -> Result<usize, PromptError> {
            Err(PromptError::Interrupted)
        }
    }
    let start = Start::New {
        reference: "gated.toml".into(),
    };
    fill(
        &q,
        start,
        &settings(false, true),
        &mut Capture(&mut asked),
        &mut store,
    )
    .expect("runs");
    assert_eq!(asked, Some((None, Some("2026-11-27".to_owned()))));
}
