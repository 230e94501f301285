// learner: optimal
// idiom: Lisp Machine nostalgic: nodes own their subtrees (BTreeMap<char, Node>), insert and lookup walk recursively on (first . rest) of the char stream, listing is a recursive pre-order walk
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;
use std::str::Chars;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    kids: BTreeMap<char, Node>,
}

impl Node {
    fn insert(&mut self, mut rest: Chars<'_>) -> bool {
        match rest.next() {
            None => !std::mem::replace(&mut self.terminal, true),
            Some(car) => self.kids.entry(car).or_default().insert(rest),
        }
    }

    fn lookup(&self, mut rest: Chars<'_>) -> Option<&Node> {
        match rest.next() {
            None => Some(self),
            Some(car) => self.kids.get(&car)?.lookup(rest),
        }
    }

    fn collect(&self, path: &mut String, out: &mut Vec<String>) {
        if self.terminal {
            out.push(path.clone());
        }
        for (&c, kid) in &self.kids {
            path.push(c);
            kid.collect(path, out);
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
        self.root.lookup(word.chars()).is_some_and(|n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.root.lookup(prefix.chars()).is_some_and(|n| n.terminal || !n.kids.is_empty())
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(node) = self.root.lookup(prefix.chars()) {
            node.collect(&mut prefix.to_string(), &mut out);
        }
        out
    }
}
