// learner: optimal
// idiom: Prolog logic programmer: an owned recursive node term, insert/contains written as recursion on the [C|Cs] char list, collect/3 walks children in order with one shared path buffer
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;
use std::str::Chars;

#[derive(Debug, Default)]
struct Node {
    is_word: bool,
    children: BTreeMap<char, Node>,
}

impl Node {
    /// insert([], N) :- N.is_word = true.   insert([C|Cs], N) :- child(N, C, K), insert(Cs, K).
    fn insert(&mut self, mut rest: Chars<'_>) -> bool {
        match rest.next() {
            None => !std::mem::replace(&mut self.is_word, true),
            Some(c) => self.children.entry(c).or_default().insert(rest),
        }
    }

    /// find([], N, N).   find([C|Cs], N, M) :- child(N, C, K), find(Cs, K, M).
    fn find(&self, mut rest: Chars<'_>) -> Option<&Node> {
        match rest.next() {
            None => Some(self),
            Some(c) => self.children.get(&c)?.find(rest),
        }
    }

    /// collect(N, Path, Words): every word below N, in char order.
    fn collect(&self, path: &mut String, words: &mut Vec<String>) {
        if self.is_word {
            words.push(path.clone());
        }
        for (&c, child) in &self.children {
            path.push(c);
            child.collect(path, words);
            path.pop();
        }
    }
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
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

    pub fn insert(&mut self, word: &str) -> bool {
        let added = self.root.insert(word.chars());
        if added {
            self.len += 1;
        }
        added
    }

    pub fn contains(&self, word: &str) -> bool {
        self.root.find(word.chars()).is_some_and(|n| n.is_word)
    }

    /// Every node in the tree lies on some inserted word, except an empty root.
    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.root.find(prefix.chars()).is_some()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut words = Vec::new();
        if let Some(node) = self.root.find(prefix.chars()) {
            let mut path = prefix.to_string();
            node.collect(&mut path, &mut words);
        }
        words
    }
}
