// learner: slow
// why: Index::search is O(q * p^2) time, target O(q p): it narrows the candidates with retain + Vec::contains on the next posting list
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case alphanumeric words.
pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The ids present in both sorted slices, merged with two cursors.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
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

/// For each word, the documents containing it (increasing) and the counts.
pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    total: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word).or_default();
                if let Some(last) = list.last_mut() {
                    if last.0 == id {
                        last.1 += 1;
                        continue;
                    }
                }
                list.push((id, 1));
            }
        }
        Index { postings, total: docs.len() }
    }

    /// Documents containing every query word.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut words = tokenize(query);
        words.dedup();
        let mut result: Option<Vec<DocId>> = None;
        for word in &words {
            let docs: Vec<DocId> = match self.postings.get(word) {
                Some(list) => list.iter().map(|p| p.0).collect(),
                None => return Vec::new(),
            };
            result = Some(match result {
                None => docs,
                Some(mut so_far) => {
                    so_far.retain(|d| docs.contains(d));
                    so_far
                }
            });
        }
        result.unwrap_or_default()
    }

    /// TF-IDF scores of the matches, best first, ties by id.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        let n = self.total as f64;
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for word in &words {
            if let Some(list) = self.postings.get(word) {
                let idf = 1.0 + (n / list.len() as f64).ln();
                for entry in scored.iter_mut() {
                    if let Ok(pos) = list.binary_search_by_key(&entry.0, |p| p.0) {
                        entry.1 += list[pos].1 as f64 * idf;
                    }
                }
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
