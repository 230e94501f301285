// learner: slow
// idiom: spreadsheet power user: just a list of words in one column; contains = MATCH, starts_with = a LEFT(...)= scan, words_with_prefix = FILTER then SORT
// why: insert/contains/starts_with are O(n*m) (scan the whole word list) vs O(m); words_with_prefix is O(n*m + k log k) (filter every word, then sort) vs O(m + k)
//! A prefix tree (trie) of Unicode words: see README.md.

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
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
        for w in &self.words {
            if w == word {
                return true;
            }
        }
        false
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself).
    pub fn starts_with(&self, prefix: &str) -> bool {
        for w in &self.words {
            if w.starts_with(prefix) {
                return true;
            }
        }
        false
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut matches = Vec::new();
        for w in &self.words {
            if w.starts_with(prefix) {
                matches.push(w.clone());
            }
        }
        matches.sort();
        matches
    }
}
