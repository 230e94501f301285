// learner: optimal
// idiom: RPG IV: all nodes in one array (the "node file", element number = node id), children as a keyed map char -> element number, and an explicit step stack (Enter / Leave) instead of recursion
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct TNode {
    kids: BTreeMap<char, usize>,
    in_word: bool, // *ON when a word ends here
}

#[derive(Debug)]
pub struct Trie {
    ar_node: Vec<TNode>,
    n_words: usize,
}

enum Step {
    Enter(char, usize),
    Leave,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { ar_node: vec![TNode::default()], n_words: 0 }
    }

    // walk down from the root; element number of the node, or None
    fn find_node(&self, p_text: &str) -> Option<usize> {
        let mut w_at: usize = 0;
        for w_ch in p_text.chars() {
            match self.ar_node[w_at].kids.get(&w_ch) {
                Some(&w_next) => w_at = w_next,
                None => return None,
            }
        }
        Some(w_at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut w_at: usize = 0;
        for w_ch in word.chars() {
            let w_next = match self.ar_node[w_at].kids.get(&w_ch) {
                Some(&n) => n,
                None => {
                    let w_new = self.ar_node.len();
                    self.ar_node.push(TNode::default());
                    self.ar_node[w_at].kids.insert(w_ch, w_new);
                    w_new
                }
            };
            w_at = w_next;
        }
        if self.ar_node[w_at].in_word {
            return false;
        }
        self.ar_node[w_at].in_word = true;
        self.n_words += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find_node(word) {
            Some(w_n) => self.ar_node[w_n].in_word,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node below the root was made by an insert, so it leads to a word
        self.n_words > 0 && self.find_node(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut w_out: Vec<String> = Vec::new();
        let w_start = match self.find_node(prefix) {
            Some(n) => n,
            None => return w_out,
        };
        let mut w_buf = String::from(prefix);
        if self.ar_node[w_start].in_word {
            w_out.push(w_buf.clone());
        }
        let mut st: Vec<Step> = Vec::new();
        for (&w_ch, &w_kid) in self.ar_node[w_start].kids.iter().rev() {
            st.push(Step::Enter(w_ch, w_kid));
        }
        while let Some(w_step) = st.pop() {
            match w_step {
                Step::Leave => {
                    w_buf.pop();
                }
                Step::Enter(w_ch, w_n) => {
                    w_buf.push(w_ch);
                    if self.ar_node[w_n].in_word {
                        w_out.push(w_buf.clone());
                    }
                    st.push(Step::Leave);
                    for (&w_c2, &w_k2) in self.ar_node[w_n].kids.iter().rev() {
                        st.push(Step::Enter(w_c2, w_k2));
                    }
                }
            }
        }
        w_out
    }
}
