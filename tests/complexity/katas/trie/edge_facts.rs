// learner: optimal
// idiom: Prolog logic programmer: the trie as a fact base: edge(Parent, Char, Child) in a HashMap, word(Node) as a flag, label order kept per node for listing
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::{BTreeSet, HashMap};

#[derive(Debug)]
pub struct Trie {
    /// edge(Parent, Char) -> Child
    edge: HashMap<(usize, char), usize>,
    /// labels(Node): the chars of its outgoing edges, sorted
    labels: Vec<BTreeSet<char>>,
    /// word(Node)
    word: Vec<bool>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { edge: HashMap::new(), labels: vec![BTreeSet::new()], word: vec![false], count: 0 }
    }

    /// path(Chars, Node): follow edge/3 from the root.
    fn path(&self, s: &str) -> Option<usize> {
        let mut node = 0;
        for c in s.chars() {
            node = *self.edge.get(&(node, c))?;
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = 0;
        for c in word.chars() {
            node = match self.edge.get(&(node, c)) {
                Some(&child) => child,
                None => {
                    let child = self.word.len();
                    self.word.push(false);
                    self.labels.push(BTreeSet::new());
                    self.labels[node].insert(c);
                    self.edge.insert((node, c), child);
                    child
                }
            };
        }
        if self.word[node] {
            false
        } else {
            self.word[node] = true;
            self.count += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.path(word), Some(n) if self.word[n])
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.count > 0 && self.path(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(node) = self.path(prefix) {
            let mut acc = prefix.to_string();
            self.below(node, &mut acc, &mut out);
        }
        out
    }

    /// below(Node, Acc, Words): findall over word/1 in the subtree, label order.
    fn below(&self, node: usize, acc: &mut String, out: &mut Vec<String>) {
        if self.word[node] {
            out.push(acc.clone());
        }
        for &c in &self.labels[node] {
            let child = self.edge[&(node, c)];
            acc.push(c);
            self.below(child, acc, out);
            acc.pop();
        }
    }
}
