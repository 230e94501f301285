// learner: slow
// why: Trie::words_with_prefix is O(n) time, target O(m + k): it enumerates every stored word from the root and keeps those starting with the prefix
use std::collections::BTreeMap;

#[derive(Debug)]
struct Node {
    children: BTreeMap<char, usize>,
    terminal: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node { children: BTreeMap::new(), terminal: false }], count: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| self.nodes[at].children.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0;
        for c in word.chars() {
            at = match self.nodes[at].children.get(&c) {
                Some(&i) => i,
                None => {
                    self.nodes.push(Node { children: BTreeMap::new(), terminal: false });
                    let i = self.nodes.len() - 1;
                    self.nodes[at].children.insert(c, i);
                    i
                }
            };
        }
        let fresh = !self.nodes[at].terminal;
        self.nodes[at].terminal = true;
        self.count += fresh as usize;
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |i| self.nodes[i].terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.count > 0 && self.walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn all_words(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(0usize, String::new())];
        while let Some((at, path)) = stack.pop() {
            if self.nodes[at].terminal {
                out.push(path.clone());
            }
            for (&c, &kid) in self.nodes[at].children.iter().rev() {
                let mut p = path.clone();
                p.push(c);
                stack.push((kid, p));
            }
        }
        out
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut matching = Vec::new();
        for w in self.all_words() {
            if w.starts_with(prefix) {
                matching.push(w);
            }
        }
        matching
    }
}
