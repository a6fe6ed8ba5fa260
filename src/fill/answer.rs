//! Answering one question: the response, then why (for n/a) or evidence and notes, each saved
//! and then confirmed; and clearing an answer. Every text is checked with the answers parser
//! before it is saved, so a saved file always reads back.

use super::answers_doc::{AnswersDoc, AnswersDocError};
use super::flow::{Ending, FillError, Mode, Session};
use super::prompter::{Choice, PickAsk, TextAsk};
use crate::carry::reviewed_notes;
use crate::model::{Answer, QuestionRef, Record, Response};
use crate::parse::{parse_answers, resolve_answers};
use crate::t;

impl Session<'_> {
    /// Records a response (shown as `label`), then asks why (n/a) or offers evidence and
    /// notes; each is saved, then confirmed. Returns [`Ending::Interrupted`] when the person left
    /// on the way, else [`Ending::Finished`].
    pub(super) fn answer(
        &mut self,
        r: QuestionRef,
        response: Response,
        label: &str,
    ) -> Result<Ending, FillError> {
        let locale = self.settings.locale;
        let old = self.answers.get(&r).cloned();
        // Answering a carried-over question is its review: the review note goes.
        let mut answer = Answer {
            response,
            evidence: old.as_ref().map(|a| a.evidence.clone()).unwrap_or_default(),
            notes: reviewed_notes(old.as_ref().and_then(|a| a.notes.as_deref())),
        };
        if response == Response::NotApplicable {
            let prompt = t!(locale, "fill-why-not-applicable");
            loop {
                let why = ask!(self.prompter.text(&TextAsk {
                    prompt: &prompt,
                    hint: None,
                    initial: answer.notes.as_deref(),
                    default: None,
                    required: true,
                }));
                if !why.trim().is_empty() {
                    answer.notes = Some(why.trim().to_owned());
                    break;
                }
                self.prompter.say(&t!(locale, "fill-why-needed"));
            }
            let agreed = self.write_agreed(r, &answer)?;
            let why = answer.notes.as_deref().unwrap_or_default();
            let text = if agreed {
                t!(
                    locale,
                    "fill-saved-agreed-because",
                    answer = label,
                    why = why
                )
            } else {
                t!(locale, "fill-saved-because", answer = label, why = why)
            };
            self.prompter.saved(&text);
            return Ok(Ending::Finished);
        }
        let text = if self.write_agreed(r, &answer)? {
            t!(locale, "fill-saved-agreed", answer = label)
        } else {
            t!(locale, "fill-saved", what = label)
        };
        self.prompter.saved(&text);
        if self.settings.quick {
            return Ok(Ending::Finished);
        }
        let has = !answer.evidence.is_empty() || answer.notes.is_some();
        let choices = if has {
            vec![
                Choice::new(t!(locale, "fill-keep-evidence"), 0),
                Choice::new(t!(locale, "fill-change-evidence"), 1),
            ]
        } else {
            vec![
                Choice::new(t!(locale, "fill-no-evidence"), 0),
                Choice::new(t!(locale, "fill-add-evidence"), 1),
            ]
        };
        let prompt = if has {
            let mut p = t!(locale, "fill-given-so-far");
            for e in &answer.evidence {
                p.push_str(&format!("\n- {e}"));
            }
            if let Some(notes) = &answer.notes {
                p.push('\n');
                p.push_str(&t!(locale, "fill-notes-given", notes = notes.as_str()));
            }
            p
        } else {
            t!(locale, "fill-add-evidence-question")
        };
        if ask!(self.prompter.pick(&PickAsk {
            prompt: &prompt,
            choices,
            selected: 0,
            saved: false,
        })) == 0
        {
            return Ok(Ending::Finished);
        }
        if self.evidence(r, &mut answer)? == Ending::Interrupted {
            return Ok(Ending::Interrupted);
        }
        let (prompt, hint) = (
            t!(locale, "fill-notes"),
            if answer.notes.is_some() {
                t!(locale, "fill-enter-keeps-text")
            } else {
                t!(locale, "fill-enter-skips")
            },
        );
        let notes = ask!(self.prompter.text(&TextAsk {
            prompt: &prompt,
            hint: Some(&hint),
            initial: answer.notes.as_deref(),
            default: None,
            required: false,
        }));
        let had_notes = answer.notes.is_some();
        answer.notes = Some(notes.trim().to_owned()).filter(|n| !n.is_empty());
        self.write(r, &answer)?;
        match &answer.notes {
            Some(notes) => {
                let text = t!(locale, "fill-saved", what = notes.as_str());
                self.prompter.saved(&text);
            }
            None if had_notes => self.prompter.saved(&t!(locale, "fill-saved-notes-removed")),
            None => {}
        }
        Ok(Ending::Finished)
    }

    /// Writes one answer to the file, unless it is unchanged. In `fill --disputed`, the answer
    /// given to a disputed question is the agreed one: the question is no longer disputed.
    pub(super) fn write(&mut self, r: QuestionRef, answer: &Answer) -> Result<(), FillError> {
        let settles = self.settings.mode == Mode::Disputed
            && self.records.get(&r).is_some_and(|rec| rec.disputed);
        if self.answers.get(&r) == Some(answer) && !settles {
            return Ok(());
        }
        let mut edited = self.doc.clone();
        edited.set(self.q, r, answer)?;
        if settles {
            edited.settle(self.q, r)?;
        }
        self.save(&edited.text())?;
        self.doc = edited;
        self.answers.insert(r, answer.clone());
        if let Some(record) = self.records.get(&r).filter(|_| settles) {
            let settled = Record {
                disputed: false,
                ..record.clone()
            };
            self.records.insert(r, settled);
        }
        Ok(())
    }

    /// Clears the answer to `r` (with its evidence and notes), then confirms it.
    pub(super) fn clear(&mut self, r: QuestionRef) -> Result<(), FillError> {
        let q = self.q;
        self.edit(|doc| doc.clear(q, r))?;
        self.answers.remove(&r);
        let text = t!(
            self.settings.locale,
            "fill-saved-cleared",
            id = self.q.question(r).id.as_str()
        );
        self.prompter.saved(&text);
        Ok(())
    }

    /// Applies `change` to a copy of the file, saves it, and keeps it as the file last saved.
    pub(super) fn edit(
        &mut self,
        change: impl FnOnce(&mut AnswersDoc) -> Result<(), AnswersDocError>,
    ) -> Result<(), FillError> {
        let mut edited = self.doc.clone();
        change(&mut edited)?;
        self.save(&edited.text())?;
        self.doc = edited;
        Ok(())
    }

    /// Writes the answer as [`Session::write`] does; returns whether it settled a dispute, as
    /// the confirmation then says.
    fn write_agreed(&mut self, r: QuestionRef, answer: &Answer) -> Result<bool, FillError> {
        let disputed = |s: &Self| s.records.get(&r).is_some_and(|rec| rec.disputed);
        let before = disputed(self);
        self.write(r, answer)?;
        Ok(before && !disputed(self))
    }

    /// Checks that `text` reads back as a valid answers file, then saves it.
    pub(super) fn save(&mut self, text: &str) -> Result<(), FillError> {
        let parsed = parse_answers(text);
        let problem = |diags: &[crate::diagnostic::Diagnostic]| {
            diags
                .iter()
                .find(|d| d.is_error())
                .map(|d| d.message(crate::i18n::Locale::En))
        };
        if let Some(p) = problem(&parsed.diagnostics) {
            return Err(FillError::Unsafe(p));
        }
        if let Some(file) = &parsed.value {
            let resolved = resolve_answers(file, self.q);
            if let Some(p) = problem(&resolved.diagnostics) {
                return Err(FillError::Unsafe(p));
            }
        }
        self.store.save(text).map_err(|source| FillError::Save {
            file: self.settings.file.clone(),
            source,
        })
    }
}
