// learner: optimal
// idiom: Swift-style owned recursive nodes (BTreeMap<char, Node>), guard-let walks returning Option<&Node>, recursive DFS for listing
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    children: BTreeMap<char, Node>,
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

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for ch in word.chars() {
            node = node.children.entry(ch).or_default();
        }
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.count += 1;
        true
    }

    fn find(&self, path: &str) -> Option<&Node> {
        let mut node = &self.root;
        for ch in path.chars() {
            let Some(next) = node.children.get(&ch) else { return None };
            node = next;
        }
        Some(node)
    }

    pub fn contains(&self, word: &str) -> bool {
        guard_terminal(self.find(word)).is_some()
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        self.find(prefix).is_some()
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
        let mut buffer = prefix.to_string();
        collect(start, &mut buffer, &mut out);
        out
    }
}

fn guard_terminal(node: Option<&Node>) -> Option<&Node> {
    let node = node?;
    if !node.terminal {
        return None;
    }
    Some(node)
}

fn collect(node: &Node, buffer: &mut String, out: &mut Vec<String>) {
    if node.terminal {
        out.push(buffer.clone());
    }
    for (&ch, child) in &node.children {
        buffer.push(ch);
        collect(child, buffer, out);
        buffer.pop();
    }
}
