// learner: slow
// why: Trie::starts_with is O(n) time, target O(m): it lists every word under the prefix just to test for non-emptiness
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;
use std::str::Chars;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    next: BTreeMap<char, Node>,
}

impl Node {
    /// insert by recursion on the remaining characters: one frame per char.
    fn insert(&mut self, mut rest: Chars<'_>) -> bool {
        match rest.next() {
            None => !std::mem::replace(&mut self.terminal, true),
            Some(c) => self.next.entry(c).or_default().insert(rest),
        }
    }

    /// the subtree reached by reading `rest`, if any.
    fn walk(&self, mut rest: Chars<'_>) -> Option<&Node> {
        match rest.next() {
            None => Some(self),
            Some(c) => self.next.get(&c)?.walk(rest),
        }
    }

    /// in-order (pre-order, children ascending) collection of the words below.
    fn collect(&self, path: &mut String, acc: &mut Vec<String>) {
        if self.terminal {
            acc.push(path.clone());
        }
        for (c, child) in &self.next {
            path.push(*c);
            child.collect(path, acc);
            path.pop();
        }
    }
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), size: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let fresh = self.root.insert(word.chars());
        if fresh {
            self.size += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.root.walk(word.chars()), Some(n) if n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.words_with_prefix(prefix).is_empty()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut acc = Vec::new();
        if let Some(n) = self.root.walk(prefix.chars()) {
            let mut path = prefix.to_string();
            n.collect(&mut path, &mut acc);
        }
        acc
    }
}
