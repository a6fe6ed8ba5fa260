//! Which assessments count: each country's latest assessment (`--latest`), and its previous and
//! latest ones (`compare FOLDER`, the cohort report's Change page). One rule of the domain,
//! shared by every command that needs it.
//!
//! Works on model types only, by position in the list it is given (callers keep their files in
//! path order, so "the last in path order" is "the highest position"). Reads nothing and prints
//! nothing: ties come back as data for the caller to report.
//!
//! The rule:
//! - assessments are grouped by country, matched ignoring letter case, extra spaces and how
//!   accented letters are stored, and by questionnaire ([`Edition`]: id and version for
//!   `--latest`, as cohorts are; id and major version for `compare`, which matches questions
//!   across minor versions);
//! - within a group they are ordered by `assessed_on`, undated ones first (they count as oldest),
//!   then by position;
//! - the latest is the last of that order; where several share its date, the last in path order
//!   is kept and the others are reported as a [`Tie`];
//! - the previous is the latest of those dated strictly before the latest (an undated one counts
//!   as before any date), chosen the same way among ties;
//! - assessments without a country are never grouped: `--latest` keeps them all, `compare`
//!   leaves them out and lists them.

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use toml::value::Date;
use unicode_normalization::UnicodeNormalization;

use crate::model::{AssessmentInfo, Questionnaire};

/// What the rule needs to know of one assessment: which questionnaire it answers, its country
/// and its date, and nothing else, so a batch of any size can be indexed before its files are
/// loaded again one chunk at a time.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    /// The questionnaire it answers.
    pub questionnaire: &'a Questionnaire,
    /// The country, as written (matched by [`country_key`]).
    pub country: &'a str,
    /// When it was assessed (`None`: undated, counts as oldest).
    pub assessed_on: Option<Date>,
}

impl<'a> Candidate<'a> {
    /// The candidate of an assessment on `questionnaire` with these `[assessment]` details.
    pub fn of(questionnaire: &'a Questionnaire, info: &'a AssessmentInfo) -> Self {
        Candidate {
            questionnaire,
            country: &info.country,
            assessed_on: info.assessed_on,
        }
    }
}

/// How finely questionnaires are told apart when grouping a country's assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// Id and full version: assessments on 1.0.0 and 1.1.0 are separate groups (`--latest`,
    /// cohorts).
    Version,
    /// Id and major version: 1.0.0 and 1.1.0 are one group, whose questions are matched by id
    /// (`compare`).
    Major,
}

/// Several assessments of one country on the same date where one had to be chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    /// The date they share (`None`: all undated).
    pub assessed_on: Option<Date>,
    /// Position of the one chosen: the last of them in path order.
    pub kept: usize,
    /// Positions of the others, in path order.
    pub left_out: Vec<usize>,
}

/// The outcome of [`latest`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Latest {
    /// Positions to keep, ascending: each country's latest, and every assessment without a
    /// country.
    pub keep: Vec<usize>,
    /// Countries whose latest date is shared by several assessments, ordered by the kept one.
    pub ties: Vec<Tie>,
}

/// A country's previous and latest assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Position of the previous assessment.
    pub previous: usize,
    /// Position of the latest assessment.
    pub latest: usize,
}

/// The outcome of [`pairs`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pairs {
    /// One pair per country with an earlier assessment, in path order of the latest.
    pub pairs: Vec<Pair>,
    /// Countries with no assessment dated before their latest: the position of the latest, in
    /// path order.
    pub single: Vec<usize>,
    /// Assessments without a country, which cannot be paired, in path order.
    pub without_country: Vec<usize>,
    /// Dates shared by several assessments of a country where the previous or the latest was
    /// chosen, ordered by the kept one.
    pub ties: Vec<Tie>,
}

/// Each country's latest assessment per questionnaire ([`Edition::Version`]), as `--latest`
/// keeps it (see the module documentation for the rule).
pub fn latest(candidates: &[Candidate<'_>]) -> Latest {
    let histories = histories(candidates, Edition::Version);
    let mut out = Latest {
        keep: histories.without_country,
        ties: Vec::new(),
    };
    for history in &histories.countries {
        let Some((kept, tie)) = last_of_date(candidates, history) else {
            continue;
        };
        out.keep.push(kept);
        out.ties.extend(tie);
    }
    out.keep.sort_unstable();
    out.ties.sort_by_key(|t| t.kept);
    out
}

/// Each country's previous and latest assessment per questionnaire and major version
/// ([`Edition::Major`]), for `compare` and the cohort report's Change page (see the module
/// documentation for the rule).
pub fn pairs(candidates: &[Candidate<'_>]) -> Pairs {
    let histories = histories(candidates, Edition::Major);
    let mut out = Pairs {
        without_country: histories.without_country,
        ..Pairs::default()
    };
    for history in &histories.countries {
        let Some((latest, tie)) = last_of_date(candidates, history) else {
            continue;
        };
        out.ties.extend(tie);
        let latest_date = candidates[latest].assessed_on;
        // Everything before the latest date, still in (date, position) order.
        let earlier: Vec<usize> = history
            .iter()
            .copied()
            .take_while(|&i| candidates[i].assessed_on < latest_date)
            .collect();
        let Some((previous, tie)) = last_of_date(candidates, &earlier) else {
            out.single.push(latest);
            continue;
        };
        out.ties.extend(tie);
        out.pairs.push(Pair { previous, latest });
    }
    out.pairs.sort_by_key(|p| p.latest);
    out.single.sort_unstable();
    out.ties.sort_by_key(|t| t.kept);
    out
}

/// The country's assessments grouped by questionnaire, each group in (date, position) order.
struct Histories {
    countries: Vec<Vec<usize>>,
    without_country: Vec<usize>,
}

fn histories(candidates: &[Candidate<'_>], edition: Edition) -> Histories {
    let mut groups: HashMap<(&str, String, String), Vec<usize>> = HashMap::new();
    let mut without_country = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let country = country_key(c.country);
        if country.is_empty() {
            without_country.push(i);
            continue;
        }
        let version = match edition {
            Edition::Version => c.questionnaire.version.to_string(),
            Edition::Major => c.questionnaire.version.major.to_string(),
        };
        groups
            .entry((c.questionnaire.id.as_str(), version, country))
            .or_default()
            .push(i);
    }
    let mut countries: Vec<Vec<usize>> = groups.into_values().collect();
    for history in &mut countries {
        // Stable: positions stay ascending within a date.
        history.sort_by_key(|&i| candidates[i].assessed_on);
    }
    countries.sort_by_key(|h| h.first().copied());
    Histories {
        countries,
        without_country,
    }
}

/// The last of a history in (date, position) order, and the tie when others share its date;
/// `None` for an empty history.
fn last_of_date(candidates: &[Candidate<'_>], history: &[usize]) -> Option<(usize, Option<Tie>)> {
    let (&kept, before) = history.split_last()?;
    let date = candidates[kept].assessed_on;
    let left_out: Vec<usize> = before
        .iter()
        .copied()
        .filter(|&i| candidates[i].assessed_on == date)
        .collect();
    let tie = if left_out.is_empty() {
        None
    } else {
        Some(Tie {
            assessed_on: date,
            kept,
            left_out,
        })
    };
    Some((kept, tie))
}

/// A country name in lower case with single spaces, its accents in one form, so "Exampleland "
/// and "exampleland" match, and so do "Côte" typed on two systems that store "ô" differently.
pub fn country_key(country: &str) -> String {
    let mut key = String::with_capacity(country.len());
    for word in country.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.nfc().flat_map(char::to_lowercase));
    }
    key
}
