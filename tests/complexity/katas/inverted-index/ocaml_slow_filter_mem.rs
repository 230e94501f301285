// learner: slow
// why: Index::search is O(q p^2) time, target O(q p): each running result is filtered with a List.mem-style `contains` scan of the next posting list
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| match w {
            "" => None,
            w => Some(w.to_lowercase()),
        })
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut acc = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                acc.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    acc
}

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let list = postings.entry(w).or_default();
                match list.last_mut() {
                    Some((last, tf)) if *last == d => *tf += 1,
                    _ => list.push((d, 1)),
                }
            }
        }
        Index { postings, n: docs.len() }
    }

    fn terms(query: &str) -> Vec<String> {
        let mut ws = tokenize(query);
        ws.sort();
        ws.dedup();
        ws
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut acc: Option<Vec<DocId>> = None;
        for w in Self::terms(query) {
            let ids: Vec<DocId> = match self.postings.get(&w) {
                None => return Vec::new(),
                Some(l) => l.iter().map(|&(d, _)| d).collect(),
            };
            acc = match acc {
                None => Some(ids),
                // List.filter (fun d -> List.mem d ids) acc
                Some(mut prev) => {
                    prev.retain(|d| ids.contains(d));
                    Some(prev)
                }
            };
        }
        acc.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for w in Self::terms(query) {
            let list = &self.postings[&w];
            let idf = 1.0 + (self.n as f64 / list.len() as f64).ln();
            let mut k = 0;
            for e in scored.iter_mut() {
                while list[k].0 < e.0 {
                    k += 1;
                }
                e.1 += list[k].1 as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
