// learner: optimal
// idiom: OCaml style: tokenizer as a char state machine, intersect by matching (a.get(i), b.get(j)) with Ordering, recursive fold over the sorted term lists
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        match c.is_alphanumeric() {
            true => current.extend(c.to_lowercase()),
            false if current.is_empty() => (),
            false => words.push(std::mem::take(&mut current)),
        }
    }
    match current.is_empty() {
        true => words,
        false => {
            words.push(current);
            words
        }
    }
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut acc = Vec::new();
    let (mut i, mut j) = (0, 0);
    loop {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => match x.cmp(y) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    acc.push(*x);
                    i += 1;
                    j += 1;
                }
            },
            _ => return acc,
        }
    }
}

pub struct Index {
    terms: HashMap<String, (Vec<DocId>, Vec<u32>)>,
    n: usize,
}

/// let rec all acc = function [] -> acc | l :: rest -> all (intersect acc l) rest
fn all(acc: Vec<DocId>, lists: &[&(Vec<DocId>, Vec<u32>)]) -> Vec<DocId> {
    match lists {
        [] => acc,
        _ if acc.is_empty() => acc,
        [l, rest @ ..] => all(intersect(&acc, &l.0), rest),
    }
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, (Vec<DocId>, Vec<u32>)> = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let (ids, tfs) = terms.entry(w).or_insert_with(|| (Vec::new(), Vec::new()));
                match ids.last() {
                    Some(&last) if last == d => {
                        if let Some(t) = tfs.last_mut() {
                            *t += 1;
                        }
                    }
                    _ => {
                        ids.push(d);
                        tfs.push(1);
                    }
                }
            }
        }
        Index { terms, n: docs.len() }
    }

    fn lists(&self, query: &str) -> Option<Vec<&(Vec<DocId>, Vec<u32>)>> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        let mut found = Vec::with_capacity(words.len());
        for w in &words {
            match self.terms.get(w) {
                None => return None,
                Some(p) => found.push(p),
            }
        }
        found.sort_by_key(|p| p.0.len());
        match found.is_empty() {
            true => None,
            false => Some(found),
        }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.lists(query) {
            None => Vec::new(),
            Some(ls) => match ls.split_first() {
                None => Vec::new(),
                Some((first, rest)) => all(first.0.clone(), rest),
            },
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = match self.lists(query) {
            None => return Vec::new(),
            Some(ls) => ls,
        };
        let hits = self.search(query);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for (ids, tfs) in lists {
            let idf = 1.0 + (self.n as f64 / ids.len() as f64).ln();
            let mut k = 0;
            for entry in scored.iter_mut() {
                loop {
                    match ids[k].cmp(&entry.0) {
                        Ordering::Less => k += 1,
                        _ => break,
                    }
                }
                entry.1 += f64::from(tfs[k]) * idf;
            }
        }
        scored.sort_by(|x, y| match y.1.total_cmp(&x.1) {
            Ordering::Equal => x.0.cmp(&y.0),
            other => other,
        });
        scored
    }
}
