//! Reading one question of a questionnaire: its kind, its options or indicator stage, its weight.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::DeTable;

use super::{CHOICE, INDICATOR, OPTION_KEYS, QUESTION_KEYS, Reader, StageIds};
use crate::diagnostic::{Diagnostic, Place};
use crate::model::{Method, Question, QuestionKind, StageIndex, StageOption};
use crate::parse::fields::Fields;

/// The smallest weight a question or pillar may have. Weights are relative, so a millionfold
/// range is more than any questionnaire needs, and it keeps every sum and product of weights
/// well inside what a computer's numbers hold: no result can overflow or lose its precision.
pub(crate) const MIN_WEIGHT: f64 = 0.001;

/// The largest weight a question or pillar may have (see [`MIN_WEIGHT`]).
pub(crate) const MAX_WEIGHT: f64 = 1000.0;

impl Reader<'_> {
    pub(super) fn question(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
        stages: &StageIds,
        method: Option<Method>,
        seen: &mut HashMap<String, Range<usize>>,
    ) -> Option<Question> {
        let span = self.header(span);
        let q = Fields::new(
            table,
            span.clone(),
            Place::Question,
            QUESTION_KEYS,
            self.diags,
        );
        let id = q.str("id", "\"ir-national-csirt\"", self.diags);
        if let Some(id) = &id {
            self.check_id(id, "question id");
            self.check_unique(seen, id, "question");
        }
        let label = id.as_ref().map_or("this question".to_owned(), |i| {
            format!("question `{}`", i.get_ref())
        });
        let prompt = q.str("prompt", "\"Is there a national CSIRT?\"", self.diags);
        let help = q.opt_str("help", self.diags).map(Spanned::into_inner);
        let evidence = q.opt_str("evidence", self.diags).map(Spanned::into_inner);
        let weight = self.weight(&q);
        let replaces = q.opt_str("replaces", self.diags);
        if let Some(old) = &replaces {
            self.check_id(old, "replaced question id");
        }
        let kind = q.opt_str("kind", self.diags);
        let kind = match kind.as_ref().map(|k| k.get_ref().as_str()) {
            None | Some(CHOICE) => self.choice(
                &q,
                &label,
                id.as_ref().map(|i| i.get_ref().as_str()),
                stages,
            ),
            Some(INDICATOR) => {
                if method == Some(Method::WeightedMean) {
                    self.diags.push(
                        Diagnostic::error(kind.as_ref().map_or(span.clone(), |k| k.span()), format!("{label} is an indicator, but the questionnaire is scored by weighted mean"))
                            .with_help("indicators (yes / partly / no) need [scoring] method = \"gated\"; or make this a choice question with one option per stage"),
                    );
                }
                self.indicator(&q, &label, stages)
            }
            Some(other) => {
                self.diags.push(
                    Diagnostic::error(kind.as_ref().map_or(span.clone(), |k| k.span()), format!("unknown question kind \"{other}\""))
                        .with_help("use \"choice\" (pick the stage description that fits) or \"indicator\" (yes / partly / no)"),
                );
                None
            }
        };
        Some(Question {
            id: id?.into_inner(),
            prompt: prompt?.into_inner(),
            help,
            evidence,
            weight: weight?,
            replaces: replaces.map(Spanned::into_inner),
            kind: kind?,
        })
    }

    fn choice(
        &mut self,
        q: &Fields<'_, '_, '_>,
        label: &str,
        id: Option<&str>,
        stages: &StageIds,
    ) -> Option<QuestionKind> {
        for key in ["stage", "next_step"] {
            if let Some(v) = q.get(key) {
                self.diags.push(
                    Diagnostic::error(v.span(), format!("`{key}` belongs to indicator questions, but {label} is a choice question"))
                        .with_help(format!("move `{key}` into one of its [[pillars.questions.options]], or add kind = \"indicator\"")),
                );
            }
        }
        let tables = q.tables("options", self.diags);
        if tables.is_empty() {
            self.diags.push(
                Diagnostic::error(q.span(), format!("{label} has no options"))
                    .with_help("add [[pillars.questions.options]] sections, one per stage, each with stage, text and next_step"),
            );
        }
        let mut options: Vec<StageOption> = Vec::new();
        let mut without_step = Vec::new();
        let mut ok = true;
        for (table, span) in tables {
            let span = self.header(span);
            let o = Fields::new(
                table,
                span.clone(),
                Place::OptionOf(id.map(Into::into)),
                OPTION_KEYS,
                self.diags,
            );
            let stage = o.str("stage", "\"formative\"", self.diags);
            let text = o.str(
                "text",
                "\"What this stage looks like for this question\"",
                self.diags,
            );
            let next_step = o.opt_str("next_step", self.diags);
            let evidence = o.opt_str("evidence", self.diags);
            let stage_span = stage.as_ref().map(|s| s.span());
            let stage = stage.and_then(|s| stages.resolve(&s, "option stage", self.diags));
            let (Some(stage), Some(text)) = (stage, text) else {
                ok = false;
                continue;
            };
            let stage_span = stage_span.unwrap_or(span.clone());
            if let Some(prev) = options.last() {
                if prev.stage == stage {
                    self.diags.push(
                        Diagnostic::error(
                            stage_span,
                            format!(
                                "{label} has two options for stage \"{}\"",
                                stages.0[stage.get()]
                            ),
                        )
                        .with_help("keep one option per stage; merge the two descriptions"),
                    );
                    ok = false;
                } else if prev.stage > stage {
                    self.diags.push(
                        Diagnostic::error(stage_span, format!("the options of {label} are not in stage order: \"{}\" comes after \"{}\"", stages.0[stage.get()], stages.0[prev.stage.get()]))
                            .with_help("list the options from the lowest stage to the highest, as in [[stages]]"),
                    );
                    ok = false;
                }
            }
            if next_step.is_none() {
                without_step.push((stage, span));
            }
            if let Some(e) = evidence.as_ref().filter(|_| stage == StageIndex::LOWEST) {
                self.diags.push(
                    Diagnostic::warning(e.span(), format!("the evidence of the \"{}\" option of {label} has no stage below it to tell it from", stages.0[stage.get()]))
                        .with_help("option evidence says what shows this stage rather than the one below; move it to the option above, or remove it"),
                );
            }
            options.push(StageOption {
                stage,
                text: text.into_inner(),
                next_step: next_step.map(Spanned::into_inner),
                evidence: evidence.map(Spanned::into_inner),
            });
        }
        // The next step leads to the next option, so only the highest option may leave it out.
        let highest = options.last().map(|o| o.stage);
        for (stage, span) in without_step {
            if Some(stage) != highest {
                self.diags.push(
                    Diagnostic::error(span, format!("the \"{}\" option of {label} has no next_step", stages.0[stage.get()]))
                        .with_help("add next_step = \"...\": the concrete action that moves a country from this stage to the next option's (only the highest option may leave it out)"),
                );
                ok = false;
            }
        }
        (ok && !options.is_empty()).then_some(QuestionKind::Choice { options })
    }

    fn indicator(
        &mut self,
        q: &Fields<'_, '_, '_>,
        label: &str,
        stages: &StageIds,
    ) -> Option<QuestionKind> {
        if let Some(v) = q.get("options") {
            self.diags.push(
                Diagnostic::error(v.span(), format!("{label} is an indicator, so it takes no options"))
                    .with_help("remove the options (indicators are answered yes / partly / no), or remove kind = \"indicator\""),
            );
        }
        let stage = q.str("stage", "\"established\"", self.diags);
        let next_step = q.str("next_step", "\"Who does what, producing what\"", self.diags);
        let stage = match stage {
            Some(s) => {
                let index = stages.resolve(&s, "indicator stage", self.diags);
                if index == Some(StageIndex::LOWEST) {
                    self.diags.push(
                        Diagnostic::error(s.span(), format!("{label} is tagged with the lowest stage, which is always reached"))
                            .with_help("tag the indicator with the stage it is a requirement of, above the lowest"),
                    );
                    None
                } else {
                    index
                }
            }
            None => None,
        };
        Some(QuestionKind::Indicator {
            stage: stage?,
            next_step: next_step?.into_inner(),
        })
    }

    pub(super) fn weight(&mut self, f: &Fields<'_, '_, '_>) -> Option<f64> {
        match f.opt_number("weight", self.diags) {
            None if f.get("weight").is_some() => None,
            None => Some(1.0),
            Some(w) if (MIN_WEIGHT..=MAX_WEIGHT).contains(w.get_ref()) => Some(*w.get_ref()),
            Some(w) => {
                let message = if w.get_ref().is_finite() && *w.get_ref() > 0.0 {
                    // As written: 1e308 printed as a number would take 309 digits.
                    let written = self.text.get(w.span()).unwrap_or_default().trim();
                    format!("weight {written} is outside the allowed range")
                } else {
                    format!("weight {} is not a positive number", w.get_ref())
                };
                self.diags.push(
                    Diagnostic::error(w.span(), message)
                        .with_help(format!("use a number from {MIN_WEIGHT} to {MAX_WEIGHT}, such as 1 or 1.5; leave weight out for the default of 1")),
                );
                None
            }
        }
    }
}
