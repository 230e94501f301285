// learner: slow
// why: Index::ranked is O(q r p) time, target O(q p + r log r): for every hit and every term it finds the term frequency with posting.iter().find from the start of the list
//! Inverted index with AND queries and TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(|s| s.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut res = vec![];
    let mut i = 0;
    let mut j = 0;
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            res.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    res
}

pub struct Index {
    map: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut map: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let v = map.entry(w).or_insert_with(Vec::new);
                if let Some(last) = v.last_mut() {
                    if last.0 == d {
                        last.1 += 1;
                        continue;
                    }
                }
                v.push((d, 1));
            }
        }
        Index { map, n: docs.len() }
    }

    fn terms(query: &str) -> Vec<String> {
        let mut t = tokenize(query);
        t.sort();
        t.dedup();
        t
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::terms(query);
        if terms.is_empty() {
            return vec![];
        }
        let mut result: Option<Vec<DocId>> = None;
        for t in &terms {
            let ids: Vec<DocId> = match self.map.get(t) {
                Some(p) => p.iter().map(|x| x.0).collect(),
                None => return vec![],
            };
            result = Some(match result {
                None => ids,
                Some(r) => intersect(&r, &ids),
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let terms = Self::terms(query);
        let mut out = Vec::new();
        for &d in &hits {
            let mut score = 0.0;
            for t in &terms {
                let posting = &self.map[t];
                let idf = 1.0 + (self.n as f64 / posting.len() as f64).ln();
                let tf = posting.iter().find(|(doc, _)| *doc == d).map(|x| x.1).unwrap_or(0);
                score += tf as f64 * idf;
            }
            out.push((d, score));
        }
        out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        out
    }
}
