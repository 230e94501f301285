// learner: optimal
// idiom: Julia-HPC style: terms interned to integer ids, postings as parallel id/tf arrays, index loops with explicit cursors, galloping-free merge
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
            cur.clear();
        }
    }
    if !cur.is_empty() {
        out.push(cur.to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let na = a.len();
    let nb = b.len();
    let mut c = Vec::with_capacity(na.min(nb));
    let mut i = 0usize;
    let mut j = 0usize;
    while i < na && j < nb {
        let x = a[i];
        let y = b[j];
        i += (x <= y) as usize;
        j += (y <= x) as usize;
        if x == y {
            c.push(x);
        }
    }
    c
}

pub struct Index {
    term_id: HashMap<String, usize>,
    ids: Vec<Vec<DocId>>,
    tf: Vec<Vec<u32>>,
    ndocs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut term_id: HashMap<String, usize> = HashMap::new();
        let mut ids: Vec<Vec<DocId>> = Vec::new();
        let mut tf: Vec<Vec<u32>> = Vec::new();
        for d in 0..docs.len() {
            for w in tokenize(docs[d]) {
                let next = ids.len();
                let t = *term_id.entry(w).or_insert(next);
                if t == next {
                    ids.push(Vec::new());
                    tf.push(Vec::new());
                }
                let m = ids[t].len();
                if m > 0 && ids[t][m - 1] == d {
                    tf[t][m - 1] += 1;
                } else {
                    ids[t].push(d);
                    tf[t].push(1);
                }
            }
        }
        Index { term_id, ids, tf, ndocs: docs.len() }
    }

    /// distinct term ids of the query, shortest posting first; None if a word is unknown
    fn terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ts: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let t = *self.term_id.get(&w)?;
            if !ts.contains(&t) {
                ts.push(t);
            }
        }
        if ts.is_empty() {
            return None;
        }
        ts.sort_unstable_by_key(|&t| self.ids[t].len());
        Some(ts)
    }

    fn matches(&self, ts: &[usize]) -> Vec<DocId> {
        let mut r = self.ids[ts[0]].clone();
        for k in 1..ts.len() {
            r = intersect(&r, &self.ids[ts[k]]);
        }
        r
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.terms(query) {
            Some(ts) => self.matches(&ts),
            None => Vec::new(),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ts = match self.terms(query) {
            Some(ts) => ts,
            None => return Vec::new(),
        };
        let hits = self.matches(&ts);
        let r = hits.len();
        let mut score = vec![0.0f64; r];
        let n = self.ndocs as f64;
        for k in 0..ts.len() {
            let t = ts[k];
            let p = &self.ids[t];
            let f = &self.tf[t];
            let w = 1.0 + (n / p.len() as f64).ln();
            let mut j = 0usize;
            for h in 0..r {
                while p[j] != hits[h] {
                    j += 1;
                }
                score[h] += f[j] as f64 * w;
            }
        }
        let mut out: Vec<(DocId, f64)> = (0..r).map(|h| (hits[h], score[h])).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
