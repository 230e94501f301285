// learner: optimal
// idiom: Java-style TrieNode with small accessor methods (child, child_or_create, mark_terminal), iterative walks with match + early return, recursive private collect into a shared String buffer
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct TrieNode {
    children: BTreeMap<char, TrieNode>,
    terminal: bool,
}

impl TrieNode {
    fn child(&self, c: char) -> Option<&TrieNode> {
        self.children.get(&c)
    }

    fn child_or_create(&mut self, c: char) -> &mut TrieNode {
        self.children.entry(c).or_default()
    }

    fn is_terminal(&self) -> bool {
        self.terminal
    }

    /// Marks the node as the end of a word; returns true if it was not one before.
    fn mark_terminal(&mut self) -> bool {
        let was = self.terminal;
        self.terminal = true;
        !was
    }

    fn collect(&self, buffer: &mut String, out: &mut Vec<String>) {
        if self.is_terminal() {
            out.push(buffer.clone());
        }
        for (&c, child) in &self.children {
            buffer.push(c);
            child.collect(buffer, out);
            buffer.pop();
        }
    }
}

#[derive(Debug)]
pub struct Trie {
    root: TrieNode,
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: TrieNode::default(), word_count: 0 }
    }

    fn find(&self, prefix: &str) -> Option<&TrieNode> {
        let mut node = &self.root;
        for c in prefix.chars() {
            match node.child(c) {
                Some(next) => node = next,
                None => return None,
            }
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.child_or_create(c);
        }
        let added = node.mark_terminal();
        if added {
            self.word_count += 1;
        }
        added
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find(word) {
            Some(node) => node.is_terminal(),
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.word_count == 0 {
            return false;
        }
        self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.word_count
    }

    pub fn is_empty(&self) -> bool {
        self.word_count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(node) = self.find(prefix) {
            let mut buffer = String::from(prefix);
            node.collect(&mut buffer, &mut out);
        }
        out
    }
}
