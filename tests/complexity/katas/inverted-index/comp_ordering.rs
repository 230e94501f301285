// learner: optimal
// idiom: competitive: split + filter + to_lowercase tokenizer, match on Ordering intersect, query terms sort_unstable + dedup, lists fold-intersected shortest first, postings as Vec<(DocId, u32)> with ids mirrored
use std::cmp::Ordering::*;
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(t: &str) -> Vec<String> {
    t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j, mut r) = (0, 0, vec![]);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Less => i += 1,
            Greater => j += 1,
            Equal => {
                r.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    r
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
        for (d, s) in docs.iter().enumerate() {
            for w in tokenize(s) {
                let v = ids.entry(w.clone()).or_default();
                let f = tf.entry(w).or_default();
                if v.last() == Some(&d) {
                    *f.last_mut().unwrap() += 1;
                } else {
                    v.push(d);
                    f.push(1);
                }
            }
        }
        Index { ids, tf, n: docs.len() }
    }

    fn terms(q: &str) -> Vec<String> {
        let mut t = tokenize(q);
        t.sort_unstable();
        t.dedup();
        t
    }

    fn hits(&self, t: &[String]) -> Vec<DocId> {
        let mut ls: Vec<&Vec<DocId>> = Vec::with_capacity(t.len());
        for w in t {
            match self.ids.get(w) {
                Some(v) => ls.push(v),
                None => return vec![],
            }
        }
        ls.sort_by_key(|v| v.len());
        match ls.split_first() {
            None => vec![],
            Some((f, rest)) => rest.iter().fold(f.to_vec(), |acc, v| intersect(&acc, v)),
        }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.hits(&Self::terms(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let t = Self::terms(query);
        let h = self.hits(&t);
        if h.is_empty() {
            return vec![];
        }
        let mut r: Vec<(DocId, f64)> = h.iter().map(|&d| (d, 0.0)).collect();
        for w in &t {
            let (v, f) = (&self.ids[w], &self.tf[w]);
            let idf = 1.0 + (self.n as f64 / v.len() as f64).ln();
            let mut j = 0;
            for x in r.iter_mut() {
                while v[j] < x.0 {
                    j += 1;
                }
                x.1 += f[j] as f64 * idf;
            }
        }
        r.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        r
    }
}
