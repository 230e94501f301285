// learner: slow
// idiom: RPG IV: an array of word data structures (text + length) with an entry count; every question is a DOW loop over all entries, and the prefix answer is SORTA'd at the end
// why: insert/contains/starts_with scan all n stored words: O(n * m) per call, O(n^2 * m) for n inserts; words_with_prefix looks at every word too, not O(m + k)
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Clone)]
struct WordRec {
    text: String,
    n_chars: usize,
}

#[derive(Debug)]
pub struct Trie {
    ar_words: Vec<WordRec>,
    n_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { ar_words: Vec::new(), n_words: 0 }
    }

    fn find(&self, p_word: &str) -> Option<usize> {
        let mut ix = 0;
        while ix < self.n_words {
            if self.ar_words[ix].text == p_word {
                return Some(ix);
            }
            ix += 1;
        }
        None
    }

    pub fn insert(&mut self, word: &str) -> bool {
        if self.find(word).is_some() {
            return false;
        }
        self.ar_words.push(WordRec { text: word.to_string(), n_chars: word.chars().count() });
        self.n_words += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_some()
    }

    // %SUBST(text: 1: len(prefix)) = prefix, done by hand over chars
    fn begins(p_rec: &WordRec, p_pfx: &str, p_pfx_len: usize) -> bool {
        if p_rec.n_chars < p_pfx_len {
            return false;
        }
        let mut w_a = p_rec.text.chars();
        for w_c in p_pfx.chars() {
            if w_a.next() != Some(w_c) {
                return false;
            }
        }
        true
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        let w_len = prefix.chars().count();
        let mut ix = 0;
        while ix < self.n_words {
            if Self::begins(&self.ar_words[ix], prefix, w_len) {
                return true;
            }
            ix += 1;
        }
        false
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let w_len = prefix.chars().count();
        let mut w_out: Vec<String> = Vec::new();
        let mut ix = 0;
        while ix < self.n_words {
            if Self::begins(&self.ar_words[ix], prefix, w_len) {
                w_out.push(self.ar_words[ix].text.clone());
            }
            ix += 1;
        }
        w_out.sort();
        w_out
    }
}
