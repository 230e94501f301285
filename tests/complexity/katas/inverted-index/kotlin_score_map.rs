// learner: optimal
// idiom: Kotlin-ish: Posting data class with parallel ids/tf vecs, char-loop tokenizer, when-style if/else merge, HashMap of scores for ranking
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            current.push(ch);
        } else if !current.is_empty() {
            words.push(current.to_lowercase());
            current.clear();
        }
    }
    if !current.is_empty() {
        words.push(current.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut result = Vec::new();
    let mut left = 0;
    let mut right = 0;
    loop {
        if left >= a.len() || right >= b.len() {
            break;
        }
        let x = a[left];
        let y = b[right];
        if x == y {
            result.push(x);
            left += 1;
            right += 1;
        } else if x < y {
            left += 1;
        } else {
            right += 1;
        }
    }
    result
}

#[derive(Default, Debug)]
struct Posting {
    ids: Vec<DocId>,
    tf: Vec<u32>,
}

impl Posting {
    fn add(&mut self, doc: DocId) {
        if self.ids.last() == Some(&doc) {
            *self.tf.last_mut().unwrap() += 1;
        } else {
            self.ids.push(doc);
            self.tf.push(1);
        }
    }
}

pub struct Index {
    total: usize,
    terms: HashMap<String, Posting>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Posting> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                terms.entry(word).or_default().add(doc);
            }
        }
        Index { total: docs.len(), terms }
    }

    /// distinct query words in first-seen order, or None if one is unknown
    fn postings_of(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for word in tokenize(query) {
            if seen.insert(word.clone()) {
                out.push(self.terms.get(&word)?);
            }
        }
        if out.is_empty() {
            None
        } else {
            Some(out)
        }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(mut lists) = self.postings_of(query) else {
            return vec![];
        };
        lists.sort_by_key(|p| p.ids.len());
        let mut acc = lists[0].ids.clone();
        for p in &lists[1..] {
            if acc.is_empty() {
                break;
            }
            acc = intersect(&acc, &p.ids);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let lists = match self.postings_of(query) {
            Some(l) if !hits.is_empty() => l,
            _ => return vec![],
        };
        let mut scores: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        for p in lists {
            let idf = 1.0 + (self.total as f64 / p.ids.len() as f64).ln();
            for (k, doc) in p.ids.iter().enumerate() {
                if let Some(s) = scores.get_mut(doc) {
                    *s += p.tf[k] as f64 * idf;
                }
            }
        }
        let mut out: Vec<(DocId, f64)> = scores.into_iter().collect();
        out.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap().then_with(|| x.0.cmp(&y.0)));
        out
    }
}
