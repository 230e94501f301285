// learner: slow
// why: Trie::contains is O(m) space, target O(1): copies the word into a Vec<char> (a Nim seq[Rune]) before walking it by index
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
    let runes: Vec<char> = s.chars().collect();
    let mut result = Some(root);
    let mut i = 0;
    while i < runes.len() {
        result = match result {
            Some(n) => n.next.get(&runes[i]),
            None => None,
        };
        if result.is_none() {
            break;
        }
        i += 1;
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
