//! End-to-end tests: drive the real `cyberassess` binary as a user would.

mod bad_input;
mod check;
mod fill;
mod import;
mod numbers;
mod office;
mod option_text;
mod plan;
mod report;
mod report_batch;
mod score;
mod shipped;
mod template;
mod util;
mod versions;
