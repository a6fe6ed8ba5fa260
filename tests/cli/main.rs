//! End-to-end tests: drive the real `cyberassess` binary as a user would.

mod bad_input;
mod check;
mod fill;
mod help;
mod inputs;
mod numbers;
mod option_text;
mod output;
mod report;
mod report_batch;
mod schema;
mod score;
mod shipped;
mod template;
mod util;
mod versions;
mod width;
