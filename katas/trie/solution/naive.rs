//! A "trie" that keeps its words in a Vec and scans all of them on every call: O(n * m) per op.

/// A set of words that answers prefix questions.
#[derive(Debug)]
pub struct Trie {
    words: Vec<String>,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { words: Vec::new() }
    }

    /// Adds `word`. Returns `true` if it was not stored before.
    pub fn insert(&mut self, word: &str) -> bool {
        if self.contains(word) {
            return false;
        }
        self.words.push(word.to_string());
        true
    }

    /// Returns whether `word` itself was inserted.
    pub fn contains(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }

    /// Returns whether some stored word begins with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words.iter().any(|w| w.starts_with(prefix))
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every stored word that begins with `prefix`, in ascending order.
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found: Vec<String> = self
            .words
            .iter()
            .filter(|w| w.starts_with(prefix))
            .cloned()
            .collect();
        found.sort();
        found
    }
}
