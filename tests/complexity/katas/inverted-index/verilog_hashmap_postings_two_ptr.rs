// learner: optimal
// idiom: verilog: HashMap term -> (ids, counts) lanes; two read pointers merge; shortest lists first; tf picked up by a second pointer walk
// why: intersect advances a pointer every step, O(a + b), output only; search does q merges over the posting lists, O(q p); ranked adds one merge walk per term plus one sort of r hits
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::{HashMap, HashSet};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words (maximal runs of alphanumeric chars).
pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None; // "word active" flag + start byte
    for (pos, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            if start.is_none() {
                start = Some(pos);
            }
        } else if let Some(s) = start {
            out.push(text[s..pos].to_lowercase());
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(text[s..].to_lowercase());
    }
    out
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let mut ra = 0usize;
    let mut rb = 0usize;
    while ra < a.len() && rb < b.len() {
        if a[ra] < b[rb] {
            ra += 1;
        } else if a[ra] > b[rb] {
            rb += 1;
        } else {
            out.push(a[ra]);
            ra += 1;
            rb += 1;
        }
    }
    out
}

struct Posting {
    ids: Vec<DocId>,
    tf: Vec<u32>,
}

pub struct Index {
    terms: HashMap<String, Posting>,
    n_docs: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Posting> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let p = terms.entry(w).or_insert_with(|| Posting { ids: Vec::new(), tf: Vec::new() });
                // docs come in id order, so the last id is the only one that can repeat
                let last = p.ids.len();
                if last > 0 && p.ids[last - 1] == id {
                    p.tf[last - 1] += 1;
                } else {
                    p.ids.push(id);
                    p.tf.push(1);
                }
            }
        }
        Index { terms, n_docs: docs.len() }
    }

    /// Posting lists of the distinct query words, shortest first; None if a word is missing.
    fn lists(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut seen = HashSet::new();
        let mut lists = Vec::new();
        for w in tokenize(query) {
            if !seen.insert(w.clone()) {
                continue;
            }
            lists.push(self.terms.get(&w)?);
        }
        if lists.is_empty() {
            return None;
        }
        lists.sort_by_key(|p| p.ids.len());
        Some(lists)
    }

    /// Ids of the documents containing every word of `query`, in increasing order.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let lists = match self.lists(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let mut acc = lists[0].ids.clone();
        for p in &lists[1..] {
            acc = intersect(&acc, &p.ids);
            if acc.is_empty() {
                break;
            }
        }
        acc
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest first.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let lists = self.lists(query).unwrap_or_default();
        let n = self.n_docs as f64;
        let mut score = vec![0.0f64; hits.len()];
        for p in &lists {
            let idf = 1.0 + (n / p.ids.len() as f64).ln();
            // walk the posting list beside the hits: both are sorted
            let mut j = 0usize;
            for (h, &doc) in hits.iter().enumerate() {
                while p.ids[j] < doc {
                    j += 1;
                }
                score[h] += p.tf[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(score).collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        out
    }
}
