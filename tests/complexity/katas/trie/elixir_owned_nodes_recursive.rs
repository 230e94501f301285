// learner: optimal
// idiom: elixir: nested owned maps like %{char => subtree} (BTreeMap<char, Node>), recursive collect with a String accumulator
// why: walks are one BTreeMap step per char: O(m); insert creates at most m nodes; the recursive collect touches only the prefix's subtree (each node is on some returned word): O(m + k)
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    end_of_word: bool,
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
    pub fn new() -> Self {
        Trie { root: Node::default(), count: 0 }
    }

    fn find(&self, path: &str) -> Option<&Node> {
        let mut node = &self.root;
        for c in path.chars() {
            node = node.next.get(&c)?;
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let node = word
            .chars()
            .fold(&mut self.root, |node, c| node.next.entry(c).or_default());
        if node.end_of_word {
            false
        } else {
            node.end_of_word = true;
            self.count += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| n.end_of_word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        match (self.count, self.find(prefix)) {
            (0, _) => false,
            (_, found) => found.is_some(),
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        match self.find(prefix) {
            None => Vec::new(),
            Some(node) => collect(node, &mut prefix.to_string(), Vec::new()),
        }
    }
}

fn collect(node: &Node, path: &mut String, mut acc: Vec<String>) -> Vec<String> {
    if node.end_of_word {
        acc.push(path.clone());
    }
    for (&c, child) in &node.next {
        path.push(c);
        acc = collect(child, path, acc);
        path.pop();
    }
    acc
}
