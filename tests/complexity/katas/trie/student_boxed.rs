// learner: optimal
// idiom: Rust-book student: owned child nodes in BTreeMap<char, Node>, impl Node::new, for loops over chars with match, recursive collect with push/pop on one String
use std::collections::BTreeMap;

#[derive(Debug)]
struct Node {
    children: BTreeMap<char, Node>,
    is_word: bool,
}

impl Node {
    fn new() -> Node {
        Node {
            children: BTreeMap::new(),
            is_word: false,
        }
    }
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

fn collect(node: &Node, path: &mut String, out: &mut Vec<String>) {
    if node.is_word {
        out.push(path.clone());
    }
    for (c, child) in node.children.iter() {
        path.push(*c);
        collect(child, path, out);
        path.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie {
            root: Node::new(),
            count: 0,
        }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node: &mut Node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_insert_with(Node::new);
        }
        if node.is_word {
            return false;
        }
        node.is_word = true;
        self.count += 1;
        true
    }

    fn find(&self, text: &str) -> Option<&Node> {
        let mut node: &Node = &self.root;
        for c in text.chars() {
            match node.children.get(&c) {
                Some(next) => node = next,
                None => return None,
            }
        }
        Some(node)
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find(word) {
            Some(node) => node.is_word,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        match self.find(prefix) {
            Some(_) => true,
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        let start: &Node = match self.find(prefix) {
            Some(n) => n,
            None => return result,
        };
        let mut path: String = String::with_capacity(prefix.len() + 16);
        path.push_str(prefix);
        collect(start, &mut path, &mut result);
        result
    }
}
