//! `cyberassess fill`.

use crate::cli::FillArgs;
use crate::error::Status;

/// Runs `fill`.
pub(crate) fn run(_args: &FillArgs) -> anyhow::Result<Status> {
    anyhow::bail!("`cyberassess fill` is not available yet")
}
