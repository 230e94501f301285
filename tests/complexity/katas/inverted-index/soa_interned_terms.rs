// learner: optimal
// idiom: C++-style: interned term ids, structure-of-arrays postings (doc ids and tfs in parallel Vecs), index-loop merges, manual tokenizer over char_indices
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(text[s..i].to_lowercase());
        }
    }
    if let Some(s) = start {
        out.push(text[s..].to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x < y {
            i += 1;
        } else if y < x {
            j += 1;
        } else {
            out.push(x);
            i += 1;
            j += 1;
        }
    }
    out
}

pub struct Index {
    term_ids: HashMap<String, u32>,
    post_docs: Vec<Vec<DocId>>,
    post_tf: Vec<Vec<u32>>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ix = Index { term_ids: HashMap::new(), post_docs: Vec::new(), post_tf: Vec::new(), n_docs: docs.len() };
        for (d, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let next_id = ix.post_docs.len() as u32;
                let t = *ix.term_ids.entry(word).or_insert(next_id) as usize;
                if t == ix.post_docs.len() {
                    ix.post_docs.push(Vec::new());
                    ix.post_tf.push(Vec::new());
                }
                let docs_t = &mut ix.post_docs[t];
                if docs_t.last() == Some(&d) {
                    let last = ix.post_tf[t].len() - 1;
                    ix.post_tf[t][last] += 1;
                } else {
                    docs_t.push(d);
                    ix.post_tf[t].push(1);
                }
            }
        }
        ix
    }

    /// Distinct term ids of the query, or None if some word is not indexed at all.
    /// Ordered by posting length, shortest first.
    fn query_terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ts: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let t = *self.term_ids.get(&w)? as usize;
            ts.push(t);
        }
        ts.sort_unstable_by_key(|&t| (self.post_docs[t].len(), t));
        ts.dedup();
        Some(ts)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ts = match self.query_terms(query) {
            Some(ts) if !ts.is_empty() => ts,
            _ => return Vec::new(),
        };
        let mut hits = self.post_docs[ts[0]].clone();
        for k in 1..ts.len() {
            if hits.is_empty() {
                break;
            }
            hits = intersect(&hits, &self.post_docs[ts[k]]);
        }
        hits
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let ts = self.query_terms(query).unwrap_or_default();
        let mut score = vec![0.0f64; hits.len()];
        let n = self.n_docs as f64;
        for &t in &ts {
            let docs = &self.post_docs[t];
            let tfs = &self.post_tf[t];
            let idf = 1.0 + (n / docs.len() as f64).ln();
            // hits is a subset of docs, both sorted: one merge pass picks up the tfs
            let mut p = 0usize;
            for h in 0..hits.len() {
                while docs[p] < hits[h] {
                    p += 1;
                }
                score[h] += tfs[p] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(score).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
