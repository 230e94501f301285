// learner: optimal
// idiom: Lisp-ish owned recursive nodes (BTreeMap<char, Node>), recursive collect with an accumulator and a shared path buffer, try_fold descent
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, Node>,
    terminal: bool,
}

impl Node {
    fn descend(&self, path: &str) -> Option<&Node> {
        path.chars().try_fold(self, |node, c| node.children.get(&c))
    }

    fn collect_into(&self, path: &mut String, acc: &mut Vec<String>) {
        if self.terminal {
            acc.push(path.clone());
        }
        for (&c, child) in &self.children {
            path.push(c);
            child.collect_into(path, acc);
            path.pop();
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
        Trie { root: Node::default(), size: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let leaf = word.chars().fold(&mut self.root, |node, c| node.children.entry(c).or_default());
        let fresh = !leaf.terminal;
        leaf.terminal = true;
        self.size += fresh as usize;
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.root.descend(word).is_some_and(|n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.size > 0 && self.root.descend(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut acc = Vec::new();
        if let Some(node) = self.root.descend(prefix) {
            let mut path = prefix.to_string();
            node.collect_into(&mut path, &mut acc);
        }
        acc
    }
}
