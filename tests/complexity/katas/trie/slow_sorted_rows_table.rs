// learner: slow
// why: Trie::contains, starts_with and words_with_prefix are O(n * m) time, target O(m): no tree at all, a sorted table of (word, count) rows scanned for every query
#[derive(Debug)]
pub struct Trie {
    rows: Vec<(String, u32)>, // (word, times inserted), kept sorted by word
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { rows: Vec::new() }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        match self.rows.binary_search_by(|(w, _)| w.as_str().cmp(word)) {
            Ok(i) => {
                self.rows[i].1 += 1;
                false
            }
            Err(i) => {
                self.rows.insert(i, (word.to_string(), 1));
                true
            }
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        for (w, _) in &self.rows {
            if w == word {
                return true;
            }
        }
        false
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        for (w, _) in &self.rows {
            if w.starts_with(prefix) {
                return true;
            }
        }
        false
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (w, _) in &self.rows {
            if w.starts_with(prefix) {
                out.push(w.clone());
            }
        }
        out
    }
}
