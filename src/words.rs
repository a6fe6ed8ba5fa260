//! Small pieces of English shared by every message: a count with its noun. Owns no sentence;
//! the sentences stay with the messages that use them.

/// A count with its noun, singular for one: `1 file`, `3 files`, `0 errors`. For nouns whose
/// plural adds an `s` (every noun the messages count).
pub fn plural<N>(n: N, noun: &str) -> String
where
    N: std::fmt::Display + PartialEq + From<u8>,
{
    if n == N::from(1) {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1usize, "file"), "1 file");
        assert_eq!(plural(0usize, "error"), "0 errors");
        assert_eq!(plural(2u64, "pt"), "2 pts");
        assert_eq!(
            plural(usize::MAX, "stage"),
            format!("{} stages", usize::MAX)
        );
    }
}
