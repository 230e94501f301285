//! Naive version: correct, but posting lists are intersected with
//! `Vec::contains`, which is O(a * b).

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
    let mut out = Vec::new();
    for doc in a {
        if b.contains(doc) {
            out.push(*doc);
        }
    }
    out
}

pub struct Index {
    /// term -> (doc, count) pairs in id order
    postings: HashMap<String, Vec<(DocId, u32)>>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word).or_default();
                match list.last_mut() {
                    Some((doc, count)) if *doc == id => *count += 1,
                    _ => list.push((id, 1)),
                }
            }
        }
        Index { postings, doc_count: docs.len() }
    }

    fn terms(query: &str) -> Vec<String> {
        let mut terms: Vec<String> = Vec::new();
        for t in tokenize(query) {
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        terms
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut result: Option<Vec<DocId>> = None;
        for t in &terms {
            let docs: Vec<DocId> = match self.postings.get(t) {
                Some(list) => list.iter().map(|p| p.0).collect(),
                None => return Vec::new(),
            };
            result = Some(match result {
                None => docs,
                Some(acc) => intersect(&acc, &docs),
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let n = self.doc_count as f64;
        let mut out = Vec::new();
        for doc in hits {
            let mut score = 0.0;
            for t in Self::terms(query) {
                let list = &self.postings[&t];
                let idf = 1.0 + (n / list.len() as f64).ln();
                let count = list.iter().find(|p| p.0 == doc).map_or(0, |p| p.1);
                score += count as f64 * idf;
            }
            out.push((doc, score));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
