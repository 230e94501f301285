// learner: optimal
// idiom: JavaScript bootcamp graduate: split/filter/map chain for tokenize, while-loop two pointers for intersect, shortest-list-first reduce for search, and a "scores object" (HashMap doc -> {hits, score}) for ranking
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = vec![];
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
    docCount: usize,
    postings: HashMap<String, Vec<DocId>>,
    freqs: HashMap<String, Vec<u32>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut freqs: HashMap<String, Vec<u32>> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let ids = postings.entry(word.clone()).or_default();
                let tfs = freqs.entry(word).or_default();
                if ids.last() == Some(&id) {
                    *tfs.last_mut().unwrap() += 1;
                } else {
                    ids.push(id);
                    tfs.push(1);
                }
            }
        }
        Index { docCount: docs.len(), postings, freqs }
    }

    fn uniqueWords(query: &str) -> Vec<String> {
        let mut seen = HashSet::new();
        tokenize(query).into_iter().filter(|w| seen.insert(w.clone())).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::uniqueWords(query);
        if words.is_empty() {
            return vec![];
        }
        let mut lists = vec![];
        for w in &words {
            match self.postings.get(w) {
                Some(list) => lists.push(list),
                None => return vec![],
            }
        }
        lists.sort_by_key(|l| l.len());
        let mut result = lists[0].clone();
        for list in &lists[1..] {
            result = intersect(&result, list);
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::uniqueWords(query);
        if words.is_empty() {
            return vec![];
        }
        let n = self.docCount as f64;
        let mut scores: HashMap<DocId, (usize, f64)> = HashMap::new();
        for w in &words {
            let (Some(ids), Some(tfs)) = (self.postings.get(w), self.freqs.get(w)) else {
                return vec![];
            };
            let idf = 1.0 + (n / ids.len() as f64).ln();
            for (id, tf) in ids.iter().zip(tfs) {
                let entry = scores.entry(*id).or_insert((0, 0.0));
                entry.0 += 1;
                entry.1 += *tf as f64 * idf;
            }
        }
        let mut results: Vec<(DocId, f64)> = scores
            .into_iter()
            .filter(|(_, (hits, _))| *hits == words.len())
            .map(|(id, (_, score))| (id, score))
            .collect();
        results.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        results
    }
}
