// learner: slow
// idiom: GLSL: no tree at all, a flat Vec<String> "buffer" of words scanned lane by lane with manual char compares
// why: every insert/contains/starts_with/words_with_prefix scans all n stored words: O(n * m) per call
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

// byte-wise compare of the leading lanes; UTF-8 is self-synchronising, so a byte prefix
// that is itself a whole str is also a char prefix
fn has_prefix(word: &str, prefix: &str) -> bool {
    let (w, p) = (word.as_bytes(), prefix.as_bytes());
    w.len() >= p.len() && &w[..p.len()] == p
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

    /// Returns whether some stored word begins with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        for w in &self.words {
            if has_prefix(w, prefix) {
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
        let mut out: Vec<String> = Vec::new();
        for w in &self.words {
            if has_prefix(w, prefix) {
                out.push(w.clone());
            }
        }
        out.sort();
        out
    }
}
