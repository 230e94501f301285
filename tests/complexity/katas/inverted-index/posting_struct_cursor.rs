// learner: optimal
// idiom: Java-ish Posting struct with getters (ids(), tf_at()), BTreeMap<String, Posting>, char-by-char tokenizer pushing into a String buffer, generic merge intersect over Ord + Copy, ranked picks tf with a forward cursor per term
//! Inverted index with AND queries and TF-IDF ranking.

use std::collections::BTreeMap;

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

fn merge_common<T: Ord + Copy>(left: &[T], right: &[T]) -> Vec<T> {
    let mut common = Vec::new();
    let mut l = 0;
    let mut r = 0;
    while l < left.len() && r < right.len() {
        if left[l] < right[r] {
            l += 1;
        } else if right[r] < left[l] {
            r += 1;
        } else {
            common.push(left[l]);
            l += 1;
            r += 1;
        }
    }
    common
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    merge_common(a, b)
}

#[derive(Default)]
struct Posting {
    docs: Vec<DocId>,
    freqs: Vec<u32>,
}

impl Posting {
    fn add(&mut self, doc: DocId) {
        if self.docs.last() == Some(&doc) {
            *self.freqs.last_mut().unwrap() += 1;
        } else {
            self.docs.push(doc);
            self.freqs.push(1);
        }
    }

    fn ids(&self) -> &[DocId] {
        &self.docs
    }

    fn doc_freq(&self) -> usize {
        self.docs.len()
    }

    fn tf_at(&self, pos: usize) -> u32 {
        self.freqs[pos]
    }
}

pub struct Index {
    terms: BTreeMap<String, Posting>,
    total_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: BTreeMap<String, Posting> = BTreeMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                terms.entry(w).or_default().add(doc);
            }
        }
        Index { terms, total_docs: docs.len() }
    }

    fn postings_for(&self, query: &str) -> Vec<&Posting> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        let mut found = Vec::new();
        for w in words {
            match self.terms.get(&w) {
                Some(p) => found.push(p),
                None => return vec![],
            }
        }
        found.sort_by_key(|p| p.doc_freq());
        found
    }

    fn and_of(postings: &[&Posting]) -> Vec<DocId> {
        let mut iter = postings.iter();
        let Some(first) = iter.next() else {
            return Vec::new();
        };
        let mut acc = first.ids().to_vec();
        for p in iter {
            acc = intersect(&acc, p.ids());
        }
        acc
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        Self::and_of(&self.postings_for(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let postings = self.postings_for(query);
        let hits = Self::and_of(&postings);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for p in &postings {
            let idf = 1.0 + (self.total_docs as f64 / p.doc_freq() as f64).ln();
            let mut cursor = 0;
            for entry in scored.iter_mut() {
                while p.ids()[cursor] < entry.0 {
                    cursor += 1;
                }
                entry.1 += p.tf_at(cursor) as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored
    }
}
