//! Starting a new answers file: for a file started from an older one (`fill --from`), the
//! marking and the carried-over answers go in first, then the details are asked, each saved as
//! it is given.

use super::answers_doc::AnswersDoc;
use super::details::DetailKey;
use super::flow::{Ending, FillError, Prefill, Session};
use crate::t;

impl Session<'_> {
    /// Starts a new file: writes the old file's marking and carried-over answers (when started
    /// from one), then asks the details (offering the old file's), saving each as it is given.
    /// The first save, the country's, holds the carried-over answers too, so a file left during
    /// its details keeps them.
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
        let mut doc = AnswersDoc::new(self.q, reference, self.settings.locale);
        if let Some(marking) = known.and_then(|d| d.marking.as_deref()) {
            doc.set_marking(marking)?;
        }
        let carried = from.as_ref().map(|f| f.answers.clone()).unwrap_or_default();
        for (r, answer) in &carried {
            doc.set(self.q, *r, answer)?;
        }
        self.doc = doc;
        self.answers = carried.into_iter().collect();
        if !self.ask_details(&DetailKey::ALL, true, target, known)? {
            return Ok(Ending::Interrupted);
        }
        let (locale, file) = (self.settings.locale, self.settings.file.as_str());
        let text = if self.answers.is_empty() {
            t!(locale, "fill-details-saved", file = file, total = total)
        } else {
            t!(
                locale,
                "fill-details-saved-carried",
                file = file,
                total = total,
                count = self.answers.len()
            )
        };
        self.prompter.say(&text);
        Ok(Ending::Finished)
    }
}
