// learner: optimal
// idiom: Nim-style: owned recursive nodes (BTreeMap<char, Node> by value), `result` vars, recursive collect proc that appends to a seq through &mut
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Node>,
    word_end: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

fn walk<'a>(root: &'a Node, s: &str) -> Option<&'a Node> {
    let mut result = Some(root);
    for c in s.chars() {
        result = match result {
            Some(n) => n.next.get(&c),
            None => None,
        };
        if result.is_none() {
            break;
        }
    }
    result
}

fn collect(n: &Node, buf: &mut String, result: &mut Vec<String>) {
    if n.word_end {
        result.push(buf.clone());
    }
    for (c, child) in n.next.iter() {
        buf.push(*c);
        collect(child, buf, result);
        buf.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        let result = Trie { root: Node::default(), words: 0 };
        result
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.next.entry(c).or_default();
        }
        let result = !node.word_end;
        node.word_end = true;
        if result {
            self.words += 1;
        }
        result
    }

    pub fn contains(&self, word: &str) -> bool {
        let mut result = false;
        if let Some(n) = walk(&self.root, word) {
            result = n.word_end;
        }
        result
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        let result = self.words > 0 && walk(&self.root, prefix).is_some();
        result
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        if let Some(n) = walk(&self.root, prefix) {
            let mut buf = prefix.to_string();
            collect(n, &mut buf, &mut result);
        }
        result
    }
}
