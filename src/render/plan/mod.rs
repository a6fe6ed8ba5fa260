//! The action plan as text: CSV for any spreadsheet or database, Markdown for wikis and e-mail.
//! The same columns as the plan workbook ([`crate::render::xlsx::plan_workbook`]); the columns
//! for the task force to fill are empty.

mod csv;
mod markdown;

pub use csv::plan_csv;
pub use markdown::plan_markdown;
