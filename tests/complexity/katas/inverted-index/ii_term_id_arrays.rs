// learner: optimal
// idiom: Fortran-style: vocabulary mapped to term numbers, parallel doc/tf arrays per term, index-cursor merges, score array plus permutation sort
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start {
            out.push(text[s..i].to_lowercase());
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(text[s..].to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let na = a.len();
    let nb = b.len();
    let mut c = Vec::with_capacity(na.min(nb));
    let mut i = 0;
    let mut j = 0;
    while i < na && j < nb {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            c.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    c
}

pub struct Index {
    vocab: HashMap<String, usize>,
    pdoc: Vec<Vec<DocId>>,
    ptf: Vec<Vec<u32>>,
    ndoc: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut vocab: HashMap<String, usize> = HashMap::new();
        let mut pdoc: Vec<Vec<DocId>> = Vec::new();
        let mut ptf: Vec<Vec<u32>> = Vec::new();
        for d in 0..docs.len() {
            for w in tokenize(docs[d]) {
                let next = pdoc.len();
                let t = *vocab.entry(w).or_insert(next);
                if t == next {
                    pdoc.push(Vec::new());
                    ptf.push(Vec::new());
                }
                let m = pdoc[t].len();
                if m > 0 && pdoc[t][m - 1] == d {
                    ptf[t][m - 1] += 1;
                } else {
                    pdoc[t].push(d);
                    ptf[t].push(1);
                }
            }
        }
        Index { vocab, pdoc, ptf, ndoc: docs.len() }
    }

    /// distinct term numbers of the query, shortest list first; None if a word is unknown or no words
    fn terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ts: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let t = *self.vocab.get(&w)?;
            if !ts.contains(&t) {
                ts.push(t);
            }
        }
        if ts.is_empty() {
            return None;
        }
        ts.sort_unstable_by_key(|&t| self.pdoc[t].len());
        Some(ts)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ts = match self.terms(query) {
            Some(ts) => ts,
            None => return Vec::new(),
        };
        let mut acc = self.pdoc[ts[0]].clone();
        for k in 1..ts.len() {
            acc = intersect(&acc, &self.pdoc[ts[k]]);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ts = match self.terms(query) {
            Some(ts) => ts,
            None => return Vec::new(),
        };
        let hits = self.search(query);
        let r = hits.len();
        let mut score = vec![0.0f64; r];
        let nd = self.ndoc as f64;
        for &t in &ts {
            let docs = &self.pdoc[t];
            let tfs = &self.ptf[t];
            let idf = 1.0 + (nd / docs.len() as f64).ln();
            let mut j = 0;
            for i in 0..r {
                while docs[j] < hits[i] {
                    j += 1;
                }
                score[i] += tfs[j] as f64 * idf;
            }
        }
        let mut perm: Vec<usize> = (0..r).collect();
        perm.sort_by(|&x, &y| score[y].total_cmp(&score[x]).then(hits[x].cmp(&hits[y])));
        let mut out = Vec::with_capacity(r);
        for &p in &perm {
            out.push((hits[p], score[p]));
        }
        out
    }
}
