// learner: slow
// why: intersect is O(a * b) time, target O(a + b): brute force, for each id of a it scans b from the start until it finds it
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut common = Vec::new();
    for &x in a {
        for &y in b {
            if x == y {
                common.push(x);
                break;
            }
        }
    }
    common
}

pub struct Index {
    docs_count: usize,
    index: HashMap<String, Vec<DocId>>,
    freq: HashMap<(String, DocId), usize>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut index: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut freq = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            for t in tokenize(d) {
                let list = index.entry(t.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
                *freq.entry((t, i)).or_insert(0) += 1;
            }
        }
        Index { docs_count: docs.len(), index, freq }
    }

    fn terms(query: &str) -> Vec<String> {
        let mut seen = HashSet::new();
        tokenize(query).into_iter().filter(|t| seen.insert(t.clone())).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::terms(query);
        if terms.is_empty() {
            return vec![];
        }
        let mut result: Option<Vec<DocId>> = None;
        for t in &terms {
            let list = match self.index.get(t) {
                Some(l) => l,
                None => return vec![],
            };
            result = Some(match result {
                None => list.clone(),
                Some(r) => intersect(&r, list),
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = Self::terms(query);
        let mut out: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let s: f64 = terms
                    .iter()
                    .map(|t| {
                        let df = self.index[t].len() as f64;
                        let tf = self.freq[&(t.clone(), d)] as f64;
                        tf * (1.0 + (self.docs_count as f64 / df).ln())
                    })
                    .sum();
                (d, s)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
