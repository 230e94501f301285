// learner: slow
// why: Trie::words_with_prefix is O(k * L) time and space, target O(m + k): the explicit stack carries a fresh clone of the path String for every node visited, so a long word costs the sum of its prefix lengths
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default, Clone)]
struct Node {
    children: BTreeMap<char, Node>,
    word_ends_here: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    len: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), len: 0 }
    }

    fn node_for(&self, s: &str) -> Option<&Node> {
        let mut node = &self.root;
        for c in s.chars() {
            node = node.children.get(&c)?;
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        if node.word_ends_here {
            false
        } else {
            node.word_ends_here = true;
            self.len += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.node_for(word).map(|n| n.word_ends_here).unwrap_or(false)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.len > 0 && self.node_for(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result = Vec::new();
        let start = match self.node_for(prefix) {
            Some(n) => n,
            None => return result,
        };
        // Each stack entry remembers its node and the whole text leading to it.
        let mut stack: Vec<(&Node, String)> = vec![(start, prefix.to_string())];
        while let Some((node, text)) = stack.pop() {
            if node.word_ends_here {
                result.push(text.clone());
            }
            for (c, child) in node.children.iter().rev() {
                let mut longer = text.clone();
                longer.push(*c);
                stack.push((child, longer));
            }
        }
        result
    }
}
