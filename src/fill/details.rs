//! The `[assessment]` details asked before the first question: all four for a new file or a
//! template whose country is empty, and the ones still missing from a file left during its
//! details. Each is saved the moment it is given.

use super::answers_doc::Details;
use super::flow::{FillError, Session, asked};
use super::prompter::{Choice, PickAsk, Prompter, TextAsk};
use crate::model::StageIndex;
use crate::t;

/// One of the `[assessment]` details, as `fill` asks for them and saves them: each on its own,
/// the moment it is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// Country or organisation assessed.
    Country(String),
    /// Who answers.
    Assessors(Vec<String>),
    /// Date of the assessment, `YYYY-MM-DD`.
    AssessedOn(String),
    /// Target stage id.
    Target(String),
}

/// Which detail: the key it is written under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailKey {
    /// `country`.
    Country,
    /// `assessors`.
    Assessors,
    /// `assessed_on`.
    AssessedOn,
    /// `target`.
    Target,
}

impl DetailKey {
    /// Every detail, in the order `fill` asks for them.
    pub const ALL: [DetailKey; 4] = [
        DetailKey::Country,
        DetailKey::Assessors,
        DetailKey::AssessedOn,
        DetailKey::Target,
    ];

    pub(super) fn key(self) -> &'static str {
        match self {
            DetailKey::Country => "country",
            DetailKey::Assessors => "assessors",
            DetailKey::AssessedOn => "assessed_on",
            DetailKey::Target => "target",
        }
    }
}

impl Session<'_> {
    /// Asks the details in `keys`, in order, saving each before confirming it. `target` is the
    /// stage preselected as the target; `known` are details offered for keeping with Enter (those
    /// of an older answers file; its date is not offered). `Ok(false)` when the person left.
    pub(super) fn ask_details(
        &mut self,
        keys: &[DetailKey],
        new: bool,
        target: StageIndex,
        known: Option<&Details>,
    ) -> Result<bool, FillError> {
        let (q, locale, file) = (self.q, self.settings.locale, self.settings.file.as_str());
        self.prompter.say(&if new {
            t!(
                locale,
                "fill-new-file",
                file = file,
                title = q.title.as_str(),
                count = q.question_count(),
                pillars = q.pillars.len()
            )
        } else {
            t!(locale, "fill-details-missing", file = file)
        });
        for &key in keys {
            let Some((detail, shown)) = self.ask_detail(key, target, known)? else {
                return Ok(false);
            };
            let mut edited = self.doc.clone();
            edited.set_detail(&detail)?;
            self.save(&edited.text())?;
            self.doc = edited;
            self.exists = true;
            self.prompter.saved(&t!(locale, "fill-saved", what = shown));
        }
        Ok(true)
    }

    /// Asks one detail until it is valid; returns it and how to show it. `None` when the person
    /// left.
    fn ask_detail(
        &mut self,
        key: DetailKey,
        target: StageIndex,
        known: Option<&Details>,
    ) -> Result<Option<(Detail, String)>, FillError> {
        let settings = self.settings;
        let locale = settings.locale;
        Ok(Some(match key {
            DetailKey::Country => loop {
                let keep = t!(locale, "fill-keep-country");
                let Some(c) = text(
                    self.prompter,
                    &t!(locale, "fill-ask-country"),
                    known.map(|_| keep.as_str()),
                    known.map(|d| d.country.as_str()).filter(|c| !c.is_empty()),
                    true,
                )?
                else {
                    return Ok(None);
                };
                if !c.is_empty() {
                    break (Detail::Country(c.clone()), c);
                }
                self.prompter.say(&t!(locale, "fill-country-needed"));
            },
            DetailKey::Assessors => {
                let known_assessors = known.map(|d| d.assessors.join("; "));
                let known_assessors = known_assessors.as_deref().filter(|a| !a.is_empty());
                let hint = if known_assessors.is_some() {
                    t!(locale, "fill-keep-names")
                } else {
                    t!(locale, "fill-leave-empty")
                };
                let Some(line) = text(
                    self.prompter,
                    &t!(locale, "fill-ask-assessors"),
                    Some(&hint),
                    known_assessors,
                    false,
                )?
                else {
                    return Ok(None);
                };
                // Semicolons, not commas: ministry names often hold commas ("Ministry of
                // Science, Technology and Innovation").
                let assessors: Vec<String> = line
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                let shown = if assessors.is_empty() {
                    t!(locale, "fill-no-one-named")
                } else {
                    assessors.join("; ")
                };
                (Detail::Assessors(assessors), shown)
            }
            DetailKey::AssessedOn => loop {
                let Some(d) = text(
                    self.prompter,
                    &t!(locale, "fill-ask-date"),
                    Some(&t!(locale, "fill-keep-today")),
                    Some(&settings.today),
                    true,
                )?
                else {
                    return Ok(None);
                };
                if is_date(&d) {
                    break (Detail::AssessedOn(d.clone()), d);
                }
                self.prompter.say(&t!(
                    locale,
                    "fill-not-a-date",
                    text = d.as_str(),
                    today = settings.today.as_str()
                ));
            },
            DetailKey::Target => {
                let q = self.q;
                let choices = q
                    .stages
                    .iter()
                    .enumerate()
                    .map(|(i, s)| Choice {
                        label: s.name.clone(),
                        description: (!s.summary.is_empty()).then(|| s.summary.clone()),
                        value: i,
                        key: None,
                    })
                    .collect();
                let Some(i) = asked(self.prompter.pick(&PickAsk {
                    prompt: &t!(locale, "fill-ask-target"),
                    choices,
                    selected: target.get(),
                    saved: true,
                }))?
                else {
                    return Ok(None);
                };
                let stage = &q.stages[i];
                (
                    Detail::Target(stage.id.clone()),
                    t!(locale, "fill-saved-target", stage = stage.name.as_str()),
                )
            }
        }))
    }
}

/// Asks for one line of text, trimmed; `None` when the person left. An empty answer stands for
/// `default` when there is one; typing replaces it.
fn text(
    prompter: &mut dyn Prompter,
    prompt: &str,
    hint: Option<&str>,
    default: Option<&str>,
    required: bool,
) -> Result<Option<String>, FillError> {
    let answer = asked(prompter.text(&TextAsk {
        prompt,
        hint,
        initial: None,
        default,
        required,
    }))?;
    Ok(answer.map(|s| s.trim().to_owned()))
}

/// Whether `s` is a TOML date (year-month-day), like the answers file needs.
fn is_date(s: &str) -> bool {
    s.parse::<toml::value::Datetime>()
        .is_ok_and(|d| d.date.is_some() && d.time.is_none() && d.offset.is_none())
}
