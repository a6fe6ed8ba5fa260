//! Reading and checking a questionnaire file.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use semver::Version;
use toml::Spanned;
use toml::de::DeTable;

mod glossary;
pub(crate) use glossary::GLOSSARY_KEYS;
mod question;
pub(crate) use question::{MAX_WEIGHT, MIN_WEIGHT};

use super::fields::{Fields, suggest};
use super::{Parsed, is_id, parse_toml, suggest_id};
use crate::diagnostic::{Arg, Code, Diagnostic, LineIndex, Place, closest};
use crate::i18n::Language;
use crate::model::{
    Method, Overall, Pillar, Question, QuestionKind, Questionnaire, Scoring, Stage, StageIndex,
};

/// The keys of each table of a questionnaire: unknown keys are reported, and the JSON Schema
/// ([`crate::schema`]) lists exactly these.
pub(crate) const ROOT_KEYS: &[&str] = &[
    "id",
    "version",
    "title",
    "summary",
    "language",
    "default_target",
    "scoring",
    "stages",
    "pillars",
    "glossary",
];
/// The id that names the overall result beside the pillars' (the CSV `overall` row), so no
/// pillar may have it.
const RESERVED_PILLAR_ID: &str = "overall";
pub(crate) const SCORING_KEYS: &[&str] = &["method", "overall"];
pub(crate) const STAGE_KEYS: &[&str] = &["id", "name", "summary"];
pub(crate) const PILLAR_KEYS: &[&str] = &["id", "name", "weight", "summary", "questions"];
pub(crate) const QUESTION_KEYS: &[&str] = &[
    "id",
    "kind",
    "prompt",
    "help",
    "evidence",
    "weight",
    "options",
    "stage",
    "next_step",
    "replaces",
];
pub(crate) const OPTION_KEYS: &[&str] = &["stage", "text", "next_step", "evidence"];
/// The kinds of question (`kind = "..."`); a question without `kind` is a choice.
pub(crate) const QUESTION_KINDS: &[&str] = &[CHOICE, INDICATOR];
pub(crate) const CHOICE: &str = "choice";
pub(crate) const INDICATOR: &str = "indicator";

/// Parses and checks a questionnaire, reporting every problem found.
pub fn parse_questionnaire(text: &str) -> Parsed<Questionnaire> {
    let root = match parse_toml(text) {
        Ok(root) => root,
        Err(diags) => return Parsed::finish(None, diags),
    };
    questionnaire_from_table(root.get_ref(), text)
}

/// Reads a questionnaire from an already parsed TOML document.
pub(super) fn questionnaire_from_table(root: &DeTable<'_>, text: &str) -> Parsed<Questionnaire> {
    let mut diags = Vec::new();
    let q = Reader {
        text,
        lines: OnceCell::new(),
        diags: &mut diags,
    }
    .questionnaire(root);
    Parsed::finish(q, diags)
}

struct Reader<'d> {
    text: &'d str,
    /// Line starts, built when a message first needs a line number.
    lines: OnceCell<LineIndex>,
    diags: &'d mut Vec<Diagnostic>,
}

/// Stage ids with their spans, to resolve references.
struct StageIds(Vec<String>);

impl StageIds {
    fn resolve(
        &self,
        id: &Spanned<String>,
        what: &'static str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<StageIndex> {
        if let Some(i) = self.0.iter().position(|s| s == id.get_ref()) {
            return Some(StageIndex::new(i));
        }
        let d = Code::NotAStage
            .error(id.span())
            .with("ref", what)
            .with("stage", id.get_ref())
            .with("stages", Arg::choices(&self.0));
        let best = closest(id.get_ref(), self.0.iter().map(String::as_str));
        diags.push(suggest(d, best));
        None
    }
}

impl Reader<'_> {
    fn questionnaire(&mut self, root: &DeTable<'_>) -> Option<Questionnaire> {
        let top = 0..self.first_line_end(0);
        let f = Fields::new(root, top, Place::Questionnaire, ROOT_KEYS, self.diags);
        let id = f.str("id", "\"my-questionnaire\"", self.diags);
        if let Some(id) = &id {
            self.check_id(id, "questionnaire");
        }
        let version = f
            .str("version", "\"1.0.0\"", self.diags)
            .and_then(|v| match Version::parse(v.get_ref()) {
                Ok(version) => Some(version),
                Err(_) => {
                    self.diags.push(
                        Code::BadQuestionnaireVersion
                            .error(v.span())
                            .with("version", v.get_ref()),
                    );
                    None
                }
            });
        let title = f.str(
            "title",
            "\"National Cyber Security Strategy Maturity\"",
            self.diags,
        );
        let summary = f.opt_str("summary", self.diags);
        let language =
            f.opt_str("language", self.diags)
                .and_then(|l| match l.get_ref().parse::<Language>() {
                    Ok(language) => Some(language.tag().to_owned()),
                    Err(e) => {
                        self.diags.push(
                            Code::BadLanguage
                                .error(l.span())
                                .with("language", e.0)
                                .with("file", "questionnaire"),
                        );
                        None
                    }
                });
        let scoring = self.scoring(&f);

        let stages = self.stages(&f);
        let stage_ids = StageIds(stages.iter().map(|s| s.id.clone()).collect());
        let default_target = f.str("default_target", "\"established\"", self.diags);
        let default_target = match (&default_target, stage_ids.0.is_empty()) {
            (Some(t), false) => stage_ids.resolve(t, "default-target", self.diags),
            _ => None,
        };
        let pillars = self.pillars(&f, &stage_ids, scoring.map(|s| s.method));
        let glossary = self.glossary(&f, &pillars);

        Some(Questionnaire::new(
            id?.into_inner(),
            version?,
            title?.into_inner(),
            summary.map(Spanned::into_inner).unwrap_or_default(),
            language.unwrap_or_else(|| Language::english().tag().to_owned()),
            default_target?,
            scoring?,
            stages,
            pillars,
            glossary,
        ))
    }

    fn scoring(&mut self, f: &Fields<'_, '_, '_>) -> Option<Scoring> {
        let Some((table, span)) = f.opt_table("scoring", self.diags) else {
            return if f.get("scoring").is_some() {
                None
            } else {
                Some(Scoring {
                    method: Method::WeightedMean,
                    overall: Overall::WeightedMean,
                })
            };
        };
        let s = Fields::new(table, span, Place::Scoring, SCORING_KEYS, self.diags);
        let method = match s.opt_str("method", self.diags) {
            None => Some(Method::WeightedMean),
            Some(m) => match Method::from_name(m.get_ref()) {
                Some(method) => Some(method),
                None => {
                    let other = m.get_ref();
                    self.diags
                        .push(Code::UnknownMethod.error(m.span()).with("method", other));
                    None
                }
            },
        };
        let overall = match s.opt_str("overall", self.diags) {
            None => Some(Overall::WeightedMean),
            Some(m) => match Overall::from_name(m.get_ref()) {
                Some(overall) => Some(overall),
                None => {
                    let other = m.get_ref();
                    self.diags
                        .push(Code::UnknownOverall.error(m.span()).with("method", other));
                    None
                }
            },
        };
        Some(Scoring {
            method: method?,
            overall: overall?,
        })
    }

    fn stages(&mut self, f: &Fields<'_, '_, '_>) -> Vec<Stage> {
        let tables = f.tables("stages", self.diags);
        if tables.len() < 2 {
            let span = f.get("stages").map_or(f.span(), |v| v.span());
            self.diags
                .push(Code::TooFewStages.error(span).with("count", tables.len()));
        }
        let mut seen = HashMap::new();
        let mut stages = Vec::new();
        for (table, span) in tables {
            let span = self.header(span);
            let s = Fields::new(table, span, Place::StageEntry, STAGE_KEYS, self.diags);
            let id = s.str("id", "\"established\"", self.diags);
            let name = s.str("name", "\"Established\"", self.diags);
            let summary = s.opt_str("summary", self.diags);
            let Some(id) = id else { continue };
            self.check_id(&id, "stage");
            self.check_unique(&mut seen, &id, "stage");
            stages.push(Stage {
                id: id.into_inner(),
                name: name.map(Spanned::into_inner).unwrap_or_default(),
                summary: summary.map(Spanned::into_inner).unwrap_or_default(),
            });
        }
        stages
    }

    fn pillars(
        &mut self,
        f: &Fields<'_, '_, '_>,
        stages: &StageIds,
        method: Option<Method>,
    ) -> Vec<Pillar> {
        let tables = f.tables("pillars", self.diags);
        if tables.is_empty() {
            self.diags.push(Code::NoPillars.error(f.span()));
        }
        let mut pillar_ids = HashMap::new();
        let mut question_ids = HashMap::new();
        let mut pillars = Vec::new();
        for (table, span) in tables {
            let span = self.header(span);
            let p = Fields::new(
                table,
                span.clone(),
                Place::PillarEntry,
                PILLAR_KEYS,
                self.diags,
            );
            let id = p.str("id", "\"incident-response\"", self.diags);
            let name = p.str("name", "\"Incident response\"", self.diags);
            let weight = self.weight(&p);
            let summary = p.opt_str("summary", self.diags);
            if let Some(id) = &id {
                self.check_id(id, "pillar");
                self.check_unique(&mut pillar_ids, id, "pillar");
                if id.get_ref() == RESERVED_PILLAR_ID {
                    self.diags.push(
                        Code::ReservedPillarId
                            .error(id.span())
                            .with("id", RESERVED_PILLAR_ID),
                    );
                }
            }
            let label = Place::PillarNamed(id.as_ref().map(|i| i.get_ref().clone().into()));
            let question_tables = p.tables("questions", self.diags);
            if question_tables.is_empty() {
                self.diags.push(
                    Code::NoQuestions
                        .error(span.clone())
                        .with("subject", label.clone()),
                );
            }
            let mut questions = Vec::new();
            for (qt, qspan) in question_tables {
                if let Some(q) = self.question(qt, qspan, stages, method, &mut question_ids) {
                    questions.push(q);
                }
            }
            if method == Some(Method::Gated) {
                self.check_requirements(&span, &label, &questions, stages);
            }
            let (Some(id), Some(name), Some(weight)) = (id, name, weight) else {
                continue;
            };
            pillars.push(Pillar {
                id: id.into_inner(),
                name: name.into_inner(),
                weight,
                summary: summary.map(Spanned::into_inner).unwrap_or_default(),
                questions,
            });
        }
        pillars
    }

    /// Warns about the stages of a gated pillar that no question is a requirement of (a choice
    /// question is one of every stage): the pillar cannot rise above the highest stage that has
    /// a requirement, and a stage without one is passed as soon as the stage below it is.
    fn check_requirements(
        &mut self,
        span: &Range<usize>,
        label: &Place<'_>,
        questions: &[Question],
        stages: &StageIds,
    ) {
        if questions.is_empty() || questions.iter().any(|q| !q.is_indicator()) {
            return;
        }
        let missing: Vec<String> = (1..stages.0.len())
            .map(StageIndex::new)
            .filter(|&s| {
                !questions
                    .iter()
                    .any(|q| matches!(q.kind, QuestionKind::Indicator { stage, .. } if stage == s))
            })
            .map(|s| format!("\"{}\"", stages.0[s.get()]))
            .collect();
        if missing.is_empty() {
            return;
        }
        self.diags.push(
            Code::NoRequirement
                .warning(span.clone())
                .with("subject", label.clone())
                .with("count", missing.len())
                .with("stages", missing.join(", ")),
        );
    }

    /// Reports an id with characters ids may not have; `what` is whose id it is
    /// (`questionnaire`, `stage`, `pillar`, `question`, `replaced-question`).
    fn check_id(&mut self, id: &Spanned<String>, what: &'static str) {
        if !is_id(id.get_ref()) {
            let mut suggestion = suggest_id(id.get_ref());
            if suggestion.is_empty() {
                suggestion = "incident-response".to_owned();
            }
            self.diags.push(
                Code::BadId
                    .error(id.span())
                    .with("what", what)
                    .with("id", id.get_ref())
                    .with("suggestion", suggestion),
            );
        }
    }

    fn check_unique(
        &mut self,
        seen: &mut HashMap<String, Range<usize>>,
        id: &Spanned<String>,
        what: &'static str,
    ) {
        if let Some(first) = seen.get(id.get_ref()) {
            let lines = self.lines.get_or_init(|| LineIndex::new(self.text));
            let line = lines.position(self.text, first.start).line;
            self.diags.push(
                Code::DuplicateId
                    .error(id.span())
                    .with("what", what)
                    .with("id", id.get_ref())
                    .with("line", line.to_string()),
            );
        } else {
            seen.insert(id.get_ref().clone(), id.span());
        }
    }

    /// The first line of a table's span, so a "missing key" points at its header.
    fn header(&self, span: Range<usize>) -> Range<usize> {
        span.start..self.first_line_end(span.start).max(span.start)
    }

    fn first_line_end(&self, start: usize) -> usize {
        let start = start.min(self.text.len());
        self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i)
            .min(self.text.len())
    }
}
