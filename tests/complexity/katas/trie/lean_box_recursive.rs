// learner: optimal
// idiom: Lean-style: an inductive Node (Box children in a BTreeMap), walks as structural recursion on the char iterator, DFS by recursion on the tree
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    kids: BTreeMap<char, Box<Node>>,
}

/// `descend n cs` : follows `cs` from `n`; `None` if some edge is missing.
/// Terminates: each call consumes one char of `cs`.
fn descend<'a>(n: &'a Node, mut cs: std::str::Chars<'_>) -> Option<&'a Node> {
    match cs.next() {
        None => Some(n),
        Some(c) => descend(n.kids.get(&c)?, cs),
    }
}

/// `graft n cs` : makes the path `cs` exist below `n`, returns whether the word was new.
fn graft(n: &mut Node, mut cs: std::str::Chars<'_>) -> bool {
    match cs.next() {
        None => !std::mem::replace(&mut n.terminal, true),
        Some(c) => graft(n.kids.entry(c).or_default(), cs),
    }
}

/// Pre-order enumeration; children in ascending char order => words in ascending str order.
/// Recursion depth is bounded by the longest word (≤ 1000 chars).
fn enumerate(n: &Node, buf: &mut String, out: &mut Vec<String>) {
    if n.terminal {
        out.push(buf.clone());
    }
    for (&c, k) in &n.kids {
        buf.push(c);
        enumerate(k, buf, out);
        buf.pop();
    }
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), count: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let fresh = graft(&mut self.root, word.chars());
        if fresh {
            self.count += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        descend(&self.root, word.chars()).is_some_and(|n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // No deletions: every node below the root lies on some stored word.
        self.count > 0 && descend(&self.root, prefix.chars()).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = descend(&self.root, prefix.chars()) {
            let mut buf = String::from(prefix);
            enumerate(n, &mut buf, &mut out);
        }
        out
    }
}
