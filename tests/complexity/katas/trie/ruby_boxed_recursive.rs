// learner: optimal
// idiom: Ruby-style: nested owned nodes (hash of hashes), try_fold walks, recursive DFS with a closure-like helper
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, Node>,
    terminal: bool,
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

    fn seek(&self, path: &str) -> Option<&Node> {
        path.chars().try_fold(&self.root, |node, c| node.kids.get(&c))
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let leaf = word
            .chars()
            .fold(&mut self.root, |node, c| node.kids.entry(c).or_default());
        let fresh = !std::mem::replace(&mut leaf.terminal, true);
        self.count += fresh as usize;
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.seek(word).map_or(false, |n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.seek(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        fn gather(node: &Node, buf: &mut String, out: &mut Vec<String>) {
            if node.terminal {
                out.push(buf.clone());
            }
            node.kids.iter().for_each(|(&c, kid)| {
                buf.push(c);
                gather(kid, buf, out);
                buf.pop();
            });
        }
        let mut out = Vec::new();
        if let Some(start) = self.seek(prefix) {
            let mut buf = prefix.to_string();
            gather(start, &mut buf, &mut out);
        }
        out
    }
}
