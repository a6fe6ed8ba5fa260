//! Colour and quiet, decided once for the whole run from `--color`, `--quiet` and the
//! environment, and asked here by every command, the printer and the progress bars.
//!
//! `--color auto` follows the conventions anstream implements for clap and cargo: `NO_COLOR`
//! (set and not empty) turns colours off, `CLICOLOR_FORCE` turns them on even when piped,
//! `CLICOLOR=0` and `TERM=dumb` turn them off, and otherwise a terminal gets colours.
//! `--color always` and `--color never` win over all of these.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

use anstream::{AutoStream, ColorChoice};

use crate::cli::ColorWhen;

static QUIET: AtomicBool = AtomicBool::new(false);

/// Sets the colour choice and quiet for the rest of the run. Called once, before a command
/// prints anything.
pub(crate) fn configure(color: ColorWhen, quiet: bool) {
    ColorChoice::write_global(match color {
        ColorWhen::Auto => ColorChoice::Auto,
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
    });
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether notes (progress, summaries, hints, "wrote FILE") are left out (`--quiet`). Results,
/// warnings and errors are always shown.
pub(crate) fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Whether standard output shows colours.
pub(crate) fn stdout_styled() -> bool {
    AutoStream::choice(&io::stdout()) != ColorChoice::Never
}

/// Whether standard error shows colours.
pub(crate) fn stderr_styled() -> bool {
    AutoStream::choice(&io::stderr()) != ColorChoice::Never
}
