// learner: slow
// idiom: GLSL: arena trie with BTreeMap lanes, but words_with_prefix gathers EVERY word from the root and then masks out the ones not matching the prefix
// why: words_with_prefix walks the whole trie (all n words), not just the prefix's subtree: O(total stored chars) per call instead of O(m + k)
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, usize>,
    end: bool,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut idx = 0;
        for c in s.chars() {
            idx = *self.nodes[idx].kids.get(&c)?;
        }
        Some(idx)
    }

    /// Adds `word`. Returns `true` if it was not stored before.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut idx = 0;
        for c in word.chars() {
            idx = match self.nodes[idx].kids.get(&c) {
                Some(&k) => k,
                None => {
                    let k = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[idx].kids.insert(c, k);
                    k
                }
            };
        }
        if self.nodes[idx].end {
            return false;
        }
        self.nodes[idx].end = true;
        self.words += 1;
        true
    }

    /// Returns whether `word` itself was inserted.
    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |i| self.nodes[i].end)
    }

    /// Returns whether some stored word begins with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words > 0 && self.walk(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.words
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    fn gather_all(&self, idx: usize, buf: &mut Vec<char>, out: &mut Vec<Vec<char>>) {
        if self.nodes[idx].end {
            out.push(buf.clone());
        }
        for (&c, &k) in &self.nodes[idx].kids {
            buf.push(c);
            self.gather_all(k, buf, out);
            buf.pop();
        }
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        // render the whole "frame", then apply the prefix as a mask
        let mut all = Vec::new();
        let mut buf = Vec::new();
        self.gather_all(0, &mut buf, &mut all);
        let p: Vec<char> = prefix.chars().collect();
        let mut out = Vec::new();
        for w in all {
            let mut keep = w.len() >= p.len();
            let mut lane = 0;
            while keep && lane < p.len() {
                keep = w[lane] == p[lane];
                lane += 1;
            }
            if keep {
                out.push(w.into_iter().collect());
            }
        }
        out
    }
}
