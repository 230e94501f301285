// learner: optimal
// idiom: arena of nodes (Vec<Node>, BTreeMap<char, usize> edges), iterative DFS with an explicit stack of (node, depth, char)
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, usize>,
    word_end: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

const ROOT: usize = 0;

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut at = ROOT;
        for ch in s.chars() {
            match self.nodes[at].next.get(&ch) {
                Some(&n) => at = n,
                None => return None,
            }
        }
        Some(at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = ROOT;
        for ch in word.chars() {
            at = match self.nodes[at].next.get(&ch) {
                Some(&n) => n,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[at].next.insert(ch, n);
                    n
                }
            };
        }
        let fresh = !self.nodes[at].word_end;
        self.nodes[at].word_end = true;
        if fresh {
            self.words += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.walk(word) {
            Some(n) => self.nodes[n].word_end,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        match self.walk(prefix) {
            Some(ROOT) => self.words > 0,
            Some(_) => true,
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result = Vec::new();
        let Some(start) = self.walk(prefix) else {
            return result;
        };
        let mut text = String::from(prefix);
        // (node, length of `text` before this node's char, the char that leads here)
        let mut stack: Vec<(usize, usize, Option<char>)> = vec![(start, text.len(), None)];
        while let Some((node, keep, ch)) = stack.pop() {
            text.truncate(keep);
            if let Some(c) = ch {
                text.push(c);
            }
            if self.nodes[node].word_end {
                result.push(text.clone());
            }
            let here = text.len();
            for (&c, &child) in self.nodes[node].next.iter().rev() {
                stack.push((child, here, Some(c)));
            }
        }
        result
    }
}
