// learner: slow
// why: Index::search is O(p^2) time, target O(q p): it narrows the first posting list with retain(|d| other.contains(d)), a linear scan per id
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            words.push(w.to_lowercase());
        }
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut j = 0;
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
    docs_with: HashMap<String, Vec<DocId>>,
    tf: HashMap<(String, DocId), u32>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut docs_with: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf = HashMap::new();
        for (id, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let list = docs_with.entry(w.clone()).or_default();
                if list.last() != Some(&id) {
                    list.push(id);
                }
                *tf.entry((w, id)).or_insert(0) += 1;
            }
        }
        Index { docs_with, tf, n: docs.len() }
    }

    fn words(query: &str) -> Vec<String> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        words
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::words(query);
        if words.is_empty() {
            return vec![];
        }
        let mut result = match self.docs_with.get(&words[0]) {
            Some(list) => list.clone(),
            None => return vec![],
        };
        for w in &words[1..] {
            match self.docs_with.get(w) {
                Some(list) => result.retain(|d| list.contains(d)),
                None => return vec![],
            }
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::words(query);
        let mut out: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let score = words
                    .iter()
                    .map(|w| {
                        let df = self.docs_with[w].len() as f64;
                        self.tf[&(w.clone(), d)] as f64 * (1.0 + (self.n as f64 / df).ln())
                    })
                    .sum();
                (d, score)
            })
            .collect();
        out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        out
    }
}
