// learner: optimal
// idiom: quant-style: term -> u32 id map, flat postings of (doc, tf) pairs, index-loop two-cursor merge, rarest-first order, ping-pong buffers
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            cur.push(ch);
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
    let (na, nb) = (a.len(), b.len());
    let mut out = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    while i < na && j < nb {
        let x = a[i];
        let y = b[j];
        if x < y {
            i += 1;
        } else if y < x {
            j += 1;
        } else {
            out.push(x);
            i += 1;
            j += 1;
        }
    }
    out
}

pub struct Index {
    ids: HashMap<String, u32>,
    docs: Vec<Vec<DocId>>, // per term id
    tfs: Vec<Vec<u32>>,    // parallel to docs
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut pd: Vec<Vec<DocId>> = Vec::new();
        let mut pt: Vec<Vec<u32>> = Vec::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let next = pd.len() as u32;
                let t = *ids.entry(w).or_insert(next) as usize;
                if t == pd.len() {
                    pd.push(Vec::new());
                    pt.push(Vec::new());
                }
                let last = pd[t].len();
                if last > 0 && pd[t][last - 1] == d {
                    pt[t][last - 1] += 1;
                } else {
                    pd[t].push(d);
                    pt[t].push(1);
                }
            }
        }
        Index { ids, docs: pd, tfs: pt, n: docs.len() }
    }

    fn terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ts: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let t = *self.ids.get(&w)? as usize;
            if !ts.contains(&t) {
                ts.push(t);
            }
        }
        if ts.is_empty() {
            return None;
        }
        // rarest first: q is small, insertion sort on q entries
        for i in 1..ts.len() {
            let mut k = i;
            while k > 0 && self.docs[ts[k - 1]].len() > self.docs[ts[k]].len() {
                ts.swap(k - 1, k);
                k -= 1;
            }
        }
        Some(ts)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ts = match self.terms(query) {
            Some(t) => t,
            None => return Vec::new(),
        };
        let mut acc: Vec<DocId> = self.docs[ts[0]].clone();
        for &t in &ts[1..] {
            if acc.is_empty() {
                break;
            }
            acc = intersect(&acc, &self.docs[t]);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let ts = self.terms(query).unwrap();
        let mut score: Vec<f64> = vec![0.0; hits.len()];
        let nf = self.n as f64;
        for &t in &ts {
            let pd = &self.docs[t];
            let pt = &self.tfs[t];
            let idf = 1.0 + (nf / pd.len() as f64).ln();
            let mut j = 0usize;
            for h in 0..hits.len() {
                while pd[j] < hits[h] {
                    j += 1;
                }
                score[h] += pt[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(score).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
