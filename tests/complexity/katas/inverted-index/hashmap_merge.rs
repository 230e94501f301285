// learner: optimal
// idiom: HashMap<String, Vec<(DocId, u32)>> with entry API, two-cursor intersect with match on cmp, shortest lists first
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
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
    postings: HashMap<String, Vec<(DocId, u32)>>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let list = postings.entry(word).or_default();
                match list.last_mut() {
                    Some((d, c)) if *d == id => *c += 1,
                    _ => list.push((id, 1)),
                }
            }
        }
        Index { postings, n_docs: docs.len() }
    }

    fn terms(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        let mut lists = Vec::new();
        for w in &words {
            lists.push(self.postings.get(w)?);
        }
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(lists) = self.terms(query) else { return Vec::new() };
        let mut acc: Vec<DocId> = lists[0].iter().map(|&(d, _)| d).collect();
        for list in &lists[1..] {
            let ids: Vec<DocId> = list.iter().map(|&(d, _)| d).collect();
            acc = intersect(&acc, &ids);
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
        let lists = self.terms(query).unwrap();
        let n = self.n_docs as f64;
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for list in lists {
            let idf = 1.0 + (n / list.len() as f64).ln();
            let mut k = 0;
            for (d, score) in scored.iter_mut() {
                while list[k].0 < *d {
                    k += 1;
                }
                *score += list[k].1 as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
