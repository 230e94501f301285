// learner: slow
// idiom: Groovy/Gradle build engineer: just keep a List<String> like a dependency list; words.contains / words.any { it.startsWith } / findAll { }.sort()
// why: insert/contains/starts_with scan all n stored words (O(n·m)) and words_with_prefix filters all n then sorts (O(n·m + k log k)), vs the O(m) / O(m + k) targets
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
            return false;
        }
        self.words.push(word.to_string());
        true
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
        let mut found: Vec<String> = self.words.iter().filter(|w| w.starts_with(prefix)).cloned().collect();
        found.sort();
        found
    }
}
