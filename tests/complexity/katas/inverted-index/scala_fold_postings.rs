// learner: optimal
// idiom: Scala-ish: HashMap<String, Vec<(DocId, u32)>>, Option chains collect::<Option<Vec<_>>>, fold of intersections, two-pointer score walk
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

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

pub struct Index {
    n_docs: usize,
    postings: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        docs.iter().enumerate().for_each(|(id, text)| {
            tokenize(text).into_iter().for_each(|tok| {
                let list = postings.entry(tok).or_default();
                match list.last_mut() {
                    Some((d, c)) if *d == id => *c += 1,
                    _ => list.push((id, 1)),
                }
            })
        });
        Index { n_docs: docs.len(), postings }
    }

    fn distinct_terms(query: &str) -> Vec<String> {
        let mut terms = tokenize(query);
        terms.sort_unstable();
        terms.dedup();
        terms
    }

    fn lists_for(&self, terms: &[String]) -> Option<Vec<&Vec<(DocId, u32)>>> {
        terms.iter().map(|t| self.postings.get(t)).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::distinct_terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut lists = match self.lists_for(&terms) {
            Some(l) => l,
            None => return Vec::new(),
        };
        lists.sort_by_key(|l| l.len());
        let first: Vec<DocId> = lists[0].iter().map(|&(d, _)| d).collect();
        lists[1..].iter().fold(first, |acc, l| {
            let ids: Vec<DocId> = l.iter().map(|&(d, _)| d).collect();
            intersect(&acc, &ids)
        })
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let terms = Self::distinct_terms(query);
        let n = self.n_docs as f64;
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for t in &terms {
            let list = &self.postings[t];
            let idf = 1.0 + (n / list.len() as f64).ln();
            // both sorted by id: walk them together
            let mut p = 0;
            for slot in scored.iter_mut() {
                while list[p].0 < slot.0 {
                    p += 1;
                }
                slot.1 += list[p].1 as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
