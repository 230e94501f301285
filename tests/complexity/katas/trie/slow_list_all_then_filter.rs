// learner: slow
// why: Trie::words_with_prefix is O(total size of the trie) time, target O(m + k): walks the whole trie from the root and filters by prefix afterwards
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, Node>,
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

    fn find(&self, prefix: &str) -> Option<&Node> {
        let mut node = &self.root;
        for c in prefix.chars() {
            node = node.children.get(&c)?;
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        if node.terminal {
            false
        } else {
            node.terminal = true;
            self.count += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node on a path was created by some inserted word; only the root can be wordless
        self.count > 0 && self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn collect(node: &Node, buf: &mut String, out: &mut Vec<String>) {
        if node.terminal {
            out.push(buf.clone());
        }
        for (&c, child) in &node.children {
            buf.push(c);
            Self::collect(child, buf, out);
            buf.pop();
        }
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        // gather every stored word in order, then keep the ones that match
        let mut all = Vec::new();
        let mut buf = String::new();
        Self::collect(&self.root, &mut buf, &mut all);
        all.into_iter().filter(|w| w.starts_with(prefix)).collect()
    }
}
