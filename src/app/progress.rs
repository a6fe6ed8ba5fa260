//! The progress bar shown on standard error while a large batch is read.

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use cyberassess::loader::{BatchOptions, LoadedBatch, Loader};

/// Batches at least this large show a progress bar (on a terminal): smaller ones finish in a
/// blink, and a bar that flashes for a moment is only noise.
const PROGRESS_FROM: usize = 200;

/// Loads a batch, with a progress bar on standard error when it is a terminal and the batch is
/// large; nothing extra otherwise.
pub(crate) fn load_batch(loader: &Loader, paths: &[PathBuf], options: BatchOptions) -> LoadedBatch {
    let bar = ProgressBar::hidden();
    let loaded = loader.load_batch(
        paths,
        options,
        |len| {
            if len >= PROGRESS_FROM && std::io::stderr().is_terminal() {
                bar.set_draw_target(ProgressDrawTarget::stderr());
                bar.set_length(len as u64);
                if let Ok(style) = ProgressStyle::with_template(
                    "Reading {wide_bar} {pos}/{len} files ({eta} left)",
                ) {
                    bar.set_style(style);
                }
            }
        },
        || bar.inc(1),
    );
    bar.finish_and_clear();
    loaded
}
