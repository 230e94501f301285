// learner: optimal
// idiom: verilog: postings in one flat memory (base/len per term, filled by a two-pass counting sort); AND as a q-cursor "align to max" walk; case-statement intersect
// why: every cursor only moves forward, each step advances one cursor, so the q-way walk is O(q p) and intersect O(a + b); ranked reads tf at the aligned cursors, then sorts r hits
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words (maximal runs of alphanumeric chars).
pub fn tokenize(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            cur.push(ch);
        } else if !cur.is_empty() {
            words.push(cur.to_lowercase());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        words.push(cur.to_lowercase());
    }
    words
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut res = Vec::new();
    let mut pa = 0;
    let mut pb = 0;
    let na = a.len();
    let nb = b.len();
    // state machine: stay in RUN until one pointer falls off the end
    while pa < na && pb < nb {
        let (x, y) = (a[pa], b[pb]);
        let lt = (x < y) as u8;
        let gt = (x > y) as u8;
        match (lt, gt) {
            (1, _) => pa += 1,
            (_, 1) => pb += 1,
            _ => {
                res.push(x);
                pa += 1;
                pb += 1;
            }
        }
    }
    res
}

pub struct Index {
    term_of: HashMap<String, usize>,
    base: Vec<usize>, // start of each term's block in `mem`
    len: Vec<usize>,  // df of each term
    mem_doc: Vec<DocId>,
    mem_tf: Vec<u32>,
    ndocs: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        // pass 0: per document, the (term, count) pairs in first-seen order
        let mut term_of: HashMap<String, usize> = HashMap::new();
        let mut per_doc: Vec<Vec<(usize, u32)>> = Vec::with_capacity(docs.len());
        let mut local: HashMap<usize, usize> = HashMap::new();
        for text in docs {
            local.clear();
            let mut pairs: Vec<(usize, u32)> = Vec::new();
            for w in tokenize(text) {
                let fresh = term_of.len();
                let t = *term_of.entry(w).or_insert(fresh);
                match local.get(&t) {
                    Some(&k) => pairs[k].1 += 1,
                    None => {
                        local.insert(t, pairs.len());
                        pairs.push((t, 1));
                    }
                }
            }
            per_doc.push(pairs);
        }
        // pass 1: count df per term, prefix sum into base addresses
        let nterms = term_of.len();
        let mut len = vec![0usize; nterms];
        for pairs in &per_doc {
            for &(t, _) in pairs {
                len[t] += 1;
            }
        }
        let mut base = vec![0usize; nterms];
        let mut acc = 0usize;
        for t in 0..nterms {
            base[t] = acc;
            acc += len[t];
        }
        // pass 2: scatter, docs in id order so every block comes out sorted
        let mut wr = base.clone();
        let mut mem_doc = vec![0usize; acc];
        let mut mem_tf = vec![0u32; acc];
        for (d, pairs) in per_doc.iter().enumerate() {
            for &(t, c) in pairs {
                mem_doc[wr[t]] = d;
                mem_tf[wr[t]] = c;
                wr[t] += 1;
            }
        }
        Index { term_of, base, len, mem_doc, mem_tf, ndocs: docs.len() }
    }

    fn block(&self, t: usize) -> &[DocId] {
        &self.mem_doc[self.base[t]..self.base[t] + self.len[t]]
    }

    /// Distinct term numbers of the query, or None if empty / a word is unknown.
    fn terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ts: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            ts.push(*self.term_of.get(&w)?);
        }
        ts.sort_unstable();
        ts.dedup();
        if ts.is_empty() {
            None
        } else {
            Some(ts)
        }
    }

    /// q cursors walk their blocks; whenever all point at the same doc it is a hit.
    /// Calls `hit(doc, cursor positions)` for each.
    fn align<F: FnMut(DocId, &[usize])>(&self, ts: &[usize], mut hit: F) {
        let q = ts.len();
        let mut cur = vec![0usize; q];
        'outer: loop {
            // the largest head among the cursors is the target
            let mut target = 0usize;
            for k in 0..q {
                if cur[k] == self.len[ts[k]] {
                    break 'outer;
                }
                let d = self.block(ts[k])[cur[k]];
                if d > target {
                    target = d;
                }
            }
            // move every lagging cursor one step; only count a hit when none lagged
            let mut all_equal = true;
            for k in 0..q {
                if self.block(ts[k])[cur[k]] < target {
                    cur[k] += 1;
                    all_equal = false;
                }
            }
            if all_equal {
                hit(target, &cur);
                for c in cur.iter_mut() {
                    *c += 1;
                }
            }
        }
    }

    /// Ids of the documents containing every word of `query`, in increasing order.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ts = match self.terms(query) {
            Some(t) => t,
            None => return Vec::new(),
        };
        let mut out = Vec::new();
        self.align(&ts, |d, _| out.push(d));
        out
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest first.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ts = match self.terms(query) {
            Some(t) => t,
            None => return Vec::new(),
        };
        let n = self.ndocs as f64;
        let idf: Vec<f64> = ts.iter().map(|&t| 1.0 + (n / self.len[t] as f64).ln()).collect();
        let mut out = Vec::new();
        self.align(&ts, |d, cur| {
            let mut s = 0.0;
            for k in 0..ts.len() {
                s += self.mem_tf[self.base[ts[k]] + cur[k]] as f64 * idf[k];
            }
            out.push((d, s));
        });
        out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        out
    }
}
