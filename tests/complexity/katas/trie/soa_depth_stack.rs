// learner: optimal
// idiom: Chapel-style struct of arrays (terminal flags + child maps indexed by node id), stack of (node, char, byte depth) with buffer truncate
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug)]
pub struct Trie {
    terminal: Vec<bool>,
    kids: Vec<BTreeMap<char, u32>>,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

const ROOT: u32 = 0;

impl Trie {
    pub fn new() -> Self {
        Trie { terminal: vec![false], kids: vec![BTreeMap::new()], words: 0 }
    }

    fn locate(&self, s: &str) -> Option<u32> {
        let mut v = ROOT;
        for c in s.chars() {
            match self.kids[v as usize].get(&c) {
                Some(&w) => v = w,
                None => return None,
            }
        }
        Some(v)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut v = ROOT as usize;
        for c in word.chars() {
            let next_id = self.terminal.len() as u32;
            let w = *self.kids[v].entry(c).or_insert(next_id);
            if w == next_id {
                self.terminal.push(false);
                self.kids.push(BTreeMap::new());
            }
            v = w as usize;
        }
        let was = self.terminal[v];
        self.terminal[v] = true;
        if !was {
            self.words += 1;
        }
        !was
    }

    pub fn contains(&self, word: &str) -> bool {
        if let Some(v) = self.locate(word) {
            self.terminal[v as usize]
        } else {
            false
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.words == 0 {
            return false;
        }
        self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        let start = match self.locate(prefix) {
            Some(v) => v,
            None => return result,
        };
        let base = prefix.len();
        let mut buf = String::with_capacity(base + 16);
        buf.push_str(prefix);
        if self.terminal[start as usize] {
            result.push(buf.clone());
        }
        // (node, char that leads to it, byte length of the buffer before that char)
        let mut stack: Vec<(u32, char, usize)> = Vec::new();
        for (&c, &w) in self.kids[start as usize].iter().rev() {
            stack.push((w, c, base));
        }
        while let Some((v, c, depth)) = stack.pop() {
            buf.truncate(depth);
            buf.push(c);
            let here = buf.len();
            if self.terminal[v as usize] {
                result.push(buf.clone());
            }
            for (&cc, &w) in self.kids[v as usize].iter().rev() {
                stack.push((w, cc, here));
            }
        }
        result
    }
}
