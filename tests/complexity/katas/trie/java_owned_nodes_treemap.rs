// learner: optimal
// idiom: Java-ish: TrieNode class owning a BTreeMap (TreeMap) of child nodes, getters/setters, early returns, explicit stack for the DFS
#![allow(non_snake_case)]
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct TrieNode {
    children: BTreeMap<char, TrieNode>,
    endOfWord: bool,
}

impl TrieNode {
    fn getChild(&self, c: char) -> Option<&TrieNode> {
        self.children.get(&c)
    }

    fn getOrCreateChild(&mut self, c: char) -> &mut TrieNode {
        self.children.entry(c).or_insert_with(TrieNode::default)
    }

    fn isEndOfWord(&self) -> bool {
        self.endOfWord
    }

    fn setEndOfWord(&mut self, value: bool) {
        self.endOfWord = value;
    }
}

#[derive(Debug)]
pub struct Trie {
    root: TrieNode,
    wordCount: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

enum Step<'a> {
    Enter(char, &'a TrieNode),
    Leave,
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: TrieNode::default(), wordCount: 0 }
    }

    fn findNode(&self, text: &str) -> Option<&TrieNode> {
        let mut current = &self.root;
        for c in text.chars() {
            current = match current.getChild(c) {
                Some(child) => child,
                None => return None,
            };
        }
        Some(current)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut current = &mut self.root;
        for c in word.chars() {
            current = current.getOrCreateChild(c);
        }
        if current.isEndOfWord() {
            return false;
        }
        current.setEndOfWord(true);
        self.wordCount += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.findNode(word) {
            Some(node) => node.isEndOfWord(),
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.wordCount == 0 {
            return false;
        }
        self.findNode(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.wordCount
    }

    pub fn is_empty(&self) -> bool {
        self.wordCount == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        let start = match self.findNode(prefix) {
            Some(node) => node,
            None => return result,
        };
        if start.isEndOfWord() {
            result.push(prefix.to_string());
        }
        let mut buffer = String::from(prefix);
        let mut stack: Vec<Step> = Vec::new();
        for (c, child) in start.children.iter().rev() {
            stack.push(Step::Enter(*c, child));
        }
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buffer.pop();
                }
                Step::Enter(c, node) => {
                    buffer.push(c);
                    if node.isEndOfWord() {
                        result.push(buffer.clone());
                    }
                    stack.push(Step::Leave);
                    for (childChar, child) in node.children.iter().rev() {
                        stack.push(Step::Enter(*childChar, child));
                    }
                }
            }
        }
        result
    }
}
