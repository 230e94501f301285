// learner: optimal
// idiom: SQL stored-procedure developer: a node "table" in a Vec with integer ids, children as an ordered index (BTreeMap<char, node_id>), iterative walks and an explicit stack for the prefix listing
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct NodeRow {
    children: BTreeMap<char, usize>,
    is_word: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<NodeRow>, // node_id = index, 0 = root
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![NodeRow::default()], word_count: 0 }
    }

    fn find_node(&self, key: &str) -> Option<usize> {
        let mut node_id = 0usize;
        for ch in key.chars() {
            node_id = *self.nodes[node_id].children.get(&ch)?;
        }
        Some(node_id)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node_id = 0usize;
        for ch in word.chars() {
            let next_id = match self.nodes[node_id].children.get(&ch) {
                Some(&id) => id,
                None => {
                    let new_id = self.nodes.len();
                    self.nodes.push(NodeRow::default());
                    self.nodes[node_id].children.insert(ch, new_id);
                    new_id
                }
            };
            node_id = next_id;
        }
        if self.nodes[node_id].is_word {
            return false;
        }
        self.nodes[node_id].is_word = true;
        self.word_count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find_node(word) {
            Some(id) => self.nodes[id].is_word,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // every non-root node lies on some word's path; the root only if a word exists
        match self.find_node(prefix) {
            Some(0) => self.word_count > 0,
            Some(_) => true,
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.word_count
    }

    pub fn is_empty(&self) -> bool {
        self.word_count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result = Vec::new();
        let Some(start_id) = self.find_node(prefix) else { return result };
        let mut current = String::from(prefix);
        // stack rows: (node_id, Some(ch) = enter edge / None = leave edge)
        enum Step {
            Enter(usize),
            Leave,
        }
        let mut stack = vec![Step::Enter(start_id)];
        let mut pending_chars: Vec<char> = Vec::new();
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    current.pop();
                }
                Step::Enter(id) => {
                    if let Some(ch) = pending_chars.pop() {
                        current.push(ch);
                    }
                    let row = &self.nodes[id];
                    if row.is_word {
                        result.push(current.clone());
                    }
                    // push children in reverse so the smallest char is visited first
                    for (&ch, &child) in row.children.iter().rev() {
                        stack.push(Step::Leave);
                        stack.push(Step::Enter(child));
                        pending_chars.push(ch);
                    }
                }
            }
        }
        result
    }
}
