// learner: optimal
// idiom: iterator chains, BTreeMap<String, Vec<(DocId, u32)>>, peekable-merge intersect with match on Ordering, fold over query terms
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut xs = a.iter().peekable();
    let mut ys = b.iter().peekable();
    let mut out = Vec::new();
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
    postings: BTreeMap<String, Vec<(DocId, u32)>>,
    docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: BTreeMap<String, Vec<(DocId, u32)>> = BTreeMap::new();
        docs.iter().enumerate().for_each(|(id, text)| {
            tokenize(text).into_iter().for_each(|w| {
                let list = postings.entry(w).or_default();
                match list.last_mut() {
                    Some((d, c)) if *d == id => *c += 1,
                    _ => list.push((id, 1)),
                }
            })
        });
        Index { postings, docs: docs.len() }
    }

    fn terms(query: &str) -> BTreeSet<String> {
        tokenize(query).into_iter().collect()
    }

    fn ids(&self, term: &str) -> Vec<DocId> {
        self.postings
            .get(term)
            .map(|l| l.iter().map(|&(d, _)| d).collect())
            .unwrap_or_default()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::terms(query);
        let mut it = terms.iter();
        match it.next() {
            None => Vec::new(),
            Some(first) => it.fold(self.ids(first), |acc, t| intersect(&acc, &self.ids(t))),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let n = self.docs as f64;
        let mut scores = vec![0.0f64; hits.len()];
        for t in Self::terms(query) {
            let Some(list) = self.postings.get(&t) else { continue };
            let idf = 1.0 + (n / list.len() as f64).ln();
            let mut tf = list.iter().peekable();
            hits.iter().zip(scores.iter_mut()).for_each(|(&d, s)| {
                while tf.next_if(|&&(id, _)| id < d).is_some() {}
                if let Some(&&(_, c)) = tf.peek() {
                    *s += c as f64 * idf;
                }
            });
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }
}
