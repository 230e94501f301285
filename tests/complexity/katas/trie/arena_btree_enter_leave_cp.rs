// learner: optimal
// idiom: Vec<Node> arena with BTreeMap<char, usize> children, while-let over a chars iterator, Enter/Leave step stack with one String buffer
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Nd {
    nx: BTreeMap<char, usize>,
    e: bool,
}

enum Step {
    Enter(char, usize),
    Leave,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    t: Vec<Nd>,
    n: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { t: vec![Nd::default()], n: 0 }
    }

    fn find(&self, s: &str) -> Option<usize> {
        let mut u = 0;
        let mut it = s.chars();
        while let Some(c) = it.next() {
            u = *self.t[u].nx.get(&c)?;
        }
        Some(u)
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut u = 0;
        let mut it = word.chars();
        while let Some(c) = it.next() {
            let m = self.t.len();
            let v = *self.t[u].nx.entry(c).or_insert(m);
            if v == m {
                self.t.push(Nd::default());
            }
            u = v;
        }
        if self.t[u].e {
            false
        } else {
            self.t[u].e = true;
            self.n += 1;
            true
        }
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |u| self.t[u].e)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.n == 0 {
            return false;
        }
        self.find(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut res = Vec::new();
        let Some(s) = self.find(prefix) else { return res };
        let mut buf = prefix.to_string();
        if self.t[s].e {
            res.push(buf.clone());
        }
        let mut st: Vec<Step> = Vec::new();
        for (&c, &v) in self.t[s].nx.iter().rev() {
            st.push(Step::Enter(c, v));
        }
        while let Some(x) = st.pop() {
            match x {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(c, u) => {
                    buf.push(c);
                    if self.t[u].e {
                        res.push(buf.clone());
                    }
                    st.push(Step::Leave);
                    for (&d, &w) in self.t[u].nx.iter().rev() {
                        st.push(Step::Enter(d, w));
                    }
                }
            }
        }
        res
    }
}
