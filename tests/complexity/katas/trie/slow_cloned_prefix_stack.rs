// learner: slow
// why: Trie::words_with_prefix is O(m + sum of node depths) = O(k^2) time and space for long words, target O(m + k): every stack entry carries its own cloned copy of the prefix string
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Node>,
    word: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    n: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), n: 0 }
    }

    fn node(&self, s: &str) -> Option<&Node> {
        s.chars().try_fold(&self.root, |nd, c| nd.next.get(&c))
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut nd = &mut self.root;
        for c in word.chars() {
            nd = nd.next.entry(c).or_default();
        }
        if nd.word {
            return false;
        }
        nd.word = true;
        self.n += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.node(word).map_or(false, |nd| nd.word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.n > 0 && self.node(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.node(prefix) else { return out };
        let mut stack: Vec<(&Node, String)> = vec![(start, prefix.to_string())];
        while let Some((nd, text)) = stack.pop() {
            if nd.word {
                out.push(text.clone());
            }
            for (c, child) in nd.next.iter().rev() {
                let mut longer = text.clone();
                longer.push(*c);
                stack.push((child, longer));
            }
        }
        out
    }
}
