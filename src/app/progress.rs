//! Progress bars on standard error while a large batch is read or written.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::OnceLock;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use std::ops::ControlFlow;

use cyberassess::loader::{BatchOptions, Indexed, LoadedAssessment, LoadedBatch, Loader};
use cyberassess::t;

/// Batches at least this large show a progress bar (on a terminal): smaller ones finish in a
/// blink, and a bar that flashes for a moment is only noise.
const PROGRESS_FROM: usize = 200;

/// A progress bar for `len` items, drawn only when standard error is a terminal, the batch is
/// large and `--quiet` was not given; otherwise hidden, so nothing extra is printed. `message`
/// says what is being done, in the interface's language.
pub(crate) fn bar(len: usize, message: String) -> ProgressBar {
    if len < PROGRESS_FROM || super::output::quiet() || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    let left = t!(super::language::interface(), "app-progress-left");
    let template = format!("{{msg}} {{wide_bar}} {{pos}}/{{len}} ({{eta}} {left})");
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar.set_message(message);
    bar
}

/// Streams a batch with a progress bar (see [`bar`] and [`Loader::stream_batch`]); `started`
/// is also told the number of files.
pub(crate) fn stream_batch<T: Send>(
    loader: &Loader,
    paths: &[PathBuf],
    options: BatchOptions,
    started: impl FnOnce(usize),
    each: impl Fn(LoadedAssessment) -> T + Sync,
    sink: impl FnMut(T) -> ControlFlow<()>,
) -> LoadedBatch {
    let shown = OnceLock::new();
    let loaded = loader.stream_batch(
        paths,
        options,
        |len| {
            started(len);
            let message = t!(super::language::interface(), "app-progress-scoring");
            let _ = shown.set(bar(len, message));
        },
        || shown.get().map_or((), |b| b.inc(1)),
        each,
        sink,
    );
    if let Some(b) = shown.get() {
        b.finish_and_clear();
    }
    loaded
}

/// The first pass over a batch with a progress bar (see [`bar`] and [`Loader::index_batch`]).
pub(crate) fn index_batch(
    loader: &Loader,
    paths: &[PathBuf],
    options: BatchOptions,
) -> (LoadedBatch, Vec<Indexed>) {
    let shown = OnceLock::new();
    let indexed = loader.index_batch(
        paths,
        options,
        |len| {
            let _ = shown.set(bar(
                len,
                t!(super::language::interface(), "app-progress-reading"),
            ));
        },
        || shown.get().map_or((), |b| b.inc(1)),
    );
    if let Some(b) = shown.get() {
        b.finish_and_clear();
    }
    indexed
}

/// The second pass over the files `chosen` from an index, with a progress bar (see [`bar`]
/// and [`Loader::stream_chosen`]); `started` is told how many there are.
pub(crate) fn stream_chosen<T: Send>(
    loader: &Loader,
    loaded: &mut LoadedBatch,
    chosen: &[&Indexed],
    options: BatchOptions,
    started: impl FnOnce(usize),
    each: impl Fn(LoadedAssessment) -> T + Sync,
    sink: impl FnMut(T) -> ControlFlow<()>,
) {
    started(chosen.len());
    let shown = bar(
        chosen.len(),
        t!(super::language::interface(), "app-progress-scoring"),
    );
    loader.stream_chosen(loaded, chosen, options, || shown.inc(1), each, sink);
    shown.finish_and_clear();
}
