// learner: slow
// why: Index::search is O(q p^2) time, target O(q p): it narrows the result with retain(|d| list.contains(d)), a scan of the posting list per candidate
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            words.push(word.to_lowercase());
            word.clear();
        }
    }
    if !word.is_empty() {
        words.push(word.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
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
    docs: HashMap<String, Vec<DocId>>,
    counts: HashMap<(String, DocId), u32>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut map: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut counts = HashMap::new();
        for (id, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let list = map.entry(w.clone()).or_default();
                if list.last() != Some(&id) {
                    list.push(id);
                }
                *counts.entry((w, id)).or_insert(0) += 1;
            }
        }
        Index { docs: map, counts, n: docs.len() }
    }

    fn words(query: &str) -> Vec<String> {
        let mut ws = tokenize(query);
        ws.sort();
        ws.dedup();
        ws
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let empty = Vec::new();
        let mut result = self.docs.get(&words[0]).unwrap_or(&empty).clone();
        for w in &words[1..] {
            let list = self.docs.get(w).unwrap_or(&empty);
            result.retain(|d| list.contains(d));
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::words(query);
        let mut out: Vec<(DocId, f64)> = Vec::new();
        for d in self.search(query) {
            let mut score = 0.0;
            for w in &words {
                let df = self.docs[w].len() as f64;
                let tf = self.counts[&(w.clone(), d)] as f64;
                score += tf * (1.0 + (self.n as f64 / df).ln());
            }
            out.push((d, score));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
