// learner: optimal
// idiom: recursive boxed nodes with BTreeMap<char, Node>, descent as a try_fold over chars, recursive pure-ish collector threading a path buffer
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    word_ends: bool,
    kids: BTreeMap<char, Node>,
}

/// The node reached by following `path` from `root`, if every step exists.
fn walk<'a>(root: &'a Node, path: &str) -> Option<&'a Node> {
    path.chars().try_fold(root, |node, c| node.kids.get(&c))
}

/// Appends every word under `node` (whose path is `path`) to `out`, in order.
fn gather(node: &Node, path: &mut String, out: &mut Vec<String>) {
    if node.word_ends {
        out.push(path.clone());
    }
    node.kids.iter().for_each(|(&c, kid)| {
        path.push(c);
        gather(kid, path, out);
        path.pop();
    });
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
        Trie { root: Node::default(), words: 0 }
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let leaf = word
            .chars()
            .fold(&mut self.root, |node, c| node.kids.entry(c).or_default());
        let fresh = !std::mem::replace(&mut leaf.word_ends, true);
        self.words += usize::from(fresh);
        fresh
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        walk(&self.root, word).map_or(false, |n| n.word_ends)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && walk(&self.root, prefix).is_some()
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
        walk(&self.root, prefix).map_or_else(Vec::new, |node| {
            let mut out = Vec::new();
            gather(node, &mut prefix.to_string(), &mut out);
            out
        })
    }
}
