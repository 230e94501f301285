// learner: slow
// idiom: verilog: intersect as "for each id of a, is it in b?" with slice contains (a comparator array emulated in software)
// why: misses intersect O(a + b) (and search O(q p)): contains rescans b for every id of a, O(a * b)
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words (maximal runs of alphanumeric chars).
pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else if word.len() > 0 {
            out.push(word.to_lowercase());
            word = String::new();
        }
    }
    if word.len() > 0 {
        out.push(word.to_lowercase());
    }
    out
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    for i in 0..a.len() {
        if b.contains(&a[i]) {
            out.push(a[i]);
        }
    }
    out
}

pub struct Index {
    post: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut post: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for i in 0..docs.len() {
            for w in tokenize(docs[i]) {
                let v = post.entry(w).or_default();
                if !v.is_empty() && v[v.len() - 1].0 == i {
                    let k = v.len() - 1;
                    v[k].1 += 1;
                } else {
                    v.push((i, 1));
                }
            }
        }
        Index { post, n: docs.len() }
    }

    fn query_terms(query: &str) -> Vec<String> {
        let mut ws = tokenize(query);
        ws.sort();
        ws.dedup();
        ws
    }

    /// Ids of the documents containing every word of `query`, in increasing order.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ws = Self::query_terms(query);
        if ws.is_empty() {
            return Vec::new();
        }
        let mut result: Option<Vec<DocId>> = None;
        for w in &ws {
            let ids: Vec<DocId> = match self.post.get(w) {
                Some(v) => v.iter().map(|p| p.0).collect(),
                None => return Vec::new(),
            };
            result = Some(match result {
                None => ids,
                Some(r) => intersect(&r, &ids),
            });
        }
        result.unwrap_or_default()
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest first.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let ws = Self::query_terms(query);
        let mut out = Vec::new();
        for &d in &hits {
            let mut s = 0.0;
            for w in &ws {
                let v = &self.post[w];
                let k = v.binary_search_by_key(&d, |p| p.0).unwrap();
                s += v[k].1 as f64 * (1.0 + (self.n as f64 / v.len() as f64).ln());
            }
            out.push((d, s));
        }
        out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        out
    }
}
