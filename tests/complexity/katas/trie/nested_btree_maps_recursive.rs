// learner: optimal
// idiom: owned nested maps (BTreeMap<char, Node> inside Node), entry().or_default() insert, try_fold walk with Option, recursive collector passing a &mut String path
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Node>,
    is_word: bool,
}

impl Node {
    fn walk(&self, s: &str) -> Option<&Node> {
        s.chars().try_fold(self, |node, c| node.next.get(&c))
    }

    fn collect(&self, path: &mut String, out: &mut Vec<String>) {
        if self.is_word {
            out.push(path.clone());
        }
        for (c, child) in &self.next {
            path.push(*c);
            child.collect(path, out);
            path.pop();
        }
    }
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
        Self { root: Node::default(), count: 0 }
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let end = word.chars().fold(&mut self.root, |node, c| node.next.entry(c).or_default());
        let is_new = !end.is_word;
        end.is_word = true;
        if is_new {
            self.count += 1;
        }
        is_new
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.root.walk(word).map_or(false, |n| n.is_word)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.root.walk(prefix).is_some()
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
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = vec![];
        if let Some(start) = self.root.walk(prefix) {
            let mut path = prefix.to_string();
            start.collect(&mut path, &mut out);
        }
        out
    }
}
