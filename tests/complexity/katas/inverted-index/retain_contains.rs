// learner: slow
// why: Index::search is O(q p^2) time, target O(q p): narrows the running result with retain + Vec::contains on each posting list
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
    let mut j = 0;
    for &x in a {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if j == b.len() {
            break;
        }
        if b[j] == x {
            out.push(x);
        }
    }
    out
}

pub struct Index {
    index: HashMap<String, Vec<DocId>>,
    tf: HashMap<(String, DocId), u32>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut index: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let c = tf.entry((w.clone(), i)).or_insert(0);
                *c += 1;
                if *c == 1 {
                    index.entry(w).or_default().push(i);
                }
            }
        }
        Index { index, tf, n: docs.len() }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut words = tokenize(query);
        words.dedup();
        let mut result: Option<Vec<DocId>> = None;
        for w in &words {
            let docs = match self.index.get(w) {
                Some(d) => d,
                None => return vec![],
            };
            result = Some(match result {
                None => docs.clone(),
                Some(mut r) => {
                    r.retain(|d| docs.contains(d));
                    r
                }
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        let n = self.n as f64;
        let mut scored: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let s: f64 = words
                    .iter()
                    .map(|w| {
                        let df = self.index[w].len() as f64;
                        self.tf[&(w.clone(), d)] as f64 * (1.0 + (n / df).ln())
                    })
                    .sum();
                (d, s)
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }
}
