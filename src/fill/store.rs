//! Where the flow saves the answers file: a trait, so tests can keep every saved version in
//! memory while the binary writes the file atomically.

/// Saves the whole text of the answers file, replacing what was there.
pub trait Store {
    /// Saves `text`. A failure stops the flow: an answer that cannot be saved is not taken.
    fn save(&mut self, text: &str) -> std::io::Result<()>;
}
