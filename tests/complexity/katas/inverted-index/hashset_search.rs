// learner: slow
// why: intersect is O(b) space, target O(k): builds a HashSet of all of b to probe each id of a (and search hashes every posting list into HashSets)
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut buf: String = String::new();
    for c in text.chars() {
        match c.is_alphanumeric() {
            true => buf.push(c),
            false => {
                if !buf.is_empty() {
                    out.push(buf.to_lowercase());
                    buf.clear();
                }
            }
        }
    }
    if !buf.is_empty() {
        out.push(buf.to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let in_b: HashSet<DocId> = b.iter().copied().collect();
    let mut out: Vec<DocId> = Vec::new();
    for x in a {
        if in_b.get(x).is_some() {
            out.push(*x);
        }
    }
    out
}

pub struct Index {
    docs_of: HashMap<String, Vec<(DocId, u32)>>,
    total: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut docs_of: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let v: &mut Vec<(DocId, u32)> = docs_of.entry(w).or_insert_with(Vec::new);
                if let Some(last) = v.last_mut() {
                    if last.0 == i {
                        last.1 += 1;
                        continue;
                    }
                }
                v.push((i, 1));
            }
        }
        Index { docs_of: docs_of, total: docs.len() }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut common: Option<HashSet<DocId>> = None;
        for w in words.iter() {
            let set: HashSet<DocId> = match self.docs_of.get(w) {
                Some(v) => v.iter().map(|(d, _)| *d).collect(),
                None => return Vec::new(),
            };
            common = match common {
                None => Some(set),
                Some(c) => Some(c.intersection(&set).copied().collect()),
            };
        }
        let mut ids: Vec<DocId> = common.unwrap_or_default().into_iter().collect();
        ids.sort_unstable();
        ids
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits: Vec<DocId> = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        let mut scores: Vec<f64> = vec![0.0; hits.len()];
        for w in words.iter() {
            let list: &Vec<(DocId, u32)> = &self.docs_of[w];
            let idf: f64 = 1.0 + (self.total as f64 / list.len() as f64).ln();
            let mut p: usize = 0;
            for (h, id) in hits.iter().enumerate() {
                while list[p].0 < *id {
                    p += 1;
                }
                scores[h] += list[p].1 as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
