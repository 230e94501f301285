// learner: optimal
// idiom: performance engineer, interned u32 term ids, parallel id/count columns, shortest-list-first in-place intersection into one scratch Vec
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(text[s..i].to_lowercase());
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(text[s..].to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0usize, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        i += (x <= y) as usize;
        j += (y <= x) as usize;
        if x == y {
            out.push(x);
        }
    }
    out
}

/// Keeps in `acc` only the ids also in `list` (both sorted); no allocation.
fn retain_common(acc: &mut Vec<DocId>, list: &[DocId]) {
    let mut w = 0usize;
    let mut j = 0usize;
    for r in 0..acc.len() {
        let x = acc[r];
        while j < list.len() && list[j] < x {
            j += 1;
        }
        if j == list.len() {
            break;
        }
        if list[j] == x {
            acc[w] = x;
            w += 1;
            j += 1;
        }
    }
    acc.truncate(w);
}

struct Postings {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    terms: HashMap<String, u32>,
    lists: Vec<Postings>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, u32> = HashMap::new();
        let mut lists: Vec<Postings> = Vec::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let next_id = lists.len() as u32;
                let t = *terms.entry(word).or_insert(next_id) as usize;
                if t == lists.len() {
                    lists.push(Postings { docs: Vec::new(), counts: Vec::new() });
                }
                let p = &mut lists[t];
                if p.docs.last() == Some(&id) {
                    *p.counts.last_mut().unwrap() += 1;
                } else {
                    p.docs.push(id);
                    p.counts.push(1);
                }
            }
        }
        Index { terms, lists, n_docs: docs.len() }
    }

    /// Distinct term ids of the query, shortest posting list first; None if a term is unknown.
    fn query_terms(&self, query: &str) -> Option<Vec<u32>> {
        let mut ids: Vec<u32> = Vec::with_capacity(4);
        for w in tokenize(query) {
            let t = *self.terms.get(&w)?;
            if !ids.contains(&t) {
                ids.push(t);
            }
        }
        ids.sort_unstable_by_key(|&t| self.lists[t as usize].docs.len());
        Some(ids)
    }

    fn matches(&self, terms: &[u32]) -> Vec<DocId> {
        let Some((&first, rest)) = terms.split_first() else {
            return Vec::new();
        };
        let mut acc = self.lists[first as usize].docs.clone();
        for &t in rest {
            if acc.is_empty() {
                break;
            }
            retain_common(&mut acc, &self.lists[t as usize].docs);
        }
        acc
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.query_terms(query) {
            Some(terms) => self.matches(&terms),
            None => Vec::new(),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(terms) = self.query_terms(query) else {
            return Vec::new();
        };
        let hits = self.matches(&terms);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        let n = self.n_docs as f64;
        for &t in &terms {
            let p = &self.lists[t as usize];
            let idf = 1.0 + (n / p.docs.len() as f64).ln();
            let mut j = 0usize;
            for slot in scored.iter_mut() {
                while p.docs[j] < slot.0 {
                    j += 1;
                }
                slot.1 += p.counts[j] as f64 * idf;
            }
        }
        scored.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
