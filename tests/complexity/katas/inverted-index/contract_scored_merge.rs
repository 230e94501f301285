// learner: optimal
// idiom: Eiffel design-by-contract developer: Posting records in one sorted list per term, preconditions "strictly increasing" checked in debug, intersection by Ordering match, ranking by carrying (doc, score) pairs through a scored merge
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::HashMap;

pub type DocId = usize;

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: DocId,
    tf: u32,
}

fn is_strictly_increasing(ids: &[DocId]) -> bool {
    ids.windows(2).all(|w| w[0] < w[1])
}

pub fn tokenize(text: &str) -> Vec<String> {
    let mut result = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            current.push(c);
        } else if !current.is_empty() {
            result.push(current.to_lowercase());
            current.clear();
        }
    }
    if !current.is_empty() {
        result.push(current.to_lowercase());
    }
    result
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    debug_assert!(is_strictly_increasing(a), "require a_sorted");
    debug_assert!(is_strictly_increasing(b), "require b_sorted");
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
    debug_assert!(is_strictly_increasing(&result), "ensure result_sorted");
    result
}

/// Keeps the scored documents that also appear in `postings`, adding their weight.
fn intersect_scored(scored: &[(DocId, f64)], postings: &[Posting], idf: f64) -> Vec<(DocId, f64)> {
    let mut result = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < scored.len() && j < postings.len() {
        match scored[i].0.cmp(&postings[j].doc) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                result.push((scored[i].0, scored[i].1 + postings[j].tf as f64 * idf));
                i += 1;
                j += 1;
            }
        }
    }
    result
}

pub struct Index {
    document_count: usize,
    terms: HashMap<String, Vec<Posting>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Vec<Posting>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = terms.entry(word).or_default();
                match list.last_mut() {
                    Some(p) if p.doc == doc => p.tf += 1,
                    _ => list.push(Posting { doc, tf: 1 }),
                }
            }
        }
        Index { document_count: docs.len(), terms }
    }

    /// The posting lists of the distinct query words, shortest first; None if a word is unknown.
    fn query_lists(&self, query: &str) -> Option<Vec<&Vec<Posting>>> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        if words.is_empty() {
            return None;
        }
        let mut lists = Vec::with_capacity(words.len());
        for w in &words {
            lists.push(self.terms.get(w)?);
        }
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    fn idf(&self, list: &[Posting]) -> f64 {
        1.0 + (self.document_count as f64 / list.len() as f64).ln()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.ranked_in_id_order(query).into_iter().map(|(d, _)| d).collect()
    }

    fn ranked_in_id_order(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.query_lists(query) else {
            return Vec::new();
        };
        let first = lists[0];
        let idf = self.idf(first);
        let mut scored: Vec<(DocId, f64)> = first.iter().map(|p| (p.doc, p.tf as f64 * idf)).collect();
        for list in &lists[1..] {
            scored = intersect_scored(&scored, list, self.idf(list));
        }
        scored
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut result = self.ranked_in_id_order(query);
        result.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Equal).then(a.0.cmp(&b.0)));
        result
    }
}
