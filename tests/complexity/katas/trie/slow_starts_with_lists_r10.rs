// learner: slow
// why: Trie::starts_with is O(size of the subtree) time, target O(m): reuses words_with_prefix and checks the list is non-empty, listing every word under the prefix
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, usize>,
    word: bool,
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
        Trie { nodes: vec![Node::default()], count: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| self.nodes[at].kids.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0;
        for c in word.chars() {
            if let Some(&n) = self.nodes[at].kids.get(&c) {
                at = n;
            } else {
                self.nodes.push(Node::default());
                let n = self.nodes.len() - 1;
                self.nodes[at].kids.insert(c, n);
                at = n;
            }
        }
        if self.nodes[at].word {
            return false;
        }
        self.nodes[at].word = true;
        self.count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).is_some_and(|n| self.nodes[n].word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.words_with_prefix(prefix).is_empty()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.walk(prefix) else { return out };
        // stack of (node, the word spelled so far)
        let mut stack = vec![(start, prefix.to_string())];
        while let Some((n, text)) = stack.pop() {
            for (&c, &k) in self.nodes[n].kids.iter().rev() {
                let mut longer = text.clone();
                longer.push(c);
                stack.push((k, longer));
            }
            if self.nodes[n].word {
                out.push(text);
            }
        }
        out
    }
}
