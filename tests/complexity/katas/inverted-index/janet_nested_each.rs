// learner: slow
// idiom: Janet: nested `each` loops: for every id of a, walk b from its start until it is found or passed
// why: the inner walk restarts at b[0] for every id of a, O(a * b) per intersection (O(p^2) per query) instead of one O(a + b) merge
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words: maximal runs of alphanumeric
/// characters (Unicode-aware, see `char::is_alphanumeric`); everything else
/// separates words.
pub fn tokenize(text: &str) -> Vec<String> {
    // like a tiny PEG: (some :w) captured, everything else skipped
    let mut out = Vec::new();
    let mut buf = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            buf.push(c);
        } else if !buf.is_empty() {
            out.push(buf.to_lowercase());
            buf.clear();
        }
    }
    if !buf.is_empty() {
        out.push(buf.to_lowercase());
    }
    out
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    for &x in a {
        for &y in b {
            if y == x {
                out.push(x);
                break;
            }
            if y > x {
                break; // b is sorted, x is not in it
            }
        }
    }
    out
}

struct Posting {
    ids: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    table: HashMap<String, Posting>,
    ndocs: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut table: HashMap<String, Posting> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let p = table.entry(w).or_insert_with(|| Posting { ids: Vec::new(), counts: Vec::new() });
                // docs come in id order, so the current doc is always the last one
                if p.ids.last() == Some(&id) {
                    *p.counts.last_mut().unwrap() += 1;
                } else {
                    p.ids.push(id);
                    p.counts.push(1);
                }
            }
        }
        Index { table, ndocs: docs.len() }
    }

    // distinct query words' postings, shortest first; None if a word is unknown
    fn lists(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        if words.is_empty() {
            return None;
        }
        let mut ps = Vec::with_capacity(words.len());
        for w in &words {
            ps.push(self.table.get(w)?);
        }
        ps.sort_by_key(|p| p.ids.len());
        Some(ps)
    }

    /// Ids of the documents containing every word of `query` (tokenized like
    /// the documents), in increasing order. A query without words matches
    /// nothing.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.lists(query) {
            None => Vec::new(),
            Some(ps) => {
                let mut acc = ps[0].ids.clone();
                for p in &ps[1..] {
                    if acc.is_empty() {
                        break;
                    }
                    acc = intersect(&acc, &p.ids);
                }
                acc
            }
        }
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest
    /// first, equal scores by increasing id.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ps = match self.lists(query) {
            None => return Vec::new(),
            Some(ps) => ps,
        };
        let hits = self.search(query);
        let mut scores = vec![0.0f64; hits.len()];
        let n = self.ndocs as f64;
        for p in &ps {
            let idf = 1.0 + (n / p.ids.len() as f64).ln();
            // walk the posting list alongside the hits (both sorted)
            let mut j = 0;
            for (h, &d) in hits.iter().enumerate() {
                while p.ids[j] < d {
                    j += 1;
                }
                scores[h] += p.counts[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
