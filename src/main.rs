//! The `cyberassess` command: parse the arguments, run, map the outcome to an exit code.

mod app;
mod cli;
mod error;

use std::process::ExitCode;

use clap::Parser;

use app::output::say;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = app::run(cli);
    if let Err(err) = &result {
        if error::is_broken_pipe(err) {
            return ExitCode::SUCCESS;
        }
        let error = cyberassess::t!(app::language::interface(), "diagnostics-level-error");
        say!("{error}: {err:#}");
    }
    error::exit_code(&result, app::output::stderr_failed())
}
