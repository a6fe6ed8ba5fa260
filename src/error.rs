//! How a run ends, and the one mapping from that to the process exit code.

use std::process::ExitCode;

/// How a command finished when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    /// Everything worked (warnings alone do not count, unless `--strict`).
    Success,
    /// Some input had problems; they were reported and the rest was still processed.
    Problems,
    /// The user interrupted (Ctrl-C, Esc); work so far was saved.
    Interrupted,
}

/// Errors that mean the command was used wrongly (exit code 2).
#[derive(Debug, thiserror::Error)]
pub(crate) enum UsageError {
    /// A questionnaire or option value that does not exist.
    #[error("{0}")]
    Invalid(String),
    /// Interactive command without a terminal.
    #[error("{0}")]
    NotATerminal(String),
}

/// Exit codes: 0 success, 1 problems found or a command failed, 2 usage error, 130 interrupted.
/// A run whose messages could not be written to standard error (`stderr_failed`: a full disk,
/// not a closed pipe) did not succeed: nobody saw its warnings.
pub(crate) fn exit_code(result: &anyhow::Result<Status>, stderr_failed: bool) -> ExitCode {
    match result {
        Ok(Status::Success) if stderr_failed => ExitCode::from(1),
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::Problems) => ExitCode::from(1),
        Ok(Status::Interrupted) => ExitCode::from(130),
        Err(err) if err.downcast_ref::<UsageError>().is_some() => ExitCode::from(2),
        Err(_) => ExitCode::from(1),
    }
}

/// Whether the error is a closed pipe (`cyberassess score ... | head`), which is not a failure.
pub(crate) fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
