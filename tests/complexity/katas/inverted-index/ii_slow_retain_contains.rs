// learner: slow
// why: Index::search is O(q p^2) time, target O(q p): narrows the hits with retain + contains on each posting list instead of merging
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.push(c);
        } else if !cur.is_empty() {
            words.push(cur.to_lowercase());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        words.push(cur.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut res = Vec::new();
    let (mut i, mut j) = (0, 0);
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
    postings: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let list = postings.entry(w).or_insert_with(Vec::new);
                if let Some(last) = list.last_mut() {
                    if last.0 == id {
                        last.1 += 1;
                        continue;
                    }
                }
                list.push((id, 1));
            }
        }
        Index { postings, n: docs.len() }
    }

    fn words(query: &str) -> Vec<String> {
        let mut ws = tokenize(query);
        ws.sort();
        ws.dedup();
        ws
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ws = Self::words(query);
        if ws.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<DocId> = match self.postings.get(&ws[0]) {
            Some(l) => l.iter().map(|p| p.0).collect(),
            None => return Vec::new(),
        };
        for w in &ws[1..] {
            let ids: Vec<DocId> = match self.postings.get(w) {
                Some(l) => l.iter().map(|p| p.0).collect(),
                None => return Vec::new(),
            };
            hits.retain(|d| ids.contains(d));
        }
        hits
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ws = Self::words(query);
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for w in &ws {
            let list = &self.postings[w];
            let idf = 1.0 + (self.n as f64 / list.len() as f64).ln();
            let mut j = 0;
            for e in out.iter_mut() {
                while list[j].0 < e.0 {
                    j += 1;
                }
                e.1 += list[j].1 as f64 * idf;
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
