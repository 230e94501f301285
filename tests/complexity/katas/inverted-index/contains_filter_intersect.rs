// learner: slow
// idiom: Pony actor-model programmer: same posting-list index, but intersect keeps the ids of `a` that `b.contains`, and the query pipes the running result through that filter term by term.
// why: intersect is O(a * b) (Vec::contains rescans b for every id of a), so search and ranked become O(q * p^2) vs the O(a + b) / O(q p) targets.
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    a.iter().copied().filter(|id| b.contains(id)).collect()
}

pub struct Index {
    _postings: HashMap<String, Vec<DocId>>,
    _freq: HashMap<(String, DocId), usize>,
    _n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut freq: HashMap<(String, DocId), usize> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word.clone()).or_default();
                if list.last() != Some(&id) {
                    list.push(id);
                }
                *freq.entry((word, id)).or_insert(0) += 1;
            }
        }
        Index { _postings: postings, _freq: freq, _n: docs.len() }
    }

    fn _terms(query: &str) -> Vec<String> {
        let mut terms = tokenize(query);
        terms.sort();
        terms.dedup();
        terms
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::_terms(query);
        let mut result: Option<Vec<DocId>> = None;
        for t in &terms {
            let list = match self._postings.get(t) {
                Some(l) => l,
                None => return Vec::new(),
            };
            result = Some(match result {
                None => list.clone(),
                Some(r) => intersect(&r, list),
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = Self::_terms(query);
        let mut out: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let score = terms
                    .iter()
                    .map(|t| {
                        let df = self._postings[t].len() as f64;
                        let tf = self._freq[&(t.clone(), d)] as f64;
                        tf * (1.0 + (self._n as f64 / df).ln())
                    })
                    .sum();
                (d, score)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
