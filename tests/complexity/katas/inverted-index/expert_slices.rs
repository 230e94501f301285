// learner: optimal
// idiom: experienced: slice-pattern merge in intersect, entry API, HashSet dedup, split posting (docs, tf) vectors, iterator chains
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(mut a: &[DocId], mut b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    while let ([x, ra @ ..], [y, rb @ ..]) = (a, b) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => a = ra,
            std::cmp::Ordering::Greater => b = rb,
            std::cmp::Ordering::Equal => {
                out.push(*x);
                a = ra;
                b = rb;
            }
        }
    }
    out
}

#[derive(Default)]
struct Posting {
    docs: Vec<DocId>,
    tf: Vec<u32>,
}

pub struct Index {
    terms: HashMap<String, Posting>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Posting> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let p = terms.entry(word).or_default();
                if p.docs.last() == Some(&id) {
                    *p.tf.last_mut().unwrap() += 1;
                } else {
                    p.docs.push(id);
                    p.tf.push(1);
                }
            }
        }
        Self { terms, n: docs.len() }
    }

    fn postings(&self, query: &str) -> Option<Vec<&Posting>> {
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        let mut ps = words
            .iter()
            .map(|w| self.terms.get(w))
            .collect::<Option<Vec<_>>>()?;
        ps.sort_unstable_by_key(|p| p.docs.len());
        Some(ps)
    }

    fn hits(ps: &[&Posting]) -> Vec<DocId> {
        let Some((first, rest)) = ps.split_first() else {
            return Vec::new();
        };
        rest.iter()
            .try_fold(first.docs.clone(), |acc, p| {
                let next = intersect(&acc, &p.docs);
                if next.is_empty() { Err(()) } else { Ok(next) }
            })
            .unwrap_or_default()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.postings(query).map_or_else(Vec::new, |ps| Self::hits(&ps))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(ps) = self.postings(query) else {
            return Vec::new();
        };
        let mut scored: Vec<(DocId, f64)> = Self::hits(&ps).into_iter().map(|d| (d, 0.0)).collect();
        for p in &ps {
            let idf = 1.0 + (self.n as f64 / p.docs.len() as f64).ln();
            let mut k = 0;
            for (doc, score) in scored.iter_mut() {
                while p.docs[k] < *doc {
                    k += 1;
                }
                *score += p.tf[k] as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
