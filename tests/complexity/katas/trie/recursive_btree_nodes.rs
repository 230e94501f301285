// learner: optimal
// idiom: Agda/proof-assistant researcher: an inductive Node { terminal, children: BTreeMap<char, Node> }, structural recursion for lookup (walk) and for enumeration, one shared String buffer pushed/popped along the path
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    children: BTreeMap<char, Node>,
}

impl Node {
    /// The subtree reached by reading `path`, if every step exists.
    fn walk(&self, mut path: std::str::Chars<'_>) -> Option<&Node> {
        match path.next() {
            None => Some(self),
            Some(c) => self.children.get(&c)?.walk(path),
        }
    }

    /// Appends every word of this subtree, in order, with `buf` as the path so far.
    fn collect(&self, buf: &mut String, out: &mut Vec<String>) {
        if self.terminal {
            out.push(buf.clone());
        }
        for (&c, child) in &self.children {
            buf.push(c);
            child.collect(buf, out);
            buf.pop();
        }
    }

    /// A subtree is inhabited iff it holds a word (nodes are never deleted, so every non-root
    /// node lies on the path of some word).
    fn inhabited(&self) -> bool {
        self.terminal || !self.children.is_empty()
    }
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
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
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { root: Node::default(), size: 0 }
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let node = word.chars().fold(&mut self.root, |n, c| n.children.entry(c).or_default());
        let fresh = !std::mem::replace(&mut node.terminal, true);
        self.size += usize::from(fresh);
        fresh
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.root.walk(word.chars()).is_some_and(|n| n.terminal)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.root.walk(prefix.chars()).is_some_and(Node::inhabited)
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.size
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(node) = self.root.walk(prefix.chars()) {
            let mut buf = prefix.to_string();
            node.collect(&mut buf, &mut out);
        }
        out
    }
}
