// learner: optimal
// idiom: Visual FoxPro database developer: nodes live in one Vec "table" addressed by record number, each row keeping a BTreeMap char -> child recno as its index tag; enumeration walks an explicit stack of step-down / step-up rows over one shared String buffer.
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct NodeRow {
    idx_children: BTreeMap<char, usize>,
    ll_is_word: bool,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    la_nodes: Vec<NodeRow>,
    ln_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

const ROOT_RECNO: usize = 0;

impl Trie {
    pub fn new() -> Self {
        Trie { la_nodes: vec![NodeRow::default()], ln_words: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut ln_recno = ROOT_RECNO;
        for lc_char in word.chars() {
            let ln_found = self.la_nodes[ln_recno].idx_children.get(&lc_char).copied();
            ln_recno = match ln_found {
                Some(ln_child) => ln_child,
                None => {
                    // APPEND BLANK, then link it in the parent's index
                    let ln_new = self.la_nodes.len();
                    self.la_nodes.push(NodeRow::default());
                    self.la_nodes[ln_recno].idx_children.insert(lc_char, ln_new);
                    ln_new
                }
            };
        }
        if self.la_nodes[ln_recno].ll_is_word {
            return false;
        }
        self.la_nodes[ln_recno].ll_is_word = true;
        self.ln_words += 1;
        true
    }

    /// SEEK the prefix: the record number of its node, if any.
    fn seek(&self, lc_prefix: &str) -> Option<usize> {
        let mut ln_recno = ROOT_RECNO;
        for lc_char in lc_prefix.chars() {
            match self.la_nodes[ln_recno].idx_children.get(&lc_char) {
                Some(&ln_child) => ln_recno = ln_child,
                None => return None,
            }
        }
        Some(ln_recno)
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.seek(word) {
            Some(ln_recno) => self.la_nodes[ln_recno].ll_is_word,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.ln_words == 0 {
            return false;
        }
        self.seek(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.ln_words
    }

    pub fn is_empty(&self) -> bool {
        self.ln_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut la_result: Vec<String> = Vec::new();
        let ln_start = match self.seek(prefix) {
            Some(ln_recno) => ln_recno,
            None => return la_result,
        };
        // stack rows: Some((char, recno)) = step down into a child, None = step back up
        let mut lc_spelled = prefix.to_string();
        if self.la_nodes[ln_start].ll_is_word {
            la_result.push(lc_spelled.clone());
        }
        let mut la_stack: Vec<Option<(char, usize)>> = Vec::new();
        // children pushed largest first so the smallest comes off the stack first
        for (&lc_char, &ln_child) in self.la_nodes[ln_start].idx_children.iter().rev() {
            la_stack.push(Some((lc_char, ln_child)));
        }
        while let Some(lo_row) = la_stack.pop() {
            match lo_row {
                None => {
                    lc_spelled.pop();
                }
                Some((lc_char, ln_recno)) => {
                    lc_spelled.push(lc_char);
                    let lo_node = &self.la_nodes[ln_recno];
                    if lo_node.ll_is_word {
                        la_result.push(lc_spelled.clone());
                    }
                    la_stack.push(None);
                    for (&lc_next, &ln_child) in lo_node.idx_children.iter().rev() {
                        la_stack.push(Some((lc_next, ln_child)));
                    }
                }
            }
        }
        la_result
    }
}
