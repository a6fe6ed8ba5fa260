//! Evidence for one answer, asked a line at a time and saved line by line.

use super::flow::{Ending, FillError, Session};
use super::prompter::TextAsk;
use crate::model::{Answer, QuestionRef};
use crate::t;

impl Session<'_> {
    /// Asks the evidence one line at a time: each current line to keep, edit or remove, then new
    /// lines until an empty one. Every line is saved as it is given.
    pub(super) fn evidence(
        &mut self,
        r: QuestionRef,
        answer: &mut Answer,
    ) -> Result<Ending, FillError> {
        let locale = self.settings.locale;
        self.prompter.say(&t!(locale, "fill-evidence-intro"));
        let (keep, done) = (
            t!(locale, "fill-evidence-keep"),
            t!(locale, "fill-evidence-done"),
        );
        let current = std::mem::take(&mut answer.evidence);
        for (i, line) in current.iter().enumerate() {
            let label = format!("{}.", answer.evidence.len() + 1);
            let given = ask!(self.prompter.text(&TextAsk {
                prompt: &label,
                hint: Some(&keep),
                initial: Some(line),
                default: None,
                required: false,
            }));
            let given = given.trim();
            let kept = answer.evidence.len();
            if !given.is_empty() {
                answer.evidence.push(given.to_owned());
            }
            // The lines not reviewed yet stay in the file meanwhile.
            let mut saved = answer.clone();
            saved.evidence.extend(current[i + 1..].iter().cloned());
            self.write(r, &saved)?;
            let text = if answer.evidence.len() > kept {
                t!(locale, "fill-saved", what = given)
            } else {
                t!(locale, "fill-saved-removed", line = line.as_str())
            };
            self.prompter.saved(&text);
        }
        loop {
            let label = format!("{}.", answer.evidence.len() + 1);
            let given = ask!(self.prompter.text(&TextAsk {
                prompt: &label,
                hint: Some(&done),
                initial: None,
                default: None,
                required: false,
            }));
            let given = given.trim();
            if given.is_empty() {
                return Ok(Ending::Finished);
            }
            answer.evidence.push(given.to_owned());
            self.write(r, answer)?;
            self.prompter.saved(&t!(locale, "fill-saved", what = given));
        }
    }
}
