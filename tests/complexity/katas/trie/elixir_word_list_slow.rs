// learner: slow
// idiom: elixir: a plain list of words — Enum.member? for contains, Enum.filter(&String.starts_with?/2) + sort for prefixes
// why: misses every O(m) target: each call scans all n stored words (O(n·m)), and words_with_prefix also sorts its matches
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
    pub fn new() -> Self {
        Trie { words: Vec::new() }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        if self.contains(word) {
            false
        } else {
            self.words.push(word.to_string());
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words.iter().any(|w| w.starts_with(prefix))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut hits: Vec<String> =
            self.words.iter().filter(|w| w.starts_with(prefix)).cloned().collect();
        hits.sort();
        hits
    }
}
