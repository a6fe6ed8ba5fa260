//! Setting the targets (`fill --targets`): the one for the whole assessment, then each pillar's,
//! each saved as it is chosen.

use super::details::Detail;
use super::flow::{Ending, FillError, Session, asked};
use super::prompter::{Choice, PickAsk};
use crate::model::StageIndex;
use crate::t;

impl Session<'_> {
    /// Asks the overall target, then each pillar's (a stage, or the overall target), saving
    /// each before confirming it.
    pub(super) fn targets(&mut self) -> Result<Ending, FillError> {
        let (q, locale) = (self.q, self.settings.locale);
        let intro = t!(
            locale,
            "fill-targets-intro",
            file = self.settings.file.as_str()
        );
        self.prompter.say(&intro);
        let stages = |extra: Option<String>| {
            let mut choices: Vec<Choice<usize>> = (q.stages.iter().enumerate())
                .map(|(i, s)| Choice {
                    label: s.name.clone(),
                    description: (!s.summary.is_empty()).then(|| s.summary.clone()),
                    value: i,
                    key: None,
                })
                .collect();
            choices.extend(extra.map(|label| Choice::new(label, q.stages.len())));
            choices
        };
        let Some(overall) = asked(self.prompter.pick(&PickAsk {
            prompt: &t!(locale, "fill-ask-overall-target"),
            choices: stages(None),
            selected: self.overall_target.get(),
            saved: true,
        }))?
        else {
            return Ok(Ending::Interrupted);
        };
        self.edit(|doc| doc.set_detail(&Detail::Target(q.stages[overall].id.clone())))?;
        self.overall_target = StageIndex::new(overall);
        let overall_name = q.stages[overall].name.as_str();
        self.prompter.saved(&t!(
            locale,
            "fill-saved-overall-target",
            stage = overall_name
        ));
        for (p, pillar) in q.pillars.iter().enumerate() {
            let same = t!(locale, "fill-same-as-overall", stage = overall_name);
            let current = self
                .doc
                .pillar_target(&pillar.id)
                .and_then(|id| q.stage_index(id))
                .map(StageIndex::get);
            let Some(chosen) = asked(self.prompter.pick(&PickAsk {
                prompt: &t!(
                    locale,
                    "fill-ask-pillar-target",
                    number = p + 1,
                    total = q.pillars.len(),
                    pillar = pillar.name.as_str()
                ),
                choices: stages(Some(same)),
                selected: current.unwrap_or(q.stages.len()),
                saved: true,
            }))?
            else {
                return Ok(Ending::Interrupted);
            };
            let stage = q.stages.get(chosen);
            self.edit(|doc| doc.set_pillar_target(&pillar.id, stage.map(|s| s.id.as_str())))?;
            self.prompter.saved(&match stage {
                Some(s) => t!(
                    locale,
                    "fill-saved-pillar-target",
                    pillar = pillar.name.as_str(),
                    stage = s.name.as_str()
                ),
                None => t!(
                    locale,
                    "fill-saved-pillar-overall",
                    pillar = pillar.name.as_str(),
                    stage = overall_name
                ),
            });
        }
        Ok(Ending::Finished)
    }
}
