// learner: slow
// why: Trie::starts_with is O(m + size of subtree) time, target O(m): reuses wordsWithPrefix and checks that the list is non-empty
#![allow(non_snake_case)]
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct TrieNode {
    children: BTreeMap<char, TrieNode>,
    isWord: bool,
}

impl TrieNode {
    fn getChildren(&self) -> &BTreeMap<char, TrieNode> {
        &self.children
    }

    fn isWord(&self) -> bool {
        self.isWord
    }
}

#[derive(Debug, Default)]
pub struct Trie {
    root: TrieNode,
    size: usize,
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: TrieNode::default(), size: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for ch in word.chars() {
            node = node.children.entry(ch).or_default();
        }
        if node.isWord {
            return false;
        }
        node.isWord = true;
        self.size += 1;
        true
    }

    fn getNode(&self, text: &str) -> Option<&TrieNode> {
        let mut node = &self.root;
        for ch in text.chars() {
            match node.getChildren().get(&ch) {
                Some(next) => node = next,
                None => return None,
            }
        }
        Some(node)
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.getNode(word) {
            Some(n) => n.isWord(),
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        let matches = self.words_with_prefix(prefix);
        return !matches.is_empty();
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    fn collectWords(node: &TrieNode, current: &mut String, result: &mut Vec<String>) {
        if node.isWord() {
            result.push(current.clone());
        }
        for (ch, child) in node.getChildren() {
            current.push(*ch);
            Trie::collectWords(child, current, result);
            current.pop();
        }
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result = Vec::new();
        let start = match self.getNode(prefix) {
            Some(n) => n,
            None => return result,
        };
        let mut current = prefix.to_string();
        Trie::collectWords(start, &mut current, &mut result);
        result
    }
}
