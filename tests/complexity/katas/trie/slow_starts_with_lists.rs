// learner: slow
// why: Trie::starts_with is O(words under the prefix) time, target O(m): it lists every completion just to check that one exists
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Node>,
    word: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), size: 0 }
    }

    fn node(&self, s: &str) -> Option<&Node> {
        let mut cur = &self.root;
        for c in s.chars() {
            match cur.next.get(&c) {
                Some(n) => cur = n,
                None => return None,
            }
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = &mut self.root;
        for c in word.chars() {
            cur = cur.next.entry(c).or_default();
        }
        if cur.word {
            false
        } else {
            cur.word = true;
            self.size += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.node(word) {
            Some(n) => n.word,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.words_with_prefix(prefix).is_empty()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.node(prefix) else { return out };
        let mut stack: Vec<(&Node, String)> = vec![(start, prefix.to_string())];
        while let Some((n, s)) = stack.pop() {
            if n.word {
                out.push(s.clone());
            }
            for (c, child) in n.next.iter().rev() {
                let mut t = s.clone();
                t.push(*c);
                stack.push((child, t));
            }
        }
        out
    }
}
