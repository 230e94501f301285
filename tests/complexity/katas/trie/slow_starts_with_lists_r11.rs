// learner: slow
// why: Trie::starts_with is O(m + size of the subtree) time, target O(m): it lists every word under the prefix and checks the list is non-empty
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, usize>,
    word: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], count: 0 }
    }

    fn find(&self, s: &str) -> Option<usize> {
        let mut i = 0;
        for c in s.chars() {
            i = *self.nodes[i].kids.get(&c)?;
        }
        Some(i)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut i = 0;
        for c in word.chars() {
            let next = self.nodes.len();
            let j = *self.nodes[i].kids.entry(c).or_insert(next);
            if j == next {
                self.nodes.push(Node::default());
            }
            i = j;
        }
        if self.nodes[i].word {
            return false;
        }
        self.nodes[i].word = true;
        self.count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find(word) {
            Some(i) => self.nodes[i].word,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // Some word starts with it if the list of such words is not empty.
        !self.words_with_prefix(prefix).is_empty()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(start) = self.find(prefix) {
            let mut buf = prefix.to_string();
            self.gather(start, &mut buf, &mut out);
        }
        out
    }

    fn gather(&self, n: usize, buf: &mut String, out: &mut Vec<String>) {
        if self.nodes[n].word {
            out.push(buf.clone());
        }
        for (&c, &child) in &self.nodes[n].kids {
            buf.push(c);
            self.gather(child, buf, out);
            buf.pop();
        }
    }
}
