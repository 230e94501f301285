// learner: slow
// idiom: RPG IV: an ASCEND-sorted array of word entries: binary search positions like SETLL, prefix answers read forward like READE while the key matches; insert shifts the tail down to keep the order
// why: insert shifts up to n entries to keep the array sorted (O(n) per insert, O(n^2) to load n words), and every lookup is O(m log n) string compares instead of O(m)
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Clone)]
struct Entry {
    key: String,
}

#[derive(Debug)]
pub struct Trie {
    ar_ent: Vec<Entry>, // ASCEND by key
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { ar_ent: Vec::new() }
    }

    // SETLL: first position whose key >= p_key
    fn setll(&self, p_key: &str) -> usize {
        let mut w_lo = 0usize;
        let mut w_hi = self.ar_ent.len();
        while w_lo < w_hi {
            let w_mid = (w_lo + w_hi) / 2;
            if self.ar_ent[w_mid].key.as_str() < p_key {
                w_lo = w_mid + 1;
            } else {
                w_hi = w_mid;
            }
        }
        w_lo
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let w_pos = self.setll(word);
        if w_pos < self.ar_ent.len() && self.ar_ent[w_pos].key == word {
            return false;
        }
        self.ar_ent.insert(w_pos, Entry { key: word.to_string() });
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        let w_pos = self.setll(word);
        w_pos < self.ar_ent.len() && self.ar_ent[w_pos].key == word
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // the first key >= prefix is the only candidate (str order is code point order)
        let w_pos = self.setll(prefix);
        w_pos < self.ar_ent.len() && self.ar_ent[w_pos].key.as_bytes().starts_with(prefix.as_bytes())
    }

    pub fn len(&self) -> usize {
        self.ar_ent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ar_ent.is_empty()
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut w_out = Vec::new();
        let mut ix = self.setll(prefix);
        // READE while the key still starts with the prefix
        while ix < self.ar_ent.len() && self.ar_ent[ix].key.as_bytes().starts_with(prefix.as_bytes()) {
            w_out.push(self.ar_ent[ix].key.clone());
            ix += 1;
        }
        w_out
    }
}
