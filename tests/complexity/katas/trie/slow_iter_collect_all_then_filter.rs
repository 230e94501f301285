// learner: slow
// why: Trie::words_with_prefix is O(total size of the trie) time, target O(m + k): lists every stored word from the root, then filters by prefix
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, usize>,
    word: bool,
}

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
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn find(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| self.nodes[at].next.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let nodes = &mut self.nodes;
        let end = word.chars().fold(0usize, |at, c| {
            if let Some(&n) = nodes[at].next.get(&c) {
                return n;
            }
            nodes.push(Node::default());
            let n = nodes.len() - 1;
            nodes[at].next.insert(c, n);
            n
        });
        let fresh = !std::mem::replace(&mut self.nodes[end].word, true);
        self.words += fresh as usize;
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| self.nodes[n].word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words > 0 && self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// Every stored word, in order.
    fn all_words(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(0usize, String::new())];
        while let Some((at, text)) = stack.pop() {
            if self.nodes[at].word {
                out.push(text.clone());
            }
            stack.extend(self.nodes[at].next.iter().rev().map(|(&c, &n)| {
                let mut t = text.clone();
                t.push(c);
                (n, t)
            }));
        }
        out
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.all_words()
            .into_iter()
            .filter(|w| w.get(..prefix.len()) == Some(prefix))
            .collect()
    }
}
