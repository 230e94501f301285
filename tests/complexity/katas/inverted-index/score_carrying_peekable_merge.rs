// learner: optimal
// idiom: Pony actor-model programmer: each term owns two parallel columns (`_docs`, `_tfs`); a query folds its terms into a running list of (doc, score) "partial results" that is merged with the next term's postings via Peekable iterators and a match on Ordering.
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut common = Vec::new();
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        match x.cmp(&y) {
            Ordering::Less => {
                left.next();
            }
            Ordering::Greater => {
                right.next();
            }
            Ordering::Equal => {
                common.push(x);
                left.next();
                right.next();
            }
        }
    }
    common
}

#[derive(Default)]
struct Postings {
    _docs: Vec<DocId>,
    _tfs: Vec<u32>,
}

pub struct Index {
    _terms: HashMap<String, Postings>,
    _n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Postings> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let p = terms.entry(word).or_default();
                if p._docs.last() == Some(&id) {
                    *p._tfs.last_mut().unwrap() += 1;
                } else {
                    p._docs.push(id);
                    p._tfs.push(1);
                }
            }
        }
        Index { _terms: terms, _n: docs.len() }
    }

    /// Merge the running partial results with one more term's postings,
    /// keeping only common docs and adding that term's weight.
    fn _absorb(partial: Vec<(DocId, f64)>, p: &Postings, idf: f64) -> Vec<(DocId, f64)> {
        let mut theirs = p._docs.iter().zip(&p._tfs).peekable();
        let mut kept = Vec::with_capacity(partial.len().min(p._docs.len()));
        for (doc, score) in partial {
            while theirs.next_if(|(&d, _)| d < doc).is_some() {}
            if let Some((_, &tf)) = theirs.next_if(|(&d, _)| d == doc) {
                kept.push((doc, score + tf as f64 * idf));
            }
        }
        kept
    }

    fn _scored(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        let mut lists = Vec::with_capacity(words.len());
        for w in &words {
            match self._terms.get(w) {
                Some(p) => lists.push(p),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|p| p._docs.len());
        let mut lists = lists.into_iter();
        let Some(first) = lists.next() else {
            return Vec::new();
        };
        let idf = |p: &Postings| 1.0 + (self._n as f64 / p._docs.len() as f64).ln();
        let w0 = idf(first);
        let mut partial: Vec<(DocId, f64)> = first
            ._docs
            .iter()
            .zip(&first._tfs)
            .map(|(&d, &tf)| (d, tf as f64 * w0))
            .collect();
        for p in lists {
            partial = Self::_absorb(partial, p, idf(p));
        }
        partial
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self._scored(query).into_iter().map(|(d, _)| d).collect()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut hits = self._scored(query);
        hits.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Equal).then(a.0.cmp(&b.0)));
        hits
    }
}
