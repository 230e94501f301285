// learner: optimal
// idiom: Lisp-style: arena Vec of nodes with BTreeMap<char, usize> children, a recursive `walk` returning Option, recursive DFS with one shared buffer
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, usize>,
    terminal: bool,
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

const ROOT: usize = 0;

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], count: 0 }
    }

    fn walk(&self, at: usize, mut chars: std::str::Chars<'_>) -> Option<usize> {
        match chars.next() {
            None => Some(at),
            Some(c) => self.nodes[at].kids.get(&c).and_then(|&next| self.walk(next, chars)),
        }
    }

    fn intern(&mut self, at: usize, c: char) -> usize {
        if let Some(&next) = self.nodes[at].kids.get(&c) {
            return next;
        }
        let fresh = self.nodes.len();
        self.nodes.push(Node::default());
        self.nodes[at].kids.insert(c, fresh);
        fresh
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let leaf = word.chars().fold(ROOT, |at, c| self.intern(at, c));
        let was_new = !std::mem::replace(&mut self.nodes[leaf].terminal, true);
        self.count += was_new as usize;
        was_new
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(ROOT, word.chars()).map_or(false, |n| self.nodes[n].terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.count > 0 && self.walk(ROOT, prefix.chars()).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn collect(&self, at: usize, buf: &mut String, acc: &mut Vec<String>) {
        if self.nodes[at].terminal {
            acc.push(buf.clone());
        }
        for (&c, &next) in &self.nodes[at].kids {
            buf.push(c);
            self.collect(next, buf, acc);
            buf.pop();
        }
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut acc = Vec::new();
        if let Some(start) = self.walk(ROOT, prefix.chars()) {
            let mut buf = String::from(prefix);
            self.collect(start, &mut buf, &mut acc);
        }
        acc
    }
}
