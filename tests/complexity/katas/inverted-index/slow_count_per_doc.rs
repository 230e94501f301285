// learner: slow
// why: Index::search is O(N) time and space in the number of documents, target O(q p)/O(p): counts the matched terms per document in a vec![0; N] and scans all N counters for the result
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

use std::collections::HashMap;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(|s| s.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut j = 0;
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
    n: usize,
    index: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut index: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let list = index.entry(w).or_insert_with(Vec::new);
                if let Some(last) = list.last_mut() {
                    if last.0 == d {
                        last.1 += 1;
                        continue;
                    }
                }
                list.push((d, 1));
            }
        }
        Index { n: docs.len(), index }
    }

    fn distinct(query: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in tokenize(query) {
            if !out.iter().any(|x| *x == w) {
                out.push(w);
            }
        }
        out
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::distinct(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits = vec![0usize; self.n];
        for t in &terms {
            if let Some(list) = self.index.get(t) {
                for &(d, _) in list {
                    hits[d] += 1;
                }
            }
        }
        let mut result = Vec::new();
        for d in 0..self.n {
            if hits[d] == terms.len() {
                result.push(d);
            }
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = Self::distinct(query);
        let docs = self.search(query);
        if docs.is_empty() {
            return Vec::new();
        }
        let mut scores: Vec<(DocId, f64)> = docs.iter().map(|&d| (d, 0.0)).collect();
        for t in &terms {
            let list = &self.index[t];
            let idf = 1.0 + (self.n as f64 / list.len() as f64).ln();
            let mut p = 0;
            for s in scores.iter_mut() {
                while list[p].0 < s.0 {
                    p += 1;
                }
                s.1 += list[p].1 as f64 * idf;
            }
        }
        scores.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        scores
    }
}
