// learner: optimal
// idiom: owned nodes with BTreeMap<char, Node> children, insert by re-pointing a `&mut` cursor through entry().or_default(), words_with_prefix as an explicit stack of btree_map::Iter with a shared String buffer
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::btree_map::{self, BTreeMap};

#[derive(Debug, Default)]
struct Node {
    end: bool,
    next: BTreeMap<char, Node>,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
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
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { root: Node::default(), count: 0 }
    }

    fn find(&self, text: &str) -> Option<&Node> {
        let mut node = &self.root;
        for c in text.chars() {
            node = node.next.get(&c)?;
        }
        Some(node)
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut cursor = &mut self.root;
        for c in word.chars() {
            cursor = cursor.next.entry(c).or_default();
        }
        let added = !std::mem::replace(&mut cursor.end, true);
        self.count += added as usize;
        added
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_some_and(|n| n.end)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.find(prefix).is_some_and(|n| n.end || !n.next.is_empty())
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(start) = self.find(prefix) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut word = prefix.to_string();
        if start.end {
            out.push(word.clone());
        }
        let mut stack: Vec<btree_map::Iter<'_, char, Node>> = vec![start.next.iter()];
        while let Some(top) = stack.last_mut() {
            match top.next() {
                Some((&c, child)) => {
                    word.push(c);
                    if child.end {
                        out.push(word.clone());
                    }
                    stack.push(child.next.iter());
                }
                None => {
                    stack.pop();
                    word.pop();
                }
            }
        }
        out
    }
}
