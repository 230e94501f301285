// learner: slow
// why: Trie::starts_with is O(m + size of the subtree) time, target O(m): it lists every word under the prefix and checks the list is non-empty
use std::collections::BTreeMap;

#[derive(Debug)]
struct TrieNode {
    next: BTreeMap<char, TrieNode>,
    word_here: bool,
}

impl TrieNode {
    fn new() -> TrieNode {
        TrieNode { next: BTreeMap::new(), word_here: false }
    }
}

#[derive(Debug)]
pub struct Trie {
    root: TrieNode,
    n_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: TrieNode::new(), n_words: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node: &mut TrieNode = &mut self.root;
        for ch in word.chars() {
            if !node.next.contains_key(&ch) {
                node.next.insert(ch, TrieNode::new());
            }
            node = node.next.get_mut(&ch).unwrap();
        }
        if node.word_here {
            false
        } else {
            node.word_here = true;
            self.n_words += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        let mut node: &TrieNode = &self.root;
        for ch in word.chars() {
            match node.next.get(&ch) {
                Some(n) => node = n,
                None => return false,
            }
        }
        node.word_here
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        let words: Vec<String> = self.words_with_prefix(prefix);
        words.len() > 0
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut node: &TrieNode = &self.root;
        for ch in prefix.chars() {
            match node.next.get(&ch) {
                Some(n) => node = n,
                None => return Vec::new(),
            }
        }
        let mut result: Vec<String> = Vec::new();
        let mut stack: Vec<(&TrieNode, String)> = Vec::new();
        stack.push((node, prefix.to_string()));
        while let Some((n, word)) = stack.pop() {
            if n.word_here {
                result.push(word.clone());
            }
            for (ch, child) in n.next.iter().rev() {
                let mut longer: String = word.clone();
                longer.push(*ch);
                stack.push((child, longer));
            }
        }
        result
    }
}
