// learner: optimal
// idiom: SICP student; a trie is a node holding a flag and a BTreeMap of sub-tries, walked by small recursive procedures over the character list; collection by recursive descent into an accumulator
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;
use std::str::Chars;

#[derive(Debug, Default)]
struct Node {
    ends_word: bool,
    branches: BTreeMap<char, Node>,
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

/// Follow the characters down from `node`; None when a branch is missing.
fn lookup<'a>(node: &'a Node, mut chars: Chars<'_>) -> Option<&'a Node> {
    let mut here = node;
    while let Some(c) = chars.next() {
        here = here.branches.get(&c)?;
    }
    Some(here)
}

/// Adjoin the rest of the word below `node`; true if the word was new.
fn adjoin(node: &mut Node, chars: Chars<'_>) -> bool {
    let mut here = node;
    for c in chars {
        here = here.branches.entry(c).or_default();
    }
    let was_new = !here.ends_word;
    here.ends_word = true;
    was_new
}

/// Every word below `node`, with `spelled` spelling the path so far, appended to `acc` in order.
fn collect(node: &Node, spelled: &mut String, acc: &mut Vec<String>) {
    if node.ends_word {
        acc.push(spelled.clone());
    }
    for (&c, child) in &node.branches {
        spelled.push(c);
        collect(child, spelled, acc);
        spelled.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), size: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let fresh = adjoin(&mut self.root, word.chars());
        if fresh {
            self.size += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        lookup(&self.root, word.chars()).map_or(false, |n| n.ends_word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && lookup(&self.root, prefix.chars()).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut acc = Vec::new();
        if let Some(start) = lookup(&self.root, prefix.chars()) {
            let mut spelled = prefix.to_string();
            collect(start, &mut spelled, &mut acc);
        }
        acc
    }
}
