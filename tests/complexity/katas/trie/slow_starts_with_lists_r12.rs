// learner: slow
// why: Trie::starts_with is O(m + k) time, target O(m): it lists every word under the prefix and checks the list is non-empty
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, Node>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), count: 0 }
    }

    fn find(&self, s: &str) -> Option<&Node> {
        let mut n = &self.root;
        for c in s.chars() {
            n = n.kids.get(&c)?;
        }
        Some(n)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut n = &mut self.root;
        for c in word.chars() {
            n = n.kids.entry(c).or_default();
        }
        if n.end {
            return false;
        }
        n.end = true;
        self.count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map(|n| n.end).unwrap_or(false)
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
        let Some(start) = self.find(prefix) else { return out };
        let mut stack = vec![(start, prefix.to_string())];
        while let Some((n, w)) = stack.pop() {
            if n.end {
                out.push(w.clone());
            }
            for (c, k) in n.kids.iter().rev() {
                let mut w2 = w.clone();
                w2.push(*c);
                stack.push((k, w2));
            }
        }
        out
    }
}
