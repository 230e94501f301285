// learner: optimal
// idiom: idiomatic std: HashMap<String, Postings> with parallel ids/tfs vecs, iterator-heavy tokenize, two-cursor merge with Ordering match, shortest-list-first fold
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[derive(Default)]
struct Postings {
    ids: Vec<DocId>,
    tfs: Vec<u32>,
}

pub struct Index {
    terms: HashMap<String, Postings>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Postings> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let p = terms.entry(word).or_default();
                if p.ids.last() == Some(&id) {
                    *p.tfs.last_mut().unwrap() += 1;
                } else {
                    p.ids.push(id);
                    p.tfs.push(1);
                }
            }
        }
        Index { terms, n_docs: docs.len() }
    }

    /// The posting lists of the distinct query words, shortest first; None if a word is unknown.
    fn lists(&self, query: &str) -> Option<Vec<&Postings>> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        if words.is_empty() {
            return None;
        }
        let mut lists = words.iter().map(|w| self.terms.get(w)).collect::<Option<Vec<_>>>()?;
        lists.sort_by_key(|p| p.ids.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.lists(query) {
            None => Vec::new(),
            Some(lists) => {
                let first = lists[0].ids.clone();
                lists[1..].iter().fold(first, |acc, p| intersect(&acc, &p.ids))
            }
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.lists(query) else { return Vec::new() };
        let hits = lists[1..].iter().fold(lists[0].ids.clone(), |acc, p| intersect(&acc, &p.ids));
        let mut scores = vec![0.0f64; hits.len()];
        for p in &lists {
            let idf = 1.0 + (self.n_docs as f64 / p.ids.len() as f64).ln();
            let mut j = 0;
            for (h, score) in hits.iter().zip(scores.iter_mut()) {
                while p.ids[j] < *h {
                    j += 1;
                }
                *score += p.tfs[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
