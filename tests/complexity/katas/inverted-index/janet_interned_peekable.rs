// learner: optimal
// idiom: Janet: words interned to small ints (like keywords), postings in an array indexed by term id; intersect as a `match` on the ordering of two peekable iterators; tf picked up with a hit->slot table
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words: maximal runs of alphanumeric
/// characters (Unicode-aware, see `char::is_alphanumeric`); everything else
/// separates words.
pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
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
    term_ids: HashMap<String, usize>,
    docs_of: Vec<Vec<DocId>>,
    tf_of: Vec<Vec<u32>>,
    total: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut ix = Index { term_ids: HashMap::new(), docs_of: Vec::new(), tf_of: Vec::new(), total: docs.len() };
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let next_id = ix.docs_of.len();
                let t = *ix.term_ids.entry(w).or_insert(next_id);
                if t == next_id {
                    ix.docs_of.push(Vec::new());
                    ix.tf_of.push(Vec::new());
                }
                if ix.docs_of[t].last() == Some(&d) {
                    *ix.tf_of[t].last_mut().unwrap() += 1;
                } else {
                    ix.docs_of[t].push(d);
                    ix.tf_of[t].push(1);
                }
            }
        }
        ix
    }

    fn terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut seen = HashSet::new();
        let mut ts = Vec::new();
        for w in tokenize(query) {
            let t = *self.term_ids.get(&w)?;
            if seen.insert(t) {
                ts.push(t);
            }
        }
        if ts.is_empty() {
            return None;
        }
        ts.sort_by_key(|&t| self.docs_of[t].len());
        Some(ts)
    }

    /// Ids of the documents containing every word of `query` (tokenized like
    /// the documents), in increasing order. A query without words matches
    /// nothing.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ts = match self.terms(query) {
            Some(ts) => ts,
            None => return Vec::new(),
        };
        let mut acc: Vec<DocId> = self.docs_of[ts[0]].clone();
        for &t in &ts[1..] {
            acc = intersect(&acc, &self.docs_of[t]);
        }
        acc
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest
    /// first, equal scores by increasing id.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ts = match self.terms(query) {
            Some(ts) => ts,
            None => return Vec::new(),
        };
        let hits = self.search(query);
        // table: doc id -> slot in `out`
        let slot: HashMap<DocId, usize> = hits.iter().enumerate().map(|(i, &d)| (d, i)).collect();
        let mut out: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for &t in &ts {
            let ids = &self.docs_of[t];
            let idf = 1.0 + (self.total as f64 / ids.len() as f64).ln();
            for (k, d) in ids.iter().enumerate() {
                if let Some(&i) = slot.get(d) {
                    out[i].1 += self.tf_of[t][k] as f64 * idf;
                }
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
