// learner: optimal
// idiom: spreadsheet power user: all nodes are rows of one Vec table (row 0 = root) with a children lookup BTreeMap<char, row>; listing uses an explicit to-do stack of (row, text length, char) instead of recursion
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct NodeRow {
    is_word: bool,
    next: BTreeMap<char, usize>, // char -> row number
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    rows: Vec<NodeRow>,
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { rows: vec![NodeRow::default()], word_count: 0 }
    }

    /// Row reached by following `text` from the root, or None.
    fn find_row(&self, text: &str) -> Option<usize> {
        let mut row = 0;
        for c in text.chars() {
            match self.rows[row].next.get(&c) {
                Some(&r) => row = r,
                None => return None,
            }
        }
        Some(row)
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut row = 0;
        for c in word.chars() {
            let existing = self.rows[row].next.get(&c).copied();
            row = match existing {
                Some(r) => r,
                None => {
                    self.rows.push(NodeRow::default());
                    let new_row = self.rows.len() - 1;
                    self.rows[row].next.insert(c, new_row);
                    new_row
                }
            };
        }
        if self.rows[row].is_word {
            false
        } else {
            self.rows[row].is_word = true;
            self.word_count += 1;
            true
        }
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        match self.find_row(word) {
            Some(r) => self.rows[r].is_word,
            None => false,
        }
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        match self.find_row(prefix) {
            Some(r) => self.rows[r].is_word || !self.rows[r].next.is_empty(),
            None => false,
        }
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.word_count
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.word_count == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut results = Vec::new();
        let start = match self.find_row(prefix) {
            Some(r) => r,
            None => return results,
        };
        let mut text = prefix.to_string();
        if self.rows[start].is_word {
            results.push(text.clone());
        }
        // to-do list: (row, length of text before this char, char)
        let mut todo: Vec<(usize, usize, char)> = Vec::new();
        for (&c, &r) in self.rows[start].next.iter().rev() {
            todo.push((r, text.len(), c));
        }
        while let Some((row, len_before, c)) = todo.pop() {
            text.truncate(len_before);
            text.push(c);
            if self.rows[row].is_word {
                results.push(text.clone());
            }
            for (&c2, &r2) in self.rows[row].next.iter().rev() {
                todo.push((r2, text.len(), c2));
            }
        }
        results
    }
}
