//! Writes N realistic answers files for the built-in questionnaire into a folder, for
//! benchmarks and load tests: `cargo run --release --example gen_corpus -- 10000 /tmp/corpus`.
//! With `--years Y`, about N/Y countries are each assessed Y times, every other year up to
//! 2026, with answers that drift as a country's do: `gen_corpus --years 5 10000 /tmp/years`.

// A measuring tool, not the product: plain printing is fine here.
#![allow(clippy::disallowed_macros)]

use std::path::PathBuf;
use std::process::ExitCode;

use cyberassess::{builtin, corpus, parse};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let years = match args.iter().position(|a| a == "--years") {
        Some(i) => {
            let years = args.get(i + 1).and_then(|n| n.parse::<usize>().ok());
            args.drain(i..(i + 2).min(args.len()));
            match years {
                Some(y) if y > 0 => Some(y),
                _ => {
                    eprintln!("--years needs a number of assessments per country, such as 5");
                    return ExitCode::from(2);
                }
            }
        }
        None => None,
    };
    let (Some(count), Some(dir)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: gen_corpus [--years Y] N DIR [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2026);
    let q = parse::parse_questionnaire(builtin::BUILTINS[0].text)
        .value
        .expect("built-in parses");
    let dir = PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let files = match years {
        Some(years) => corpus::generate_years(&q, count, years, seed),
        None => corpus::generate(&q, count, seed),
    };
    for file in files {
        if let Err(e) = std::fs::write(dir.join(&file.name), file.text) {
            eprintln!("cannot write {}: {e}", file.name);
            return ExitCode::FAILURE;
        }
    }
    println!("wrote {count} answers files to {}", dir.display());
    ExitCode::SUCCESS
}
