//! Keeping only each country's most recent assessment of a batch (`--latest`), so that a cohort
//! of member states counts every country once, however many years of files the folder holds.
//! Countries are told apart per questionnaire (id and version), as cohorts are.

use std::collections::HashMap;

use toml::value::Date;
use unicode_normalization::UnicodeNormalization;

use super::LoadedBatch;

/// Several assessments of one country on its latest date: the one kept and the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameDate {
    /// The country, as written in the kept file.
    pub country: String,
    /// The date they share (`None`: all undated).
    pub assessed_on: Option<Date>,
    /// The file kept: the last of them in path order.
    pub kept: String,
    /// The files left out although they carry the same date.
    pub left_out: Vec<String>,
}

impl LoadedBatch {
    /// Keeps, for each country and questionnaire, only the assessment with the latest
    /// `assessed_on` (undated ones count as oldest); among several on that date, the last in
    /// path order. Countries are matched ignoring letter case, extra spaces and how accented
    /// letters are stored; assessments without a country are all kept. The rest stay in path
    /// order; the number left out is added to [`LoadedBatch::not_latest`]. Returns the countries
    /// where several files share the latest date, so the caller can say which one was kept.
    pub fn keep_latest(&mut self) -> Vec<SameDate> {
        let mut latest: HashMap<Key, usize> = HashMap::new();
        let mut same_date: HashMap<Key, Vec<usize>> = HashMap::new();
        // Assessments without a country are never candidates: they stay.
        let mut keep = vec![false; self.assessments.len()];
        for (i, a) in self.assessments.iter().enumerate() {
            let country = country_key(&a.assessment.info.country);
            if country.is_empty() {
                keep[i] = true;
                continue;
            }
            let q = &a.questionnaire.questionnaire;
            let k = (q.id.clone(), q.version.to_string(), country);
            let date = a.assessment.info.assessed_on;
            match latest.get(&k) {
                Some(&best) if self.assessments[best].assessment.info.assessed_on > date => {}
                Some(&best) if self.assessments[best].assessment.info.assessed_on == date => {
                    same_date.entry(k.clone()).or_default().push(best);
                    latest.insert(k, i);
                }
                _ => {
                    same_date.remove(&k);
                    latest.insert(k, i);
                }
            }
        }
        let mut ties: Vec<SameDate> = same_date
            .iter()
            .map(|(k, others)| {
                let kept = &self.assessments[latest[k]];
                SameDate {
                    country: kept.assessment.info.country.clone(),
                    assessed_on: kept.assessment.info.assessed_on,
                    kept: kept.source.name.clone(),
                    left_out: others
                        .iter()
                        .map(|&i| self.assessments[i].source.name.clone())
                        .collect(),
                }
            })
            .collect();
        ties.sort_by(|a, b| a.kept.cmp(&b.kept));

        for &i in latest.values() {
            keep[i] = true;
        }
        let before = self.assessments.len();
        let mut flags = keep.into_iter();
        self.assessments.retain(|_| flags.next().unwrap_or(false));
        self.not_latest += before - self.assessments.len();
        ties
    }
}

/// Questionnaire id, version and country key.
type Key = (String, String, String);

/// A country name in lower case with single spaces, its accents in one form, so "Exampleland "
/// and "exampleland" match, and so do "Côte" typed on two systems that store "ô" differently.
fn country_key(country: &str) -> String {
    let mut key = String::with_capacity(country.len());
    for word in country.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.nfc().flat_map(char::to_lowercase));
    }
    key
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::loader::{BatchOptions, Loader};

    /// A folder of answers files: (file name, country, date or "" for undated), on the
    /// built-in questionnaire, or on the `weighted.toml` test questionnaire when the file name
    /// starts with `w-`.
    fn batch(files: &[(&str, &str, &str)]) -> (tempfile::TempDir, LoadedBatch) {
        let dir = tempfile::tempdir().expect("temp dir");
        let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/weighted.toml");
        std::fs::copy(fixture, dir.path().join("weighted.toml")).expect("copy");
        for (name, country, date) in files {
            let date = if date.is_empty() {
                String::new()
            } else {
                format!("assessed_on = {date}\n")
            };
            let (questionnaire, answer) = if name.starts_with("w-") {
                ("weighted.toml", "gov-a = \"growing\"")
            } else {
                ("ncss-maturity", "gov-lead-authority = \"formative\"")
            };
            let text = format!(
                "questionnaire = \"{questionnaire}\"\n[assessment]\ncountry = \"{country}\"\n\
                 {date}[answers]\n{answer}\n"
            );
            std::fs::write(dir.path().join(name), text).expect("write");
        }
        let loaded = Loader::new().load_batch(
            &[PathBuf::from(dir.path())],
            BatchOptions::default(),
            |_| {},
            || {},
        );
        assert!(loaded.failures.is_empty(), "{:?}", loaded.failures);
        (dir, loaded)
    }

    fn names(loaded: &LoadedBatch) -> Vec<String> {
        loaded
            .assessments
            .iter()
            .map(|a| {
                PathBuf::from(&a.source.name)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn each_country_keeps_its_latest_assessment_in_path_order() {
        let (_dir, mut loaded) = batch(&[
            ("a-2026.toml", "Exampleland", "2026-03-19"),
            ("b-2024.toml", "  exampleLAND ", "2024-03-14"),
            ("c-2025.toml", "República de Costa Esmeralda", "2025-10-08"),
            ("d-undated.toml", "Côte-des-Palmes", ""),
            // The same name with "ô" as "o" and a combining accent, as some systems store it.
            ("e-2023.toml", "Co\u{302}te-des-Palmes", "2023-01-01"),
            ("f-undated.toml", "Exampleland", ""),
        ]);
        let ties = loaded.keep_latest();
        assert_eq!(
            names(&loaded),
            ["a-2026.toml", "c-2025.toml", "e-2023.toml"]
        );
        assert_eq!(loaded.not_latest, 3);
        assert!(ties.is_empty(), "{ties:?}");
    }

    #[test]
    fn files_sharing_the_latest_date_keep_the_last_and_say_so() {
        let (_dir, mut loaded) = batch(&[
            ("draft-1.toml", "Exampleland", "2026-03-19"),
            ("draft-2.toml", "Exampleland", "2026-03-19"),
            ("older.toml", "Exampleland", "2025-01-01"),
            ("other.toml", "Costa", "2026-01-01"),
        ]);
        let ties = loaded.keep_latest();
        assert_eq!(names(&loaded), ["draft-2.toml", "other.toml"]);
        assert_eq!(loaded.not_latest, 2);
        assert_eq!(ties.len(), 1);
        assert_eq!(ties[0].country, "Exampleland");
        assert!(ties[0].kept.ends_with("draft-2.toml"));
        assert_eq!(ties[0].left_out.len(), 1);
        assert!(ties[0].left_out[0].ends_with("draft-1.toml"));
    }

    #[test]
    fn other_questionnaires_and_files_without_a_country_are_kept() {
        let (_dir, mut loaded) = batch(&[
            ("a-2024.toml", "Exampleland", "2024-03-14"),
            ("b-2026.toml", "Exampleland", "2026-03-19"),
            ("c-nameless.toml", "", "2026-01-01"),
            ("d-nameless.toml", " ", "2025-01-01"),
            ("w-2025.toml", "Exampleland", "2025-01-01"),
        ]);
        let ties = loaded.keep_latest();
        assert_eq!(
            names(&loaded),
            [
                "b-2026.toml",
                "c-nameless.toml",
                "d-nameless.toml",
                "w-2025.toml"
            ]
        );
        assert_eq!(loaded.not_latest, 1);
        assert!(ties.is_empty(), "{ties:?}");
    }
}
