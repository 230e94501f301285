// learner: optimal
// idiom: competitive-programmer style: byte cursor i over the word (decode one char at word[i..], advance by len_utf8), arena of BTreeMap<char, u32> children, recursion-free listing with a (node, depth) stack
use std::collections::BTreeMap;

#[derive(Debug)]
pub struct Trie {
    g: Vec<BTreeMap<char, u32>>,
    e: Vec<bool>,
    c: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { g: vec![BTreeMap::new()], e: vec![false], c: 0 }
    }

    fn at(&self, s: &str) -> Option<usize> {
        let n = s.len();
        let mut i = 0;
        let mut u = 0usize;
        while i < n {
            let ch = s[i..].chars().next()?;
            i += ch.len_utf8();
            u = *self.g[u].get(&ch)? as usize;
        }
        Some(u)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let n = word.len();
        let mut i = 0;
        let mut u = 0usize;
        while i < n {
            let ch = word[i..].chars().next().unwrap();
            i += ch.len_utf8();
            let nx = self.g.len() as u32;
            let v = *self.g[u].entry(ch).or_insert(nx);
            if v == nx {
                self.g.push(BTreeMap::new());
                self.e.push(false);
            }
            u = v as usize;
        }
        if self.e[u] {
            return false;
        }
        self.e[u] = true;
        self.c += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.at(word) {
            Some(u) => self.e[u],
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.c > 0 && self.at(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.c
    }

    pub fn is_empty(&self) -> bool {
        self.c == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut r = Vec::new();
        let s = match self.at(prefix) {
            Some(s) => s,
            None => return r,
        };
        let mut w = String::from(prefix);
        let mut lens: Vec<usize> = vec![w.len()]; // byte length of w at each depth
        let mut st: Vec<(u32, char, usize)> = Vec::new(); // (node, its char, its depth)
        if self.e[s] {
            r.push(w.clone());
        }
        for (&ch, &v) in self.g[s].iter().rev() {
            st.push((v, ch, 1));
        }
        while let Some((v, ch, d)) = st.pop() {
            lens.truncate(d);
            w.truncate(lens[d - 1]);
            w.push(ch);
            lens.push(w.len());
            let v = v as usize;
            if self.e[v] {
                r.push(w.clone());
            }
            for (&ch2, &x) in self.g[v].iter().rev() {
                st.push((x, ch2, d + 1));
            }
        }
        r
    }
}
