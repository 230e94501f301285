// learner: optimal
// idiom: owned recursive tree (Node holds BTreeMap<char, Node>), recursive helper for the listing, while-let descent with get_mut/entry for insert
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Node>,
    terminal: bool,
}

impl Node {
    fn descend(&self, path: &str) -> Option<&Node> {
        let mut node = self;
        for c in path.chars() {
            node = node.next.get(&c)?;
        }
        Some(node)
    }

    fn collect_into(&self, word: &mut String, out: &mut Vec<String>) {
        if self.terminal {
            out.push(word.clone());
        }
        for (c, child) in &self.next {
            word.push(*c);
            child.collect_into(word, out);
            word.pop();
        }
    }
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
        Self { root: Node::default(), size: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.next.entry(c).or_default();
        }
        if node.terminal {
            false
        } else {
            node.terminal = true;
            self.size += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.root.descend(word), Some(n) if n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.size == 0 {
            return false;
        }
        self.root.descend(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(start) = self.root.descend(prefix) {
            let mut word = prefix.to_owned();
            start.collect_into(&mut word, &mut out);
        }
        out
    }
}
