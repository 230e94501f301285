// learner: slow
// why: Trie::starts_with is O(size of the subtree) time, target O(m): it answers "is there a word below?" by counting every word under the prefix node recursively
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    word_here: bool,
    next: BTreeMap<char, Node>,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    total: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

fn walk<'a>(node: &'a Node, rest: &str) -> Option<&'a Node> {
    let mut cs = rest.chars();
    match cs.next() {
        None => Some(node),
        Some(c) => node.next.get(&c).and_then(|child| walk(child, cs.as_str())),
    }
}

/// Number of words stored at or below `node`: (count-leaves tree) from SICP 2.2.2.
fn count_words(node: &Node) -> usize {
    let here = if node.word_here { 1 } else { 0 };
    node.next.values().fold(here, |acc, child| acc + count_words(child))
}

fn gather(node: &Node, path: &mut String, out: &mut Vec<String>) {
    if node.word_here {
        out.push(path.clone());
    }
    for (&c, child) in &node.next {
        path.push(c);
        gather(child, path, out);
        path.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), total: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.next.entry(c).or_default();
        }
        if node.word_here {
            return false;
        }
        node.word_here = true;
        self.total += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(walk(&self.root, word), Some(n) if n.word_here)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        walk(&self.root, prefix).map_or(0, count_words) > 0
    }

    pub fn len(&self) -> usize {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = walk(&self.root, prefix) {
            let mut path = prefix.to_string();
            gather(n, &mut path, &mut out);
        }
        out
    }
}
