// learner: optimal
// idiom: Java/C#-style: TrieNode class with getters/setters and Option-returning lookups, a findNode helper
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct TrieNode {
    children: BTreeMap<char, TrieNode>,
    end_of_word: bool,
}

impl TrieNode {
    fn new() -> Self {
        TrieNode::default()
    }

    fn get_child(&self, c: char) -> Option<&TrieNode> {
        self.children.get(&c)
    }

    fn get_or_create_child(&mut self, c: char) -> &mut TrieNode {
        self.children.entry(c).or_insert_with(TrieNode::new)
    }

    fn is_end_of_word(&self) -> bool {
        self.end_of_word
    }

    fn set_end_of_word(&mut self, value: bool) {
        self.end_of_word = value;
    }

    fn get_children(&self) -> impl Iterator<Item = (&char, &TrieNode)> {
        self.children.iter()
    }
}

#[derive(Debug)]
pub struct Trie {
    root: TrieNode,
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: TrieNode::new(), word_count: 0 }
    }

    fn find_node(&self, prefix: &str) -> Option<&TrieNode> {
        let mut current = &self.root;
        for c in prefix.chars() {
            current = current.get_child(c)?;
        }
        Some(current)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut current = &mut self.root;
        for c in word.chars() {
            current = current.get_or_create_child(c);
        }
        if current.is_end_of_word() {
            return false;
        }
        current.set_end_of_word(true);
        self.word_count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find_node(word).map_or(false, |node| node.is_end_of_word())
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.find_node(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.word_count
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result = Vec::new();
        if let Some(start) = self.find_node(prefix) {
            let mut buffer = String::from(prefix);
            Self::collect_words(start, &mut buffer, &mut result);
        }
        result
    }

    fn collect_words(node: &TrieNode, buffer: &mut String, result: &mut Vec<String>) {
        if node.is_end_of_word() {
            result.push(buffer.clone());
        }
        for (&c, child) in node.get_children() {
            buffer.push(c);
            Self::collect_words(child, buffer, result);
            buffer.pop();
        }
    }
}
