// learner: slow
// why: Index::search is O(q p^2) time, target O(q p): each posting list is intersected with the running result by Vec::contains per id
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut i = 0;
    let mut j = 0;
    let mut out = Vec::new();
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
    postings: HashMap<String, Vec<DocId>>,
    tf: HashMap<(String, DocId), u32>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut tf = HashMap::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let list = postings.entry(w.clone()).or_default();
                if list.last() != Some(&d) {
                    list.push(d);
                }
                *tf.entry((w, d)).or_insert(0) += 1;
            }
        }
        Index { n: docs.len(), postings, tf }
    }

    fn words(query: &str) -> Vec<String> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        words
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut result: Vec<DocId> = match self.postings.get(&words[0]) {
            Some(l) => l.clone(),
            None => return Vec::new(),
        };
        for w in &words[1..] {
            let list = match self.postings.get(w) {
                Some(l) => l,
                None => return Vec::new(),
            };
            result = result.into_iter().filter(|d| list.contains(d)).collect();
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words = Self::words(query);
        let n = self.n as f64;
        let mut out: Vec<(DocId, f64)> = self
            .search(query)
            .into_iter()
            .map(|d| {
                let score = words
                    .iter()
                    .map(|w| {
                        let df = self.postings[w].len() as f64;
                        self.tf[&(w.clone(), d)] as f64 * (1.0 + (n / df).ln())
                    })
                    .sum::<f64>();
                (d, score)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
