// learner: slow
// idiom: Eiffel design-by-contract developer: posting lists as id lists plus a parallel tf table, intersect written as "all x of a such that b has x" (filter + contains), ranking re-counts the word in each hit's token list
// why: intersect is O(a * b) (b.contains per id of a) vs the O(a + b) target, so search/ranked become O(q * p^2); ranked also re-tokenizes each hit document
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let result: Vec<DocId> = a.iter().copied().filter(|x| b.contains(x)).collect();
    // ensure: result is a subset of both
    debug_assert!(result.iter().all(|x| a.contains(x) && b.contains(x)));
    result
}

pub struct Index {
    documents: Vec<Vec<String>>,
    postings: HashMap<String, Vec<DocId>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let documents: Vec<Vec<String>> = docs.iter().map(|d| tokenize(d)).collect();
        let mut postings: HashMap<String, Vec<DocId>> = HashMap::new();
        for (id, words) in documents.iter().enumerate() {
            for w in words {
                let list = postings.entry(w.clone()).or_default();
                if list.last() != Some(&id) {
                    list.push(id);
                }
            }
        }
        Index { documents, postings }
    }

    fn distinct_words(query: &str) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for w in tokenize(query) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        words
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::distinct_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut result: Option<Vec<DocId>> = None;
        for w in &words {
            let list = match self.postings.get(w) {
                Some(l) => l.as_slice(),
                None => return Vec::new(),
            };
            result = Some(match result {
                None => list.to_vec(),
                Some(r) => intersect(&r, list),
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::distinct_words(query);
        let n = self.documents.len() as f64;
        let mut result: Vec<(DocId, f64)> = Vec::new();
        for d in self.search(query) {
            let mut score = 0.0;
            for w in &words {
                let tf = self.documents[d].iter().filter(|x| *x == w).count() as f64;
                let df = self.postings[w].len() as f64;
                score += tf * (1.0 + (n / df).ln());
            }
            result.push((d, score));
        }
        result.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        result
    }
}
