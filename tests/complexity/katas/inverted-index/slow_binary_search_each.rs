// learner: slow
// why: intersect is O(a log b) time, target O(a + b): binary-searches every id of `a` in the whole of `b` (n log n for equal-length lists)
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    a.iter().copied().filter(|x| b.binary_search(x).is_ok()).collect()
}

pub struct Index {
    n: usize,
    postings: HashMap<String, Vec<(DocId, u32)>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let l = postings.entry(w).or_default();
                match l.last_mut() {
                    Some(e) if e.0 == id => e.1 += 1,
                    _ => l.push((id, 1)),
                }
            }
        }
        Index { n: docs.len(), postings }
    }

    fn words(query: &str) -> Vec<String> {
        let mut w = tokenize(query);
        w.sort();
        w.dedup();
        w
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::words(query);
        if words.is_empty() {
            return vec![];
        }
        let mut result: Option<Vec<DocId>> = None;
        for w in &words {
            let ids: Vec<DocId> = match self.postings.get(w) {
                Some(l) => l.iter().map(|e| e.0).collect(),
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
        let mut out = Vec::with_capacity(hits.len());
        for &h in &hits {
            let mut s = 0.0;
            for w in Self::words(query) {
                let l = &self.postings[&w];
                let i = l.binary_search_by_key(&h, |e| e.0).unwrap();
                s += l[i].1 as f64 * (1.0 + (self.n as f64 / l.len() as f64).ln());
            }
            out.push((h, s));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
