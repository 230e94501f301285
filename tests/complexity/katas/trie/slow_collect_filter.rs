// learner: slow
// why: Trie::words_with_prefix is O(total chars stored) time, target O(m + k): it lists every stored word and filters by prefix
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Node {
    kids: HashMap<char, usize>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    len: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], len: 0 }
    }

    fn go(&self, s: &str) -> Option<usize> {
        let mut i = 0;
        for c in s.chars() {
            i = *self.nodes[i].kids.get(&c)?;
        }
        Some(i)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut i = 0;
        for c in word.chars() {
            if let Some(&j) = self.nodes[i].kids.get(&c) {
                i = j;
            } else {
                let j = self.nodes.len();
                self.nodes.push(Node::default());
                self.nodes[i].kids.insert(c, j);
                i = j;
            }
        }
        if self.nodes[i].end {
            return false;
        }
        self.nodes[i].end = true;
        self.len += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.go(word).is_some_and(|i| self.nodes[i].end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.len > 0 && self.go(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn all_words(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(0usize, String::new())];
        while let Some((i, w)) = stack.pop() {
            if self.nodes[i].end {
                out.push(w.clone());
            }
            for (&c, &j) in &self.nodes[i].kids {
                let mut next = w.clone();
                next.push(c);
                stack.push((j, next));
            }
        }
        out
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut words: Vec<String> = self.all_words().into_iter().filter(|w| w.starts_with(prefix)).collect();
        words.sort();
        words
    }
}
