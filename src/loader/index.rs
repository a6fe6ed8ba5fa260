//! Large batches in two passes, for the commands that must see every file before they know
//! which ones they need (`--latest`, `compare FOLDER`): the first pass loads and checks every
//! file and keeps only what the selection rules of [`crate::select`] look at (questionnaire,
//! country, date, file); the second loads again only the files chosen, a chunk or a pair at a
//! time. Memory then grows with the number of files by about a hundred bytes each (the file's
//! name, once; a country shared by all its files; the questionnaire shared by all), not by
//! whole assessments.
//!
//! Both passes load through the same [`Loader`], so a questionnaire is read once and shared.

use std::collections::HashSet;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;

use toml::value::Date;

use super::batch::One;
use super::{
    BatchOptions, FileReport, Input, LoadedAssessment, LoadedBatch, LoadedQuestionnaire, Loader,
};
use crate::diagnostic::Code;
use crate::select::Candidate;

/// One answers file that loaded, as the selection rules see it; the answers themselves are
/// freed once this is taken.
#[derive(Debug, Clone)]
pub struct Indexed {
    /// Its name in messages and outputs, as the loaded assessment's source has it: its path,
    /// which is UTF-8 (a file whose name is not is never loaded), so it is read again from
    /// there in the second pass.
    pub name: Box<str>,
    /// The questionnaire it answers.
    pub questionnaire: Arc<LoadedQuestionnaire>,
    /// Its country, as written; one text shared by the files of the same country.
    pub country: Arc<str>,
    /// Its date.
    pub assessed_on: Option<Date>,
}

impl Indexed {
    /// Where to read it again: the path it was read from, named as such (so a file that became
    /// a questionnaire fails, not skipped).
    pub fn input(&self) -> Input {
        Input {
            path: PathBuf::from(&*self.name),
            from_folder: false,
        }
    }

    /// What [`crate::select`] needs of it.
    pub fn candidate(&self) -> Candidate<'_> {
        Candidate {
            questionnaire: &self.questionnaire.questionnaire,
            country: &self.country,
            assessed_on: self.assessed_on,
        }
    }
}

/// What the selection rules need of each file of an index, in its (path) order.
pub fn candidates(index: &[Indexed]) -> Vec<Candidate<'_>> {
    index.iter().map(Indexed::candidate).collect()
}

impl Loader {
    /// The first pass: loads and checks every answers file named or found under `paths`, as
    /// [`Loader::stream_batch`] does (same counts, failures and paths in the returned batch),
    /// and keeps of each assessment only its [`Indexed`] entry, in path order. Evidence, notes
    /// and the files' text are never kept, whatever `options` says.
    pub fn index_batch(
        &self,
        paths: &[PathBuf],
        options: BatchOptions,
        started: impl FnOnce(usize),
        progress: impl Fn() + Sync,
    ) -> (LoadedBatch, Vec<Indexed>) {
        let light = BatchOptions {
            keep_text: false,
            keep_evidence: false,
            ..options
        };
        let mut index = Vec::new();
        let mut countries: HashSet<Arc<str>> = HashSet::new();
        let loaded = self.stream_expanded(
            paths,
            light,
            started,
            progress,
            |_, a| {
                (
                    a.source.name.into_boxed_str(),
                    a.questionnaire,
                    a.assessment.info.country,
                    a.assessment.info.assessed_on,
                )
            },
            |(name, questionnaire, country, assessed_on)| {
                let country = match countries.get(country.as_str()) {
                    Some(shared) => Arc::clone(shared),
                    None => {
                        let shared: Arc<str> = country.into();
                        countries.insert(Arc::clone(&shared));
                        shared
                    }
                };
                index.push(Indexed {
                    name,
                    questionnaire,
                    country,
                    assessed_on,
                });
                ControlFlow::Continue(())
            },
        );
        index.shrink_to_fit();
        (loaded, index)
    }

    /// The second pass: loads the `chosen` files of an index again, in their order, a chunk at
    /// a time on all cores, hands each assessment to `each` and what it makes to `sink`, as
    /// [`Loader::stream_batch`] does. A file that no longer loads (it changed between the
    /// passes) is added to the failures of `loaded`, the batch of the first pass.
    pub fn stream_chosen<T: Send>(
        &self,
        loaded: &mut LoadedBatch,
        chosen: &[&Indexed],
        options: BatchOptions,
        progress: impl Fn() + Sync,
        each: impl Fn(LoadedAssessment) -> T + Sync,
        sink: impl FnMut(T) -> ControlFlow<()>,
    ) {
        let inputs: Vec<Input> = chosen.iter().map(|i| i.input()).collect();
        let mut again = LoadedBatch::default();
        self.stream_inputs(&inputs, options, &mut again, progress, |_, a| each(a), sink);
        loaded.failed_files += again.failed_files;
        loaded.failures.append(&mut again.failures);
        loaded.stopped_early |= again.stopped_early;
    }

    /// Loads one file of an index again (the second pass, a pair at a time). A file that no
    /// longer loads as an answers file (it changed between the passes) gives its problems.
    pub fn reload(
        &self,
        file: &Indexed,
        options: BatchOptions,
    ) -> Result<LoadedAssessment, Vec<FileReport>> {
        match self.load_one(&file.input(), options) {
            One::Assessment(a) => Ok(*a),
            One::Failed(reports) => Err(reports),
            One::SkippedQuestionnaire | One::SkippedTranslation => Err(vec![FileReport::single(
                &file.name,
                Code::FileChanged.error(None),
            )]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index keeps a name, a shared questionnaire, a shared country and a date per file,
    /// and reads each file again from its name.
    #[test]
    fn the_index_keeps_little_per_file_and_shares_countries() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/weighted.toml");
        std::fs::copy(fixture, dir.path().join("weighted.toml")).expect("copy");
        for (file, country, year) in [("a", "Fictiland", 2024), ("b", "Fictiland", 2026)] {
            let text = format!(
                "questionnaire = \"weighted.toml\"\n[assessment]\ncountry = \"{country}\"\n\
                 assessed_on = {year}-03-01\n[answers]\n"
            );
            std::fs::write(dir.path().join(format!("{file}.toml")), text).expect("write");
        }
        let loader = Loader::new();
        let options = BatchOptions::default();
        let (loaded, index) =
            loader.index_batch(&[dir.path().to_path_buf()], options, |_| {}, || {});
        assert!(loaded.failures.is_empty(), "{:?}", loaded.failures);
        assert_eq!(index.len(), 2);
        assert!(
            Arc::ptr_eq(&index[0].country, &index[1].country),
            "one text for the files of one country"
        );
        assert!(Arc::ptr_eq(
            &index[0].questionnaire,
            &index[1].questionnaire
        ));
        let a = dir.path().join("a.toml");
        assert_eq!(&*index[0].name, a.display().to_string());
        assert_eq!(index[0].input().path, a);
        let again = loader.reload(&index[1], options).expect("loads again");
        assert_eq!(again.source.name, &*index[1].name);
        // A name, two shared pointers and a date: nothing per file beyond its name's text.
        assert!(
            std::mem::size_of::<Indexed>() <= 56,
            "{} bytes",
            std::mem::size_of::<Indexed>()
        );
    }
}
