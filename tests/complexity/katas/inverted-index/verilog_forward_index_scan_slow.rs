// learner: slow
// idiom: verilog: keep a per-document term-count table (forward index) and answer a query by sweeping every document, like polling every register
// why: misses Index::search / Index::ranked O(q p): every query visits all N documents even when the query words are in a handful, O(N q) per query
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words (maximal runs of alphanumeric chars).
pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut s: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), s) {
            (true, None) => s = Some(i),
            (false, Some(b)) => {
                out.push(text[b..i].to_lowercase());
                s = None;
            }
            _ => {}
        }
    }
    if let Some(b) = s {
        out.push(text[b..].to_lowercase());
    }
    out
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

pub struct Index {
    counts: Vec<HashMap<String, u32>>, // per document: term -> tf
    df: HashMap<String, usize>,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut counts = Vec::with_capacity(docs.len());
        let mut df: HashMap<String, usize> = HashMap::new();
        for d in docs {
            let mut c: HashMap<String, u32> = HashMap::new();
            for w in tokenize(d) {
                *c.entry(w).or_insert(0) += 1;
            }
            for w in c.keys() {
                *df.entry(w.clone()).or_insert(0) += 1;
            }
            counts.push(c);
        }
        Index { counts, df }
    }

    fn words(query: &str) -> Vec<String> {
        let mut ws: Vec<String> = Vec::new();
        for w in tokenize(query) {
            if !ws.contains(&w) {
                ws.push(w);
            }
        }
        ws
    }

    /// Ids of the documents containing every word of `query`, in increasing order.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ws = Self::words(query);
        if ws.is_empty() {
            return Vec::new();
        }
        let mut hits = Vec::new();
        for d in 0..self.counts.len() {
            let mut all = true;
            for w in &ws {
                if !self.counts[d].contains_key(w) {
                    all = false;
                    break;
                }
            }
            if all {
                hits.push(d);
            }
        }
        hits
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest first.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ws = Self::words(query);
        let n = self.counts.len() as f64;
        let mut out: Vec<(DocId, f64)> = Vec::new();
        for d in self.search(query) {
            let mut s = 0.0;
            for w in &ws {
                let tf = self.counts[d][w] as f64;
                s += tf * (1.0 + (n / self.df[w] as f64).ln());
            }
            out.push((d, s));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
