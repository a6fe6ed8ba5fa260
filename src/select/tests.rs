//! The selection rule on hand-made lists: the same cases `--latest` was built for, and the
//! pairing of previous and latest for `compare`.

use super::*;
use crate::model::AssessmentInfo;
use crate::parse::parse_questionnaire;

fn questionnaire(text: &str) -> Questionnaire {
    parse_questionnaire(text).value.expect("questionnaire")
}

/// ncss-maturity 1.0.0: the version the cases below are written for.
fn builtin() -> Questionnaire {
    let b = crate::builtin::lookup("ncss-maturity@1.0.0").expect("built in");
    questionnaire(b.text)
}

/// The built-in questionnaire with another version number.
fn builtin_version(version: &str) -> Questionnaire {
    let mut q = builtin();
    q.version = version.parse().expect("version");
    q
}

/// `2026-03-19` as a date.
fn date(text: &str) -> Date {
    let datetime: toml::value::Datetime = text.parse().expect("date");
    datetime.date.expect("a date")
}

fn info(country: &str, assessed_on: &str) -> AssessmentInfo {
    AssessmentInfo {
        country: country.to_owned(),
        assessed_on: (!assessed_on.is_empty()).then(|| date(assessed_on)),
        ..AssessmentInfo::default()
    }
}

fn candidates<'a>(q: &'a Questionnaire, infos: &'a [AssessmentInfo]) -> Vec<Candidate<'a>> {
    infos.iter().map(|info| Candidate::of(q, info)).collect()
}

#[test]
fn each_country_keeps_its_latest_assessment_in_path_order() {
    let q = builtin();
    let infos = [
        info("Exampleland", "2026-03-19"),
        info("  exampleLAND ", "2024-03-14"),
        info("República de Costa Esmeralda", "2025-10-08"),
        info("Côte-des-Palmes", ""),
        // The same name with "ô" as "o" and a combining accent, as some systems store it.
        info("Co\u{302}te-des-Palmes", "2023-01-01"),
        info("Exampleland", ""),
    ];
    let latest = latest(&candidates(&q, &infos));
    assert_eq!(latest.keep, [0, 2, 4]);
    assert!(latest.ties.is_empty(), "{:?}", latest.ties);
}

#[test]
fn files_sharing_the_latest_date_keep_the_last_and_say_so() {
    let q = builtin();
    let infos = [
        info("Exampleland", "2026-03-19"),
        info("Exampleland", "2026-03-19"),
        info("Exampleland", "2025-01-01"),
        info("Costa", "2026-01-01"),
    ];
    let latest = latest(&candidates(&q, &infos));
    assert_eq!(latest.keep, [1, 3]);
    assert_eq!(
        latest.ties,
        [Tie {
            assessed_on: Some(date("2026-03-19")),
            kept: 1,
            left_out: vec![0],
        }]
    );
}

#[test]
fn other_questionnaire_versions_and_files_without_a_country_are_kept() {
    let (q1, q2) = (builtin(), builtin_version("1.1.0"));
    let infos = [
        info("Exampleland", "2024-03-14"),
        info("Exampleland", "2026-03-19"),
        info("", "2026-01-01"),
        info(" ", "2025-01-01"),
        info("Exampleland", "2025-01-01"),
    ];
    let mut list = candidates(&q1, &infos);
    list[4].questionnaire = &q2;
    let latest = latest(&list);
    assert_eq!(latest.keep, [1, 2, 3, 4]);
}

#[test]
fn pairs_are_each_countrys_previous_and_latest_by_date_not_path() {
    let q = builtin();
    let infos = [
        info("Exampleland", "2026-03-19"),
        info("exampleland", "2022-01-01"),
        info("Exampleland", "2024-06-30"),
        info("Costa", "2025-01-01"),
        info("Isla", "2023-01-01"),
        info("Isla", "2021-01-01"),
    ];
    let pairs = pairs(&candidates(&q, &infos));
    assert_eq!(
        pairs.pairs,
        [
            Pair {
                previous: 2,
                latest: 0
            },
            Pair {
                previous: 5,
                latest: 4
            },
        ]
    );
    assert_eq!(pairs.single, [3]);
    assert!(pairs.ties.is_empty() && pairs.without_country.is_empty());
}

#[test]
fn ties_on_either_date_keep_the_last_in_path_order_and_are_reported() {
    let q = builtin();
    let infos = [
        info("Exampleland", "2024-01-01"),
        info("Exampleland", "2026-01-01"),
        info("Exampleland", "2024-01-01"),
        info("Exampleland", "2026-01-01"),
    ];
    let pairs = pairs(&candidates(&q, &infos));
    assert_eq!(
        pairs.pairs,
        [Pair {
            previous: 2,
            latest: 3
        }]
    );
    assert_eq!(
        pairs.ties,
        [
            Tie {
                assessed_on: Some(date("2024-01-01")),
                kept: 2,
                left_out: vec![0]
            },
            Tie {
                assessed_on: Some(date("2026-01-01")),
                kept: 3,
                left_out: vec![1]
            },
        ]
    );
}

#[test]
fn undated_assessments_count_as_oldest_and_two_on_one_date_are_no_pair() {
    let q = builtin();
    let infos = [
        info("Exampleland", ""),
        info("Exampleland", "2025-05-05"),
        // Two drafts of one day: nothing earlier to compare with.
        info("Costa", "2026-01-01"),
        info("Costa", "2026-01-01"),
        // Only undated files: they share "no date", so there is no earlier one either.
        info("Isla", ""),
        info("Isla", ""),
        info("", "2026-01-01"),
    ];
    let pairs = pairs(&candidates(&q, &infos));
    assert_eq!(
        pairs.pairs,
        [Pair {
            previous: 0,
            latest: 1
        }]
    );
    assert_eq!(pairs.single, [3, 5]);
    assert_eq!(pairs.without_country, [6]);
    assert_eq!(pairs.ties.len(), 2);
    assert_eq!((pairs.ties[0].kept, pairs.ties[1].kept), (3, 5));
    assert_eq!(pairs.ties[1].assessed_on, None);
}

#[test]
fn pairs_span_minor_versions_but_not_major_ones() {
    let (q10, q11, q20) = (
        builtin(),
        builtin_version("1.1.0"),
        builtin_version("2.0.0"),
    );
    let infos = [
        info("Exampleland", "2024-01-01"),
        info("Exampleland", "2026-01-01"),
        info("Exampleland", "2027-01-01"),
    ];
    let mut list = candidates(&q10, &infos);
    list[1].questionnaire = &q11;
    list[2].questionnaire = &q20;
    let pairs = pairs(&list);
    assert_eq!(
        pairs.pairs,
        [Pair {
            previous: 0,
            latest: 1
        }]
    );
    assert_eq!(pairs.single, [2]);
}
