// learner: optimal
// idiom: beginner Box-free owned recursive nodes (BTreeMap<char, TrieNode>), recursive collect with &mut String push/pop, explicit returns
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug)]
struct TrieNode {
    children: BTreeMap<char, TrieNode>,
    is_word: bool,
}

impl TrieNode {
    fn new() -> TrieNode {
        return TrieNode { children: BTreeMap::new(), is_word: false };
    }
}

#[derive(Debug)]
pub struct Trie {
    root: TrieNode,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

fn collect(node: &TrieNode, current: &mut String, result: &mut Vec<String>) {
    if node.is_word {
        result.push(current.clone());
    }
    for (c, child) in &node.children {
        current.push(*c);
        collect(child, current, result);
        current.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        return Trie { root: TrieNode::new(), count: 0 };
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            if !node.children.contains_key(&c) {
                node.children.insert(c, TrieNode::new());
            }
            node = node.children.get_mut(&c).unwrap();
        }
        if node.is_word {
            return false;
        }
        node.is_word = true;
        self.count += 1;
        return true;
    }

    fn find(&self, s: &str) -> Option<&TrieNode> {
        let mut node = &self.root;
        for c in s.chars() {
            match node.children.get(&c) {
                Some(child) => node = child,
                None => return None,
            }
        }
        return Some(node);
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find(word) {
            Some(node) => return node.is_word,
            None => return false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        if self.find(prefix).is_some() {
            return true;
        } else {
            return false;
        }
    }

    pub fn len(&self) -> usize {
        return self.count;
    }

    pub fn is_empty(&self) -> bool {
        return self.count == 0;
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result = Vec::new();
        let node = self.find(prefix);
        if node.is_none() {
            return result;
        }
        let mut current = prefix.to_string();
        collect(node.unwrap(), &mut current, &mut result);
        return result;
    }
}
