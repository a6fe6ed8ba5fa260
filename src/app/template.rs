//! `cyberassess template`.

use crate::cli::TemplateArgs;
use crate::error::Status;

/// Runs `template`.
pub(crate) fn run(_args: &TemplateArgs) -> anyhow::Result<Status> {
    anyhow::bail!("`cyberassess template` is not available yet")
}
