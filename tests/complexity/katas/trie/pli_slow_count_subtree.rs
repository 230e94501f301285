// learner: slow
// why: Trie::starts_with is O(n) time, target O(m): it counts every word below the prefix node (explicit stack) before answering
use std::collections::BTreeMap;

#[derive(Debug)]
struct NodeRecord {
    child_table: BTreeMap<char, usize>,
    end_flag: bool,
}

#[derive(Debug)]
pub struct Trie {
    node_file: Vec<NodeRecord>,
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { node_file: vec![NodeRecord { child_table: BTreeMap::new(), end_flag: false }], word_count: 0 }
    }

    fn para_walk(&self, text: &str) -> Option<usize> {
        let mut current: usize = 0;
        for ch in text.chars() {
            match self.node_file[current].child_table.get(&ch) {
                Some(next) => current = *next,
                None => return None,
            }
        }
        Some(current)
    }

    fn para_count_words_below(&self, start: usize) -> usize {
        let mut tally: usize = 0;
        let mut stack: Vec<usize> = vec![start];
        while let Some(node) = stack.pop() {
            if self.node_file[node].end_flag {
                tally = tally + 1;
            }
            for (_, child) in self.node_file[node].child_table.iter() {
                stack.push(*child);
            }
        }
        tally
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut current: usize = 0;
        for ch in word.chars() {
            let next_free = self.node_file.len();
            let next = *self.node_file[current].child_table.entry(ch).or_insert(next_free);
            if next == next_free {
                self.node_file.push(NodeRecord { child_table: BTreeMap::new(), end_flag: false });
            }
            current = next;
        }
        if self.node_file[current].end_flag {
            return false;
        }
        self.node_file[current].end_flag = true;
        self.word_count = self.word_count + 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.para_walk(word) {
            Some(node) => self.node_file[node].end_flag,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        match self.para_walk(prefix) {
            Some(node) => self.para_count_words_below(node) > 0,
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
        let mut result: Vec<String> = Vec::new();
        let start = match self.para_walk(prefix) {
            Some(node) => node,
            None => return result,
        };
        let mut buffer = String::from(prefix);
        self.para_emit(start, &mut buffer, &mut result);
        result
    }

    fn para_emit(&self, node: usize, buffer: &mut String, result: &mut Vec<String>) {
        if self.node_file[node].end_flag {
            result.push(buffer.clone());
        }
        for (ch, child) in self.node_file[node].child_table.iter() {
            buffer.push(*ch);
            self.para_emit(*child, buffer, result);
            buffer.pop();
        }
    }
}
