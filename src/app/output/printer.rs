//! The one way the commands write to standard output and standard error.
//!
//! A closed pipe (`cyberassess check … | head -1`) is not a failure: whatever follows is
//! dropped, and [`stdout_closed`] tells a long batch it may stop early. Any other write error
//! (a full disk, `/dev/full`) on standard output is returned as an error with a plain message;
//! on standard error, where no message can be shown any more, it is remembered and the run ends
//! with exit code 1 ([`stderr_failed`]). Nothing here can panic, unlike `println!`.

use std::fmt;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
static STDERR_FAILED: AtomicBool = AtomicBool::new(false);

/// Whether the reader of standard output has gone away (a closed pipe): there is no point in
/// producing more of it.
pub(crate) fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(Ordering::Relaxed)
}

/// Whether writing to standard error failed for another reason than a closed pipe.
pub(crate) fn stderr_failed() -> bool {
    STDERR_FAILED.load(Ordering::Relaxed)
}

/// A writer that turns a closed pipe into "everything was written": the bytes have nowhere to
/// go and nobody to miss them. It records the closing so callers can stop early.
struct ClosedPipeIsDone<W>(W);

impl<W: Write> Write for ClosedPipeIsDone<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if stdout_closed() {
            return Ok(buf.len());
        }
        match self.0.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                STDOUT_CLOSED.store(true, Ordering::Relaxed);
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if stdout_closed() {
            return Ok(());
        }
        match self.0.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                STDOUT_CLOSED.store(true, Ordering::Relaxed);
                Ok(())
            }
            other => other,
        }
    }
}

/// Standard output, buffered. Without colours (a pipe, a file, `--color never`) nothing is
/// coloured, so the bytes are written as they are, without scanning megabytes of CSV or JSON
/// for escape codes; with colours, anstream passes them on (or, on an old Windows console,
/// turns them into console calls). Write errors other than a closed pipe come back from `write` and `flush`; use
/// [`stdout_error`] to turn them into the message a person reads.
pub(crate) struct Stdout {
    inner: io::BufWriter<ClosedPipeIsDone<Box<dyn Write>>>,
}

impl Stdout {
    /// Locks standard output for this writer.
    pub(crate) fn new() -> Self {
        let raw: Box<dyn Write> = if super::stdout_styled() {
            Box::new(anstream::stdout().lock())
        } else {
            Box::new(io::stdout().lock())
        };
        Stdout {
            inner: io::BufWriter::with_capacity(64 * 1024, ClosedPipeIsDone(raw)),
        }
    }

    /// Writes everything still buffered.
    pub(crate) fn finish(mut self) -> anyhow::Result<()> {
        self.inner.flush().map_err(stdout_error)
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes bytes to standard output (a closed pipe is not an error).
pub(crate) fn print(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = Stdout::new();
    out.write_all(bytes).map_err(stdout_error)?;
    out.finish()
}

/// The error to report when standard output cannot be written (not a closed pipe).
pub(crate) fn stdout_error(e: io::Error) -> anyhow::Error {
    anyhow::Error::new(e).context(cyberassess::t!(
        crate::app::language::interface(),
        "app-output-stdout"
    ))
}

/// Writes formatted text to standard error. A closed pipe drops it; any other failure is
/// remembered for the exit code ([`stderr_failed`]).
pub(crate) fn eprint(args: fmt::Arguments<'_>) {
    let mut err = anstream::stderr().lock();
    if let Err(e) = err.write_fmt(args).and_then(|()| err.flush())
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        STDERR_FAILED.store(true, Ordering::Relaxed);
    }
}
