// learner: slow
// why: Index::ranked is O(q r p) time, target O(q p + r log r): for every hit it scans the term's posting list with iter().find to get tf
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
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[derive(Clone, Copy)]
struct Entry {
    doc: DocId,
    tf: u32,
}

pub struct Index {
    postings: HashMap<String, Vec<Entry>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<Entry>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let list = postings.entry(w).or_default();
                match list.last_mut() {
                    Some(e) if e.doc == doc => e.tf += 1,
                    _ => list.push(Entry { doc, tf: 1 }),
                }
            }
        }
        Index { postings, n: docs.len() }
    }

    fn distinct(query: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in tokenize(query) {
            if !out.contains(&w) {
                out.push(w);
            }
        }
        out
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::distinct(query);
        let mut result: Option<Vec<DocId>> = None;
        for w in &words {
            let ids: Vec<DocId> = match self.postings.get(w) {
                Some(l) => l.iter().map(|e| e.doc).collect(),
                None => return Vec::new(),
            };
            result = Some(match result {
                None => ids,
                Some(r) => intersect(&r, &ids),
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::distinct(query);
        let n = self.n as f64;
        let mut out: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let score = words
                    .iter()
                    .map(|w| {
                        let list = &self.postings[w];
                        let tf = list.iter().find(|e| e.doc == d).map_or(0, |e| e.tf);
                        tf as f64 * (1.0 + (n / list.len() as f64).ln())
                    })
                    .sum();
                (d, score)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
