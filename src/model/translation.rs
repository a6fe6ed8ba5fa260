//! A questionnaire's texts in another language, and the questionnaire they give.
//!
//! A [`Translation`] gives texts by where they sit ([`Text`]: a stage's name, a question's help,
//! an option's next step, ...), never by position, so it keeps fitting its questionnaire whatever
//! the order. [`translate`] is pure: ids, stages, weights and scoring stay as they are, only the
//! words change, so answers and scores never depend on the language they were given in.

use std::collections::HashMap;
use std::fmt;

use semver::Version;

use super::{Question, QuestionKind, Questionnaire};
use crate::i18n::Language;

/// Where one text of a questionnaire sits, by the ids around it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Text {
    /// The questionnaire's title.
    Title,
    /// The questionnaire's summary.
    Summary,
    /// A stage's name (stage id).
    StageName(String),
    /// A stage's summary (stage id).
    StageSummary(String),
    /// A pillar's name (pillar id).
    PillarName(String),
    /// A pillar's summary (pillar id).
    PillarSummary(String),
    /// A question's prompt (question id).
    Prompt(String),
    /// A question's help (question id).
    Help(String),
    /// What evidence to cite for a question (question id).
    Evidence(String),
    /// An indicator's next step (question id).
    NextStep(String),
    /// What a stage looks like for a question (question id, stage id).
    OptionText(String, String),
    /// The next step from an option (question id, stage id).
    OptionNextStep(String, String),
    /// What shows an option's stage (question id, stage id).
    OptionEvidence(String, String),
    /// A glossary term (the term as the questionnaire writes it).
    Term(String),
    /// A glossary definition (the term as the questionnaire writes it).
    Definition(String),
}

impl Text {
    /// The question this text belongs to, if any.
    pub fn question(&self) -> Option<&str> {
        match self {
            Text::Prompt(q)
            | Text::Help(q)
            | Text::Evidence(q)
            | Text::NextStep(q)
            | Text::OptionText(q, _)
            | Text::OptionNextStep(q, _)
            | Text::OptionEvidence(q, _) => Some(q),
            _ => None,
        }
    }

    /// The TOML table of a translation file that holds this text (`questions.gov-a.options.formative`),
    /// empty for the texts at the top of the file.
    pub fn table(&self) -> String {
        match self {
            Text::Title | Text::Summary => String::new(),
            Text::StageName(s) | Text::StageSummary(s) => format!("stages.{}", key(s)),
            Text::PillarName(p) | Text::PillarSummary(p) => format!("pillars.{}", key(p)),
            Text::Prompt(q) | Text::Help(q) | Text::Evidence(q) | Text::NextStep(q) => {
                format!("questions.{}", key(q))
            }
            Text::OptionText(q, s) | Text::OptionNextStep(q, s) | Text::OptionEvidence(q, s) => {
                format!("questions.{}.options.{}", key(q), key(s))
            }
            Text::Term(t) | Text::Definition(t) => format!("glossary.{}", key(t)),
        }
    }

    /// The key of this text in its table (`help`, `next_step`, ...).
    pub fn field(&self) -> &'static str {
        match self {
            Text::Title => "title",
            Text::Summary | Text::StageSummary(_) | Text::PillarSummary(_) => "summary",
            Text::StageName(_) | Text::PillarName(_) => "name",
            Text::Prompt(_) => "prompt",
            Text::Help(_) => "help",
            Text::Evidence(_) | Text::OptionEvidence(..) => "evidence",
            Text::NextStep(_) | Text::OptionNextStep(..) => "next_step",
            Text::OptionText(..) => "text",
            Text::Term(_) => "term",
            Text::Definition(_) => "definition",
        }
    }
}

/// `[questions.gov-a.options.formative] text`, as a translator looks for it in the file.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.table().as_str() {
            "" => f.write_str(self.field()),
            table => write!(f, "[{table}] {}", self.field()),
        }
    }
}

/// A TOML key as written in a table header: bare when it can be, quoted otherwise.
fn key(k: &str) -> String {
    let bare = !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare {
        k.to_owned()
    } else {
        format!("\"{}\"", k.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// A checked translation of one questionnaire version into one language.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Translation {
    /// The id of the questionnaire it translates.
    pub translates: String,
    /// The questionnaire version it was written for.
    pub version: Version,
    /// The language of its texts.
    pub language: Language,
    /// The texts it gives, by where they go. A text the questionnaire has and this lacks stays
    /// in the questionnaire's own language.
    pub texts: HashMap<Text, String>,
}

/// Every text `q` has, with where it sits, in file order: a text that is empty (a stage
/// without summary, a question without help) is not one.
pub fn texts_of<'q>(q: &'q Questionnaire) -> Vec<(Text, &'q str)> {
    let mut out: Vec<(Text, &'q str)> = Vec::new();
    let mut push = |text: Text, value: &'q str| {
        if !value.trim().is_empty() {
            out.push((text, value))
        }
    };
    push(Text::Title, &q.title);
    push(Text::Summary, &q.summary);
    for s in &q.stages {
        push(Text::StageName(s.id.clone()), &s.name);
        push(Text::StageSummary(s.id.clone()), &s.summary);
    }
    for p in &q.pillars {
        push(Text::PillarName(p.id.clone()), &p.name);
        push(Text::PillarSummary(p.id.clone()), &p.summary);
        for question in &p.questions {
            for (text, value) in question_texts(q, question) {
                push(text, value);
            }
        }
    }
    for g in &q.glossary {
        push(Text::Term(g.term.clone()), &g.term);
        push(Text::Definition(g.term.clone()), &g.definition);
    }
    out
}

/// The texts of one question, with where they sit.
fn question_texts<'q>(q: &Questionnaire, question: &'q Question) -> Vec<(Text, &'q str)> {
    let id = || question.id.clone();
    let mut out = vec![(Text::Prompt(id()), question.prompt.as_str())];
    out.extend(question.help.as_deref().map(|h| (Text::Help(id()), h)));
    out.extend(
        question
            .evidence
            .as_deref()
            .map(|e| (Text::Evidence(id()), e)),
    );
    match &question.kind {
        QuestionKind::Indicator { next_step, .. } => {
            out.push((Text::NextStep(id()), next_step.as_str()));
        }
        QuestionKind::Choice { options } => {
            for o in options {
                let stage = || {
                    q.stages
                        .get(o.stage.get())
                        .map_or_else(String::new, |s| s.id.clone())
                };
                out.push((Text::OptionText(id(), stage()), o.text.as_str()));
                if let Some(step) = &o.next_step {
                    out.push((Text::OptionNextStep(id(), stage()), step.as_str()));
                }
                if let Some(evidence) = &o.evidence {
                    out.push((Text::OptionEvidence(id(), stage()), evidence.as_str()));
                }
            }
        }
    }
    out
}

/// `q` with the texts `t` gives, in `t`'s language; every id, stage, weight and scoring setting
/// unchanged. A glossary term is translated too, so a translated question shows the definitions
/// of the terms its translated texts use.
pub fn translate(q: &Questionnaire, t: &Translation) -> Questionnaire {
    let mut out = q.clone();
    let get = |text: Text, value: &mut String| {
        if let Some(given) = t.texts.get(&text).filter(|g| !g.trim().is_empty()) {
            value.clone_from(given);
        }
    };
    let set = |text: Text, value: &mut Option<String>| {
        if let Some(v) = value {
            get(text, v);
        }
    };
    get(Text::Title, &mut out.title);
    get(Text::Summary, &mut out.summary);
    for s in &mut out.stages {
        get(Text::StageName(s.id.clone()), &mut s.name);
        get(Text::StageSummary(s.id.clone()), &mut s.summary);
    }
    let stage_ids: Vec<String> = q.stages.iter().map(|s| s.id.clone()).collect();
    for p in &mut out.pillars {
        get(Text::PillarName(p.id.clone()), &mut p.name);
        get(Text::PillarSummary(p.id.clone()), &mut p.summary);
        for question in &mut p.questions {
            let id = question.id.clone();
            get(Text::Prompt(id.clone()), &mut question.prompt);
            set(Text::Help(id.clone()), &mut question.help);
            set(Text::Evidence(id.clone()), &mut question.evidence);
            match &mut question.kind {
                QuestionKind::Indicator { next_step, .. } => {
                    get(Text::NextStep(id.clone()), next_step);
                }
                QuestionKind::Choice { options } => {
                    for o in options {
                        let stage = stage_ids.get(o.stage.get()).cloned().unwrap_or_default();
                        get(Text::OptionText(id.clone(), stage.clone()), &mut o.text);
                        set(
                            Text::OptionNextStep(id.clone(), stage.clone()),
                            &mut o.next_step,
                        );
                        set(Text::OptionEvidence(id.clone(), stage), &mut o.evidence);
                    }
                }
            }
        }
    }
    for g in &mut out.glossary {
        let english = g.term.clone();
        get(Text::Definition(english.clone()), &mut g.definition);
        get(Text::Term(english), &mut g.term);
    }
    out.language = t.language.tag().to_owned();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StageIndex;
    use crate::parse::parse_questionnaire;

    const Q: &str = r#"
id = "tiny"
version = "1.0.0"
title = "Tiny"
default_target = "high"
[[stages]]
id = "low"
name = "Low"
[[stages]]
id = "high"
name = "High"
summary = "All done."
[[pillars]]
id = "core"
name = "Core"
weight = 2.0
[[pillars.questions]]
id = "plan"
prompt = "Is there a CSIRT plan?"
weight = 3.0
[[pillars.questions.options]]
stage = "low"
text = "No plan."
next_step = "Write one."
[[pillars.questions.options]]
stage = "high"
text = "A plan."
[[glossary]]
term = "CSIRT"
definition = "A response team."
"#;

    #[test]
    fn texts_are_replaced_and_nothing_else() {
        let q = parse_questionnaire(Q).value.expect("parses");
        let texts: HashMap<Text, String> = [
            (Text::Title, "Diminuto"),
            (Text::StageName("high".into()), "Alta"),
            (Text::Prompt("plan".into()), "¿Hay un plan del CSIRT?"),
            (
                Text::OptionNextStep("plan".into(), "low".into()),
                "Redacte uno.",
            ),
            (Text::Term("CSIRT".into()), "CSIRT"),
            (Text::Definition("CSIRT".into()), "Un equipo de respuesta."),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_owned()))
        .collect();
        let t = Translation {
            translates: "tiny".into(),
            version: q.version.clone(),
            language: "es".parse().expect("tag"),
            texts,
        };
        let es = translate(&q, &t);
        assert_eq!(es.title, "Diminuto");
        assert_eq!(es.language, "es");
        assert_eq!(es.stages[1].name, "Alta");
        assert_eq!(es.stages[0].name, "Low", "a missing text stays in English");
        assert_eq!(es.stages[1].summary, "All done.");
        let question = &es.pillars[0].questions[0];
        assert_eq!(question.prompt, "¿Hay un plan del CSIRT?");
        let option = question.option_for(StageIndex::LOWEST).expect("option");
        assert_eq!(option.next_step.as_deref(), Some("Redacte uno."));
        assert_eq!(es.glossary[0].definition, "Un equipo de respuesta.");
        // Everything that is not a text is unchanged.
        assert_eq!(es.id, q.id);
        assert_eq!(es.pillars[0].weight, 2.0);
        assert_eq!(question.weight, 3.0);
        assert_eq!(es.find_question("plan"), q.find_question("plan"));
        assert_eq!(es.default_target, q.default_target);
        assert_eq!(es.scoring, q.scoring);
        assert_eq!(texts_of(&es).len(), texts_of(&q).len());
    }

    #[test]
    fn every_text_has_a_place_a_translator_can_find() {
        let q = parse_questionnaire(Q).value.expect("parses");
        let places: Vec<String> = texts_of(&q).iter().map(|(t, _)| t.to_string()).collect();
        assert_eq!(
            places,
            [
                "title",
                "[stages.low] name",
                "[stages.high] name",
                "[stages.high] summary",
                "[pillars.core] name",
                "[questions.plan] prompt",
                "[questions.plan.options.low] text",
                "[questions.plan.options.low] next_step",
                "[questions.plan.options.high] text",
                "[glossary.CSIRT] term",
                "[glossary.CSIRT] definition",
            ]
        );
        assert_eq!(
            Text::Term("after-action report".into()).to_string(),
            "[glossary.\"after-action report\"] term"
        );
    }
}
