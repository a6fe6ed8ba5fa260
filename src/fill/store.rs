//! Where the flow saves the answers file: a trait, so tests can keep every saved version in
//! memory while the binary writes the file atomically.

/// Saves the whole text of the answers file, replacing what was there.
pub trait Store {
    /// Saves `text`. A failure stops the flow: an answer that cannot be saved is not taken.
    fn save(&mut self, text: &str) -> std::io::Result<()>;
}

/// A store that keeps every saved text, for tests.
#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    /// Every text saved, oldest first.
    pub saves: Vec<String>,
}

impl MemoryStore {
    /// The text saved last, if any.
    pub fn last(&self) -> Option<&str> {
        self.saves.last().map(String::as_str)
    }
}

impl Store for MemoryStore {
    fn save(&mut self, text: &str) -> std::io::Result<()> {
        self.saves.push(text.to_owned());
        Ok(())
    }
}
