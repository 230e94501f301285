//! A prefix tree (trie) of Unicode words: see README.md.

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    // Choose your own fields.
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        todo!()
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        todo!("insert({word:?})")
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        todo!("contains({word:?})")
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        todo!("starts_with({prefix:?})")
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        todo!("words_with_prefix({prefix:?})")
    }
}
