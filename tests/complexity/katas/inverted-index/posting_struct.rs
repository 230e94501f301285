// learner: optimal
// idiom: Solidity-style: mapping(term => Posting{ids, counts}), index while-loops with explicit bounds, require-style early returns
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start {
            words.push(text[s..i].to_lowercase());
            start = None;
        }
    }
    if let Some(s) = start {
        words.push(text[s..].to_lowercase());
    }
    words
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

#[derive(Default)]
struct Posting {
    ids: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    postings: HashMap<String, Posting>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Posting> = HashMap::new();
        for id in 0..docs.len() {
            for word in tokenize(docs[id]) {
                let p = postings.entry(word).or_default();
                let last = p.ids.len();
                if last > 0 && p.ids[last - 1] == id {
                    p.counts[last - 1] += 1;
                } else {
                    p.ids.push(id);
                    p.counts.push(1);
                }
            }
        }
        Index { postings, doc_count: docs.len() }
    }

    /// distinct query terms' postings, shortest first; None if a term is unknown or no terms
    fn lists(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut terms = tokenize(query);
        terms.sort_unstable();
        terms.dedup();
        if terms.is_empty() {
            return None;
        }
        let mut lists = Vec::with_capacity(terms.len());
        for t in &terms {
            match self.postings.get(t) {
                Some(p) => lists.push(p),
                None => return None,
            }
        }
        lists.sort_by_key(|p| p.ids.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let lists = match self.lists(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let mut result = lists[0].ids.clone();
        let mut k = 1;
        while k < lists.len() && !result.is_empty() {
            result = intersect(&result, &lists[k].ids);
            k += 1;
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let lists = self.lists(query).unwrap();
        let n = self.doc_count as f64;
        let mut scores = vec![0.0f64; hits.len()];
        for p in &lists {
            let weight = 1.0 + (n / p.ids.len() as f64).ln();
            // walk the posting list alongside the (sorted) hits
            let mut j = 0;
            for h in 0..hits.len() {
                while p.ids[j] < hits[h] {
                    j += 1;
                }
                scores[h] += p.counts[j] as f64 * weight;
            }
        }
        let mut out: Vec<(DocId, f64)> = Vec::with_capacity(hits.len());
        for h in 0..hits.len() {
            out.push((hits[h], scores[h]));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
