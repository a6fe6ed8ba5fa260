//! The floor that `score` is measured against, as a command for hyperfine: finds the `*.toml`
//! files in a folder, reads each one and parses it into a `toml::Table`, on all cores, and
//! nothing else. `cargo build --release --example floor`, then
//! `target/release/examples/floor /tmp/corpus`.

// A measuring tool, not the product: plain printing is fine here.
#![allow(clippy::disallowed_macros)]

use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: floor DIR");
        return ExitCode::from(2);
    };
    let files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let (parsed, failed) = files
        .par_iter()
        .map(|p| {
            let table = std::fs::read_to_string(p)
                .ok()
                .and_then(|text| text.parse::<toml::Table>().ok());
            (usize::from(table.is_some()), usize::from(table.is_none()))
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("parsed {parsed} files, {failed} failed");
    ExitCode::SUCCESS
}
