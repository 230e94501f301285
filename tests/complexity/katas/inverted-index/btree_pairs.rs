// learner: optimal
// idiom: BTreeMap<String, Vec<(DocId, u32)>> postings, manual char-buffer tokenizer, loop/match intersect on slices, partial_cmp sort
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::collections::BTreeMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for ch in text.chars().chain(std::iter::once(' ')) {
        if ch.is_alphanumeric() {
            word.push(ch);
        } else if !word.is_empty() {
            out.push(word.to_lowercase());
            word.clear();
        }
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut res = Vec::with_capacity(a.len().min(b.len()));
    let (mut x, mut y) = (a, b);
    loop {
        match (x.first(), y.first()) {
            (Some(p), Some(q)) if p == q => {
                res.push(*p);
                x = &x[1..];
                y = &y[1..];
            }
            (Some(p), Some(q)) if p < q => x = &x[1..],
            (Some(_), Some(_)) => y = &y[1..],
            _ => break,
        }
    }
    res
}

pub struct Index {
    terms: BTreeMap<String, Vec<(DocId, u32)>>,
    total_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: BTreeMap<String, Vec<(DocId, u32)>> = BTreeMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for tok in tokenize(text) {
                let postings = terms.entry(tok).or_insert_with(Vec::new);
                match postings.last_mut() {
                    Some((d, tf)) if *d == doc => *tf += 1,
                    _ => postings.push((doc, 1)),
                }
            }
        }
        Index { terms, total_docs: docs.len() }
    }

    fn query_postings(&self, query: &str) -> Vec<&Vec<(DocId, u32)>> {
        let mut q = tokenize(query);
        q.sort();
        q.dedup();
        let mut found = Vec::new();
        for t in q {
            match self.terms.get(&t) {
                Some(p) => found.push(p),
                None => return Vec::new(),
            }
        }
        found.sort_by_key(|p| p.len());
        found
    }

    fn ids_of(p: &[(DocId, u32)]) -> Vec<DocId> {
        p.iter().map(|&(d, _)| d).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let lists = self.query_postings(query);
        if lists.is_empty() {
            return Vec::new();
        }
        let mut acc = Self::ids_of(lists[0]);
        for p in &lists[1..] {
            let other = Self::ids_of(p);
            acc = intersect(&acc, &other);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = self.query_postings(query);
        if lists.is_empty() {
            return Vec::new();
        }
        let hits = self.search(query);
        let mut result: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for p in &lists {
            let idf = 1.0 + (self.total_docs as f64 / p.len() as f64).ln();
            let mut k = 0usize;
            for entry in result.iter_mut() {
                while p[k].0 != entry.0 {
                    k += 1;
                }
                entry.1 += f64::from(p[k].1) * idf;
            }
        }
        result.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        result
    }
}
