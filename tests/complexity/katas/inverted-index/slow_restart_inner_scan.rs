// learner: slow
// why: intersect is O(a * b) time, target O(a + b): for every id of a, b is scanned again from its start until a match or a larger id
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    let mut w = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            w.extend(c.to_lowercase());
        } else if !w.is_empty() {
            v.push(std::mem::take(&mut w));
        }
    }
    if !w.is_empty() {
        v.push(w);
    }
    v
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    for i in 0..a.len() {
        for j in 0..b.len() {
            if b[j] == a[i] {
                out.push(a[i]);
                break;
            }
            if b[j] > a[i] {
                break;
            }
        }
    }
    out
}

pub struct Index {
    docs_of: HashMap<String, Vec<DocId>>,
    tf_of: HashMap<String, Vec<u32>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut docs_of: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf_of: HashMap<String, Vec<u32>> = HashMap::new();
        for i in 0..docs.len() {
            for w in tokenize(docs[i]) {
                let d = docs_of.entry(w.clone()).or_default();
                let t = tf_of.entry(w).or_default();
                if d.last() == Some(&i) {
                    *t.last_mut().unwrap() += 1;
                } else {
                    d.push(i);
                    t.push(1);
                }
            }
        }
        Index { docs_of, tf_of, n: docs.len() }
    }

    fn distinct(query: &str) -> Vec<String> {
        let mut ws = tokenize(query);
        ws.sort();
        ws.dedup();
        ws
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ws = Self::distinct(query);
        if ws.is_empty() {
            return Vec::new();
        }
        let mut acc: Option<Vec<DocId>> = None;
        for w in &ws {
            let list = match self.docs_of.get(w) {
                Some(l) => l,
                None => return Vec::new(),
            };
            acc = Some(match acc {
                None => list.clone(),
                Some(prev) => intersect(&prev, list),
            });
        }
        acc.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut res: Vec<(DocId, f64)> = hits.iter().map(|&h| (h, 0.0)).collect();
        for w in Self::distinct(query) {
            let (Some(ds), Some(ts)) = (self.docs_of.get(&w), self.tf_of.get(&w)) else { continue };
            let idf = 1.0 + (self.n as f64 / ds.len() as f64).ln();
            let mut p = 0;
            for r in res.iter_mut() {
                while ds[p] < r.0 {
                    p += 1;
                }
                r.1 += ts[p] as f64 * idf;
            }
        }
        res.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        res
    }
}
