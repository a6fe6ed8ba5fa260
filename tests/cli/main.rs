//! End-to-end tests: drive the real `cyberassess` binary as a user would.

mod bad_input;
mod check;
mod compare;
mod fill;
mod report;
mod report_batch;
mod score;
mod shipped;
mod template;
mod util;
