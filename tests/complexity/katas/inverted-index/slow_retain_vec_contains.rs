// learner: slow
// why: Index::search is O(p^2) time, target O(q p): retain + Vec::contains rescans the next posting list for each surviving id
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for w in tokenize(doc) {
                let list = postings.entry(w).or_default();
                match list.last_mut() {
                    Some((d, c)) if *d == id => *c += 1,
                    _ => list.push((id, 1)),
                }
            }
        }
        Index { postings, n: docs.len() }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        if words.is_empty() {
            return Vec::new();
        }
        let mut result: Option<Vec<DocId>> = None;
        for w in &words {
            let Some(list) = self.postings.get(w) else { return Vec::new() };
            let ids: Vec<DocId> = list.iter().map(|&(d, _)| d).collect();
            result = Some(match result {
                None => ids,
                Some(mut r) => {
                    r.retain(|d| ids.contains(d));
                    r
                }
            });
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        let mut scores = vec![0.0; hits.len()];
        for w in &words {
            let list = &self.postings[w];
            let idf = 1.0 + (self.n as f64 / list.len() as f64).ln();
            let mut i = 0;
            for (k, &h) in hits.iter().enumerate() {
                while list[i].0 < h {
                    i += 1;
                }
                scores[k] += list[i].1 as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
