//! Walking through the questions: where the walk starts and what it says there, one question
//! screen after another (with back and skip), and what is offered at the end.
//!
//! Which questions are walked depends on the [`Mode`]: the unanswered ones, all of them, or only
//! the disputed ones.

use super::flow::{Ending, FillError, Mode, Session, asked};
use super::prompter::{Choice, PickAsk, QuestionAction};
use super::screen::{Sources, screen};
use crate::carry::needs_review;
use crate::t;

/// Where the walk goes after a question.
enum Moved {
    /// To the next question.
    Forward,
    /// To the question shown before this one.
    Back,
    /// Nowhere: the walk ends.
    End(Ending),
}

impl Session<'_> {
    /// The first question to show, after saying where the walk starts; `None` when there is
    /// nothing to walk (said too).
    pub(super) fn first(&mut self, new: bool, carried: bool) -> Option<usize> {
        let total = self.refs.len();
        let locale = self.settings.locale;
        match self.settings.mode {
            Mode::Review => {
                self.prompter.say(&t!(
                    locale,
                    "fill-reviewing",
                    total = total,
                    answered = self.answers.len()
                ));
                (total > 0).then_some(0)
            }
            Mode::Disputed => {
                let disputed = self.records.disputed();
                let first = self.next_wanted(0);
                self.prompter.say(&if first.is_some() {
                    t!(
                        locale,
                        "fill-disputed-intro",
                        disputed = disputed,
                        total = total
                    )
                } else {
                    t!(
                        locale,
                        "fill-none-disputed",
                        file = self.settings.file.as_str()
                    )
                });
                first
            }
            Mode::Unanswered | Mode::Targets => {
                let first = self.next_wanted(0);
                match first {
                    Some(i) if !new => self.say_resuming(i, carried),
                    None if !new => {
                        self.prompter
                            .say(&t!(locale, "fill-all-answered-already", total = total))
                    }
                    _ => {}
                }
                first
            }
        }
    }

    fn say_resuming(&mut self, i: usize, carried: bool) {
        let r = self.refs[i];
        let review = self.to_review();
        let (locale, answered, total) = (self.settings.locale, self.answers.len(), self.refs.len());
        let pillar = self.q.pillars[r.pillar].name.as_str();
        let number = r.question + 1;
        let text = if review > 0 && !carried {
            t!(
                locale,
                "fill-resuming-review",
                answered = answered,
                total = total,
                review = review,
                pillar = pillar,
                number = number
            )
        } else if answered == 0 {
            t!(
                locale,
                "fill-starting",
                answered = answered,
                total = total,
                pillar = pillar,
                number = number
            )
        } else {
            t!(
                locale,
                "fill-resuming",
                answered = answered,
                total = total,
                pillar = pillar,
                number = number
            )
        };
        self.prompter.say(&text);
    }

    /// Shows the questions from `first` on, until the end, "Save and quit" or Esc.
    pub(super) fn walk(&mut self, first: usize) -> Result<Ending, FillError> {
        let mut history: Vec<usize> = Vec::new();
        let mut pillar_shown = None;
        let mut pos = Some(first);
        loop {
            let i = match pos {
                Some(i) => i,
                None => match self.at_end()? {
                    Ok(i) => i,
                    Err(ending) => return Ok(ending),
                },
            };
            let pillar = self.refs[i].pillar;
            if pillar_shown != Some(pillar) {
                pillar_shown = Some(pillar);
                self.say_pillar(pillar);
            }
            pos = match self.ask(i)? {
                Moved::Forward => {
                    history.push(i);
                    self.next_wanted(i + 1)
                }
                Moved::Back => {
                    if history.is_empty() {
                        let text = t!(self.settings.locale, "fill-first-question");
                        self.prompter.say(&text);
                    }
                    Some(history.pop().unwrap_or(i))
                }
                Moved::End(ending) => return Ok(ending),
            };
        }
    }

    /// Shows question `i` and does what was chosen.
    fn ask(&mut self, i: usize) -> Result<Moved, FillError> {
        let r = self.refs[i];
        let sources = Sources {
            q: self.q,
            answers: &self.answers,
            records: &self.records,
            shorts: &self.shorts,
            refs: &self.refs,
            settling: self.settling(i),
        };
        let screen = screen(&sources, i, self.settings.locale);
        let Some(action) = asked(self.prompter.question(&screen))? else {
            return Ok(Moved::End(Ending::Interrupted));
        };
        Ok(match action {
            QuestionAction::Answer(response) => {
                let label = screen
                    .choices
                    .iter()
                    .find(|c| c.value == action)
                    .map_or_else(String::new, |c| c.label.clone());
                match self.answer(r, response, &label)? {
                    Ending::Interrupted => Moved::End(Ending::Interrupted),
                    _ => Moved::Forward,
                }
            }
            QuestionAction::Clear => {
                self.clear(r)?;
                Moved::Forward
            }
            QuestionAction::Skip | QuestionAction::LeaveDisputed => Moved::Forward,
            QuestionAction::Back => Moved::Back,
            QuestionAction::SaveAndQuit => Moved::End(Ending::Quit),
        })
    }

    /// What is offered once the walk passed the last question: `Ok` with the question to go on
    /// with, or `Err` with how the walk ends.
    fn at_end(&mut self) -> Result<Result<usize, Ending>, FillError> {
        let total = self.refs.len();
        let missing = total - self.answers.len();
        let review = self.to_review();
        let disputed = self.records.disputed();
        let locale = self.settings.locale;
        let prompt = match self.settings.mode {
            Mode::Disputed if disputed == 0 => {
                self.prompter.say(&t!(locale, "fill-all-settled"));
                return Ok(Err(Ending::Finished));
            }
            Mode::Disputed => t!(
                locale,
                "fill-still-disputed",
                disputed = disputed,
                total = total
            ),
            _ if missing == 0 && review == 0 => {
                self.prompter
                    .say(&t!(locale, "fill-all-answered", total = total));
                return Ok(Err(Ending::Finished));
            }
            _ => match (missing, review) {
                (0, _) => t!(locale, "fill-not-reviewed", review = review),
                (_, 0) => t!(locale, "fill-unanswered", missing = missing, total = total),
                _ => t!(
                    locale,
                    "fill-unanswered-not-reviewed",
                    missing = missing,
                    total = total,
                    review = review
                ),
            },
        };
        let again = if self.settings.mode == Mode::Disputed {
            t!(locale, "fill-go-through-again")
        } else {
            t!(locale, "fill-answer-now")
        };
        let Some(choice) = asked(self.prompter.pick(&PickAsk {
            prompt: &prompt,
            choices: vec![
                Choice::new(again, 0),
                Choice::new(t!(locale, "fill-finish"), 1),
            ],
            selected: 0,
            saved: false,
        }))?
        else {
            return Ok(Err(Ending::Interrupted));
        };
        if choice == 1 {
            return Ok(Err(Ending::Finished));
        }
        // The walk as a first run makes it: the unanswered questions, even in a review.
        let from_start = match self.settings.mode {
            Mode::Review => self.next_unanswered(0),
            _ => self.next_wanted(0),
        };
        Ok(from_start.ok_or(Ending::Finished))
    }

    fn say_pillar(&mut self, p: usize) {
        let pillar = &self.q.pillars[p];
        let mut text = t!(
            self.settings.locale,
            "fill-pillar",
            number = p + 1,
            total = self.q.pillars.len(),
            name = pillar.name.as_str(),
            count = pillar.questions.len()
        );
        if !pillar.summary.trim().is_empty() {
            text.push_str(". ");
            text.push_str(pillar.summary.trim());
        }
        self.prompter.say(&text);
    }

    /// Whether question `i` is shown to settle its dispute.
    fn settling(&self, i: usize) -> bool {
        self.settings.mode == Mode::Disputed
            && self.records.get(&self.refs[i]).is_some_and(|r| r.disputed)
    }

    /// The next question from `from` on that the walk shows.
    fn next_wanted(&self, from: usize) -> Option<usize> {
        match self.settings.mode {
            Mode::Review => (from < self.refs.len()).then_some(from),
            Mode::Disputed => (from..self.refs.len()).find(|&i| self.settling(i)),
            Mode::Unanswered | Mode::Targets => self.next_unanswered(from),
        }
    }

    /// The next question from `from` on that is unanswered, or carried over and not reviewed.
    fn next_unanswered(&self, from: usize) -> Option<usize> {
        (from..self.refs.len()).find(|&i| self.answers.get(&self.refs[i]).is_none_or(needs_review))
    }

    /// How many carried-over answers are not reviewed yet.
    fn to_review(&self) -> usize {
        self.answers.iter().filter(|(_, a)| needs_review(a)).count()
    }
}
