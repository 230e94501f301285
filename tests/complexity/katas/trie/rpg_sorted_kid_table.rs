// learner: optimal
// idiom: RPG IV: each node keeps its children in a small array sorted by character, searched with a binary %LOOKUP (like LOOKUP on an ASCEND array); the walk keeps a (node, next child index) stack
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug)]
struct Node {
    kid_ch: Vec<char>,   // ASCEND
    kid_ix: Vec<usize>,  // same order as kid_ch
    end_word: bool,
}

impl Node {
    fn blank() -> Self {
        Node { kid_ch: Vec::new(), kid_ix: Vec::new(), end_word: false }
    }

    // binary lookup; Ok(pos) found, Err(pos) where to insert
    fn lookup(&self, p_ch: char) -> Result<usize, usize> {
        self.kid_ch.binary_search(&p_ch)
    }
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::blank()], count: 0 }
    }

    fn locate(&self, p_key: &str) -> Option<usize> {
        let mut w_n = 0usize;
        for w_ch in p_key.chars() {
            match self.nodes[w_n].lookup(w_ch) {
                Ok(w_pos) => w_n = self.nodes[w_n].kid_ix[w_pos],
                Err(_) => return None,
            }
        }
        Some(w_n)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut w_n = 0usize;
        for w_ch in word.chars() {
            match self.nodes[w_n].lookup(w_ch) {
                Ok(w_pos) => w_n = self.nodes[w_n].kid_ix[w_pos],
                Err(w_pos) => {
                    let w_new = self.nodes.len();
                    self.nodes.push(Node::blank());
                    self.nodes[w_n].kid_ch.insert(w_pos, w_ch);
                    self.nodes[w_n].kid_ix.insert(w_pos, w_new);
                    w_n = w_new;
                }
            }
        }
        if self.nodes[w_n].end_word {
            false
        } else {
            self.nodes[w_n].end_word = true;
            self.count += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).map_or(false, |n| self.nodes[n].end_word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut w_res = Vec::new();
        let w_top = match self.locate(prefix) {
            Some(n) => n,
            None => return w_res,
        };
        let mut w_buf = String::from(prefix);
        if self.nodes[w_top].end_word {
            w_res.push(w_buf.clone());
        }
        // stack entry: (node, index of the next child to visit)
        let mut st: Vec<(usize, usize)> = vec![(w_top, 0)];
        while !st.is_empty() {
            let w_last = st.len() - 1;
            let (w_n, w_next) = st[w_last];
            if w_next < self.nodes[w_n].kid_ch.len() {
                st[w_last].1 = w_next + 1;
                let w_kid = self.nodes[w_n].kid_ix[w_next];
                w_buf.push(self.nodes[w_n].kid_ch[w_next]);
                if self.nodes[w_kid].end_word {
                    w_res.push(w_buf.clone());
                }
                st.push((w_kid, 0));
            } else {
                st.pop();
                if !st.is_empty() {
                    w_buf.pop(); // leaving w_n: drop its character
                }
            }
        }
        w_res
    }
}
