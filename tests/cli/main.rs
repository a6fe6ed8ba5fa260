//! End-to-end tests: drive the real `cyberassess` binary as a user would.

mod bad_input;
mod check;
mod fill;
mod no_panic;
mod report;
mod report_batch;
mod score;
mod shipped;
mod template;
mod util;
