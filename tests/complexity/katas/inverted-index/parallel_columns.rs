// learner: optimal
// idiom: SAS statistician: term -> (doc array, tf array) like two parallel columns; index-pointer merges (a MERGE with IN= flags), shortest list first, scores retained per output row
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    out
}

pub struct Index {
    doc_col: HashMap<String, Vec<DocId>>,
    tf_col: HashMap<String, Vec<u32>>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut doc_col: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf_col: HashMap<String, Vec<u32>> = HashMap::new();
        for d in 0..docs.len() {
            for w in tokenize(docs[d]) {
                let dl = doc_col.entry(w.clone()).or_default();
                let tl = tf_col.entry(w).or_default();
                if dl.last() == Some(&d) {
                    *tl.last_mut().unwrap() += 1;
                } else {
                    dl.push(d);
                    tl.push(1);
                }
            }
        }
        Index { doc_col, tf_col, n_docs: docs.len() }
    }

    fn query_terms(&self, query: &str) -> Vec<String> {
        let mut t = tokenize(query);
        t.sort();
        t.dedup();
        t
    }

    fn hits(&self, terms: &[String]) -> Vec<DocId> {
        if terms.is_empty() {
            return Vec::new();
        }
        let mut lists: Vec<&Vec<DocId>> = Vec::new();
        for t in terms {
            match self.doc_col.get(t) {
                Some(l) => lists.push(l),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|l| l.len());
        let mut res = lists[0].clone();
        for k in 1..lists.len() {
            res = intersect(&res, lists[k]);
        }
        res
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.hits(&self.query_terms(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = self.query_terms(query);
        let res = self.hits(&terms);
        if res.is_empty() {
            return Vec::new();
        }
        let mut score = vec![0.0f64; res.len()];
        for t in &terms {
            let dl = &self.doc_col[t];
            let tl = &self.tf_col[t];
            let idf = 1.0 + (self.n_docs as f64 / dl.len() as f64).ln();
            let mut j = 0;
            for i in 0..res.len() {
                while dl[j] < res[i] {
                    j += 1;
                }
                score[i] += tl[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = Vec::with_capacity(res.len());
        for i in 0..res.len() {
            out.push((res[i], score[i]));
        }
        out.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap().then(x.0.cmp(&y.0)));
        out
    }
}
