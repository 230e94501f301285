// learner: optimal
// idiom: node arena with parallel Vecs, children as sorted Vec<(char, usize)> with binary_search, explicit usize stack DFS with depth-tagged entries
//! A prefix tree (trie) of Unicode words: see README.md.

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    ch: Vec<Vec<(char, usize)>>,
    end: Vec<bool>,
    cnt: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { ch: vec![Vec::new()], end: vec![false], cnt: 0 }
    }

    fn go(&self, s: &str) -> Option<usize> {
        let mut u = 0usize;
        for c in s.chars() {
            let v = &self.ch[u];
            match v.binary_search_by(|e| e.0.cmp(&c)) {
                Ok(i) => u = v[i].1,
                Err(_) => return None,
            }
        }
        Some(u)
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut u = 0usize;
        for c in word.chars() {
            let nx = self.ch.len();
            u = match self.ch[u].binary_search_by(|e| e.0.cmp(&c)) {
                Ok(i) => self.ch[u][i].1,
                Err(i) => {
                    self.ch[u].insert(i, (c, nx));
                    self.ch.push(Vec::new());
                    self.end.push(false);
                    nx
                }
            };
        }
        if self.end[u] {
            return false;
        }
        self.end[u] = true;
        self.cnt += 1;
        true
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        match self.go(word) {
            Some(u) => self.end[u],
            None => false,
        }
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node except an empty root has a word below it (no removals)
        self.cnt > 0 && self.go(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.cnt
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.cnt == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let s = match self.go(prefix) {
            Some(s) => s,
            None => return out,
        };
        let mut buf = String::from(prefix);
        let base = buf.len();
        // stack of (node, byte length of buf when entering it)
        let mut st: Vec<(usize, usize, char)> = vec![(s, base, '\0')];
        while let Some((u, l, c)) = st.pop() {
            buf.truncate(l);
            if u != s {
                buf.push(c);
            }
            if self.end[u] {
                out.push(buf.clone());
            }
            let nl = buf.len();
            let v = &self.ch[u];
            let mut i = v.len();
            while i > 0 {
                i -= 1;
                st.push((v[i].1, nl, v[i].0));
            }
        }
        out
    }
}
