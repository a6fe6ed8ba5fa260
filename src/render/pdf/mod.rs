//! PDF reports.
