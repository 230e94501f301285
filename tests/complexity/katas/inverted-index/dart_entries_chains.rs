// learner: optimal
// idiom: Dart-style: HashMap<String, Vec<Posting>> of small structs, iterator chains (split/filter/map, peekable merge), HashMap<DocId, f64> score accumulator, closures
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::{HashMap, HashSet};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut both = Vec::new();
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => {
                left.next();
            }
            std::cmp::Ordering::Greater => {
                right.next();
            }
            std::cmp::Ordering::Equal => {
                both.push(x);
                left.next();
                right.next();
            }
        }
    }
    both
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: DocId,
    tf: u32,
}

pub struct Index {
    total_docs: usize,
    postings: HashMap<String, Vec<Posting>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        docs.iter().enumerate().for_each(|(doc, text)| {
            tokenize(text).into_iter().for_each(|word| {
                let list = postings.entry(word).or_default();
                match list.last_mut() {
                    Some(p) if p.doc == doc => p.tf += 1,
                    _ => list.push(Posting { doc, tf: 1 }),
                }
            })
        });
        Self { total_docs: docs.len(), postings }
    }

    fn lists(&self, query: &str) -> Option<Vec<&Vec<Posting>>> {
        let mut seen = HashSet::new();
        let mut lists = tokenize(query)
            .into_iter()
            .filter(|w| seen.insert(w.clone()))
            .map(|w| self.postings.get(&w))
            .collect::<Option<Vec<_>>>()?;
        lists.sort_by_key(|l| l.len());
        Some(lists).filter(|l| !l.is_empty())
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.lists(query)
            .map(|lists| {
                let first: Vec<DocId> = lists[0].iter().map(|p| p.doc).collect();
                lists[1..].iter().fold(first, |acc, list| {
                    let ids: Vec<DocId> = list.iter().map(|p| p.doc).collect();
                    intersect(&acc, &ids)
                })
            })
            .unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut scores: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        let n = self.total_docs as f64;
        self.lists(query).unwrap_or_default().iter().for_each(|list| {
            let idf = 1.0 + (n / list.len() as f64).ln();
            list.iter().for_each(|p| {
                if let Some(s) = scores.get_mut(&p.doc) {
                    *s += p.tf as f64 * idf;
                }
            });
        });
        let mut out: Vec<(DocId, f64)> = hits.iter().map(|d| (*d, scores[d])).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }
}
