// learner: optimal
// idiom: RPG IV: nodes as parallel arrays (char, first child, next sibling, parent, word flag) like a fixed record layout; sibling chains kept in ascending char order; each found word is rebuilt by following the parent field up and reversing
//! A prefix tree (trie) of Unicode words: see README.md.

const NIL: usize = usize::MAX;

#[derive(Debug)]
pub struct Trie {
    ar_ch: Vec<char>,
    ar_first: Vec<usize>,
    ar_next: Vec<usize>,
    ar_parent: Vec<usize>,
    ar_word: Vec<bool>,
    n_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        // element 0 is the root
        Trie {
            ar_ch: vec!['\0'],
            ar_first: vec![NIL],
            ar_next: vec![NIL],
            ar_parent: vec![NIL],
            ar_word: vec![false],
            n_words: 0,
        }
    }

    // child of p_n with char p_c, or NIL (sibling chain is ascending: stop early)
    fn child(&self, p_n: usize, p_c: char) -> usize {
        let mut w_k = self.ar_first[p_n];
        while w_k != NIL && self.ar_ch[w_k] < p_c {
            w_k = self.ar_next[w_k];
        }
        if w_k != NIL && self.ar_ch[w_k] == p_c {
            w_k
        } else {
            NIL
        }
    }

    fn walk(&self, p_s: &str) -> usize {
        let mut w_n = 0;
        for w_c in p_s.chars() {
            w_n = self.child(w_n, w_c);
            if w_n == NIL {
                return NIL;
            }
        }
        w_n
    }

    fn new_node(&mut self, p_c: char, p_par: usize) -> usize {
        self.ar_ch.push(p_c);
        self.ar_first.push(NIL);
        self.ar_next.push(NIL);
        self.ar_parent.push(p_par);
        self.ar_word.push(false);
        self.ar_ch.len() - 1
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut w_n = 0;
        for w_c in word.chars() {
            // find the place in the ascending sibling chain
            let mut w_prev = NIL;
            let mut w_k = self.ar_first[w_n];
            while w_k != NIL && self.ar_ch[w_k] < w_c {
                w_prev = w_k;
                w_k = self.ar_next[w_k];
            }
            if w_k != NIL && self.ar_ch[w_k] == w_c {
                w_n = w_k;
                continue;
            }
            let w_new = self.new_node(w_c, w_n);
            self.ar_next[w_new] = w_k;
            if w_prev == NIL {
                self.ar_first[w_n] = w_new;
            } else {
                self.ar_next[w_prev] = w_new;
            }
            w_n = w_new;
        }
        if self.ar_word[w_n] {
            return false;
        }
        self.ar_word[w_n] = true;
        self.n_words += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        let w_n = self.walk(word);
        w_n != NIL && self.ar_word[w_n]
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.n_words > 0 && self.walk(prefix) != NIL
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    // text of node p_n: follow parents up to the root, then reverse
    fn spell(&self, p_n: usize) -> String {
        let mut w_rev: Vec<char> = Vec::new();
        let mut w_n = p_n;
        while w_n != 0 {
            w_rev.push(self.ar_ch[w_n]);
            w_n = self.ar_parent[w_n];
        }
        w_rev.iter().rev().collect()
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut w_out = Vec::new();
        let w_top = self.walk(prefix);
        if w_top == NIL {
            return w_out;
        }
        // pre-order: node, then its children in ascending order
        let mut st: Vec<usize> = vec![w_top];
        while let Some(w_n) = st.pop() {
            if self.ar_word[w_n] {
                w_out.push(self.spell(w_n));
            }
            // push children reversed so the smallest comes off first
            let w_mark = st.len();
            let mut w_k = self.ar_first[w_n];
            while w_k != NIL {
                st.push(w_k);
                w_k = self.ar_next[w_k];
            }
            st[w_mark..].reverse();
        }
        w_out
    }
}
