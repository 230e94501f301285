// learner: slow
// idiom: SAS statistician: "WHERE doc IN (list)" thinking; intersect keeps each id of a that b contains, tf looked up by a linear find in the posting rows, and ranked re-sorts with a per-row score lookup
// why: intersect is O(a * b) (b.contains per id of a) vs O(a + b); search is O(q * p^2) through it; ranked also finds each tf by a linear scan of the posting list, O(r * p) per term, vs O(q p + r log r)
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
    for x in a {
        if b.contains(x) {
            out.push(*x);
        }
    }
    out
}

pub struct Index {
    // term -> rows of (doc, tf)
    rows: HashMap<String, Vec<(DocId, usize)>>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut rows: HashMap<String, Vec<(DocId, usize)>> = HashMap::new();
        for d in 0..docs.len() {
            for w in tokenize(docs[d]) {
                let r = rows.entry(w).or_default();
                match r.iter_mut().find(|row| row.0 == d) {
                    Some(row) => row.1 += 1,
                    None => r.push((d, 1)),
                }
            }
        }
        Index { rows, n_docs: docs.len() }
    }

    fn terms(query: &str) -> Vec<String> {
        let mut t: Vec<String> = Vec::new();
        for w in tokenize(query) {
            if !t.contains(&w) {
                t.push(w);
            }
        }
        t
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut res: Option<Vec<DocId>> = None;
        for t in &terms {
            let docs: Vec<DocId> = match self.rows.get(t) {
                Some(r) => r.iter().map(|row| row.0).collect(),
                None => return Vec::new(),
            };
            res = Some(match res {
                None => docs,
                Some(prev) => intersect(&prev, &docs),
            });
        }
        res.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut out = Vec::new();
        for &d in &hits {
            let mut score = 0.0;
            for t in Self::terms(query) {
                let r = &self.rows[&t];
                let tf = r.iter().find(|row| row.0 == d).map(|row| row.1).unwrap_or(0);
                score += tf as f64 * (1.0 + (self.n_docs as f64 / r.len() as f64).ln());
            }
            out.push((d, score));
        }
        out.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap().then(x.0.cmp(&y.0)));
        out
    }
}
