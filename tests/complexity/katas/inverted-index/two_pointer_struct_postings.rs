// learner: optimal
// idiom: HashMap<String, Posting{docs, counts}>, classic two-pointer while loop, shortest lists first, tf picked up by a cursor walk
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
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
    n_docs: usize,
    terms: HashMap<String, Posting>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Posting> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let p = terms.entry(word).or_default();
                if p.docs.last() == Some(&id) {
                    *p.counts.last_mut().unwrap() += 1;
                } else {
                    p.docs.push(id);
                    p.counts.push(1);
                }
            }
        }
        Index { n_docs: docs.len(), terms }
    }

    /// The posting lists of the distinct query words, shortest first; None if a word is unknown.
    fn lists(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut seen = HashSet::new();
        let mut lists = Vec::new();
        for w in tokenize(query) {
            if seen.insert(w.clone()) {
                lists.push(self.terms.get(&w)?);
            }
        }
        if lists.is_empty() {
            return None;
        }
        lists.sort_by_key(|p| p.docs.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(lists) = self.lists(query) else {
            return Vec::new();
        };
        let mut acc = lists[0].docs.clone();
        for p in &lists[1..] {
            acc = intersect(&acc, &p.docs);
            if acc.is_empty() {
                break;
            }
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let lists = self.lists(query).unwrap();
        let mut scores = vec![0.0f64; hits.len()];
        for p in lists {
            let idf = 1.0 + (self.n_docs as f64 / p.docs.len() as f64).ln();
            let mut c = 0;
            for (k, &d) in hits.iter().enumerate() {
                while p.docs[c] < d {
                    c += 1;
                }
                scores[k] += p.counts[c] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
