// learner: optimal
// idiom: Janet: postings as arrays of [id tf] tuples; intersect gallops (doubling steps, then binary search) from where it left off; ranking carries [id score] pairs through the same merges
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words: maximal runs of alphanumeric
/// characters (Unicode-aware, see `char::is_alphanumeric`); everything else
/// separates words.
pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                words.push(text[s..at].to_lowercase());
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

// first index >= from with xs[index] >= target (xs.len() if none), by galloping
fn gallop(xs: &[DocId], from: usize, target: DocId) -> usize {
    let mut lo = from;
    let mut step = 1;
    let mut hi = from;
    while hi < xs.len() && xs[hi] < target {
        lo = hi + 1;
        hi = from + step;
        step *= 2;
    }
    let hi = hi.min(xs.len());
    // answer is in [lo, hi]
    lo + xs[lo..hi].partition_point(|&x| x < target)
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::new();
    let mut pos = 0;
    for &x in small {
        pos = gallop(big, pos, x);
        if pos == big.len() {
            break;
        }
        if big[pos] == x {
            out.push(x);
            pos += 1;
        }
    }
    out
}

pub struct Index {
    words: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut words: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let arr = words.entry(w).or_default();
                match arr.last_mut() {
                    Some((last, tf)) if *last == d => *tf += 1,
                    _ => arr.push((d, 1)),
                }
            }
        }
        Index { words, n: docs.len() }
    }

    fn postings(&self, query: &str) -> Vec<&Vec<(DocId, u32)>> {
        let mut ws = tokenize(query);
        ws.sort_unstable();
        ws.dedup();
        let mut ps = Vec::new();
        for w in &ws {
            match self.words.get(w) {
                Some(p) => ps.push(p),
                None => return Vec::new(),
            }
        }
        ps.sort_by_key(|p| p.len());
        ps
    }

    fn idf(&self, df: usize) -> f64 {
        1.0 + (self.n as f64 / df as f64).ln()
    }

    /// Ids of the documents containing every word of `query` (tokenized like
    /// the documents), in increasing order. A query without words matches
    /// nothing.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.scored(query).into_iter().map(|(d, _)| d).collect()
    }

    // [id score] pairs by increasing id, merged term by term
    fn scored(&self, query: &str) -> Vec<(DocId, f64)> {
        let ps = self.postings(query);
        if ps.is_empty() {
            return Vec::new();
        }
        let idf0 = self.idf(ps[0].len());
        let mut acc: Vec<(DocId, f64)> = ps[0].iter().map(|&(d, tf)| (d, tf as f64 * idf0)).collect();
        for p in &ps[1..] {
            let idf = self.idf(p.len());
            let mut next = Vec::with_capacity(acc.len().min(p.len()));
            let mut j = 0;
            for &(d, s) in &acc {
                while j < p.len() && p[j].0 < d {
                    j += 1;
                }
                if j == p.len() {
                    break;
                }
                if p[j].0 == d {
                    next.push((d, s + p[j].1 as f64 * idf));
                    j += 1;
                }
            }
            acc = next;
        }
        acc
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest
    /// first, equal scores by increasing id.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut hits = self.scored(query);
        hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        hits
    }
}
