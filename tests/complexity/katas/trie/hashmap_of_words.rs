// learner: slow
// why: Trie::words_with_prefix is O(n·m) time, target O(m + k): whole words in a HashMap, every word tested against the prefix in a for loop
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Trie {
    words: HashMap<String, ()>,
}

impl Trie {
    pub fn new() -> Self {
        Trie { words: HashMap::new() }
    }
    pub fn insert(&mut self, word: &str) -> bool {
        self.words.insert(word.to_string(), ()).is_none()
    }
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }
    pub fn starts_with(&self, prefix: &str) -> bool {
        for w in self.words.keys() {
            if w.starts_with(prefix) {
                return true;
            }
        }
        false
    }
    pub fn len(&self) -> usize { self.words.len() }
    pub fn is_empty(&self) -> bool { self.words.is_empty() }
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        for w in self.words.keys() {
            if w.starts_with(prefix) {
                out.push(w.clone());
            }
        }
        out.sort();
        out
    }
}
