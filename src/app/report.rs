//! `cyberassess report`.

use crate::cli::ReportArgs;
use crate::error::Status;

/// Runs `report`.
pub(crate) fn run(_args: &ReportArgs) -> anyhow::Result<Status> {
    anyhow::bail!("`cyberassess report` is not available yet")
}
