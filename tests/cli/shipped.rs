//! Tests of `shipped`.
