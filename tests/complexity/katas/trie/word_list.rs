// learner: slow
// idiom: Lisp Machine nostalgic: the "trie" is just a list of words; member, some and remove-if-not over it, then sort
// why: insert/contains/starts_with are O(n·m) (scan every stored word) and words_with_prefix is O(n·m + k log k) (filter all, then sort) vs the O(m) / O(m + k) targets
//! A prefix tree (trie) of Unicode words: see README.md.

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
        let mut hits: Vec<String> = self.words.iter().filter(|w| w.starts_with(prefix)).cloned().collect();
        hits.sort();
        hits
    }
}
