// learner: optimal
// idiom: HashMap<char, Node> children (O(1) steps); words_with_prefix sorts each visited node's few child keys, which is O(sigma log sigma) per node
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Node {
    kids: HashMap<char, Node>,
    is_word: bool,
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

    fn locate(&self, s: &str) -> Option<&Node> {
        s.chars().try_fold(&self.root, |node, c| node.kids.get(&c))
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let end = word.chars().fold(&mut self.root, |node, c| node.kids.entry(c).or_default());
        let added = !std::mem::replace(&mut end.is_word, true);
        self.size += added as usize;
        added
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.locate(word), Some(n) if n.is_word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        fn visit(node: &Node, word: &mut String, out: &mut Vec<String>) {
            if node.is_word {
                out.push(word.clone());
            }
            let mut keys: Vec<&char> = node.kids.keys().collect();
            keys.sort_unstable();
            for c in keys {
                word.push(*c);
                visit(&node.kids[c], word, out);
                word.pop();
            }
        }
        let mut out = Vec::new();
        if let Some(start) = self.locate(prefix) {
            let mut word = prefix.to_owned();
            visit(start, &mut word, &mut out);
        }
        out
    }
}
