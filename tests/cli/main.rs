//! End-to-end tests: drive the real `cyberassess` binary as a user would.

mod bad_input;
mod check;
mod fill;
mod help;
mod no_panic;
mod numbers;
mod option_text;
mod report;
mod report_batch;
mod schema;
mod score;
mod shipped;
mod template;
mod util;
mod versions;
mod width;
