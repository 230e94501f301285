// learner: optimal
// idiom: Kotlin style: Posting data class, getOrPut via entry API, `let`-style Option chains, shortest-first fold, sort_by with then_with
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
    let (mut i, mut j) = (0, 0);
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

#[derive(Default)]
struct Posting {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    postings: HashMap<String, Posting>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Posting> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let p = postings.entry(word).or_default();
                if p.docs.last() == Some(&id) {
                    *p.counts.last_mut().unwrap() += 1;
                } else {
                    p.docs.push(id);
                    p.counts.push(1);
                }
            }
        }
        Index { postings, doc_count: docs.len() }
    }

    /// Distinct query terms' postings, shortest first; None if some term is unknown or no terms.
    fn lists_for(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut terms = tokenize(query);
        terms.sort_unstable();
        terms.dedup();
        if terms.is_empty() {
            return None;
        }
        let mut lists = terms
            .iter()
            .map(|t| self.postings.get(t))
            .collect::<Option<Vec<&Posting>>>()?;
        lists.sort_by_key(|p| p.docs.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.lists_for(query)
            .map(|lists| {
                let (first, rest) = lists.split_first().expect("non-empty");
                rest.iter()
                    .fold(first.docs.clone(), |acc, p| intersect(&acc, &p.docs))
            })
            .unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.lists_for(query) else {
            return Vec::new();
        };
        let hits = self.search(query);
        let mut scores = vec![0.0f64; hits.len()];
        let n = self.doc_count as f64;
        for p in &lists {
            let idf = 1.0 + (n / p.docs.len() as f64).ln();
            let mut k = 0;
            for (slot, &doc) in hits.iter().enumerate() {
                while p.docs[k] < doc {
                    k += 1;
                }
                scores[slot] += p.counts[k] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }
}
