//! Setting the targets (`fill --targets`): the one for the whole assessment, then each pillar's,
//! each saved as it is chosen.

use super::details::Detail;
use super::flow::{Ending, FillError, Session, asked};
use super::prompter::{Choice, PickAsk};
use crate::model::StageIndex;

impl Session<'_> {
    /// Asks the overall target, then each pillar's (a stage, or the overall target), saving
    /// each before confirming it.
    pub(super) fn targets(&mut self) -> Result<Ending, FillError> {
        let q = self.q;
        self.prompter.say(&format!(
            "The targets of {}: first the stage the whole assessment aims for, then each \
             pillar's. The gap to its target is shown for each pillar.",
            self.settings.file
        ));
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
            prompt: "Which stage does the whole assessment aim for?",
            choices: stages(None),
            selected: self.overall_target.get(),
            saved: true,
        }))?
        else {
            return Ok(Ending::Interrupted);
        };
        self.edit(|doc| doc.set_detail(&Detail::Target(q.stages[overall].id.clone())))?;
        self.overall_target = StageIndex::new(overall);
        let overall_name = &q.stages[overall].name;
        self.prompter
            .saved(&format!("Saved: overall target {overall_name}"));
        for (p, pillar) in q.pillars.iter().enumerate() {
            let same = format!("The overall target ({overall_name})");
            let current = self
                .doc
                .pillar_target(&pillar.id)
                .and_then(|id| q.stage_index(id))
                .map(StageIndex::get);
            let Some(chosen) = asked(self.prompter.pick(&PickAsk {
                prompt: &format!(
                    "Pillar {} of {}: which stage does {} aim for?",
                    p + 1,
                    q.pillars.len(),
                    pillar.name
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
                Some(s) => format!("Saved: {} aims for {}", pillar.name, s.name),
                None => format!(
                    "Saved: {} takes the overall target ({overall_name})",
                    pillar.name
                ),
            });
        }
        Ok(Ending::Finished)
    }
}
