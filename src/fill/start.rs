//! Starting a new answers file: the details, then, for a file started from an older one
//! (`fill --from`), the carried-over answers, saved before the first question.

use super::answers_doc::AnswersDoc;
use super::details::ask_details;
use super::flow::{Ending, FillError, Prefill, Session};

impl Session<'_> {
    /// Starts a new file: asks the details (offering the old file's, when started from one),
    /// saves them, then writes the carried-over answers.
    pub(super) fn start_new(
        &mut self,
        reference: &str,
        from: Option<Prefill>,
    ) -> Result<Ending, FillError> {
        let total = self.refs.len();
        let known = from.as_ref().map(|f| &f.details);
        let target = known
            .and_then(|d| self.q.stage_index(&d.target))
            .unwrap_or(self.q.default_target);
        let Some(mut details) =
            ask_details(self.prompter, self.q, self.settings, true, target, known)?
        else {
            return Ok(Ending::Interrupted);
        };
        details.marking = known.and_then(|d| d.marking.clone());
        let mut doc = AnswersDoc::new(self.q, reference, &details);
        let carried = from.map(|f| f.answers).unwrap_or_default();
        for (r, answer) in &carried {
            doc.set(self.q, *r, answer)?;
        }
        self.save(&doc.text())?;
        self.doc = Some(doc);
        self.answers = carried.into_iter().collect();
        let review = if self.answers.is_empty() {
            String::new()
        } else {
            format!(
                " {} answers were carried over and are marked for review: each is shown with its \
                 answer preselected, among the questions still to answer.",
                self.answers.len()
            )
        };
        self.prompter.say(&format!(
            "Saved the details to {}. Now the {total} questions, pillar by pillar. Every answer is \
             saved as soon as you give it; press Esc to stop at any time.{review}",
            self.settings.file
        ));
        Ok(Ending::Finished)
    }
}
