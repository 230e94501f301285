// learner: optimal
// idiom: Pony actor-model programmer: each node is a small owned object (`_children: BTreeMap<char, _Node>`, `_word_ends` flag) with its own `_collect` behaviour that recursively emits words into a shared buffer.
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct _Node {
    _children: BTreeMap<char, _Node>,
    _word_ends: bool,
}

impl _Node {
    fn _collect(&self, spelled: &mut String, out: &mut Vec<String>) {
        if self._word_ends {
            out.push(spelled.clone());
        }
        for (&c, child) in &self._children {
            spelled.push(c);
            child._collect(spelled, out);
            spelled.pop();
        }
    }
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    _root: _Node,
    _count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { _root: _Node::default(), _count: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self._root;
        for c in word.chars() {
            node = node._children.entry(c).or_default();
        }
        if node._word_ends {
            return false;
        }
        node._word_ends = true;
        self._count += 1;
        true
    }

    fn _find(&self, prefix: &str) -> Option<&_Node> {
        let mut node = &self._root;
        for c in prefix.chars() {
            node = node._children.get(&c)?;
        }
        Some(node)
    }

    pub fn contains(&self, word: &str) -> bool {
        match self._find(word) {
            Some(node) => node._word_ends,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node that exists lies on the path of some stored word,
        // except the root of an empty trie
        self._count > 0 && self._find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self._count
    }

    pub fn is_empty(&self) -> bool {
        self._count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(node) = self._find(prefix) {
            let mut spelled = prefix.to_string();
            node._collect(&mut spelled, &mut out);
        }
        out
    }
}
