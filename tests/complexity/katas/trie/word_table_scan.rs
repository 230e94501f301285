// learner: slow
// idiom: Visual FoxPro database developer: the "trie" is really a one-column table of words (Vec<String>), and every question is a SCAN ... FOR over all rows, with the prefix list sorted afterwards like an ORDER BY.
// why: insert/contains/starts_with are O(n * m) (a full table scan per call) and words_with_prefix is O(n * m + r log r) vs the O(m) / O(m + k) targets independent of n.
//! A prefix tree (trie) of Unicode words: see README.md.

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    la_words: Vec<String>,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { la_words: Vec::new() }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        if self.contains(word) {
            return false;
        }
        self.la_words.push(word.to_string());
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        // LOCATE FOR cWord == word
        for lc_row in &self.la_words {
            if lc_row == word {
                return true;
            }
        }
        false
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        for lc_row in &self.la_words {
            if lc_row.starts_with(prefix) {
                return true;
            }
        }
        false
    }

    pub fn len(&self) -> usize {
        self.la_words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.la_words.is_empty()
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        // SELECT cWord FROM words WHERE cWord LIKE prefix + '%' ORDER BY cWord
        let mut la_result: Vec<String> = Vec::new();
        for lc_row in &self.la_words {
            if lc_row.starts_with(prefix) {
                la_result.push(lc_row.clone());
            }
        }
        la_result.sort();
        la_result
    }
}
