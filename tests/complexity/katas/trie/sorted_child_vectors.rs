// learner: optimal
// idiom: SQL stored-procedure developer: node table with children kept as a sorted Vec<(char, child_id)> "clustered index" searched by binary search; listing walks the subtree with an explicit (node, depth) stack
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Default, Clone)]
struct TrieNode {
    child_keys: Vec<(char, u32)>, // sorted by char
    word_end: bool,
}

#[derive(Debug)]
pub struct Trie {
    tbl_nodes: Vec<TrieNode>,
    cnt_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { tbl_nodes: vec![TrieNode::default()], cnt_words: 0 }
    }

    fn child_of(&self, node: usize, ch: char) -> Option<usize> {
        let keys = &self.tbl_nodes[node].child_keys;
        keys.binary_search_by_key(&ch, |&(c, _)| c).ok().map(|pos| keys[pos].1 as usize)
    }

    fn seek(&self, key: &str) -> Option<usize> {
        let mut node = 0;
        for ch in key.chars() {
            node = self.child_of(node, ch)?;
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = 0usize;
        for ch in word.chars() {
            let keys = &self.tbl_nodes[node].child_keys;
            node = match keys.binary_search_by_key(&ch, |&(c, _)| c) {
                Ok(pos) => keys[pos].1 as usize,
                Err(pos) => {
                    let new_id = self.tbl_nodes.len();
                    self.tbl_nodes.push(TrieNode::default());
                    self.tbl_nodes[node].child_keys.insert(pos, (ch, new_id as u32));
                    new_id
                }
            };
        }
        let row = &mut self.tbl_nodes[node];
        if row.word_end {
            false
        } else {
            row.word_end = true;
            self.cnt_words += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.seek(word).map_or(false, |n| self.tbl_nodes[n].word_end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        match self.seek(prefix) {
            None => false,
            Some(n) => self.tbl_nodes[n].word_end || !self.tbl_nodes[n].child_keys.is_empty(),
        }
    }

    pub fn len(&self) -> usize {
        self.cnt_words
    }

    pub fn is_empty(&self) -> bool {
        self.cnt_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out_rows = Vec::new();
        let Some(start) = self.seek(prefix) else { return out_rows };
        let base_len = prefix.chars().count();
        let mut path: Vec<char> = prefix.chars().collect();
        // (node, depth below the prefix, edge char that led here)
        let mut stack: Vec<(usize, usize, Option<char>)> = vec![(start, 0, None)];
        while let Some((node, depth, edge)) = stack.pop() {
            path.truncate(base_len + depth.saturating_sub(1));
            if let Some(c) = edge {
                path.push(c);
            }
            let row = &self.tbl_nodes[node];
            if row.word_end {
                out_rows.push(path.iter().collect());
            }
            for &(c, child) in row.child_keys.iter().rev() {
                stack.push((child as usize, depth + 1, Some(c)));
            }
        }
        out_rows
    }
}
