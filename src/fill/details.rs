//! The `[assessment]` details asked before the first question of a new answers file.

use super::answers_doc::Details;
use super::flow::{FillError, Settings, asked};
use super::prompter::{Choice, PickAsk, Prompter, TextAsk};
use crate::model::Questionnaire;

/// Asks the `[assessment]` details: for a new file, or for a file whose details are empty (one
/// made from a template). `target` is the stage preselected as the target; `known` are details
/// offered for keeping with Enter (those of an older answers file; its date is not offered).
/// `None` when the person left.
pub(super) fn ask_details(
    prompter: &mut dyn Prompter,
    q: &Questionnaire,
    settings: &Settings,
    new: bool,
    target: usize,
    known: Option<&Details>,
) -> Result<Option<Details>, FillError> {
    prompter.say(&if new {
        format!(
            "New answers file {} for {} ({} questions in {} pillars). First, the assessment \
             details.",
            settings.file,
            q.title,
            q.question_count(),
            q.pillars.len()
        )
    } else {
        format!(
            "The assessment details of {} are not filled in yet; first, the details.",
            settings.file
        )
    });
    let take = |r| asked(r).map(|v: Option<String>| v.map(|s| s.trim().to_owned()));
    let country = loop {
        let Some(c) = take(prompter.text(&TextAsk {
            prompt: "Which country (or organisation) is assessed?",
            hint: known.map(|_| "Enter keeps the country of the older answers file"),
            initial: known.map(|d| d.country.as_str()).filter(|c| !c.is_empty()),
            required: true,
        }))?
        else {
            return Ok(None);
        };
        if !c.is_empty() {
            break c;
        }
        prompter.say("Please type the name of the country or organisation.");
    };
    let known_assessors = known.map(|d| d.assessors.join("; "));
    let Some(assessors) = take(prompter.text(&TextAsk {
        prompt: "Who is answering? Names or organisations, separated by semicolons (;)",
        hint: Some(match known_assessors.as_deref() {
            Some(a) if !a.is_empty() => "Enter keeps the names shown",
            _ => "Enter to leave it empty",
        }),
        initial: known_assessors.as_deref().filter(|a| !a.is_empty()),
        required: false,
    }))?
    else {
        return Ok(None);
    };
    // Semicolons, not commas: ministry names often hold commas ("Ministry of Science,
    // Technology and Innovation").
    let assessors = assessors
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let assessed_on = loop {
        let Some(d) = take(prompter.text(&TextAsk {
            prompt: "Date of the assessment (year-month-day)",
            hint: Some("Enter keeps today's date"),
            initial: Some(&settings.today),
            required: true,
        }))?
        else {
            return Ok(None);
        };
        if is_date(&d) {
            break d;
        }
        prompter.say(&format!(
            "\"{d}\" is not a date; write it like {}.",
            settings.today
        ));
    };
    let choices = q
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| Choice {
            label: s.name.clone(),
            description: (!s.summary.is_empty()).then(|| s.summary.clone()),
            value: i,
        })
        .collect();
    let Some(target) = asked(prompter.pick(&PickAsk {
        prompt: "Which stage do you aim for? The gap to this target is shown for each pillar.",
        choices,
        selected: target,
    }))?
    else {
        return Ok(None);
    };
    Ok(Some(Details {
        country,
        assessors,
        assessed_on,
        target: q.stages[target].id.clone(),
        marking: None,
    }))
}

/// Whether `s` is a TOML date (year-month-day), like the answers file needs.
fn is_date(s: &str) -> bool {
    s.parse::<toml::value::Datetime>()
        .is_ok_and(|d| d.date.is_some() && d.time.is_none() && d.offset.is_none())
}
