// learner: optimal
// idiom: Perl-veteran: hand-scanned tokenizer over char_indices with a start mark, hash of arrays (ids, tfs), terse index loops
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut w = Vec::new();
    let mut s: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), s) {
            (true, None) => s = Some(i),
            (false, Some(b)) => {
                w.push(text[b..i].to_lowercase());
                s = None;
            }
            _ => {}
        }
    }
    if let Some(b) = s {
        w.push(text[b..].to_lowercase());
    }
    w
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j, mut o) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            o.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    o
}

pub struct Index {
    h: HashMap<String, (Vec<DocId>, Vec<u32>)>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut h: HashMap<String, (Vec<DocId>, Vec<u32>)> = HashMap::new();
        for (d, t) in docs.iter().enumerate() {
            for w in tokenize(t) {
                let e = h.entry(w).or_default();
                if e.0.last() == Some(&d) {
                    *e.1.last_mut().unwrap() += 1;
                } else {
                    e.0.push(d);
                    e.1.push(1);
                }
            }
        }
        Index { h, n: docs.len() }
    }

    fn terms(&self, q: &str) -> Vec<&(Vec<DocId>, Vec<u32>)> {
        let mut ws = tokenize(q);
        ws.sort();
        ws.dedup();
        let mut ls = Vec::new();
        for w in &ws {
            match self.h.get(w) {
                Some(e) => ls.push(e),
                None => return Vec::new(),
            }
        }
        ls.sort_by_key(|e| e.0.len());
        ls
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ls = self.terms(query);
        if ls.is_empty() {
            return vec![];
        }
        let mut r = ls[0].0.clone();
        for e in &ls[1..] {
            r = intersect(&r, &e.0);
        }
        r
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ls = self.terms(query);
        if ls.is_empty() {
            return vec![];
        }
        let mut r = ls[0].0.clone();
        for e in &ls[1..] {
            r = intersect(&r, &e.0);
        }
        let mut sc = vec![0f64; r.len()];
        for (ids, tf) in ls {
            let idf = 1.0 + (self.n as f64 / ids.len() as f64).ln();
            let mut k = 0;
            for i in 0..r.len() {
                while ids[k] != r[i] {
                    k += 1;
                }
                sc[i] += tf[k] as f64 * idf;
            }
        }
        let mut o: Vec<(DocId, f64)> = r.into_iter().zip(sc).collect();
        o.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        o
    }
}
