// learner: optimal
// idiom: TA textbook style: Posting struct per term, match on Ordering in the merge, HashSet dedup of query words, HashMap score table for ranking, doc comments + debug_asserts
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words of alphanumeric characters.
pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut result = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                result.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    debug_assert!(result.windows(2).all(|w| w[0] < w[1]), "output is increasing");
    result
}

/// The posting list of one term: increasing document ids and, beside each,
/// how often the term occurs in that document.
#[derive(Debug, Default)]
struct Posting {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

impl Posting {
    /// Records one occurrence in `doc`; documents arrive in increasing order.
    fn add(&mut self, doc: DocId) {
        if self.docs.last() == Some(&doc) {
            *self.counts.last_mut().unwrap() += 1;
        } else {
            debug_assert!(self.docs.last().map_or(true, |&d| d < doc));
            self.docs.push(doc);
            self.counts.push(1);
        }
    }
}

/// An inverted index: each term maps to its posting list.
pub struct Index {
    postings: HashMap<String, Posting>,
    doc_count: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Posting> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                postings.entry(word).or_default().add(id);
            }
        }
        Index { postings, doc_count: docs.len() }
    }

    /// The posting lists of the distinct query words, shortest first, or
    /// `None` when the query has no words or one of them is unknown.
    fn query_postings(&self, query: &str) -> Option<Vec<&Posting>> {
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        let mut lists = Vec::with_capacity(words.len());
        for word in &words {
            lists.push(self.postings.get(word)?);
        }
        lists.sort_by_key(|p| p.docs.len());
        Some(lists)
    }

    /// Ids of the documents containing every word of `query`, increasing.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(lists) = self.query_postings(query) else {
            return Vec::new();
        };
        let mut result = lists[0].docs.clone();
        for posting in &lists[1..] {
            result = intersect(&result, &posting.docs);
        }
        result
    }

    /// The matches of `search(query)` with TF-IDF scores, best first.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.query_postings(query) else {
            return Vec::new();
        };
        let hits = self.search(query);
        let mut scores: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        let n = self.doc_count as f64;
        for posting in lists {
            let idf = 1.0 + (n / posting.docs.len() as f64).ln();
            for (doc, &tf) in posting.docs.iter().zip(&posting.counts) {
                if let Some(score) = scores.get_mut(doc) {
                    *score += tf as f64 * idf;
                }
            }
        }
        let mut ranked: Vec<(DocId, f64)> = scores.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        assert_eq!(ranked.len(), hits.len(), "every hit is scored once");
        ranked
    }
}
