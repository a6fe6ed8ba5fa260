//! `fill` for a room: keys on the options, the progress line, the current answer marked, clearing
//! an answer, and the targets.

use super::*;

#[test]
fn options_have_keys_and_the_progress_counts_answers() {
    let q = q();
    let steps = vec![act(Response::Stage(StageIndex::new(1))), act(YES)];
    let (_, prompter, _) = run(&q, existing(EMPTY, &q), &settings(false, true), steps);
    let [choice, indicator, third] = &prompter.screens[..] else {
        panic!("{:?}", prompter.screens);
    };
    let keys = |seen: &Seen| -> Vec<(Option<char>, String)> {
        seen.choices.iter().map(|c| (c.0, c.1.clone())).collect()
    };
    let key = |k: Option<char>, label: &str| (k, label.to_owned());
    assert_eq!(
        keys(choice),
        [
            key(Some('1'), "Start"),
            key(Some('2'), "Growing"),
            key(Some('3'), "Working"),
            key(Some('4'), "Leading"),
            key(None, "Not applicable"),
            key(None, "Skip for now"),
            key(None, "Back to the previous question"),
            key(None, "Save and quit"),
        ]
    );
    assert_eq!(
        keys(indicator)[..3],
        [
            key(Some('y'), "Yes"),
            key(Some('p'), "Partly"),
            key(Some('n'), "No")
        ]
    );
    assert_eq!(choice.progress, "Core 0/4 · 0/6 answered");
    assert_eq!(indicator.progress, "Core 1/4 · 1/6 answered");
    assert_eq!(third.progress, "Core 2/4 · 2/6 answered");
}

#[test]
fn review_marks_the_current_answer_and_an_answer_can_be_cleared() {
    let q = q();
    let text = format!(
        "{EMPTY}c-choice = \"working\"\nc-ind-2.answer = \"yes\"\nc-ind-2.evidence = [\"Law 1\"]\n"
    );
    let steps = vec![
        Step::Act(QuestionAction::Skip),
        Step::Act(QuestionAction::Clear),
        Step::Act(QuestionAction::SaveAndQuit),
    ];
    let (outcome, prompter, store) = run(&q, existing(&text, &q), &settings(true, false), steps);
    assert!(prompter.finished());
    assert_eq!(outcome.answered, 1);
    let current: Vec<Option<&str>> = (prompter.screens.iter())
        .map(|s| s.current.as_deref())
        .collect();
    assert_eq!(current, [Some("Working"), Some("Yes"), None]);
    let offers_clear = |i: usize| {
        prompter.screens[i]
            .choices
            .iter()
            .any(|c| c.1 == "Clear the answer")
    };
    assert!(offers_clear(0) && offers_clear(1) && !offers_clear(2));
    assert_eq!(store.saves.len(), 1);
    let saved = store.last().unwrap();
    assert!(saved.contains("c-ind-2.answer = \"\"\n"), "{saved}");
    let (a, warnings) = resolve(saved, &q);
    assert_eq!(
        warnings,
        ["5 of 6 questions are unanswered: c-ind-2, c-ind-3, c-ind-4, e-choice, e-ind-3"],
        "no warning of an answer without its `answer`"
    );
    assert_eq!(a.answers.get(&at(&q, "c-ind-2")), None);
    assert_eq!(
        a.answers[&at(&q, "c-choice")].response,
        Response::Stage(StageIndex::new(2))
    );
    assert!(prompter.shown.contains(&Shown::Saved(
        "Saved: the answer to c-ind-2 is cleared; the question is unanswered.".into()
    )));
}

#[test]
fn targets_are_asked_overall_then_per_pillar_and_saved_each() {
    let q = q();
    let text = format!("{EMPTY}c-choice = \"working\"\n");
    let settings = Settings {
        mode: Mode::Targets,
        ..settings(false, true)
    };
    // Leading overall; Core aims for Growing; Extra takes the overall target (the entry after
    // the four stages).
    let steps = vec![Step::Pick(3), Step::Pick(1), Step::Pick(4)];
    let (outcome, prompter, store) = run(&q, existing(&text, &q), &settings, steps);
    assert!(prompter.finished());
    assert_eq!(outcome.ending, Ending::Finished);
    assert!(prompter.questions().is_empty(), "no question is asked");
    assert_eq!(store.saves.len(), 3);
    let (first, _) = resolve(&store.saves[0], &q);
    assert_eq!(first.overall_target, StageIndex::new(3));
    assert_eq!(first.targets, [3, 3].map(StageIndex::new));
    let (last, _) = resolve(store.last().unwrap(), &q);
    assert_eq!(last.targets, [1, 3].map(StageIndex::new));
    assert_eq!(
        last.answers[&at(&q, "c-choice")].response,
        Response::Stage(StageIndex::new(2))
    );
    let saved: Vec<&Shown> = (prompter.shown.iter())
        .filter(|s| matches!(s, Shown::Saved(_)))
        .collect();
    assert_eq!(
        saved,
        [
            &Shown::Saved("Saved: overall target Leading".into()),
            &Shown::Saved("Saved: Core aims for Growing".into()),
            &Shown::Saved("Saved: Extra takes the overall target (Leading)".into()),
        ]
    );
}
