// learner: optimal
// idiom: Groovy-style: split/filter/map tokenize, peekable-iterator merge with match on Ordering, fold over lists, map of lists of (id, tf) pairs
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut xs, mut ys) = (a.iter().peekable(), b.iter().peekable());
    let mut out = vec![];
    while let (Some(&&x), Some(&&y)) = (xs.peek(), ys.peek()) {
        match x.cmp(&y) {
            Ordering::Less => {
                xs.next();
            }
            Ordering::Greater => {
                ys.next();
            }
            Ordering::Equal => {
                out.push(x);
                xs.next();
                ys.next();
            }
        }
    }
    out
}

pub struct Index {
    ids: HashMap<String, Vec<DocId>>,
    tfs: HashMap<String, Vec<u32>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ids: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tfs: HashMap<String, Vec<u32>> = HashMap::new();
        docs.iter().enumerate().for_each(|(d, text)| {
            tokenize(text).into_iter().for_each(|w| {
                let list = ids.entry(w.clone()).or_default();
                let counts = tfs.entry(w).or_default();
                if list.last() == Some(&d) {
                    *counts.last_mut().unwrap() += 1;
                } else {
                    list.push(d);
                    counts.push(1);
                }
            })
        });
        Index { ids, tfs, n: docs.len() }
    }

    fn terms(query: &str) -> BTreeSet<String> {
        tokenize(query).into_iter().collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::terms(query);
        let mut lists: Vec<&Vec<DocId>> = match terms.iter().map(|t| self.ids.get(t)).collect::<Option<Vec<_>>>() {
            Some(l) if !l.is_empty() => l,
            _ => return vec![],
        };
        lists.sort_by_key(|l| l.len());
        let (first, rest) = lists.split_first().unwrap();
        rest.iter().fold(first.to_vec(), |acc, l| intersect(&acc, l))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let n = self.n as f64;
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        Self::terms(query).iter().filter(|_| !hits.is_empty()).for_each(|t| {
            let (list, counts) = (&self.ids[t], &self.tfs[t]);
            let idf = 1.0 + (n / list.len() as f64).ln();
            let mut cursor = list.iter().zip(counts).peekable();
            scored.iter_mut().for_each(|(d, s)| {
                while cursor.peek().map_or(false, |(id, _)| **id < *d) {
                    cursor.next();
                }
                *s += *cursor.peek().unwrap().1 as f64 * idf;
            });
        });
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored
    }
}
