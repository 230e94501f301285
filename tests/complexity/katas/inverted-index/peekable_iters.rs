// learner: optimal
// idiom: JavaScript bootcamp graduate: everything through iterator adapters: peekable iterators for intersect, BTreeSet to dedupe query words, search then ranked = search + per-result lookups via a doc -> tf map per term
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(text[s..i].to_lowercase());
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(text[s..].to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut both = Vec::new();
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        if x < y {
            left.next();
        } else if y < x {
            right.next();
        } else {
            both.push(x);
            left.next();
            right.next();
        }
    }
    both
}

struct Term {
    docs: Vec<DocId>,
    tf: HashMap<DocId, u32>,
}

pub struct Index {
    total: usize,
    words: HashMap<String, Term>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut words: HashMap<String, Term> = HashMap::new();
        docs.iter().enumerate().for_each(|(id, text)| {
            tokenize(text).into_iter().for_each(|w| {
                let term = words.entry(w).or_insert_with(|| Term { docs: vec![], tf: HashMap::new() });
                let count = term.tf.entry(id).or_insert(0);
                if *count == 0 {
                    term.docs.push(id);
                }
                *count += 1;
            });
        });
        Index { total: docs.len(), words }
    }

    fn terms(&self, query: &str) -> Option<Vec<&Term>> {
        let unique: BTreeSet<String> = tokenize(query).into_iter().collect();
        if unique.is_empty() {
            return None;
        }
        let mut terms = unique.iter().map(|w| self.words.get(w)).collect::<Option<Vec<_>>>()?;
        terms.sort_by_key(|t| t.docs.len());
        Some(terms)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.terms(query) {
            None => vec![],
            Some(terms) => terms[1..]
                .iter()
                .fold(terms[0].docs.clone(), |acc, t| intersect(&acc, &t.docs)),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(terms) = self.terms(query) else { return vec![] };
        let hits = terms[1..].iter().fold(terms[0].docs.clone(), |acc, t| intersect(&acc, &t.docs));
        let n = self.total as f64;
        let mut scored: Vec<(DocId, f64)> = hits
            .into_iter()
            .map(|d| {
                let score = terms
                    .iter()
                    .map(|t| t.tf[&d] as f64 * (1.0 + (n / t.docs.len() as f64).ln()))
                    .sum();
                (d, score)
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored
    }
}
