// learner: optimal
// idiom: student: arena Vec of (BTreeMap<char,usize>, bool) tuples, index 0 is the root, Enter/Leave explicit stack with one String buffer
use std::collections::BTreeMap;

#[derive(Debug)]
pub struct Trie {
    n: Vec<(BTreeMap<char, usize>, bool)>,
    c: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

enum S {
    E(char, usize),
    L,
}

impl Trie {
    pub fn new() -> Self {
        Trie { n: vec![(BTreeMap::new(), false)], c: 0 }
    }

    fn f(&self, w: &str) -> Option<usize> {
        let mut i = 0;
        for ch in w.chars() {
            i = *self.n[i].0.get(&ch)?;
        }
        Some(i)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut i = 0;
        for ch in word.chars() {
            i = match self.n[i].0.get(&ch) {
                Some(&j) => j,
                None => {
                    let j = self.n.len();
                    self.n.push((BTreeMap::new(), false));
                    self.n[i].0.insert(ch, j);
                    j
                }
            };
        }
        if self.n[i].1 {
            return false;
        }
        self.n[i].1 = true;
        self.c += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.f(word).map_or(false, |i| self.n[i].1)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.c > 0 && self.f(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.c
    }

    pub fn is_empty(&self) -> bool {
        self.c == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut r = Vec::new();
        let Some(i) = self.f(prefix) else { return r };
        let mut b = prefix.to_string();
        if self.n[i].1 {
            r.push(b.clone());
        }
        let mut s: Vec<S> = self.n[i].0.iter().rev().map(|(&c, &j)| S::E(c, j)).collect();
        while let Some(x) = s.pop() {
            match x {
                S::E(c, j) => {
                    b.push(c);
                    if self.n[j].1 {
                        r.push(b.clone());
                    }
                    s.push(S::L);
                    s.extend(self.n[j].0.iter().rev().map(|(&c, &k)| S::E(c, k)));
                }
                S::L => {
                    b.pop();
                }
            }
        }
        r
    }
}
