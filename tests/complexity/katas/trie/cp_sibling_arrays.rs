// learner: optimal
// idiom: competitive-programmer style: flat arrays (char, first child, next sibling, end flag) with sorted sibling lists, usize::MAX as null, DFS stack of (node, byte length)
const NIL: usize = usize::MAX;

#[derive(Debug)]
pub struct Trie {
    ch: Vec<char>,
    fc: Vec<usize>,
    ns: Vec<usize>,
    end: Vec<bool>,
    cnt: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { ch: vec!['\0'], fc: vec![NIL], ns: vec![NIL], end: vec![false], cnt: 0 }
    }

    fn kid(&self, u: usize, c: char) -> usize {
        let mut v = self.fc[u];
        while v != NIL && self.ch[v] < c {
            v = self.ns[v];
        }
        if v != NIL && self.ch[v] == c { v } else { NIL }
    }

    fn go(&self, s: &str) -> usize {
        let mut u = 0;
        for c in s.chars() {
            u = self.kid(u, c);
            if u == NIL {
                return NIL;
            }
        }
        u
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut u = 0;
        for c in word.chars() {
            // find the sorted position among u's children
            let mut p = NIL;
            let mut v = self.fc[u];
            while v != NIL && self.ch[v] < c {
                p = v;
                v = self.ns[v];
            }
            if v == NIL || self.ch[v] != c {
                let w = self.ch.len();
                self.ch.push(c);
                self.fc.push(NIL);
                self.ns.push(v);
                self.end.push(false);
                if p == NIL {
                    self.fc[u] = w;
                } else {
                    self.ns[p] = w;
                }
                v = w;
            }
            u = v;
        }
        if self.end[u] {
            return false;
        }
        self.end[u] = true;
        self.cnt += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        let u = self.go(word);
        u != NIL && self.end[u]
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.cnt > 0 && self.go(prefix) != NIL
    }

    pub fn len(&self) -> usize {
        self.cnt
    }

    pub fn is_empty(&self) -> bool {
        self.cnt == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut r = Vec::new();
        let s = self.go(prefix);
        if s == NIL {
            return r;
        }
        let mut b = String::from(prefix);
        // (node, length of b before this node's char); children pushed largest first
        let mut st: Vec<(usize, usize)> = Vec::new();
        if self.end[s] {
            r.push(b.clone());
        }
        let mut tmp: Vec<usize> = Vec::new();
        let push_kids = |u: usize, l: usize, st: &mut Vec<(usize, usize)>, tmp: &mut Vec<usize>| {
            tmp.clear();
            let mut v = self.fc[u];
            while v != NIL {
                tmp.push(v);
                v = self.ns[v];
            }
            for i in (0..tmp.len()).rev() {
                st.push((tmp[i], l));
            }
        };
        push_kids(s, b.len(), &mut st, &mut tmp);
        while let Some((u, l)) = st.pop() {
            b.truncate(l);
            b.push(self.ch[u]);
            if self.end[u] {
                r.push(b.clone());
            }
            push_kids(u, b.len(), &mut st, &mut tmp);
        }
        r
    }
}
