// learner: optimal
// idiom: competitive-programmer style: short names, index loops, parallel Vecs, everything inline
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut r = Vec::new();
    let mut w = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            w.push(c);
        } else if !w.is_empty() {
            r.push(w.to_lowercase());
            w.clear();
        }
    }
    if !w.is_empty() {
        r.push(w.to_lowercase());
    }
    r
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut r = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            r.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    r
}

pub struct Index {
    n: usize,
    t: HashMap<String, usize>,
    d: Vec<Vec<DocId>>,
    c: Vec<Vec<u32>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut t: HashMap<String, usize> = HashMap::new();
        let mut d: Vec<Vec<DocId>> = Vec::new();
        let mut c: Vec<Vec<u32>> = Vec::new();
        for i in 0..docs.len() {
            for w in tokenize(docs[i]) {
                let k = match t.get(&w) {
                    Some(&k) => k,
                    None => {
                        t.insert(w, d.len());
                        d.push(Vec::new());
                        c.push(Vec::new());
                        d.len() - 1
                    }
                };
                if d[k].last() == Some(&i) {
                    *c[k].last_mut().unwrap() += 1;
                } else {
                    d[k].push(i);
                    c[k].push(1);
                }
            }
        }
        Index { n: docs.len(), t, d, c }
    }

    fn terms(&self, q: &str) -> Option<Vec<usize>> {
        let mut ks: Vec<usize> = Vec::new();
        for w in tokenize(q) {
            let k = *self.t.get(&w)?;
            if !ks.contains(&k) {
                ks.push(k);
            }
        }
        if ks.is_empty() {
            return None;
        }
        Some(ks)
    }

    pub fn search(&self, q: &str) -> Vec<DocId> {
        let ks = match self.terms(q) {
            Some(k) => k,
            None => return Vec::new(),
        };
        let mut best = 0;
        for i in 1..ks.len() {
            if self.d[ks[i]].len() < self.d[ks[best]].len() {
                best = i;
            }
        }
        let mut r = self.d[ks[best]].clone();
        for i in 0..ks.len() {
            if i != best {
                r = intersect(&r, &self.d[ks[i]]);
            }
        }
        r
    }

    pub fn ranked(&self, q: &str) -> Vec<(DocId, f64)> {
        let h = self.search(q);
        if h.is_empty() {
            return Vec::new();
        }
        let ks = self.terms(q).unwrap();
        let mut s = vec![0.0f64; h.len()];
        for &k in &ks {
            let idf = 1.0 + (self.n as f64 / self.d[k].len() as f64).ln();
            let mut j = 0;
            for i in 0..h.len() {
                while self.d[k][j] < h[i] {
                    j += 1;
                }
                s[i] += self.c[k][j] as f64 * idf;
            }
        }
        let mut r: Vec<(DocId, f64)> = (0..h.len()).map(|i| (h[i], s[i])).collect();
        r.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        r
    }
}
