// learner: optimal
// idiom: documented senior style, owned recursive nodes (BTreeMap<char, Node>), recursive in-order collection with a shared buffer, debug_assert on counts
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

/// One node per distinct prefix. Children are ordered by `char`, so an
/// in-order walk yields words in ascending `str` order.
#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, Node>,
    /// A stored word ends at this node.
    terminal: bool,
}

impl Node {
    /// The node reached by following `path` from `self`, if every step exists.
    fn descend(&self, path: &str) -> Option<&Node> {
        path.chars().try_fold(self, |node, c| node.children.get(&c))
    }

    /// Appends every word below `self` to `out`, `buffer` holding the
    /// characters from the root to `self`. Recursion depth is bounded by the
    /// length of the longest stored word (at most 1 000 characters).
    fn collect_into(&self, buffer: &mut String, out: &mut Vec<String>) {
        if self.terminal {
            out.push(buffer.clone());
        }
        for (&c, child) in &self.children {
            buffer.push(c);
            child.collect_into(buffer, out);
            let popped = buffer.pop();
            debug_assert_eq!(popped, Some(c));
        }
    }
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    root: Node,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Self { root: Node::default(), words: 0 }
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.words += 1;
        true
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.root.descend(word).is_some_and(|node| node.terminal)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    ///
    /// Nodes are only ever created on the path of an inserted word, so any
    /// node other than an empty root has a word at or below it.
    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.root.descend(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.words
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(node) = self.root.descend(prefix) {
            let mut buffer = String::from(prefix);
            node.collect_into(&mut buffer, &mut out);
        }
        debug_assert!(out.len() <= self.words);
        out
    }
}
