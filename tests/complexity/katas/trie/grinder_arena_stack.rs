// learner: optimal
// idiom: terse grinder, arena Vec<Node> with BTreeMap<char, usize>, explicit Enter/Leave stack and one String buffer
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    ch: BTreeMap<char, usize>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    t: Vec<Node>,
    n: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

enum Op {
    In(char, usize),
    Out,
}

impl Trie {
    pub fn new() -> Self {
        Trie { t: vec![Node::default()], n: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut u = 0;
        for c in s.chars() {
            u = *self.t[u].ch.get(&c)?;
        }
        Some(u)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut u = 0;
        for c in word.chars() {
            u = match self.t[u].ch.get(&c) {
                Some(&v) => v,
                None => {
                    let v = self.t.len();
                    self.t.push(Node::default());
                    self.t[u].ch.insert(c, v);
                    v
                }
            };
        }
        if self.t[u].end {
            return false;
        }
        self.t[u].end = true;
        self.n += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |u| self.t[u].end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node except the root was created by an insert, so a word lies below it
        self.n > 0 && self.walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut res = vec![];
        let Some(u) = self.walk(prefix) else { return res };
        let mut buf = prefix.to_string();
        if self.t[u].end {
            res.push(buf.clone());
        }
        let mut st: Vec<Op> = self.t[u].ch.iter().rev().map(|(&c, &v)| Op::In(c, v)).collect();
        while let Some(op) = st.pop() {
            match op {
                Op::Out => {
                    buf.pop();
                }
                Op::In(c, v) => {
                    buf.push(c);
                    if self.t[v].end {
                        res.push(buf.clone());
                    }
                    st.push(Op::Out);
                    st.extend(self.t[v].ch.iter().rev().map(|(&c, &w)| Op::In(c, w)));
                }
            }
        }
        res
    }
}
