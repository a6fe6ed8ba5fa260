//! End-to-end tests: drive the real `cyberassess` binary as a user would.

mod bad_input;
mod check;
mod colour_and_quiet;
mod compare;
mod fill;
mod help;
mod import;
mod inputs;
mod merge;
mod no_panic;
mod numbers;
mod office;
mod option_text;
mod output;
mod plan;
mod report;
mod report_batch;
mod schema;
mod score;
mod score_options;
mod shipped;
mod template;
mod util;
mod versions;
mod width;
