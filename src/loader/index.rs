//! Large batches in two passes, for the commands that must see every file before they know
//! which ones they need (`--latest`, `compare FOLDER`): the first pass loads and checks every
//! file and keeps only what the selection rules of [`crate::select`] look at (questionnaire,
//! country, date, file); the second loads again only the files chosen, a chunk or a pair at a
//! time. Memory then grows with the number of files by a few dozen bytes each, not by whole
//! assessments.
//!
//! Both passes load through the same [`Loader`], so a questionnaire is read once and shared.

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
    /// Where it was read from (read again from there in the second pass).
    pub input: Input,
    /// Its name in messages and outputs, as the loaded assessment's source has it.
    pub name: String,
    /// The questionnaire it answers.
    pub questionnaire: Arc<LoadedQuestionnaire>,
    /// Its country, as written.
    pub country: String,
    /// Its date.
    pub assessed_on: Option<Date>,
}

impl Indexed {
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
        let loaded = self.stream_expanded(
            paths,
            light,
            started,
            progress,
            |input, a| Indexed {
                // Read again as named: a file that became a questionnaire fails, not skipped.
                input: Input {
                    path: input.path.clone(),
                    from_folder: false,
                },
                name: a.source.name,
                questionnaire: a.questionnaire,
                country: a.assessment.info.country,
                assessed_on: a.assessment.info.assessed_on,
            },
            |entry| {
                index.push(entry);
                ControlFlow::Continue(())
            },
        );
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
        let inputs: Vec<Input> = chosen.iter().map(|i| i.input.clone()).collect();
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
        match self.load_one(&file.input, options) {
            One::Assessment(a) => Ok(*a),
            One::Failed(reports) => Err(reports),
            One::SkippedQuestionnaire | One::SkippedTranslation => Err(vec![FileReport::single(
                &file.name,
                Code::FileChanged.error(None),
            )]),
        }
    }
}
