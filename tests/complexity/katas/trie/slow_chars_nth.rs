// learner: slow
// why: Trie::contains is O(m^2) time, target O(m): indexes the query with chars().nth(i) inside the loop, re-decoding the UTF-8 from the start every step
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Node {
    children: HashMap<char, usize>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    n_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], n_words: 0 }
    }

    fn locate(&self, s: &str) -> Option<usize> {
        let m = s.chars().count();
        let mut cur = 0;
        for i in 0..m {
            let c = s.chars().nth(i).unwrap();
            match self.nodes[cur].children.get(&c) {
                Some(&next) => cur = next,
                None => return None,
            }
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let m = word.chars().count();
        let mut cur = 0;
        for i in 0..m {
            let c = word.chars().nth(i).unwrap();
            let len = self.nodes.len();
            let next = *self.nodes[cur].children.entry(c).or_insert(len);
            if next == len {
                self.nodes.push(Node::default());
            }
            cur = next;
        }
        let new = !self.nodes[cur].end;
        self.nodes[cur].end = true;
        self.n_words += new as usize;
        new
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.locate(word) {
            Some(n) => self.nodes[n].end,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.n_words > 0 && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.locate(prefix) else { return out };
        let mut stack: Vec<(usize, String)> = vec![(start, prefix.to_string())];
        while let Some((n, w)) = stack.pop() {
            if self.nodes[n].end {
                out.push(w.clone());
            }
            let mut kids: Vec<(&char, &usize)> = self.nodes[n].children.iter().collect();
            kids.sort_unstable_by(|a, b| b.0.cmp(a.0));
            for (c, k) in kids {
                let mut w2 = w.clone();
                w2.push(*c);
                stack.push((*k, w2));
            }
        }
        out
    }
}
