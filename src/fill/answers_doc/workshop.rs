//! The edits a workshop makes beside answering: clearing an answer back to unanswered, settling
//! a disputed question, and setting the targets of each pillar.
//!
//! Like the rest of [`AnswersDoc`], these keep every comment and every respondent's record, and
//! never read or write files.

use toml_edit::{Item, Table, Value};

use super::{AnswersDoc, AnswersDocError, set_keeping_decor};
use crate::model::{QuestionRef, Questionnaire};

impl AnswersDoc {
    /// Clears the answer to question `r`, with its evidence and notes: the question is
    /// unanswered again (`id = ""`, or `answer = ""` where the answer is written as a table, so
    /// a respondents' record and a disputed mark stay).
    pub fn clear(&mut self, q: &Questionnaire, r: QuestionRef) -> Result<(), AnswersDocError> {
        let id = q.question(r).id.as_str();
        let answers = self.answers_table()?;
        let Some(item) = answers.get_mut(id) else {
            return Ok(());
        };
        match item {
            Item::Value(Value::InlineTable(t)) => {
                t.remove("evidence");
                t.remove("notes");
                match t.get_mut("answer") {
                    Some(old) => {
                        let mut new = Value::from("");
                        *new.decor_mut() = old.decor().clone();
                        *old = new;
                    }
                    None => {
                        t.insert("answer", Value::from(""));
                    }
                }
            }
            Item::Value(old) => {
                let mut new = Value::from("");
                *new.decor_mut() = old.decor().clone();
                *old = new;
            }
            Item::Table(t) => {
                set_keeping_decor(t, "answer", Value::from(""));
                t.remove("evidence");
                t.remove("notes");
            }
            Item::None | Item::ArrayOfTables(_) => {}
        }
        Ok(())
    }

    /// Removes the `disputed` mark of question `r`: the workshop agreed on its answer. The
    /// respondents' record stays.
    pub fn settle(&mut self, q: &Questionnaire, r: QuestionRef) -> Result<(), AnswersDocError> {
        let id = q.question(r).id.as_str();
        match self.answers_table()?.get_mut(id) {
            Some(Item::Table(t)) => {
                t.remove("disputed");
            }
            Some(Item::Value(Value::InlineTable(t))) => {
                t.remove("disputed");
            }
            _ => {}
        }
        Ok(())
    }

    /// The stage id written as the target of pillar `pillar` under `[targets]`, if any.
    pub fn pillar_target(&self, pillar: &str) -> Option<&str> {
        self.doc
            .get("targets")
            .and_then(Item::as_table_like)
            .and_then(|t| t.get(pillar))
            .and_then(Item::as_str)
    }

    /// Writes `stage` as the target of pillar `pillar` under `[targets]` (made, right after
    /// `[assessment]`, when the file has none), or removes the pillar's entry when `stage` is
    /// `None`, so the pillar takes the assessment's target.
    pub fn set_pillar_target(
        &mut self,
        pillar: &str,
        stage: Option<&str>,
    ) -> Result<(), AnswersDocError> {
        let root = self.doc.as_table_mut();
        if !root.contains_key("targets") {
            if stage.is_none() {
                return Ok(());
            }
            let mut t = Table::new();
            // Equal positions print in the order the tables come, so this puts [targets] after
            // [assessment] and before [answers].
            t.set_position(
                root.get("assessment")
                    .and_then(Item::as_table)
                    .and_then(Table::position),
            );
            root.insert("targets", Item::Table(t));
        }
        let Some(Item::Table(t)) = root.get_mut("targets") else {
            return Err(AnswersDocError::Layout(
                "`targets` is not written as a [targets] section; change it to one and try again"
                    .into(),
            ));
        };
        match stage {
            Some(stage) => set_keeping_decor(t, pillar, Value::from(stage)),
            None => {
                t.remove(pillar);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Answer, IndicatorAnswer, Response, StageIndex};
    use crate::parse::{parse_answers, parse_questionnaire, resolve_answers};

    const GATED: &str = include_str!("../../../tests/fixtures/gated.toml");

    fn q() -> Questionnaire {
        parse_questionnaire(GATED).value.expect("fixture parses")
    }

    /// Parses and resolves `text`, failing on any problem but the count of unanswered
    /// questions.
    fn resolve(text: &str, q: &Questionnaire) -> crate::model::Assessment {
        let file = parse_answers(text);
        assert!(
            file.diagnostics.is_empty(),
            "{:?}\n{text}",
            file.diagnostics
        );
        let resolved = resolve_answers(&file.value.expect("parses"), q);
        let unexpected: Vec<_> = (resolved.diagnostics.iter())
            .filter(|d| d.code != crate::diagnostic::Code::Unanswered)
            .collect();
        assert!(unexpected.is_empty(), "{unexpected:?}\n{text}");
        resolved.value.expect("resolves")
    }

    const CONSENSUS: &str = "questionnaire = \"gated.toml\"\n\n[assessment]\ncountry = \"X\"\n\
        assessed_on = 2026-01-05\nassessors = [\"A\", \"B\"]\ntarget = \"working\"\n\n[answers]\n\
        # The plan\nc-choice = \"growing\"  # agreed\n\
        c-ind-2 = { answer = \"yes\", disputed = true, notes = \"n\" }\n\
        c-ind-3.answer = \"no\"\nc-ind-3.evidence = [\"Law\"]\n\n\
        [answers.c-ind-4]\nanswer = \"no\"\ndisputed = true\nevidence = [\"Report\"]\n\n\
        [[answers.c-ind-4.respondents]]\nname = \"A\"\nanswer = \"no\"\n\n\
        [[answers.c-ind-4.respondents]]\nname = \"B\"\nanswer = \"yes\"\n";

    #[test]
    fn clearing_leaves_the_question_unanswered_in_every_layout() {
        let q = q();
        let mut doc = AnswersDoc::parse(CONSENSUS).unwrap();
        for id in ["c-choice", "c-ind-2", "c-ind-3", "c-ind-4"] {
            doc.clear(&q, q.find_question(id).unwrap()).unwrap();
        }
        let text = doc.text();
        assert!(
            text.contains("# The plan\nc-choice = \"\"  # agreed\n"),
            "{text}"
        );
        assert!(text.contains("c-ind-3.answer = \"\"\n"), "{text}");
        assert!(!text.contains("Law") && !text.contains("Report"), "{text}");
        let a = resolve(&text, &q);
        assert!(a.answers.is_empty());
        // The disputed marks and the respondents' record stay.
        let c_ind_4 = a.records.get(&q.find_question("c-ind-4").unwrap()).unwrap();
        assert!(c_ind_4.disputed);
        assert_eq!(c_ind_4.respondents.len(), 2);
        assert!(
            a.records
                .get(&q.find_question("c-ind-2").unwrap())
                .unwrap()
                .disputed
        );
    }

    #[test]
    fn settling_removes_only_the_disputed_mark() {
        let q = q();
        let mut doc = AnswersDoc::parse(CONSENSUS).unwrap();
        let c_ind_4 = q.find_question("c-ind-4").unwrap();
        doc.set(
            &q,
            c_ind_4,
            &Answer {
                response: Response::Indicator(IndicatorAnswer::Yes),
                evidence: vec!["Report".into()],
                notes: None,
            },
        )
        .unwrap();
        doc.settle(&q, c_ind_4).unwrap();
        doc.settle(&q, q.find_question("c-ind-2").unwrap()).unwrap();
        doc.settle(&q, q.find_question("c-choice").unwrap())
            .unwrap();
        let a = resolve(&doc.text(), &q);
        assert_eq!(a.records.disputed(), 0);
        let record = a.records.get(&c_ind_4).unwrap();
        assert_eq!(record.respondents.len(), 2);
        assert_eq!(
            a.answers.get(&c_ind_4).unwrap().response,
            Response::Indicator(IndicatorAnswer::Yes)
        );
        assert_eq!(
            a.answers
                .get(&q.find_question("c-ind-2").unwrap())
                .unwrap()
                .notes
                .as_deref(),
            Some("n")
        );
    }

    #[test]
    fn pillar_targets_go_between_assessment_and_answers() {
        let q = q();
        let mut doc = AnswersDoc::parse(CONSENSUS).unwrap();
        assert_eq!(doc.pillar_target("core"), None);
        doc.set_pillar_target("extra", None).unwrap();
        assert!(!doc.text().contains("[targets]"), "nothing to remove");
        doc.set_pillar_target("core", Some("leading")).unwrap();
        doc.set_pillar_target("extra", Some("growing")).unwrap();
        let text = doc.text();
        assert!(
            text.contains("target = \"working\"\n\n[targets]\ncore = \"leading\"\nextra = \"growing\"\n\n[answers]"),
            "{text}"
        );
        assert_eq!(doc.pillar_target("core"), Some("leading"));
        let a = resolve(&text, &q);
        assert_eq!(a.targets, [3, 1].map(StageIndex::new));
        doc.set_pillar_target("core", None).unwrap();
        let a = resolve(&doc.text(), &q);
        assert_eq!(a.targets, [2, 1].map(StageIndex::new));
    }
}
