// learner: slow
// why: Index::search is O(p^2) time, target O(q p): it filters the first posting list with Vec::contains on each other list instead of merging
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(cur.to_lowercase());
            cur = String::new();
        }
    }
    if !cur.is_empty() {
        out.push(cur.to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut i = 0;
    let mut j = 0;
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    out
}

pub struct Index {
    ids: HashMap<String, Vec<DocId>>,
    tf: HashMap<String, Vec<u32>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ids: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf: HashMap<String, Vec<u32>> = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let l = ids.entry(w.clone()).or_default();
                let c = tf.entry(w).or_default();
                if l.last() == Some(&d) {
                    *c.last_mut().unwrap() += 1;
                } else {
                    l.push(d);
                    c.push(1);
                }
            }
        }
        Index { ids, tf, n: docs.len() }
    }

    fn words(query: &str) -> Vec<String> {
        let mut ws = tokenize(query);
        ws.sort();
        ws.dedup();
        ws
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ws = Self::words(query);
        if ws.is_empty() {
            return Vec::new();
        }
        let mut res: Vec<DocId> = match self.ids.get(&ws[0]) {
            Some(l) => l.clone(),
            None => return Vec::new(),
        };
        for w in &ws[1..] {
            match self.ids.get(w) {
                Some(l) => res.retain(|d| l.contains(d)),
                None => return Vec::new(),
            }
        }
        res
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let ws = Self::words(query);
        let mut out: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for w in &ws {
            let l = &self.ids[w];
            let c = &self.tf[w];
            let idf = 1.0 + (self.n as f64 / l.len() as f64).ln();
            let mut p = 0;
            for e in out.iter_mut() {
                while l[p] < e.0 {
                    p += 1;
                }
                e.1 += c[p] as f64 * idf;
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
