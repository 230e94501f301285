// learner: slow
// why: Trie::starts_with is O(n) time, target O(m): it lists every word under the prefix and checks the list is non-empty
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    end: bool,
    next: BTreeMap<char, Node>,
}

#[derive(Debug, Default)]
pub struct Trie {
    root: Node,
    size: usize,
}

impl Trie {
    pub fn new() -> Self {
        Trie::default()
    }

    fn find(&self, s: &str) -> Option<&Node> {
        let mut cur = &self.root;
        for ch in s.chars() {
            cur = cur.next.get(&ch)?;
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = &mut self.root;
        for ch in word.chars() {
            cur = cur.next.entry(ch).or_default();
        }
        if cur.end {
            return false;
        }
        cur.end = true;
        self.size += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.find(word), Some(n) if n.end)
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
        fn go(n: &Node, path: &mut String, acc: &mut Vec<String>) {
            if n.end {
                acc.push(path.clone());
            }
            for (ch, kid) in &n.next {
                path.push(*ch);
                go(kid, path, acc);
                path.pop();
            }
        }
        let mut acc = Vec::new();
        if let Some(n) = self.find(prefix) {
            go(n, &mut prefix.to_string(), &mut acc);
        }
        acc
    }
}
