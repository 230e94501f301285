// learner: slow
// why: Index::search is O(p^2) time, target O(q p): filters the first posting list by Vec::contains on every other list
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = vec![];
    let (mut i, mut j) = (0usize, 0usize);
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

pub struct Index {
    n: usize,
    docs_of: HashMap<String, Vec<DocId>>,
    tf: HashMap<(String, DocId), u32>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut docs_of: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf: HashMap<(String, DocId), u32> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let list = docs_of.entry(w.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
                *tf.entry((w, i)).or_insert(0) += 1;
            }
        }
        Index { n: docs.len(), docs_of, tf }
    }

    fn words(query: &str) -> Vec<String> {
        let mut ws: Vec<String> = Vec::new();
        for w in tokenize(query) {
            if !ws.contains(&w) {
                ws.push(w);
            }
        }
        ws
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::words(query);
        if words.is_empty() {
            return vec![];
        }
        let mut lists: Vec<&Vec<DocId>> = Vec::new();
        for w in &words {
            match self.docs_of.get(w) {
                Some(l) => lists.push(l),
                None => return vec![],
            }
        }
        lists[0]
            .iter()
            .copied()
            .filter(|d| lists[1..].iter().all(|l| l.contains(d)))
            .collect()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::words(query);
        let mut out: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let s = words
                    .iter()
                    .map(|w| {
                        let df = self.docs_of[w].len() as f64;
                        let tf = self.tf[&(w.clone(), d)] as f64;
                        tf * (1.0 + (self.n as f64 / df).ln())
                    })
                    .sum::<f64>();
                (d, s)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
