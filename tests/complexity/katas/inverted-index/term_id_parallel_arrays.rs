// learner: optimal
// idiom: MATLAB signal-processing engineer: vocabulary map term -> column index, postings as parallel arrays (doc ids, tf counts), while-loop two-pointer merges with explicit i/j indices
use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut buf = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            buf.push(ch);
        } else if !buf.is_empty() {
            words.push(buf.to_lowercase());
            buf.clear();
        }
    }
    if !buf.is_empty() {
        words.push(buf.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut c = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
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
    n_docs: usize,
    vocab: HashMap<String, usize>,
    doc_ids: Vec<Vec<DocId>>, // doc_ids[t] = increasing docs containing term t
    tf: Vec<Vec<u32>>,        // tf[t][k] = count of term t in doc_ids[t][k]
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ix = Index { n_docs: docs.len(), vocab: HashMap::new(), doc_ids: Vec::new(), tf: Vec::new() };
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let n_terms = ix.doc_ids.len();
                let t = *ix.vocab.entry(w).or_insert(n_terms);
                if t == n_terms {
                    ix.doc_ids.push(Vec::new());
                    ix.tf.push(Vec::new());
                }
                // docs come in increasing order, so only the last entry can be this doc
                if ix.doc_ids[t].last() == Some(&d) {
                    *ix.tf[t].last_mut().unwrap() += 1;
                } else {
                    ix.doc_ids[t].push(d);
                    ix.tf[t].push(1);
                }
            }
        }
        ix
    }

    /// distinct term columns of the query; None if some word is not in the vocabulary
    fn query_terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut cols = Vec::new();
        for w in tokenize(query) {
            let t = *self.vocab.get(&w)?;
            if !cols.contains(&t) {
                cols.push(t);
            }
        }
        Some(cols)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut cols = match self.query_terms(query) {
            Some(c) if !c.is_empty() => c,
            _ => return Vec::new(),
        };
        // shortest list first keeps the running result small
        cols.sort_by_key(|&t| self.doc_ids[t].len());
        let mut res = self.doc_ids[cols[0]].clone();
        for k in 1..cols.len() {
            res = intersect(&res, &self.doc_ids[cols[k]]);
            if res.is_empty() {
                break;
            }
        }
        res
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let cols = self.query_terms(query).unwrap();
        let n = self.n_docs as f64;
        let mut score = vec![0.0f64; hits.len()];
        for &t in &cols {
            let ids = &self.doc_ids[t];
            let idf = 1.0 + (n / ids.len() as f64).ln();
            // every hit is in ids: walk both with two pointers
            let mut j = 0;
            for i in 0..hits.len() {
                while ids[j] < hits[i] {
                    j += 1;
                }
                score[i] += self.tf[t][j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(score).collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        out
    }
}
