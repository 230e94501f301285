// learner: slow
// why: intersect is O(b) space, target O(k): hashes the whole second list into a HashSet and filters the first against it
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    for piece in text.split(|c: char| !c.is_alphanumeric()) {
        if !piece.is_empty() {
            v.push(piece.to_lowercase());
        }
    }
    v
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let in_b: HashSet<DocId> = b.iter().copied().collect();
    a.iter().copied().filter(|x| in_b.get(x).is_some()).collect()
}

pub struct Index {
    n: usize,
    lists: HashMap<String, Vec<DocId>>,
    tf: HashMap<(String, DocId), u32>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut lists: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf: HashMap<(String, DocId), u32> = HashMap::new();
        for (id, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let c = tf.entry((w.clone(), id)).or_insert(0);
                *c += 1;
                if *c == 1 {
                    lists.entry(w).or_default().push(id);
                }
            }
        }
        Index { n: docs.len(), lists, tf }
    }

    fn distinct(query: &str) -> Vec<String> {
        let mut seen = HashSet::new();
        tokenize(query).into_iter().filter(|w| seen.insert(w.clone())).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::distinct(query);
        let mut acc: Option<Vec<DocId>> = None;
        for w in &words {
            let Some(list) = self.lists.get(w) else { return Vec::new() };
            acc = Some(match acc {
                None => list.clone(),
                Some(prev) => intersect(&prev, list),
            });
        }
        acc.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::distinct(query);
        let mut out: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let s: f64 = words
                    .iter()
                    .map(|w| {
                        let df = self.lists[w].len() as f64;
                        self.tf[&(w.clone(), d)] as f64 * (1.0 + (self.n as f64 / df).ln())
                    })
                    .sum();
                (d, s)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
