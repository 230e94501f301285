// learner: slow
// why: Index::search is O(r*p) per term = O(n^2) time, target O(q p): narrows the running result with retain + Vec::contains on the next posting list
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(|s| s.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

pub struct Index {
    // term => (doc => tf), docs kept in id order in the Vec
    postings: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let v = postings.entry(w).or_default();
                match v.last_mut() {
                    Some(last) if last.0 == i => last.1 += 1,
                    _ => v.push((i, 1)),
                }
            }
        }
        Index { postings, n: docs.len() }
    }

    fn distinct_terms(query: &str) -> Vec<String> {
        let mut t = tokenize(query);
        t.sort();
        t.dedup();
        t
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::distinct_terms(query);
        if terms.is_empty() {
            return vec![];
        }
        let mut result: Option<Vec<DocId>> = None;
        for t in &terms {
            let ids: Vec<DocId> = match self.postings.get(t) {
                Some(p) => p.iter().map(|e| e.0).collect(),
                None => return vec![],
            };
            result = Some(match result {
                None => ids,
                Some(mut acc) => {
                    acc.retain(|d| ids.contains(d));
                    acc
                }
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut scores: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        for t in Self::distinct_terms(query) {
            if let Some(p) = self.postings.get(&t) {
                let idf = 1.0 + (self.n as f64 / p.len() as f64).ln();
                for &(d, tf) in p {
                    if let Some(s) = scores.get_mut(&d) {
                        *s += tf as f64 * idf;
                    }
                }
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.iter().map(|d| (*d, scores[d])).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
