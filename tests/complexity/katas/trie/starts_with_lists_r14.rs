// learner: slow
// why: Trie::starts_with is O(n) time, target O(m): it lists every word under the prefix and checks the list is non-empty
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Node>,
    word: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    n: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

fn gather(node: &Node, path: &mut String, out: &mut Vec<String>) {
    if node.word {
        out.push(path.clone());
    }
    for (c, kid) in &node.next {
        path.push(*c);
        gather(kid, path, out);
        path.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), n: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.next.entry(c).or_default();
        }
        if node.word {
            false
        } else {
            node.word = true;
            self.n += 1;
            true
        }
    }

    fn locate(&self, s: &str) -> Option<&Node> {
        let mut node = &self.root;
        for c in s.chars() {
            node = node.next.get(&c)?;
        }
        Some(node)
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.locate(word), Some(n) if n.word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // some word begins with prefix <=> the list of such words is not empty
        !self.words_with_prefix(prefix).is_empty()
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(node) = self.locate(prefix) {
            let mut path = prefix.to_string();
            gather(node, &mut path, &mut out);
        }
        out
    }
}
