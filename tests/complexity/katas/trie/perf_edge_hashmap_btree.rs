// learner: optimal
// idiom: perf programmer; parallel arrays (struct-of-arrays): Vec<bool> end flags + Vec<BTreeMap<char, usize>> child tables indexed by node id, index-based walks, explicit (node, depth) stack with truncate for the output buffer
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug)]
pub struct Trie {
    is_end: Vec<bool>,
    children: Vec<BTreeMap<char, usize>>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { is_end: vec![false], children: vec![BTreeMap::new()], count: 0 }
    }

    fn descend(&self, s: &str) -> Option<usize> {
        let mut id = 0usize;
        for ch in s.chars() {
            match self.children[id].get(&ch) {
                Some(&next) => id = next,
                None => return None,
            }
        }
        Some(id)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut id = 0usize;
        for ch in word.chars() {
            id = match self.children[id].get(&ch) {
                Some(&next) => next,
                None => {
                    let fresh = self.is_end.len();
                    self.is_end.push(false);
                    self.children.push(BTreeMap::new());
                    self.children[id].insert(ch, fresh);
                    fresh
                }
            };
        }
        if self.is_end[id] {
            false
        } else {
            self.is_end[id] = true;
            self.count += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.descend(word).map(|id| self.is_end[id]).unwrap_or(false)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        self.descend(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        let start = match self.descend(prefix) {
            Some(id) => id,
            None => return result,
        };
        // stack of (node, char that led here, length of the buffer before that char)
        let mut buf = String::from(prefix);
        let mut stack: Vec<(usize, Option<char>, usize)> = vec![(start, None, buf.len())];
        while let Some((id, ch, cut)) = stack.pop() {
            buf.truncate(cut);
            if let Some(c) = ch {
                buf.push(c);
            }
            if self.is_end[id] {
                result.push(buf.clone());
            }
            let here = buf.len();
            for (&c, &kid) in self.children[id].iter().rev() {
                stack.push((kid, Some(c), here));
            }
        }
        result
    }
}
