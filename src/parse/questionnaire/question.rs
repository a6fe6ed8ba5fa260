//! Reading one question of a questionnaire: its kind, its options or indicator stage, its weight.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::DeTable;

use super::{CHOICE, INDICATOR, OPTION_KEYS, QUESTION_KEYS, Reader, StageIds};
use crate::diagnostic::{Code, Place};
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
            self.check_id(id, "question");
            self.check_unique(seen, id, "question");
        }
        let label = Place::QuestionNamed(id.as_ref().map(|i| i.get_ref().clone().into()));
        let prompt = q.str("prompt", "\"Is there a national CSIRT?\"", self.diags);
        let help = q.opt_str("help", self.diags).map(Spanned::into_inner);
        let evidence = q.opt_str("evidence", self.diags).map(Spanned::into_inner);
        let weight = self.weight(&q);
        let replaces = q.opt_str("replaces", self.diags);
        if let Some(old) = &replaces {
            self.check_id(old, "replaced-question");
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
                        Code::IndicatorInWeightedMean
                            .error(kind.as_ref().map_or(span.clone(), |k| k.span()))
                            .with("subject", label.clone()),
                    );
                }
                self.indicator(&q, &label, stages)
            }
            Some(other) => {
                self.diags.push(
                    Code::UnknownQuestionKind
                        .error(kind.as_ref().map_or(span.clone(), |k| k.span()))
                        .with("kind", other),
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
        label: &Place<'_>,
        id: Option<&str>,
        stages: &StageIds,
    ) -> Option<QuestionKind> {
        for key in ["stage", "next_step"] {
            if let Some(v) = q.get(key) {
                self.diags.push(
                    Code::IndicatorKeyInChoice
                        .error(v.span())
                        .with("key", key)
                        .with("subject", label.clone()),
                );
            }
        }
        let tables = q.tables("options", self.diags);
        if tables.is_empty() {
            self.diags.push(
                Code::NoOptions
                    .error(q.span())
                    .with("subject", label.clone()),
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
            let stage = stage.and_then(|s| stages.resolve(&s, "option", self.diags));
            let (Some(stage), Some(text)) = (stage, text) else {
                ok = false;
                continue;
            };
            let stage_span = stage_span.unwrap_or(span.clone());
            if let Some(prev) = options.last() {
                if prev.stage == stage {
                    self.diags.push(
                        Code::DuplicateOption
                            .error(stage_span)
                            .with("subject", label.clone())
                            .with("stage", &stages.0[stage.get()]),
                    );
                    ok = false;
                } else if prev.stage > stage {
                    self.diags.push(
                        Code::OptionsOutOfOrder
                            .error(stage_span)
                            .with("subject", label.clone())
                            .with("stage", &stages.0[stage.get()])
                            .with("previous", &stages.0[prev.stage.get()]),
                    );
                    ok = false;
                }
            }
            if next_step.is_none() {
                without_step.push((stage, span));
            }
            if let Some(e) = evidence.as_ref().filter(|_| stage == StageIndex::LOWEST) {
                self.diags.push(
                    Code::LowestOptionEvidence
                        .warning(e.span())
                        .with("subject", label.clone())
                        .with("stage", &stages.0[stage.get()]),
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
                    Code::MissingNextStep
                        .error(span)
                        .with("subject", label.clone())
                        .with("stage", &stages.0[stage.get()]),
                );
                ok = false;
            }
        }
        (ok && !options.is_empty()).then_some(QuestionKind::Choice { options })
    }

    fn indicator(
        &mut self,
        q: &Fields<'_, '_, '_>,
        label: &Place<'_>,
        stages: &StageIds,
    ) -> Option<QuestionKind> {
        if let Some(v) = q.get("options") {
            self.diags.push(
                Code::IndicatorWithOptions
                    .error(v.span())
                    .with("subject", label.clone()),
            );
        }
        let stage = q.str("stage", "\"established\"", self.diags);
        let next_step = q.str("next_step", "\"Who does what, producing what\"", self.diags);
        let stage = match stage {
            Some(s) => {
                let index = stages.resolve(&s, "indicator", self.diags);
                if index == Some(StageIndex::LOWEST) {
                    self.diags.push(
                        Code::IndicatorLowestStage
                            .error(s.span())
                            .with("subject", label.clone()),
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
                let d = if w.get_ref().is_finite() && *w.get_ref() > 0.0 {
                    // As written: 1e308 printed as a number would take 309 digits.
                    let written = self.text.get(w.span()).unwrap_or_default().trim();
                    Code::WeightOutOfRange
                        .error(w.span())
                        .with("weight", written)
                } else {
                    Code::WeightNotPositive
                        .error(w.span())
                        .with("weight", w.get_ref().to_string())
                };
                self.diags.push(
                    d.with("min", MIN_WEIGHT.to_string())
                        .with("max", MAX_WEIGHT.to_string()),
                );
                None
            }
        }
    }
}
