// learner: optimal
// idiom: competitive programmer: arena of tuple nodes, short names, index walks inline, explicit stack DFS
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug)]
pub struct Trie {
    t: Vec<(BTreeMap<char, usize>, bool)>,
    n: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self { Trie { t: vec![(BTreeMap::new(), false)], n: 0 } }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut u = 0;
        for c in word.chars() {
            u = match self.t[u].0.get(&c) { Some(&v) => v, None => { let v = self.t.len(); self.t.push((BTreeMap::new(), false)); self.t[u].0.insert(c, v); v } };
        }
        if self.t[u].1 { return false; }
        self.t[u].1 = true; self.n += 1; true
    }

    pub fn contains(&self, word: &str) -> bool {
        let mut u = 0;
        for c in word.chars() { match self.t[u].0.get(&c) { Some(&v) => u = v, None => return false } }
        self.t[u].1
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.n == 0 { return false; }
        let mut u = 0;
        for c in prefix.chars() { match self.t[u].0.get(&c) { Some(&v) => u = v, None => return false } }
        true
    }

    pub fn len(&self) -> usize { self.n }

    pub fn is_empty(&self) -> bool { self.n == 0 }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut r = Vec::new();
        let mut u = 0;
        for c in prefix.chars() { match self.t[u].0.get(&c) { Some(&v) => u = v, None => return r } }
        let mut s = prefix.to_string();
        // None = leave (pop a char), Some((c, v)) = enter v via c
        let mut st: Vec<Option<(char, usize)>> = Vec::new();
        if self.t[u].1 { r.push(s.clone()); }
        for (&c, &v) in self.t[u].0.iter().rev() { st.push(Some((c, v))); }
        while let Some(x) = st.pop() {
            match x {
                None => { s.pop(); }
                Some((c, v)) => {
                    s.push(c);
                    if self.t[v].1 { r.push(s.clone()); }
                    st.push(None);
                    for (&c2, &w) in self.t[v].0.iter().rev() { st.push(Some((c2, w))); }
                }
            }
        }
        r
    }
}
