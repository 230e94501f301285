// learner: slow
// why: Index::search is O(p^2) time, target O(q p): AND is done by retain + contains on the next posting list instead of a merge
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut w = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            w.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        w.push(cur);
    }
    w
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j, mut o) = (0, 0, vec![]);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            o.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    o
}

pub struct Index {
    h: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut h: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (d, t) in docs.iter().enumerate() {
            for w in tokenize(t) {
                let v = h.entry(w).or_default();
                match v.last_mut() {
                    Some(x) if x.0 == d => x.1 += 1,
                    _ => v.push((d, 1)),
                }
            }
        }
        Index { h, n: docs.len() }
    }

    fn lists(&self, q: &str) -> Vec<Vec<DocId>> {
        let mut ws = tokenize(q);
        ws.sort();
        ws.dedup();
        let mut out = vec![];
        for w in ws {
            match self.h.get(&w) {
                Some(v) => out.push(v.iter().map(|x| x.0).collect()),
                None => return vec![],
            }
        }
        out
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ls = self.lists(query);
        let Some((first, rest)) = ls.split_first() else { return vec![] };
        let mut r = first.clone();
        for l in rest {
            r.retain(|d| l.contains(d));
        }
        r
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut ws = tokenize(query);
        ws.sort();
        ws.dedup();
        let mut sc: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        for w in ws {
            let Some(v) = self.h.get(&w) else { continue };
            let idf = 1.0 + (self.n as f64 / v.len() as f64).ln();
            for &(d, tf) in v {
                if let Some(s) = sc.get_mut(&d) {
                    *s += tf as f64 * idf;
                }
            }
        }
        let mut o: Vec<(DocId, f64)> = sc.into_iter().collect();
        o.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        o
    }
}
