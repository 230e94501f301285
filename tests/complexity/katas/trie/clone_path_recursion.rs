// learner: slow
// why: Trie::words_with_prefix is O(m + k * depth) time, target O(m + k): every node visited clones the whole path string so far (format!), not push/pop on one buffer
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, Node>,
    terminal: bool,
}

#[derive(Debug, Default)]
pub struct Trie {
    root: Node,
    len: usize,
}

fn descend<'a>(mut node: &'a Node, s: &str) -> Option<&'a Node> {
    for c in s.chars() {
        node = node.children.get(&c)?;
    }
    Some(node)
}

fn gather(node: &Node, path: String, out: &mut Vec<String>) {
    if node.terminal {
        out.push(path.clone());
    }
    for (c, child) in &node.children {
        gather(child, format!("{path}{c}"), out);
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie::default()
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let node = word
            .chars()
            .fold(&mut self.root, |n, c| n.children.entry(c).or_default());
        let fresh = !node.terminal;
        node.terminal = true;
        if fresh {
            self.len += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        descend(&self.root, word).map_or(false, |n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.len > 0 && descend(&self.root, prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(start) = descend(&self.root, prefix) {
            gather(start, prefix.to_string(), &mut out);
        }
        out
    }
}
